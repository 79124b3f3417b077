/** fast-check arbitraries for view states, and an independent check that a state is valid. */
import fc from 'fast-check';
import { eventTypes } from '../../../src/domain/corpus/schema';
import {
  DEFAULT_VIEW_STATE,
  mapPrecision,
  type MapView,
  type ViewState,
} from '../../../src/url-state';

const id = fc.stringMatching(/^[a-z0-9-]{1,80}$/);
const idSet = fc.uniqueArray(id, { maxLength: 6 }).map((ids) => [...ids].sort());
const isoDate = fc
  .date({
    min: new Date('0001-01-01T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/** A canonical map view: zoom in hundredths, coordinates at the zoom's precision. */
export const mapViewArbitrary: fc.Arbitrary<MapView> = fc
  .integer({ min: 0, max: 1900 })
  .chain((hundredths) => {
    const zoom = hundredths / 100;
    const scale = 10 ** mapPrecision(zoom);
    return fc.record({
      zoom: fc.constant(zoom),
      lat: fc.integer({ min: -85 * scale, max: 85 * scale }).map((n) => n / scale),
      lon: fc.integer({ min: -180 * scale, max: 180 * scale - 1 }).map((n) => n / scale),
    });
  });

const timeWindow = fc
  .tuple(fc.option(isoDate), fc.option(isoDate))
  .map(([a, b]): [string | null, string | null] =>
    a !== null && b !== null && a > b ? [b, a] : [a, b],
  );

export const viewStateArbitrary: fc.Arbitrary<ViewState> = fc
  .record({
    lang: fc.constantFrom('ar' as const, 'en' as const, null),
    event: fc.option(id),
    actor: fc.option(id),
    place: fc.option(id),
    doc: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,80}$/)),
    actors: idSet,
    actorMode: fc.constantFrom('any' as const, 'all' as const),
    places: idSet,
    types: fc.subarray([...eventTypes]).map((types) => [...types].sort()),
    window: timeWindow,
    possible: fc.boolean(),
    q: fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }).filter((q) => q.length <= 200),
      fc.constantFrom('مطار معيتيقة', 'Akar & Sarraj = 100% #1', 'a+b, c/d?', '  '),
    ),
    map: fc.option(mapViewArbitrary),
    view: fc.option(
      timeWindow
        .map(([a, b]) => ({ start: a ?? '2020-01-01', end: b ?? '9999-12-31' }))
        .filter((v) => v.start <= v.end),
    ),
    at: fc.option(isoDate),
    tiles: fc.boolean(),
    corpus: fc.option(
      fc.oneof(
        fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9 ._-]{0,79}$/),
        fc.constantFrom('مدونة الأخبار', 'ملف_٢٠٢١'),
      ),
    ),
    story: fc.option(id),
    step: fc.option(fc.integer({ min: 1, max: 100 })),
  })
  .map(({ window: [from, to], ...rest }) => ({ ...rest, from, to }));

const ID = /^[a-z0-9-]{1,80}$/;
const isDate = (s: string) => new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
const isSortedSet = (list: readonly string[]) =>
  list.every((item, i) => i === 0 || (list[i - 1] ?? '') < item);

/** What is wrong with a state, checked without the module's own validators; [] when valid. */
export function viewStateProblems(state: ViewState): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  check(
    JSON.stringify(Object.keys(state).sort()) ===
      JSON.stringify(Object.keys(DEFAULT_VIEW_STATE).sort()),
    'fields',
  );
  check(Object.getPrototypeOf(state) === Object.prototype, 'prototype');
  check([null, 'ar', 'en'].includes(state.lang), 'lang');
  for (const one of [state.event, state.actor, state.place])
    check(one === null || ID.test(one), 'id');
  check(state.doc === null || /^[A-Za-z0-9_-]{1,80}$/.test(state.doc), 'doc');
  for (const list of [state.actors, state.places]) {
    check(Array.isArray(list) && list.every((item) => ID.test(item)) && isSortedSet(list), 'ids');
  }
  check(
    state.types.every((t) => (eventTypes as readonly string[]).includes(t)) &&
      isSortedSet(state.types),
    'types',
  );
  check(['any', 'all'].includes(state.actorMode), 'mode');
  for (const date of [state.from, state.to]) check(date === null || isDate(date), 'date');
  check(state.from === null || state.to === null || state.from <= state.to, 'window');
  check(typeof state.q === 'string' && state.q.length <= 200, 'q');
  if (state.map) {
    const { lat, lon, zoom } = state.map;
    check(Math.abs(lat) <= 85 && lon >= -180 && lon < 180 && zoom >= 0 && zoom <= 19, 'map');
  }
  check(
    state.view === null ||
      (isDate(state.view.start) && isDate(state.view.end) && state.view.start <= state.view.end),
    'view',
  );
  check(state.at === null || isDate(state.at), 'at');
  for (const flag of [state.possible, state.tiles]) check(typeof flag === 'boolean', 'flag');
  check(state.corpus === null || (state.corpus.length > 0 && state.corpus.length <= 80), 'corpus');
  check(state.story === null || ID.test(state.story), 'story');
  check(
    state.step === null || (Number.isInteger(state.step) && state.step >= 1 && state.step <= 100),
    'step',
  );
  return problems;
}
