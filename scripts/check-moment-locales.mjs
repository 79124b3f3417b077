// moment (in maintenance mode) comes with vis-timeline. The build must carry only the moment
// locales the app uses: its English default and `ar-ly` (src/features/timeline/timeline-moment.ts).
// Reads the built JavaScript in dist/assets; run after `vite build`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ALLOWED = new Set(['ar-ly']);
const dir = process.argv[2] ?? 'dist/assets';
const found = new Map();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const code = readFileSync(join(dir, file), 'utf8');
  for (const m of code.matchAll(/\.defineLocale\(\s*[`'"]([A-Za-z-]+)[`'"]/g))
    found.set(m[1], file);
}
const extra = [...found.keys()].filter((locale) => !ALLOWED.has(locale));
if (extra.length > 0 || !found.has('ar-ly')) {
  if (extra.length > 0)
    console.error(`check-moment-locales: unused moment locales bundled: ${extra.join(', ')}`);
  if (!found.has('ar-ly')) console.error('check-moment-locales: the ar-ly locale is not bundled');
  process.exit(1);
}
console.log(`moment locales bundled: ${[...found.keys()].join(', ')} (and English, built in)`);
