// Bundle sizes, gzip-compressed, as scripts/check-bundle.mjs counts them: "initial" is the
// entry script of index.html and the chunks it preloads; "total" is every .js in assets/.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function bundleSizes(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script[^>]+src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error(`no entry script in ${dist}/index.html`);
  const preloads = [
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?(assets\/[^"]+\.js)"/g),
  ].map((m) => m[1]);
  const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;
  const initial = [...new Set([entry, ...preloads])];
  const all = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const kb = (files) => +(files.reduce((sum, f) => sum + gz(f), 0) / 1024).toFixed(1);
  return { initialKb: kb(initial), totalKb: kb(all), initialFiles: initial, files: all.length };
}
