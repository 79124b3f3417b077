import type { ActorGroup } from './group-actors';

/** An actor row is this many units tall, a group's heading one unit (ActorPanel.css). */
export const ROW_UNITS = 4;

export interface ActorListLayout {
  /** Each row's start in units, and the end of the last row (rows + 1 entries). */
  starts: Int32Array;
  /** The flat index of each group's heading; its actors follow it. */
  headings: number[];
  /** The flat index of each actor's row. */
  rowOf: Map<string, number>;
}

/**
 * The actor list as one column of rows for windowing: per group, a heading (one unit), then
 * one row per actor (ROW_UNITS units each).
 */
export function actorListLayout(groups: readonly ActorGroup[]): ActorListLayout {
  const count = groups.reduce((n, g) => n + 1 + g.entries.length, 0);
  const starts = new Int32Array(count + 1);
  const headings: number[] = [];
  const rowOf = new Map<string, number>();
  let row = 0;
  let units = 0;
  for (const group of groups) {
    headings.push(row);
    starts[row++] = units;
    units += 1;
    for (const entry of group.entries) {
      rowOf.set(entry.actor.id, row);
      starts[row++] = units;
      units += ROW_UNITS;
    }
  }
  starts[row] = units;
  return { starts, headings, rowOf };
}
