import type { DataProblem } from '../../domain/corpus/check-corpus';

/** How many rows (documents, actors, places, events) the problems concern. */
export function countProblemRows(problems: readonly DataProblem[]): number {
  const rows = new Set<string>();
  for (const p of problems) if (p.kind !== 'corpus') rows.add(`${p.kind}\u0000${p.id}`);
  return rows.size;
}
