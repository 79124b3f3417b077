/**
 * Every URL key, declared once: its name, how it parses and serialises, and whether a change
 * pushes a history entry or replaces the current one. The declaration order is the canonical
 * order of keys in a URL. Selections and filters push (Back undoes them); the map view, the
 * timeline's view, the playhead, the brushed time filter and the search text change
 * continuously and replace. (`follow`, the old switch that made the timeline's window filter
 * the map, is gone: `from`/`to` are always the time filter, and an old link's `follow` is
 * dropped with a notice.)
 */
import { DOCUMENT_ID, ENTITY_ID, eventTypes, MAX_STORY_STEPS } from '../domain/corpus/schema';
import { choiceKey, countKey, dateKey, flagKey, ID_PATTERN, idKey, listKey } from './key-builders';
import { formatMapView, parseMapView } from './map-view';
import { formatTimeView, parseTimeView } from './time-view';
import type { UrlKey } from './url-key';
import { toWellFormed } from './well-formed';
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state';

const MAX_QUERY_LENGTH = 200;

/** A corpus name: letters, digits, spaces, `.`, `_`, `-`; starts with a letter or digit. */
const CORPUS_NAME = /^[\p{L}\p{N}][\p{L}\p{M}\p{N} ._-]{0,79}$/u;
const isId = (item: string): boolean => ID_PATTERN.test(item);
const isEventType = (item: string): boolean => (eventTypes as readonly string[]).includes(item);

/** One declared key for each field of ViewState (the type makes the list complete). */
export type ViewStateKeys = { readonly [F in keyof ViewState]: UrlKey<ViewState[F]> };

const query: UrlKey<string> = {
  name: 'q',
  history: 'replace',
  maxLength: MAX_QUERY_LENGTH,
  parse: (raw) => raw,
  serialise: (value) => {
    // Longer text is cut, not lost; a cut must not split a surrogate pair.
    const text = toWellFormed(value)
      .slice(0, MAX_QUERY_LENGTH)
      .replace(/[\uD800-\uDBFF]$/, '');
    return text === '' ? null : text;
  },
};

export const viewStateKeys: ViewStateKeys = {
  lang: choiceKey('lang', 'push', ['ar', 'en'], null),
  event: idKey('event', 'push'),
  actor: idKey('actor', 'push'),
  place: idKey('place', 'push'),
  doc: idKey('doc', 'push', DOCUMENT_ID),
  actors: listKey('actors', 'push', isId),
  actorMode: choiceKey('mode', 'push', ['any', 'all'], 'any'),
  places: listKey('places', 'push', isId),
  types: listKey('types', 'push', isEventType),
  from: dateKey('from', 'replace'),
  to: dateKey('to', 'replace'),
  possible: flagKey('possible', 'push', DEFAULT_VIEW_STATE.possible),
  q: query,
  map: {
    name: 'map',
    history: 'replace',
    maxLength: 64,
    parse: parseMapView,
    serialise: (value) => (value === null ? null : formatMapView(value)),
  },
  view: {
    name: 'view',
    history: 'replace',
    maxLength: 22,
    parse: parseTimeView,
    serialise: (value) => (value === null ? null : formatTimeView(value)),
  },
  at: dateKey('at', 'replace'),
  tiles: flagKey('tiles', 'push', DEFAULT_VIEW_STATE.tiles),
  corpus: idKey('corpus', 'push', CORPUS_NAME),
  story: idKey('story', 'push', ENTITY_ID), // a story's id follows the entities' rule
  step: countKey('step', 'push', MAX_STORY_STEPS),
};

/** The fields of ViewState in canonical URL order. */
export const viewStateFields = Object.keys(viewStateKeys) as readonly (keyof ViewState)[];
