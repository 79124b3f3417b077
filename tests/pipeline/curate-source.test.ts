// The curate server's edits of a document's own files (its meta, its translation): a new
// article as ingest leaves it (TODO stubs) is completed through the endpoint; what preprocess
// would reject is refused with its problems and nothing is written; writes are atomic, only
// from the server's own page, only to that document's two files, and never on a stale view.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentReview } from '../../src/domain/curation/curate-review';
import { pairTranslations } from '../../src/domain/curation/pair-translations';
import { checkCuration } from '../../src/pipeline/curate-check';
import { startCurateServer } from '../../src/pipeline/curate-server';

const DOC = '010_test-article';
const RAW = [
  'وزير الدفاع في طرابلس',
  'وصل وزير الدفاع التركي خلوصي أكار إلى طرابلس أمس الجمعة.',
  'والتقى أكار رئيس المجلس الرئاسي فايز السراج في العاصمة.',
  'شارك هذا المقال',
  'اترك تعليقاً',
  '',
].join('\n');
const META = {
  title: { ar: 'وزير الدفاع في طرابلس', en: 'The defence minister in Tripoli' },
  publisher: { ar: 'موقع تجريبي', en: 'A test site' },
  credits: [],
  published: {
    start: '2020-07-04',
    end: '2020-07-04',
    precision: 'day',
    basis: 'external',
    note: { ar: 'مقال كُتب للاختبار.', en: 'An article written for the tests.' },
  },
  debris: ['شارك هذا المقال'],
};
const ENGLISH = [
  'The defence minister in Tripoli',
  'Turkish Defence Minister Hulusi Akar arrived in Tripoli yesterday, Friday.',
  'Akar met the head of the Presidential Council, Fayez al-Sarraj, in the capital.',
];

let root: string;
let server: Server;
let base: string;
const metaPath = () => join(root, `data/sources/${DOC}.meta.json`);
const translationsPath = () => join(root, `data/curation/translations/${DOC}.json`);

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'athar-curate-source-'));
  cpSync('data', join(root, 'data'), { recursive: true });
  rmSync(join(root, 'data/curation/drafts'), { recursive: true, force: true });
  mkdirSync(join(root, 'data/curation/drafts'));
  writeFileSync(join(root, `data/sources/${DOC}.txt`), RAW);
  // As ingest leaves a new article: a meta with TODOs, a translation with empty English.
  writeFileSync(
    metaPath(),
    JSON.stringify({
      ...META,
      title: { ar: 'TODO العنوان', en: 'TODO title' },
      publisher: { ar: 'TODO الناشر', en: 'TODO publisher' },
    }),
  );
  writeFileSync(
    translationsPath(),
    JSON.stringify(
      ['وزير الدفاع في طرابلس', RAW.split('\n')[1], RAW.split('\n')[2]].map((ar) => ({
        ar,
        en: '',
      })),
    ),
  );
  writeFileSync(
    join(root, `data/curation/drafts/${DOC}.events.json`),
    JSON.stringify({ draft: true, document: DOC, events: [] }),
  );
  server = await startCurateServer({ root, dist: join(root, 'dist') }, 0);
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterEach(async () => {
  await new Promise((done) => server.close(done));
  rmSync(root, { recursive: true, force: true });
});

async function review(): Promise<DocumentReview> {
  const r = await fetch(`${base}/api/curate/documents/${DOC}`);
  expect(r.status).toBe(200);
  return (await r.json()) as DocumentReview;
}

function edit(body: unknown, headers: Record<string, string> = {}, doc = DOC): Promise<Response> {
  return fetch(`${base}/api/curate/documents/${doc}/source`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base, ...headers },
    body: JSON.stringify(body),
  });
}

const sentencesOf = (r: DocumentReview) => r.sentences.map((s) => r.text.slice(s.start, s.end));
const translation = (r: DocumentReview, en = ENGLISH) =>
  sentencesOf(r).map((ar, i) => ({ ar, en: en[i] ?? '' }));
const problemsOf = async (res: Response) =>
  (await res.json()) as {
    reason: string;
    problems?: { file: string; path: string; message: string }[];
  };

describe('editing a document’s meta and translation on the review page', () => {
  it('sends the meta and the sentences with their English as they are on disk', async () => {
    const r = await review();
    expect(r.source.meta).toMatchObject({ title: { ar: 'TODO العنوان' } });
    expect(sentencesOf(r)).toEqual([
      'وزير الدفاع في طرابلس',
      RAW.split('\n')[1],
      RAW.split('\n')[2],
    ]);
    expect(r.source.en).toEqual(['', '', '']);
    expect(r.problems.some((p) => p.file.endsWith(`${DOC}.json`))).toBe(true);
  });

  it('completes a new article: meta, then translation, and preprocess accepts the curation', async () => {
    let r = await review();
    let res = await edit({ revision: r.revision, file: 'meta', value: META });
    expect(res.status).toBe(200);
    r = (await res.json()) as DocumentReview;
    expect(JSON.parse(readFileSync(metaPath(), 'utf8'))).toEqual(META);
    res = await edit({ revision: r.revision, file: 'translations', value: translation(r) });
    expect(res.status).toBe(200);
    r = (await res.json()) as DocumentReview;
    expect(r.problems).toEqual([]);
    expect(r.source.en).toEqual(ENGLISH);
    expect(checkCuration(root)).toEqual([]);
    expect(readFileSync(translationsPath(), 'utf8')).toBe(
      `${JSON.stringify(translation(r), null, 2)}\n`,
    );
    expect(existsSync(`${metaPath()}.tmp-${process.pid}`)).toBe(false);
  });

  it('refuses a meta preprocess would reject, names why, and writes nothing', async () => {
    const before = readFileSync(metaPath(), 'utf8');
    const r = await review();
    const cases: [unknown, string, string][] = [
      [
        { ...META, published: { ...META.published, start: '2020-02-30' } },
        'published.start',
        'not a real calendar date',
      ],
      [
        { ...META, published: { ...META.published, start: '2020-07-05' } },
        'published.end',
        'end is before start',
      ],
      [{ ...META, title: { ar: '', en: 'x' } }, 'title.ar', 'Too small'],
      [
        { ...META, debris: ['سطر ليس في النص'] },
        'debris',
        'debris line not found in the text: «سطر ليس في النص»',
      ],
      [
        { ...META, publisher: { ar: 'TODO الناشر', en: 'x' } },
        'publisher.ar',
        'still a TODO placeholder',
      ],
    ];
    for (const [value, path, message] of cases) {
      const res = await edit({ revision: r.revision, file: 'meta', value });
      expect(res.status, path).toBe(422);
      const body = await problemsOf(res);
      expect(body.reason).toBe('invalid');
      expect(body.problems).toContainEqual(
        expect.objectContaining({
          file: `data/sources/${DOC}.meta.json`,
          path,
          message: expect.stringContaining(message),
        }),
      );
    }
    expect(readFileSync(metaPath(), 'utf8')).toBe(before);
  });

  it('refuses a translation that misses a sentence, has no English or moves one', async () => {
    const before = readFileSync(translationsPath(), 'utf8');
    let r = await review();
    r = (await (
      await edit({ revision: r.revision, file: 'meta', value: META })
    ).json()) as DocumentReview;
    const full = translation(r);
    for (const value of [
      full.slice(1),
      full.map((t, i) => (i === 1 ? { ...t, en: '' } : t)),
      [full[1], full[0], full[2]],
      full.map((t, i) => (i === 2 ? { ...t, en: 'TODO' } : t)),
    ]) {
      const res = await edit({ revision: r.revision, file: 'translations', value });
      expect(res.status).toBe(422);
      const body = await problemsOf(res);
      expect(body.problems!.every((p) => p.file === `data/curation/translations/${DOC}.json`)).toBe(
        true,
      );
    }
    expect(readFileSync(translationsPath(), 'utf8')).toBe(before);
  });

  it('keeps the English with its sentence when a debris line is dropped from the meta', async () => {
    let r = await review();
    r = (await (
      await edit({ revision: r.revision, file: 'meta', value: META })
    ).json()) as DocumentReview;
    r = (await (
      await edit({ revision: r.revision, file: 'translations', value: translation(r) })
    ).json()) as DocumentReview;
    // The share line is no longer debris: it becomes a sentence of the text.
    const res = await edit({ revision: r.revision, file: 'meta', value: { ...META, debris: [] } });
    expect(res.status).toBe(200);
    r = (await res.json()) as DocumentReview;
    expect(sentencesOf(r)).toHaveLength(4);
    expect(r.source.en).toEqual([...ENGLISH, '']);
    expect(r.problems.map((p) => p.file)).toEqual([`data/curation/translations/${DOC}.json`]);
    expect(
      pairTranslations(
        ['b', 'a', 'c'],
        [
          { ar: 'a', en: 'A' },
          { ar: 'b', en: 'B' },
        ],
      ),
    ).toEqual(['B', 'A', '']);
  });

  it('writes only from its own page, only a document’s two files, never on a stale view', async () => {
    const before = readFileSync(metaPath(), 'utf8');
    const r = await review();
    const body = { revision: r.revision, file: 'meta', value: META };
    expect((await edit(body, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await edit(body, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await edit({ ...body, file: 'text' })).status).toBe(400);
    expect((await edit(body, {}, 'no-such-document')).status).toBe(400);
    expect((await edit(body, {}, '..%2F..%2Fpackage')).status).toBe(400);
    expect((await edit({ ...body, revision: 'old' })).status).toBe(409);
    expect(readFileSync(metaPath(), 'utf8')).toBe(before);
    expect(existsSync(join(root, 'package.meta.json'))).toBe(false);
  });

  it('leaves the file as it was when the write fails', async () => {
    const before = readFileSync(metaPath(), 'utf8');
    const r = await review();
    mkdirSync(`${metaPath()}.tmp-${process.pid}`);
    const res = await edit({ revision: r.revision, file: 'meta', value: META });
    expect(res.status).toBe(500);
    expect((await problemsOf(res)).reason).toBe('write-failed');
    expect(readFileSync(metaPath(), 'utf8')).toBe(before);
  });
});
