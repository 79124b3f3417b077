// One naming rule for the project's files (ARCHITECTURE.md, "Names"):
// - a React component's file is named like the component, in PascalCase: EventList.tsx (its
//   stylesheet and its test too: EventList.css, EventList.test.tsx);
// - a hook's file is named like the hook: useRowWindow.ts, useViewState.tsx;
// - every other file is kebab-case: filter-events.ts, main.tsx, check-file-names.mjs.
// The name is read up to its first dot (event-list.test.ts → event-list). PascalCase is for
// .tsx and .css only: a type, a class or a constant lives in a kebab-case .ts file.
//
//   node scripts/check-file-names.mjs   (exit 1 and a list when a file breaks the rule)
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PASCAL = /^[A-Z][a-z0-9]+([A-Z][a-z0-9]*)*$/;
const HOOK = /^use([A-Z][a-z0-9]*)+$/;
const CHECKED = /\.(ts|tsx|mjs|js|cjs|css)$/;

/** Why `path` breaks the rule, or null when it keeps it. */
export function fileNameProblem(path) {
  const name = basename(path);
  const stem = name.slice(0, name.indexOf('.'));
  const ext = name.slice(name.lastIndexOf('.') + 1);
  if (KEBAB.test(stem)) return null;
  if (HOOK.test(stem) && (ext === 'ts' || ext === 'tsx')) return null;
  if (PASCAL.test(stem) && (ext === 'tsx' || ext === 'css')) return null;
  return `${path}: use kebab-case (PascalCase only for a component's .tsx/.css, useFoo for a hook)`;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const files = execFileSync('git', ['ls-files', 'src', 'tests', 'scripts', 'bench'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter((f) => CHECKED.test(f));
  const problems = files.map(fileNameProblem).filter((p) => p !== null);
  for (const p of problems) console.error(p);
  console.log(`file names: ${files.length} checked, ${problems.length} break the rule`);
  process.exit(problems.length ? 1 : 0);
}
