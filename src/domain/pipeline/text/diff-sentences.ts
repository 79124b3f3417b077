/**
 * What changed between two lists of sentences (the Arabic the translation file recorded and
 * the sentences of the text now), as hunks of a longest-common-subsequence diff: each hunk is
 * a run of sentences removed from `before` and/or added in `after`, with its place in both.
 */
export interface SentenceHunk {
  /** Index in `before` of the first removed sentence (or where the added ones go). */
  beforeStart: number;
  /** Index in `after` of the first added sentence (or where the removed ones were). */
  afterStart: number;
  removed: string[];
  added: string[];
}

export function diffSentences(before: readonly string[], after: readonly string[]): SentenceHunk[] {
  const n = before.length;
  const m = after.length;
  // lcs[i][j]: length of the longest common subsequence of before[i..] and after[j..].
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      (lcs[i] as number[])[j] =
        before[i] === after[j]
          ? ((lcs[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((lcs[i + 1] as number[])[j] as number, (lcs[i] as number[])[j + 1] as number);
  const hunks: SentenceHunk[] = [];
  let open: SentenceHunk | null = null;
  const hunk = (i: number, j: number) => {
    open ??= { beforeStart: i, afterStart: j, removed: [], added: [] };
    return open;
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      if (open) hunks.push(open);
      open = null;
      i++;
      j++;
    } else if (
      j >= m ||
      (i < n && ((lcs[i + 1] as number[])[j] as number) >= ((lcs[i] as number[])[j + 1] as number))
    ) {
      hunk(i, j).removed.push(before[i] as string);
      i++;
    } else {
      hunk(i, j).added.push(after[j] as string);
      j++;
    }
  }
  if (open) hunks.push(open);
  return hunks;
}
