// Reads a V8 CPU profile (Chrome DevTools Protocol Profiler.stop): time by category of source
// (vis-timeline, React, zod, Leaflet, the app's folders…), the functions with the most self
// time, and the most inclusive named functions. Positions are mapped to sources through the
// build's source maps when source-map-js (a dependency of Vite's) can be loaded.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

async function sourceMapper(siteDir) {
  let SourceMapConsumer;
  try {
    ({ SourceMapConsumer } = await import('source-map-js'));
  } catch {
    return () => null;
  }
  const consumers = new Map();
  return (url, line, column) => {
    const path = url && new URL(url).pathname;
    if (!path?.endsWith('.js')) return null;
    if (!consumers.has(path)) {
      const mapFile = join(siteDir, `${path}.map`);
      consumers.set(
        path,
        existsSync(mapFile)
          ? new SourceMapConsumer(JSON.parse(readFileSync(mapFile, 'utf8')))
          : null,
      );
    }
    const pos = consumers.get(path)?.originalPositionFor({ line: line + 1, column });
    return pos?.source ? { source: pos.source.replace(/^(\.\.\/)+/, ''), line: pos.line } : null;
  };
}

const CATEGORIES = [
  [/node_modules\/(vis-timeline|vis-data|vis-util)\//, 'vis-timeline + vis-data'],
  [/node_modules\/moment\//, 'moment'],
  [/node_modules\/zod\//, 'zod'],
  [/node_modules\/(react-dom|react|scheduler)\//, 'React'],
  [/node_modules\/(leaflet|react-leaflet|@react-leaflet)\//, 'Leaflet'],
  [/node_modules\/(i18next|react-i18next)\//, 'i18next'],
  [/node_modules\/([^/]+)\//, (m) => m[1]],
  [/src\/domain\/([^/.]+)/, (m) => `src/domain/${m[1]}`],
  [/src\/(features\/[^/]+|app|url-state|i18n|ui)\//, (m) => `src/${m[1]}`],
];

function categoryOf(frame, source) {
  if (!frame.url) return frame.functionName || '(native)';
  const path = source?.source ?? frame.url;
  for (const [pattern, name] of CATEGORIES) {
    const m = pattern.exec(path);
    if (m) return typeof name === 'function' ? name(m) : name;
  }
  return source ? source.source : `(unmapped) ${new URL(frame.url).pathname}`;
}

const top = (map, n) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, us]) => ({ what: key, ms: Math.round(us / 1000) }));

/** Summarises `profile`; `siteDir` holds the served files (and their .map files). */
export async function analyseProfile(profile, siteDir, n = 25) {
  const map = await sourceMapper(siteDir);
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const info = new Map();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const source = map(f.url, f.lineNumber, f.columnNumber);
    const where = source
      ? `${source.source}:${source.line}`
      : f.url
        ? `${new URL(f.url).pathname}:${f.lineNumber + 1}`
        : '';
    info.set(node.id, {
      key: `${f.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`,
      category: categoryOf(f, source),
      named: !!f.functionName && !!f.url,
    });
  }
  const self = new Map();
  const categories = new Map();
  const inclusive = new Map();
  const add = (m, k, us) => m.set(k, (m.get(k) ?? 0) + us);
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const us = timeDeltas[i + 1] ?? 0;
    const own = info.get(samples[i]);
    add(self, own.key, us);
    add(categories, own.category, us);
    const seen = new Set();
    for (let id = samples[i]; id !== undefined; id = parent.get(id)) {
      const { key, named } = info.get(id);
      if (named && !seen.has(key)) {
        seen.add(key);
        add(inclusive, key, us);
      }
    }
  }
  return {
    totalMs: Math.round((profile.endTime - profile.startTime) / 1000),
    byCategory: top(categories, n),
    bySelf: top(self, n),
    byInclusive: top(inclusive, n),
  };
}
