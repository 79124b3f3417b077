/**
 * The rows to render, in order: those in [first, last] and the `extra` ones (e.g. the row that
 * has focus) wherever they are; indices outside [0, count) are left out.
 */
export function windowRows(
  first: number,
  last: number,
  count: number,
  extra: readonly (number | undefined)[] = [],
): number[] {
  const rows: number[] = [];
  const outside = [...new Set(extra)]
    .filter((i): i is number => i !== undefined && i >= 0 && i < count && (i < first || i > last))
    .sort((a, b) => a - b);
  for (const i of outside) if (i < first) rows.push(i);
  for (let i = Math.max(0, first); i <= Math.min(last, count - 1); i++) rows.push(i);
  for (const i of outside) if (i > last) rows.push(i);
  return rows;
}
