/** A problem found in the inputs: which file, which field, what is wrong. */
export interface Problem {
  file: string;
  path: string;
  message: string;
  /**
   * Set when the problem follows from another one (a translation that no longer lines up
   * because a sentence was deleted from the source): reported after the root causes.
   */
  consequence?: true;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.path ? ` → ${p.path}` : ''}: ${p.message}`;
}

/** Root causes first, then what follows from them; otherwise in the order found. */
export function rootCausesFirst(problems: readonly Problem[]): Problem[] {
  return [...problems.filter((p) => !p.consequence), ...problems.filter((p) => p.consequence)];
}

/** The lines a command prints for its problems: root causes, then their consequences. */
export function formatProblems(problems: readonly Problem[]): string[] {
  const ordered = rootCausesFirst(problems);
  const causes = ordered.filter((p) => !p.consequence);
  const after = ordered.filter((p) => p.consequence);
  return [
    ...causes.map((p) => `  ✗ ${formatProblem(p)}`),
    ...(after.length > 0
      ? [
          `  and ${after.length} consequence(s) of ${causes.length === 1 ? 'it' : 'them'}, which go away when ${causes.length === 1 ? 'it is' : 'they are'} fixed:`,
          ...after.map((p) => `    · ${formatProblem(p)}`),
        ]
      : []),
  ];
}
