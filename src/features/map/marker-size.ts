/** Badge diameter in px: grows with the logarithm of the count, 24 px for one event. */
export function markerSize(count: number): number {
  return Math.round(Math.min(60, 24 + 7 * Math.log2(Math.max(1, count))));
}
