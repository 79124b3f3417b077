/**
 * A corpus in the corpus format restricted to some events: those events, the actors and places
 * they name (with the organisations and countries those point to, so every reference
 * resolves), and the documents their evidence and dates cite, with the mentions of what is
 * kept. It passes corpusSchema. The name says it is a selection and gives the link that
 * reproduces the view (the format has no other place for it).
 */
import type { ExportIndex } from './export-index';
import type { Corpus, CorpusEvent } from '../corpus/schema';
import { EXPORT_PHRASES } from './export-phrases';
import { exportSources } from './export-sources';

/** `start` and everything reachable from it through `next`. */
function closure(
  start: Iterable<string>,
  next: (id: string) => string | null | undefined,
): Set<string> {
  const seen = new Set<string>();
  const stack = [...start];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    const more = next(id);
    if (more) stack.push(more);
  }
  return seen;
}

export function toCorpusJson(
  index: ExportIndex,
  events: readonly CorpusEvent[],
  link: string,
): Corpus {
  const { corpus } = index;
  const actorIds = closure(
    events.flatMap((e) => e.actors.map((a) => a.id)),
    (id) => index.actorsById.get(id)?.affiliation,
  );
  const placeIds = closure(
    events.flatMap((e) => (e.place ? [e.place] : [])),
    (id) => index.placesById.get(id)?.country,
  );
  const kept = new Set([...actorIds, ...placeIds]);
  const { documents } = exportSources(index, events);
  return {
    version: 1,
    id: corpus.id,
    name: {
      ar: EXPORT_PHRASES.ar.selection(corpus.name.ar, events.length, link),
      en: EXPORT_PHRASES.en.selection(corpus.name.en, events.length, link),
    },
    documents: documents.map((d) => ({
      ...d,
      mentions: d.mentions.filter((m) => kept.has(m.entity)),
    })),
    actors: corpus.actors.filter((a) => actorIds.has(a.id)),
    places: corpus.places.filter((p) => placeIds.has(p.id)),
    events: [...events],
  };
}
