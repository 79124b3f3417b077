/** A problem found in the inputs: which file, which field, what is wrong. */
export interface Problem {
  file: string;
  path: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.path ? ` → ${p.path}` : ''}: ${p.message}`;
}
