import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The headers public/_headers gives every path (`/*`): what a static host that reads the file
 * sends, so that `vite preview` (and the browser tests it serves) sends the same.
 */
function staticHostHeaders(
  file = new URL('public/_headers', import.meta.url),
): Record<string, string> {
  const headers: Record<string, string> = {};
  let everyPath = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) everyPath = line.trim() === '/*';
    else if (everyPath) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

/**
 * zod builds fast parsers with `new Function`, and probes whether it may with
 * `new Function("")` when the first schema is built. The app's CSP forbids eval
 * (script-src 'self'), so the probe, though caught, is reported as a CSP violation on every
 * page load. With `jitless` zod skips both; it must be set before any schema is built, which a
 * call in the app cannot guarantee once zod shares a chunk with the schemas. So it is set
 * where zod defines its global configuration.
 */
function zodJitless(): Plugin {
  return {
    name: 'athar:zod-jitless',
    transform(code, id) {
      if (!/[\\/]zod[\\/]v4[\\/]core[\\/]core\.js(\?.*)?$/.test(id)) return null;
      if (!code.includes('export const globalConfig'))
        throw new Error('zod-jitless: zod/v4/core/core.js no longer defines globalConfig');
      return { code: `${code}\nglobalConfig.jitless = true;\n`, map: null };
    },
  };
}

/**
 * Where the app is hosted: `/` (the default) or a sub-path such as `/athar/`, from ATHAR_BASE
 * at build time. Absolute, so that the assets and data resolve from any path a host serves
 * index.html at (a single-page fallback for `/does/not/exist` as well as the root).
 */
function hostBase(base = process.env.ATHAR_BASE ?? '/'): string {
  if (!/^\/([^/?#]+\/)*$/.test(base))
    throw new Error(`ATHAR_BASE must start and end with "/", e.g. /athar/ (got ${base})`);
  return base;
}

/**
 * dist/404.html, a copy of index.html: hosts that answer an unknown path with their 404 page
 * (GitHub Pages, many others) then show the app there too, instead of a blank page.
 */
function notFoundPage(): Plugin {
  return {
    name: 'athar:404',
    apply: 'build',
    writeBundle({ dir = 'dist' }) {
      copyFileSync(join(dir, 'index.html'), join(dir, '404.html'));
    },
  };
}

export default defineConfig({
  plugins: [react(), zodJitless(), notFoundPage()],
  // The corpus worker (src/app/corpus-worker.ts) bundles zod too.
  worker: { plugins: () => [zodJitless()] },
  // Served as it is in development (not pre-bundled), so that zodJitless applies there too.
  optimizeDeps: { exclude: ['zod'] },
  base: hostBase(),
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
  },
  preview: { port: 4173, strictPort: true, headers: staticHostHeaders() },
});
