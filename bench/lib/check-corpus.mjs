// Checks a generated corpus the way the app will: corpusSchema (zod, loaded from the app's
// TypeScript through tsx), then what the schema cannot say: ids resolve, offsets slice.
import { tsImport } from 'tsx/esm/api';

function fail(message) {
  throw new Error(`synthetic corpus: ${message}`);
}

/** Throws on the first problem. */
export async function checkCorpus(corpus) {
  const { corpusSchema } = await tsImport('../../src/domain/corpus/schema.ts', import.meta.url);
  const parsed = corpusSchema.safeParse(corpus);
  if (!parsed.success) fail(JSON.stringify(parsed.error.issues.slice(0, 5)));
  const docs = new Map(corpus.documents.map((d) => [d.id, d]));
  const entities = new Set();
  for (const { id } of [...corpus.actors, ...corpus.places]) {
    if (entities.has(id)) fail(`duplicate actor or place id ${id}`);
    entities.add(id);
  }
  for (const doc of corpus.documents) {
    for (const m of doc.mentions) {
      if (!entities.has(m.entity)) fail(`${doc.id}: mention of unknown ${m.entity}`);
      if (m.end > doc.text.length || m.start >= m.end) fail(`${doc.id}: bad mention offsets`);
    }
  }
  const eventIds = new Set();
  for (const e of corpus.events) {
    if (eventIds.has(e.id)) fail(`duplicate event id ${e.id}`);
    eventIds.add(e.id);
    if (e.place !== null && !entities.has(e.place)) fail(`${e.id}: unknown place`);
    for (const a of e.actors) if (!entities.has(a.id)) fail(`${e.id}: unknown actor ${a.id}`);
    for (const span of [...e.evidence, ...(e.date.expression ? [e.date.expression] : [])]) {
      const doc = docs.get(span.document);
      if (!doc) fail(`${e.id}: unknown document ${span.document}`);
      if (span.end > doc.text.length || span.start >= span.end) fail(`${e.id}: bad offsets`);
    }
  }
}
