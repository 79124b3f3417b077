/** A place to frame: where it is. */
interface FramePoint {
  lat: number;
  lon: number;
}

/** A place this many times farther from the middle than the next nearer one starts the outliers… */
const GAP_FACTOR = 2.5;
/** …if it is farther than this (km): a corpus within one region frames the whole region. */
const MIN_OUTLIER_KM = 1000;
/** Outliers are few: at least this share of the places (the nearest) is always framed. */
const KEEP_SHARE = 0.8;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Great-circle distance in km. */
function distanceKm(a: FramePoint, b: FramePoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Which places a first view should fit: all but the far outliers. The middle is the median
 * latitude and longitude of the places (one vote each, however many events). Places are taken
 * by distance from the middle; the outliers start at the first place, beyond the nearest 80%,
 * that lies GAP_FACTOR times farther than the place before it and more than MIN_OUTLIER_KM
 * away (New York, when the rest are in Libya and Turkey; never Istanbul when a filter leaves
 * Tripoli, Mitiga and Istanbul). Returns the indices kept, in order.
 */
export function robustFrame(points: readonly FramePoint[]): number[] {
  if (points.length <= 2) return points.map((_, i) => i);
  const middle = { lat: median(points.map((p) => p.lat)), lon: median(points.map((p) => p.lon)) };
  const byDistance = points
    .map((p, i) => ({ i, d: distanceKm(middle, p) }))
    .sort((a, b) => a.d - b.d || a.i - b.i);
  let cut = byDistance.length;
  for (let k = Math.ceil(byDistance.length * KEEP_SHARE); k < byDistance.length; k++) {
    const d = byDistance[k]?.d ?? 0;
    const before = byDistance[k - 1]?.d ?? 0;
    if (d > MIN_OUTLIER_KM && d > GAP_FACTOR * before) {
      cut = k;
      break;
    }
  }
  return byDistance
    .slice(0, cut)
    .map(({ i }) => i)
    .sort((a, b) => a - b);
}
