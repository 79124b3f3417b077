/**
 * The local server of `npm run curate`: the built app (dist/) with the review page switched
 * on, and a small JSON endpoint that reads drafts and writes decisions under data/curation.
 * It answers only requests addressed to this machine by name (Host 127.0.0.1:<port> or
 * localhost:<port>, which stops DNS rebinding), takes writes only from its own pages (Origin)
 * as JSON (a plain form on another site cannot send it), and writes nowhere but data/curation
 * and the meta of a document whose text is in data/sources.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { applySourceEdit } from './apply-source-edit';
import { applyDecision, listReviews, readReview } from './curate-store';

export const CURATE_META = '<meta name="athar-curate" content="1" />';
const MAX_BODY = 1_000_000;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface CurateServerOptions {
  /** Where data/ is (a copy in tests). */
  root: string;
  /** The built app. */
  dist: string;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

/** Whether a request is addressed to this server on this machine by name. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function originAllowed(origin: string | undefined, port: number): boolean {
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        done(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => done(null));
  });
}

function serveStatic(dist: string, pathname: string, res: ServerResponse): void {
  const base = resolve(dist);
  let rel: string;
  try {
    rel = decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    send(res, 400, { reason: 'bad-request', message: 'bad path' });
    return;
  }
  const path = resolve(base, rel);
  const inside = relative(base, path);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    send(res, 403, { reason: 'forbidden' });
    return;
  }
  const file = inside !== '' && existsSync(path) && statSync(path).isFile() ? path : null;
  if (file && !file.endsWith('.html')) {
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
    return;
  }
  if (file === null && inside.startsWith('assets')) {
    send(res, 404, { reason: 'not-found' });
    return;
  }
  const index = resolve(base, 'index.html');
  if (!existsSync(index)) {
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('curate: no build found; run `npx vite build` first.\n');
    return;
  }
  // The review page is switched on by this marker; the public build never carries it.
  const html = readFileSync(index, 'utf8').replace('<head>', `<head>\n    ${CURATE_META}`);
  res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
  res.end(html);
}

export function createCurateHandler(
  options: CurateServerOptions,
  port: () => number,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void (async () => {
      if (!hostAllowed(req.headers.host, port())) {
        send(res, 403, { reason: 'forbidden', message: 'only this machine, by name' });
        return;
      }
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      const api = /^\/api\/curate(?:\/documents\/([^/]+)(?:\/(decisions|source))?)?\/?$/.exec(
        url.pathname,
      );
      if (!api) {
        if (req.method !== 'GET' && req.method !== 'HEAD') send(res, 405, { reason: 'method' });
        else serveStatic(options.dist, url.pathname, res);
        return;
      }
      const [, doc, write] = api;
      if (req.method === 'GET' && !write) {
        if (doc === undefined) {
          send(res, 200, listReviews(options.root));
          return;
        }
        const review = readReview(options.root, decodeURIComponent(doc));
        if (review) send(res, 200, review);
        else send(res, 404, { reason: 'not-found' });
        return;
      }
      if (req.method === 'POST' && write && doc !== undefined) {
        if (!originAllowed(req.headers.origin, port())) {
          send(res, 403, { reason: 'forbidden', message: 'writes only from this page' });
          return;
        }
        if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
          send(res, 415, { reason: 'bad-request', message: 'send JSON' });
          return;
        }
        const raw = await readBody(req);
        let body: unknown;
        try {
          body = raw === null ? undefined : JSON.parse(raw);
        } catch {
          body = undefined;
        }
        if (body === undefined) {
          send(res, 400, { reason: 'bad-request', message: 'not JSON, or too large' });
          return;
        }
        const id = decodeURIComponent(doc);
        const result =
          write === 'source'
            ? applySourceEdit(options.root, id, body)
            : applyDecision(options.root, id, body);
        if (result.ok) send(res, 200, result.review);
        else {
          const status = {
            invalid: 422,
            stale: 409,
            decided: 409,
            'bad-request': 400,
            'write-failed': 500,
          };
          send(res, status[result.refusal.reason], result.refusal);
        }
        return;
      }
      send(res, 405, { reason: 'method' });
    })().catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, { reason: 'write-failed', message: String(err) });
    });
  };
}

/** Listens on 127.0.0.1 only; `port` 0 picks a free one. */
export function startCurateServer(options: CurateServerOptions, port: number): Promise<Server> {
  let bound = port;
  const server = createServer(createCurateHandler(options, () => bound));
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const a = server.address();
      if (a && typeof a === 'object') bound = a.port;
      done(server);
    });
  });
}
