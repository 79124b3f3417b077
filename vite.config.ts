import { readFileSync } from 'node:fs';
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

export default defineConfig({
  plugins: [react(), zodJitless()],
  // The corpus worker (src/app/corpus-worker.ts) bundles zod too.
  worker: { plugins: () => [zodJitless()] },
  // Served as it is in development (not pre-bundled), so that zodJitless applies there too.
  optimizeDeps: { exclude: ['zod'] },
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
  },
  preview: { port: 4173, strictPort: true, headers: staticHostHeaders() },
});
