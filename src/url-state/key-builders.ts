/** Builders for the common kinds of URL key; keys.ts declares the actual keys with them. */
import { ENTITY_ID } from '../domain/corpus/schema';
import { isIsoDate } from './iso-date';
import type { UrlKey } from './url-key';

type History = UrlKey<unknown>['history'];

/** Ids of events, actors and places: the corpus schema's rule, so every valid id fits. */
export const ID_PATTERN = ENTITY_ID;
const MAX_ID = 80;
const MAX_LIST = 4000;

/** A nullable id; null (nothing selected) is left out of the URL. */
export function idKey(name: string, history: History, pattern = ID_PATTERN): UrlKey<string | null> {
  return {
    name,
    history,
    maxLength: MAX_ID,
    parse: (raw) => (pattern.test(raw) ? raw : undefined),
    serialise: (value) => value,
  };
}

/** A comma-separated set of values, kept sorted and unique; empty is left out. */
export function listKey(
  name: string,
  history: History,
  isItem: (item: string) => boolean,
): UrlKey<readonly string[]> {
  return {
    name,
    history,
    maxLength: MAX_LIST,
    parse: (raw) => {
      if (raw === '') return [];
      const items = raw.split(',');
      return items.every(isItem) ? [...new Set(items)].sort() : undefined;
    },
    serialise: (value) => (value.length === 0 ? null : [...new Set(value)].sort().join(',')),
  };
}

/** One of a few words; `fallback` (the default) is left out. */
export function choiceKey<const T extends string, D extends T | null>(
  name: string,
  history: History,
  choices: readonly T[],
  fallback: D,
): UrlKey<T | D> {
  return {
    name,
    history,
    maxLength: 16,
    parse: (raw) => choices.find((choice) => choice === raw),
    serialise: (value) => (value === fallback ? null : value),
  };
}

/** A switch written `1` or `0` (`true`/`false` are read too); `fallback` is left out. */
export function flagKey(name: string, history: History, fallback: boolean): UrlKey<boolean> {
  return {
    name,
    history,
    maxLength: 5,
    parse: (raw) =>
      raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : undefined,
    serialise: (value) => (value === fallback ? null : value ? '1' : '0'),
  };
}

/** A nullable calendar date, YYYY-MM-DD. */
export function dateKey(name: string, history: History): UrlKey<string | null> {
  return {
    name,
    history,
    maxLength: 10,
    parse: (raw) => (isIsoDate(raw) ? raw : undefined),
    serialise: (value) => value,
  };
}

/** A nullable whole number from 1 to `max`, written in ASCII digits without leading zeros. */
export function countKey(name: string, history: History, max: number): UrlKey<number | null> {
  return {
    name,
    history,
    maxLength: String(max).length,
    parse: (raw) => {
      if (!/^[1-9]\d*$/.test(raw)) return undefined;
      const n = Number(raw);
      return n <= max ? n : undefined;
    },
    serialise: (value) => (value === null ? null : String(value)),
  };
}
