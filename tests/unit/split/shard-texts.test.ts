// Loading a split corpus (issue 21): the index is checked row by row like a whole corpus; a
// shard is fetched when one of its documents is asked for, and one that is missing, damaged
// (its SHA-256 is not the index's), not JSON, not a shard, or unanswered fails its own
// documents only, each with its reason. Network and HTTP failures are tried again on request.
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCorpus } from '../../../src/app/load-corpus';
import { shardTexts } from '../../../src/app/shard-texts';
import { readShard } from '../../../src/domain/corpus/check-shard';
import { checkSplitIndex } from '../../../src/domain/corpus/check-split-index';
import type { DocumentText } from '../../../src/domain/corpus/document-texts';
import { splitCorpus } from '../../../src/domain/corpus/split-corpus';
import type { SplitIndex } from '../../../src/domain/corpus/split-schema';
import { realCorpus } from '../search/real-index';

const BASE = 'http://athar.test/data/corpus/';
// One shard per document: the bundled corpus has two.
const split = splitCorpus(realCorpus, { shardBytes: 1 });
const [first, second] = realCorpus.documents.map((d) => d.id) as [string, string];
const fileOf = (id: string) =>
  split.index.shards[split.index.documents.find((d) => d.id === id)!.shard]!.file;
const entities = new Set([
  ...realCorpus.actors.map((a) => a.id),
  ...realCorpus.places.map((p) => p.id),
]);

type Answer = string | number | Error;

/** A fetch serving the split, with some files answered otherwise (a status, a body, an error). */
function serve(overrides: Record<string, Answer> = {}) {
  const files = new Map<string, string>([
    ['index.json', JSON.stringify(split.index)],
    ...split.shards.map((s): [string, string] => [s.file, s.text]),
  ]);
  const fetchMock = vi.fn((input: RequestInfo | URL) => {
    const path = String(input).replace(BASE, '');
    const answer: Answer | undefined = overrides[path] ?? files.get(path) ?? 404;
    if (answer instanceof Error) return Promise.reject(answer);
    if (typeof answer === 'number') return Promise.resolve(new Response('', { status: answer }));
    return Promise.resolve(new Response(answer, { status: 200 }));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function texts() {
  const checked = checkSplitIndex(split.index);
  return shardTexts(BASE, checked.documents, checked.shards, entities);
}

function failure(state: DocumentText): string | null {
  return state.status === 'failed' ? state.failure : null;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('shardTexts', () => {
  it('fetches only the shard of the document asked for, once, and tells its listeners', async () => {
    const fetchMock = serve();
    const store = texts();
    const heard = vi.fn();
    store.subscribe(heard);
    expect(store.peek(first).status).toBe('idle');
    const asked = store.request([first]);
    expect(store.peek(first).status).toBe('loading');
    await Promise.all([asked, store.request([first])]);
    const state = store.peek(first);
    expect(state.status === 'ready' && state.document).toEqual(realCorpus.documents[0]);
    expect(store.peek(second).status).toBe('idle');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(heard).toHaveBeenCalledTimes(2); // loading, then ready
    expect(store.settled()).toBe(false);
    await store.requestAll();
    expect(store.settled()).toBe(true);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('says a deleted shard is missing and a corrupted one damaged; others still load', async () => {
    serve({ [fileOf(first)]: 404, [fileOf(second)]: '{"format":"athar-split-shard"' });
    const store = texts();
    await store.requestAll();
    expect(failure(store.peek(first))).toBe('missing');
    expect(failure(store.peek(second))).toBe('damaged');
    expect(store.settled()).toBe(true);
  });

  it('refuses a well-formed shard that is not the one the index lists (another version)', async () => {
    const other = splitCorpus(
      {
        ...realCorpus,
        documents: realCorpus.documents.map((d) => ({ ...d, sentences: d.sentences.slice(1) })),
      },
      { shardBytes: 1 },
    );
    serve({ [fileOf(first)]: other.shards[0]!.text });
    const store = texts();
    await store.request([first]);
    expect(failure(store.peek(first))).toBe('damaged');
  });

  it('asks again after no answer or an HTTP error, but not after a damaged shard', async () => {
    const fetchMock = serve({
      [fileOf(first)]: new TypeError('Failed to fetch'),
      [fileOf(second)]: 503,
    });
    const store = texts();
    await store.requestAll();
    expect(failure(store.peek(first))).toBe('network');
    expect(failure(store.peek(second))).toBe('http');
    serve();
    await store.request([first, second]);
    expect(store.peek(first).status).toBe('ready');
    expect(store.peek(second).status).toBe('ready');
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});

describe('readShard', () => {
  const entry = split.index.shards[0]!;
  const expected = split.index.documents.filter((d) => d.shard === 0);
  const text = split.shards[0]!.text;
  const hash = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');
  const read = (t: string, digest = hash(t)) =>
    readShard(t, digest, { ...entry, sha256: digest }, expected, entities);

  it('gives the documents of a good shard', () => {
    const result = readShard(text, entry.sha256, entry, expected, entities);
    expect('documents' in result && result.documents).toEqual([realCorpus.documents[0]]);
  });

  it('names what is wrong with a bad one', () => {
    expect(readShard(text, hash('x'), entry, expected, entities)).toMatchObject({
      failure: 'damaged',
    });
    expect(read('not json')).toMatchObject({ failure: 'invalid' });
    expect(read('{"format":"something else"}')).toMatchObject({ failure: 'invalid' });
    const shard = JSON.parse(text) as { documents: { id: string; text: string }[] };
    const shorter = { ...shard, documents: [{ ...shard.documents[0]!, text: 'قصير' }] };
    expect(read(JSON.stringify(shorter))).toMatchObject({ failure: 'invalid' });
    expect(read(JSON.stringify({ ...shard, documents: [] }))).toMatchObject({ failure: 'invalid' });
  });

  it('leaves out mentions of unknown entities and spans outside the text', () => {
    const shard = JSON.parse(text) as { documents: Record<string, unknown>[] };
    const doc = shard.documents[0] as { mentions: unknown[]; sentences: unknown[] };
    doc.mentions = [...doc.mentions, { entity: 'nobody', start: 0, end: 1 }];
    doc.sentences = [...doc.sentences, { start: 0, end: 10 ** 7, en: 'too long' }];
    const result = read(JSON.stringify(shard));
    expect('documents' in result && result.documents).toEqual([realCorpus.documents[0]]);
  });
});

describe('checkSplitIndex', () => {
  it('accepts the split of the bundled corpus without a problem', () => {
    const checked = checkSplitIndex(split.index);
    expect(checked.problems).toEqual([]);
    expect(checked.corpus?.events).toHaveLength(realCorpus.events.length);
    expect(checked.corpus?.documents[0]).not.toHaveProperty('text');
  });

  it('leaves out bad rows, evidence past a text, and documents of no listed shard', () => {
    const index = structuredClone(split.index) as SplitIndex;
    index.events[0]!.evidence = [
      { document: first, start: 0, end: index.documents[0]!.length + 1 },
    ];
    (index.events[1] as unknown as Record<string, unknown>).type = 'party';
    index.documents[1]!.shard = 99;
    const checked = checkSplitIndex(index);
    expect(checked.problems.map((p) => [p.kind, p.problem])).toEqual(
      expect.arrayContaining([
        ['document', 'out-of-range'],
        ['event', 'outside-text'],
        ['event', 'not-allowed'],
      ]),
    );
    expect(checked.documents.map((d) => d.id)).toEqual([first]);
  });

  it('is fatal when the top level is not an index', () => {
    expect(checkSplitIndex({ ...split.index, shards: 'none' }).corpus).toBeNull();
  });
});

describe('loadCorpus', () => {
  it('loads a split index and fetches no text until asked', async () => {
    const fetchMock = serve();
    const loaded = await loadCorpus(`${BASE}index.json`);
    expect('index' in loaded && loaded.index.events).toHaveLength(realCorpus.events.length);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    if (!('index' in loaded)) return;
    expect(loaded.index.mentionCounts.get('akar')).toBeGreaterThan(0);
    await loaded.index.texts.request([second]);
    expect(loaded.index.texts.peek(second).status).toBe('ready');
  });

  it('loads a whole corpus served at the index address, its texts in memory', async () => {
    serve({ 'index.json': JSON.stringify(realCorpus) });
    const loaded = await loadCorpus(`${BASE}index.json`);
    expect('index' in loaded && loaded.index.texts.peek(first).status).toBe('ready');
  });

  it('reports an index of the wrong shape as a schema error', async () => {
    serve({ 'index.json': JSON.stringify({ ...split.index, version: 2 }) });
    expect(await loadCorpus(`${BASE}index.json`)).toMatchObject({ error: { kind: 'schema' } });
  });
});
