// Synthetic places: countries (with approximate centroids) and named cities, airports,
// facilities and regions scattered around their country's centroid.
import { COUNTRIES, PLACE_PREFIXES, PLACE_ROOTS } from './countries.mjs';
import { slug } from './slug.mjs';

const GAZETTEER = 'Synthetic place made by bench/generate-corpus.mjs (not a real place).';

const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
const round4 = (x) => Math.round(x * 1e4) / 1e4;

/** How a named place becomes a place of a kind: [kind, ar(name), en(name), share]. */
const KINDS = [
  ['city', (n) => n, (n) => n, 0.75],
  ['airport', (n) => `مطار ${n}`, (n) => `${n} Airport`, 0.1],
  ['facility', (n) => `قاعدة ${n} الجوية`, (n) => `${n} Air Base`, 0.08],
  ['region', (n) => `منطقة ${n}`, (n) => `${n} region`, 0.07],
];

function kindOf(random) {
  let x = random.next();
  for (const k of KINDS) {
    x -= k[3];
    if (x < 0) return k;
  }
  return KINDS[0];
}

/** `count` places (at most COUNTRIES + 500): the countries, then synthetic named places. */
export function makePlaces(random, count) {
  const countries = COUNTRIES.slice(0, Math.min(COUNTRIES.length, Math.ceil(count * 0.15)));
  const places = countries.map((c) => ({
    id: c.id,
    kind: 'country',
    name: { ar: c.ar, en: c.en },
    aliases: { ar: [], en: [] },
    lat: c.lat,
    lon: c.lon,
    country: null,
    wikidata: null,
    gazetteer: `Approximate centroid of ${c.en} (synthetic corpus).`,
  }));
  const names = random.shuffle(PLACE_PREFIXES.flatMap((p) => PLACE_ROOTS.map((r) => [p, r])));
  for (const [p, r] of names.slice(0, Math.max(0, count - places.length))) {
    // Most places lie in the first few countries, as news about a region does.
    const c =
      countries[
        Math.min(countries.length - 1, Math.floor(Math.pow(random.next(), 2) * countries.length))
      ];
    const [kind, ar, en] = kindOf(random);
    const base = { ar: `${p[0]} ${r[0]}`, en: `${p[1]} ${r[1]}` };
    const name = { ar: ar(base.ar), en: en(base.en) };
    places.push({
      id: slug(name.en),
      kind,
      name,
      aliases: { ar: kind === 'city' ? [] : [base.ar], en: [] },
      lat: round4(clamp(c.lat + random.normal() * c.spread, -89, 89)),
      lon: round4(clamp(c.lon + random.normal() * c.spread, -179, 179)),
      country: c.id,
      wikidata: null,
      gazetteer: GAZETTEER,
    });
  }
  return places;
}
