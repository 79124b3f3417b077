/**
 * The heart of the pipeline, as a pure function: from the documents and the curation to a
 * corpus, with every problem found (file, field, message) and warnings for a curator.
 * src/pipeline/preprocess.ts reads the files and writes the result.
 */
import { alignTranslations } from './text/align-translations';
import { cleanDocument, type HtmlToText } from './text/clean';
import type { CurationEvent, DocumentMeta } from '../curation/curation-schema';
import { normalizeArabic } from '../text/arabic';
import { findMentions, type NamedEntity } from './text/find-mentions';
import { namedEntities } from './names/named-entities';
import { NO_NAME_RULES, type NameRules } from './names/name-rules';
import { locateQuote } from './text/locate-quote';
import { rootCausesFirst, type Problem } from '../corpus/problem';
import { dateDependencies, resolveEventDate } from './resolve-event-date';
import type {
  Actor,
  Bilingual,
  Corpus,
  CorpusDocument,
  CorpusEvent,
  DateValue,
  Place,
} from '../corpus/schema';
import { segmentSentencesWithGuesses } from './text/sentences';
import { compareEvents } from '../corpus/corpus-index';

export interface SourceInput {
  id: string;
  raw: string;
  meta: DocumentMeta;
  translations: readonly { ar: string; en: string }[];
}

export interface CorpusInputs {
  info: { id: string; name: Bilingual };
  sources: readonly SourceInput[];
  actors: readonly Actor[];
  places: readonly Place[];
  events: readonly CurationEvent[];
  /** Turns a line with HTML residue into text (the pipeline passes html-to-text). */
  htmlToText?: HtmlToText;
  /** Transliterated and ambiguous names (data/curation/name-rules.json). */
  nameRules?: NameRules;
}

/** Where each kind of input lives, for messages. */
export const INPUT_FILES = {
  meta: (id: string) => `data/sources/${id}.meta.json`,
  translations: (id: string) => `data/curation/translations/${id}.json`,
  actors: 'data/curation/actors.json',
  places: 'data/curation/places.json',
  events: 'data/curation/events.json',
  nameRules: 'data/curation/name-rules.json',
};

export interface BuildResult {
  corpus: Corpus | null;
  problems: Problem[];
  warnings: string[];
}

function checkReferences(inputs: CorpusInputs, problems: Problem[]): void {
  const seen = new Map<string, string>();
  const note = (file: string, list: readonly { id: string }[]) =>
    list.forEach((item, i) => {
      if (seen.has(item.id))
        problems.push({
          file,
          path: `[${i}].id`,
          message: `duplicate id "${item.id}" (also in ${seen.get(item.id)})`,
        });
      seen.set(item.id, file);
    });
  note(INPUT_FILES.actors, inputs.actors);
  note(INPUT_FILES.places, inputs.places);
  const actorIds = new Set(inputs.actors.map((a) => a.id));
  const placeIds = new Set(inputs.places.map((p) => p.id));
  inputs.actors.forEach((a, i) => {
    if (a.affiliation !== null && !actorIds.has(a.affiliation)) {
      problems.push({
        file: INPUT_FILES.actors,
        path: `[${i}].affiliation`,
        message: `unknown actor "${a.affiliation}"`,
      });
    }
  });
  inputs.places.forEach((p, i) => {
    if (p.country !== null && !placeIds.has(p.country)) {
      problems.push({
        file: INPUT_FILES.places,
        path: `[${i}].country`,
        message: `unknown place "${p.country}"`,
      });
    }
  });
}

function checkNameRules(rules: NameRules, inputs: CorpusInputs, problems: Problem[]): void {
  const names = new Map(
    [...inputs.actors, ...inputs.places].map((x) => [
      x.id,
      new Set([x.name.ar, ...x.aliases.ar].map(normalizeArabic)),
    ]),
  );
  rules.transliterated.entities.forEach((id, i) => {
    if (!names.has(id))
      problems.push({
        file: INPUT_FILES.nameRules,
        path: `transliterated.entities[${i}]`,
        message: `unknown actor or place "${id}"`,
      });
  });
  rules.ambiguous.forEach((r, i) => {
    const own = names.get(r.entity);
    if (!own)
      problems.push({
        file: INPUT_FILES.nameRules,
        path: `ambiguous[${i}].entity`,
        message: `unknown actor or place "${r.entity}"`,
      });
    else if (!own.has(normalizeArabic(r.name)))
      problems.push({
        file: INPUT_FILES.nameRules,
        path: `ambiguous[${i}].name`,
        message: `«${r.name}» is not a name or alias of "${r.entity}"`,
      });
  });
}

function buildDocument(
  source: SourceInput,
  entities: readonly NamedEntity[],
  problems: Problem[],
  warnings: string[],
  htmlToText: HtmlToText | undefined,
  removed: Map<string, string[]>,
): CorpusDocument {
  const cleaned = cleanDocument(source.raw, source.meta.debris, htmlToText);
  for (const h of cleaned.html)
    warnings.push(
      `${source.id} line ${h.line}: HTML residue cleaned (${h.removed.join(' ')}): «${h.after.trim()}»`,
    );
  for (const line of cleaned.missing) {
    problems.push({
      file: INPUT_FILES.meta(source.id),
      path: 'debris',
      message: `debris line not found in the text: «${line}»`,
    });
  }
  const { spans, guesses } = segmentSentencesWithGuesses(cleaned.text);
  for (const g of guesses)
    warnings.push(
      `${source.id}: guessed ${g.kind === 'wrap' ? 'a hard wrap inside a sentence' : 'a sentence end (no punctuation)'} after «${g.line}»`,
    );
  const aligned = alignTranslations(cleaned.text, spans, source.translations);
  for (const p of aligned.problems)
    problems.push({ file: INPUT_FILES.translations(source.id), ...p });
  if (aligned.removed.length > 0) removed.set(source.id, aligned.removed);
  return {
    id: source.id,
    title: source.meta.title,
    publisher: source.meta.publisher,
    credits: source.meta.credits,
    published: source.meta.published,
    text: cleaned.text,
    sentences: aligned.sentences,
    mentions: findMentions(cleaned.text, entities),
  };
}

interface EventContext {
  documents: Map<string, CorpusDocument>;
  actorIds: Set<string>;
  placeIds: Set<string>;
  eventIds: Set<string>;
  /** Dates of the events built so far (bounds of later ones). */
  dates: Map<string, DateValue>;
  /** Per document, the sentences the translation file has and the text no longer has. */
  removed: Map<string, string[]>;
}

function buildEvent(
  e: CurationEvent,
  i: number,
  ctx: EventContext,
  problems: Problem[],
): CorpusEvent | null {
  const at = (path: string, message: string, consequence = false) =>
    problems.push({
      file: INPUT_FILES.events,
      path: `[${i}] (${e.id}).${path}`,
      message,
      ...(consequence ? { consequence: true as const } : {}),
    });
  const before = problems.length;
  if (e.place !== null && !ctx.placeIds.has(e.place)) at('place', `unknown place "${e.place}"`);
  e.actors.forEach((a, k) => {
    if (!ctx.actorIds.has(a.id)) at(`actors[${k}].id`, `unknown actor "${a.id}"`);
  });
  const evidence = e.evidence.flatMap((q, k) => {
    const doc = ctx.documents.get(q.document);
    if (!doc) {
      at(`evidence[${k}].document`, `unknown document "${q.document}"`);
      return [];
    }
    const located = locateQuote(doc.text, q.quote, q.occurrence);
    if ('error' in located) {
      const q0 = q.quote.normalize('NFC');
      const gone = (ctx.removed.get(doc.id) ?? []).some((s) => s.includes(q0));
      at(
        `evidence[${k}].quote`,
        `${located.error} (document ${q.document})${gone ? '; it was in a sentence deleted or changed in the source (above)' : ''}`,
        gone,
      );
      return [];
    }
    return [{ document: doc.id, ...located }];
  });
  if (e.plan?.decidedBy !== undefined && !ctx.eventIds.has(e.plan.decidedBy))
    at('plan.decidedBy', `unknown event "${e.plan.decidedBy}"`);
  const date = resolveEventDate(e.date, ctx.documents, ctx.dates);
  if ('error' in date) {
    // A bound by an event that exists but could not be built is a consequence of that event's
    // own problem, reported above.
    const failedBound = dateDependencies(e.date).some(
      (dep) => ctx.eventIds.has(dep) && !ctx.dates.has(dep),
    );
    at(
      `date.${date.path}`,
      `${date.error}${failedBound ? ' (that event has a problem of its own)' : ''}`,
      failedBound,
    );
  }
  if (problems.length > before || 'error' in date) return null;
  ctx.dates.set(e.id, date.value);
  return {
    id: e.id,
    type: e.type,
    title: e.title,
    summary: e.summary,
    date: date.value,
    place: e.place,
    actors: e.actors,
    evidence,
    ...(e.plan ? { plan: e.plan } : {}),
  };
}

/**
 * The order to resolve events in: an event bounded by another ("on or after the visit") comes
 * after it. Events caught in a cycle of bounds are returned apart, to be reported.
 */
function boundOrder(events: readonly CurationEvent[]): {
  order: number[];
  cyclic: number[];
} {
  const index = new Map(events.map((e, i) => [e.id, i]));
  const state = new Array<0 | 1 | 2>(events.length).fill(0);
  const order: number[] = [];
  const cyclic = new Set<number>();
  const visit = (i: number): boolean => {
    if (state[i] === 2) return true;
    if (state[i] === 1) return false;
    state[i] = 1;
    let ok = true;
    for (const dep of dateDependencies((events[i] as CurationEvent).date)) {
      const j = index.get(dep);
      if (j !== undefined && !visit(j)) ok = false;
    }
    state[i] = 2;
    if (ok) order.push(i);
    else cyclic.add(i);
    return ok;
  };
  events.forEach((_, i) => visit(i));
  return { order, cyclic: [...cyclic].sort((a, b) => a - b) };
}

export function buildCorpus(inputs: CorpusInputs): BuildResult {
  const problems: Problem[] = [];
  const warnings: string[] = [];
  checkReferences(inputs, problems);
  const rules = inputs.nameRules ?? NO_NAME_RULES;
  const entities = namedEntities(inputs.actors, inputs.places, rules);
  checkNameRules(rules, inputs, problems);
  const sources = [...inputs.sources].sort((a, b) => (a.id < b.id ? -1 : 1));
  const removed = new Map<string, string[]>();
  const documents = sources.map((s) =>
    buildDocument(s, entities, problems, warnings, inputs.htmlToText, removed),
  );
  const ctx: EventContext = {
    documents: new Map(documents.map((d) => [d.id, d])),
    actorIds: new Set(inputs.actors.map((a) => a.id)),
    placeIds: new Set(inputs.places.map((p) => p.id)),
    eventIds: new Set(inputs.events.map((e) => e.id)),
    dates: new Map(),
    removed,
  };
  const seenEvents = new Set<string>();
  inputs.events.forEach((e, i) => {
    if (seenEvents.has(e.id))
      problems.push({
        file: INPUT_FILES.events,
        path: `[${i}].id`,
        message: `duplicate event id "${e.id}"`,
      });
    seenEvents.add(e.id);
  });
  const events: CorpusEvent[] = [];
  const { order, cyclic } = boundOrder(inputs.events);
  for (const i of cyclic) {
    const e = inputs.events[i] as CurationEvent;
    problems.push({
      file: INPUT_FILES.events,
      path: `[${i}] (${e.id}).date`,
      message: 'its bounds (notBeforeEvent / notAfterEvent) go round in a circle back to it',
    });
  }
  for (const i of order) {
    const built = buildEvent(inputs.events[i] as CurationEvent, i, ctx, problems);
    if (built) events.push(built);
  }
  const mentioned = new Set(documents.flatMap((d) => d.mentions.map((m) => m.entity)));
  for (const x of [...inputs.actors, ...inputs.places]) {
    if (!mentioned.has(x.id)) warnings.push(`"${x.id}" is never mentioned in the documents`);
  }
  for (const e of events) {
    if (e.actors.length === 0) warnings.push(`event "${e.id}" has no actors`);
  }
  if (problems.length > 0) return { corpus: null, problems: rootCausesFirst(problems), warnings };
  return {
    corpus: {
      version: 1,
      id: inputs.info.id,
      name: inputs.info.name,
      documents,
      actors: [...inputs.actors],
      places: [...inputs.places],
      events: events.sort(compareEvents),
    },
    problems,
    warnings,
  };
}
