// The local server of `npm run curate`: it answers only this machine by name, writes only
// from its own page and only under data/curation, writes nothing preprocess would reject,
// writes atomically, and refuses a decision made on a stale view (another tab).
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentReview } from '../../src/domain/curation/curate-review';
import { checkCuration } from '../../src/pipeline/curate-check';
import { startCurateServer } from '../../src/pipeline/curate-server';
import { curationPath } from '../../src/pipeline/curate-store';

const DOC = '003_24fb423664423354';
const ADDED = 'وأضاف أكار أنهم "أجروا محادثات صادقة وبنّاءة للغاية مع المسؤولين الليبيين".';
const LAVROV =
  'من جهته جدد وزير الخارجية الروسي سيرغي لافروف التأكيد على أن حل الأزمة في ليبيا سياسي وليس عسكريا.';

let root: string;
let server: Server;
let base: string;
let port: number;

const draftEvent = (id: string, quote: string, actor: string) => ({
  id,
  type: 'statement',
  title: { ar: 'TODO', en: 'TODO' },
  summary: { ar: 'TODO', en: 'TODO' },
  date: { basis: 'reported', document: DOC },
  place: null,
  actors: [{ id: actor, role: 'speaker' }],
  evidence: [{ document: DOC, quote }],
  found: { cue: quote.split(' ')[1] ?? '', merge: [] },
});

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'athar-curate-'));
  cpSync('data', join(root, 'data'), { recursive: true });
  rmSync(join(root, 'data/curation/drafts'), { recursive: true, force: true });
  mkdirSync(join(root, 'data/curation/drafts'));
  writeFileSync(
    join(root, `data/curation/drafts/${DOC}.events.json`),
    JSON.stringify({
      draft: true,
      document: DOC,
      events: [draftEvent('draft-1', ADDED, 'akar'), draftEvent('draft-2', LAVROV, 'lavrov')],
    }),
  );
  writeFileSync(
    join(root, `data/curation/drafts/${DOC}.actors.json`),
    JSON.stringify({
      draft: true,
      document: DOC,
      actors: [
        {
          id: 'new-organization-1',
          kind: 'organization',
          name: { ar: 'القوات البحرية', en: 'TODO' },
          aliases: { ar: ['القوات البحرية'], en: [] },
          role: { ar: 'TODO', en: 'TODO' },
          affiliation: null,
          wikidata: null,
          reference: 'TODO',
          found: { cue: 'organisation head «القوات»', mentions: [{ start: 1564, end: 1578 }] },
        },
      ],
    }),
  );
  server = await startCurateServer({ root, dist: join(root, 'dist') }, 0);
  port = (server.address() as { port: number }).port;
  base = `http://127.0.0.1:${port}`;
});
afterEach(async () => {
  await new Promise((done) => server.close(done));
  rmSync(root, { recursive: true, force: true });
});

const events = () => readFileSync(join(root, 'data/curation/events.json'), 'utf8');

async function review(): Promise<DocumentReview> {
  const r = await fetch(`${base}/api/curate/documents/${DOC}`);
  expect(r.status).toBe(200);
  return (await r.json()) as DocumentReview;
}

function decide(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}/api/curate/documents/${DOC}/decisions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base, ...headers },
    body: JSON.stringify(body),
  });
}

/** A decision on event draft `draft`, made on the view `r` (its revision). */
function decideEvent(
  r: { revision: DocumentReview['revision'] },
  draft: string,
  action: 'accept' | 'reject',
  item?: unknown,
): Promise<Response> {
  return decide({ revision: r.revision, kind: 'event', draft, action, item });
}

/** A raw request, with headers fetch would not let us set (Host) and an unnormalised path. */
function raw(path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((done, fail) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on('error', fail);
    req.end();
  });
}

function accepted(r: DocumentReview, draft: string, title: string) {
  const rest: Record<string, unknown> = { ...r.events.find((e) => e.draft.id === draft)!.draft };
  delete rest.found;
  return {
    ...rest,
    id: 'akar-says-talks-were-sincere',
    title: { ar: 'أكار: محادثات صادقة', en: title },
    summary: { ar: 'قال أكار إن المحادثات كانت صادقة.', en: 'Akar said the talks were sincere.' },
  };
}

describe('the curate server', () => {
  it('answers only requests addressed to this machine by name', async () => {
    expect(await raw('/api/curate', { host: `127.0.0.1:${port}` })).toBe(200);
    expect(await raw('/api/curate', { host: `localhost:${port}` })).toBe(200);
    expect(await raw('/api/curate', { host: `evil.example:${port}` })).toBe(403);
    expect(await raw('/api/curate', { host: 'localhost' })).toBe(403);
  });

  it('takes a decision only from its own page, as JSON', async () => {
    const r = await review();
    const body = { revision: r.revision, kind: 'event', draft: 'draft-2', action: 'reject' };
    expect((await decide(body, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await decide(body, { origin: 'null' })).status).toBe(403);
    expect((await decide(body, { 'content-type': 'text/plain' })).status).toBe(415);
    expect(existsSync(join(root, `data/curation/drafts/${DOC}.decisions.json`))).toBe(false);
  });

  it('reads and writes nothing outside data/curation', async () => {
    expect(() => curationPath(root, 'data/sources/x.json')).toThrow(/outside/);
    expect(() => curationPath(root, 'data/curation/../sources/x.json')).toThrow(/outside/);
    expect(() => curationPath(root, 'data/curation')).toThrow(/outside/);
    expect(curationPath(root, 'data/curation/drafts/a.json')).toBe(
      join(root, 'data/curation/drafts/a.json'),
    );
    expect(
      await raw('/api/curate/documents/..%2F..%2Fpackage', { host: `127.0.0.1:${port}` }),
    ).toBe(404);
    expect(await raw('/assets/..%2f..%2f..%2fpackage.json', { host: `127.0.0.1:${port}` })).toBe(
      403,
    );
  });

  it('shows a document’s drafts with their evidence located in the text', async () => {
    const r = await review();
    expect(r.problems).toEqual([]);
    expect(r.damaged).toEqual([]);
    const first = r.events[0]!;
    expect(first.evidence).not.toBeNull();
    expect(r.text.slice(first.evidence!.start, first.evidence!.end)).toBe(ADDED);
    expect(r.text.slice(first.cue!.start, first.cue!.end)).toBe('أكار');
    expect(r.actors[0]!.mentions.map((m) => r.text.slice(m.start, m.end))).toEqual([
      'القوات البحرية',
    ]);
  });

  it('accepts an edited draft: written to events.json, which preprocess accepts', async () => {
    const r = await review();
    const res = await decideEvent(
      r,
      'draft-1',
      'accept',
      accepted(r, 'draft-1', 'Akar: the talks were sincere'),
    );
    expect(res.status).toBe(200);
    const after = (await res.json()) as DocumentReview;
    expect(after.decisions['event:draft-1']).toEqual({
      action: 'accept',
      id: 'akar-says-talks-were-sincere',
    });
    const written = JSON.parse(events()) as { id: string; title: { en: string } }[];
    expect(written.at(-1)).toMatchObject({
      id: 'akar-says-talks-were-sincere',
      title: { en: 'Akar: the talks were sincere' },
    });
    expect(checkCuration(root)).toEqual([]);
    expect(readdirSync(join(root, 'data/curation')).filter((f) => f.includes('.tmp-'))).toEqual([]);
    // The decision is on disk: a new page (an interrupted session) sees it.
    expect((await review()).decisions['event:draft-1']?.action).toBe('accept');
  });

  it('refuses what preprocess would reject, names why, and writes nothing', async () => {
    const before = events();
    const r = await review();
    const item = { ...accepted(r, 'draft-1', 'x'), actors: [{ id: 'nobody', role: 'speaker' }] };
    const res = await decideEvent(r, 'draft-1', 'accept', item);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { reason: string; problems: { message: string }[] };
    expect(body.reason).toBe('invalid');
    expect(body.problems.map((p) => p.message)).toContain('unknown actor "nobody"');
    const empty = { ...accepted(r, 'draft-1', 'x'), title: { ar: '', en: 'x' } };
    const res2 = await decideEvent(r, 'draft-1', 'accept', empty);
    expect(res2.status).toBe(422);
    expect(events()).toBe(before);
    expect(existsSync(join(root, `data/curation/drafts/${DOC}.decisions.json`))).toBe(false);
  });

  it('records a rejection at once, and touches no curation file', async () => {
    const before = events();
    const r = await review();
    const res = await decideEvent(r, 'draft-2', 'reject');
    expect(res.status).toBe(200);
    expect(events()).toBe(before);
    const saved = JSON.parse(
      readFileSync(join(root, `data/curation/drafts/${DOC}.decisions.json`), 'utf8'),
    );
    expect(saved.decisions['event:draft-2']).toEqual({ action: 'reject' });
  });

  it('refuses a decision made on a stale view (another tab wrote since)', async () => {
    const first = await review();
    const second = await review();
    expect((await decideEvent(first, 'draft-2', 'reject')).status).toBe(200);
    const res = await decideEvent(second, 'draft-1', 'reject');
    expect(res.status).toBe(409);
    expect(((await res.json()) as { reason: string }).reason).toBe('stale');
    const again = await review();
    const twice = await decideEvent(again, 'draft-2', 'reject');
    expect(((await twice.json()) as { reason: string }).reason).toBe('decided');
  });

  it('leaves nothing half-written when a write fails', async () => {
    const before = events();
    const r = await review();
    // A directory where the staged file must go: writing it fails.
    mkdirSync(join(root, `data/curation/events.json.tmp-${process.pid}`));
    const res = await decideEvent(
      r,
      'draft-1',
      'accept',
      accepted(r, 'draft-1', 'Akar: the talks were sincere'),
    );
    expect(res.status).toBe(500);
    expect(((await res.json()) as { reason: string }).reason).toBe('write-failed');
    expect(events()).toBe(before);
    expect(existsSync(join(root, `data/curation/drafts/${DOC}.decisions.json`))).toBe(false);
  });

  it('says which drafts file is damaged and still shows the others', async () => {
    writeFileSync(join(root, `data/curation/drafts/${DOC}.events.json`), '{"draft": true, "eve');
    const r = await review();
    expect(r.damaged).toHaveLength(1);
    expect(r.damaged[0]!.file).toBe(`data/curation/drafts/${DOC}.events.json`);
    expect(r.damaged[0]!.message).toMatch(/not valid JSON/);
    expect(r.events).toEqual([]);
    expect(r.actors).toHaveLength(1);
  });

  it('never overwrites a damaged decisions file', async () => {
    const path = join(root, `data/curation/drafts/${DOC}.decisions.json`);
    writeFileSync(path, '{"document": "x", "decis');
    const r = await review();
    expect(r.damaged.map((d) => d.file)).toEqual([`data/curation/drafts/${DOC}.decisions.json`]);
    const res = await decideEvent(r, 'draft-2', 'reject');
    expect(res.status).toBe(400);
    expect(readFileSync(path, 'utf8')).toBe('{"document": "x", "decis');
  });
});
