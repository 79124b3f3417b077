/**
 * One builder for the corpus rows the unit tests' fixtures are made of: each takes what a
 * fixture cares about and fills the rest of the schema's fields with neutral values, so that
 * a new field of the corpus contract is added here once, not in every fixture.
 */
import type { Actor, CorpusEvent, DateValue, Place } from '../../src/domain/corpus/schema';

/** T with the fields K required and every other field optional. */
type Needs<T, K extends keyof T> = Pick<T, K> & Partial<T>;

/** A date stated to the day. */
export function dayDate(iso: string): DateValue {
  return { start: iso, end: iso, precision: 'day', basis: 'stated' };
}

export function makeActor(a: Needs<Actor, 'id' | 'kind' | 'name' | 'role'>): Actor {
  return {
    aliases: { ar: [], en: [] },
    affiliation: null,
    wikidata: null,
    reference: 'test fixture',
    ...a,
  };
}

export function makePlace(p: Needs<Place, 'id' | 'kind' | 'name' | 'lat' | 'lon'>): Place {
  return {
    aliases: { ar: [], en: [] },
    country: null,
    wikidata: null,
    gazetteer: 'test fixture',
    ...p,
  };
}

/** An event; its summary is its title unless given, its evidence one span of `document`. */
export function makeEvent(
  e: Needs<CorpusEvent, 'id' | 'type' | 'title' | 'date'> & { document?: string },
): CorpusEvent {
  const { document = 'doc', ...rest } = e;
  return {
    summary: rest.title,
    place: null,
    actors: [],
    evidence: [{ document, start: 0, end: 1 }],
    ...rest,
  };
}
