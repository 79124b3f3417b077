// The bundle budget (issue 7): the JavaScript the first paint needs, gzip-compressed, must
// stay within 200 kB. "Initial" = the entry chunk and the chunks it imports statically.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KB = 200;
const html = readFileSync('dist/index.html', 'utf8');
const entry = /<script[^>]+src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
if (!entry) {
  console.error('check-bundle: no entry script in dist/index.html');
  process.exit(1);
}
const preloads = [
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?(assets\/[^"]+\.js)"/g),
].map((m) => m[1]);
const initial = new Set([entry, ...preloads]);
const gz = (file) => gzipSync(readFileSync(join('dist', file))).length;
const initialBytes = [...initial].reduce((sum, f) => sum + gz(f), 0);
const allJs = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
const totalBytes = allJs.reduce((sum, f) => sum + gz(`assets/${f}`), 0);
const kb = (b) => (b / 1024).toFixed(1);
console.log(
  `initial JS ${kb(initialBytes)} kB gzip (budget ${BUDGET_KB} kB); all JS ${kb(totalBytes)} kB gzip in ${allJs.length} files`,
);
if (initialBytes > BUDGET_KB * 1024) {
  console.error(
    `check-bundle: initial JS is over budget by ${kb(initialBytes - BUDGET_KB * 1024)} kB`,
  );
  process.exit(1);
}
