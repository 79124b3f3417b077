/**
 * npm run curate [-- --port 4180] [--root DIR] [--dist DIR]
 *
 * Serves the built app with its review page on http://127.0.0.1:<port>/ (this machine only):
 * the drafts ingest wrote for each document beside its text, to accept, edit or reject; every
 * decision is checked as preprocess checks the curation and written at once to data/curation.
 * See README "Reviewing drafts in the browser".
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startCurateServer } from './curate-server';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: '.' },
    dist: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4180' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('curate: --port takes a number from 0 to 65535');
  process.exit(2);
}
if (!existsSync(join(values.dist, 'index.html'))) {
  console.error(`curate: no build in ${values.dist}; run \`npx vite build\` first`);
  process.exit(1);
}
startCurateServer({ root: values.root, dist: values.dist }, port).then(
  (server) => {
    const a = server.address();
    const bound = a && typeof a === 'object' ? a.port : port;
    console.error(`curate: review the drafts at http://127.0.0.1:${bound}/ (Ctrl-C to stop)`);
  },
  (err: NodeJS.ErrnoException) => {
    console.error(`curate: cannot listen on 127.0.0.1:${port} (${err.code ?? String(err)})`);
    process.exit(1);
  },
);
