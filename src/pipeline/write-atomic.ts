/**
 * Writing files so that a reader never sees half of one: each is written to a temporary
 * file beside it and renamed into place, and nothing is written unless every file is ready.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeFilesAtomically(files: readonly { path: string; content: string }[]): void {
  const staged = files.map((f) => {
    mkdirSync(dirname(f.path), { recursive: true });
    const tmp = `${f.path}.tmp-${process.pid}`;
    writeFileSync(tmp, f.content);
    return { tmp, path: f.path };
  });
  for (const s of staged) renameSync(s.tmp, s.path);
}
