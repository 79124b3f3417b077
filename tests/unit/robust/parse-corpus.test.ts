import { afterEach, describe, expect, it, vi } from 'vitest';
import { CORPUS_SOURCE_LIMIT } from '../../../src/app/corpus-source-limit';
import { loadCorpus } from '../../../src/app/load-corpus';
import { parseCorpus } from '../../../src/app/parse-corpus';
import { parseCorpusFile } from '../../../src/app/parse-corpus-file';
import { resources } from '../../../src/i18n/i18n';
import { BUNDLED_TEXT } from './bundled-corpus';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('parseCorpus', () => {
  it('reads the bundled corpus, with or without a byte-order mark', () => {
    for (const text of [BUNDLED_TEXT, `\uFEFF${BUNDLED_TEXT}`]) {
      const parsed = parseCorpus(text);
      expect('corpus' in parsed && parsed.problems).toEqual([]);
    }
  });

  it.each([
    ['empty', '', 'not-json'],
    ['blank', ' \n', 'not-json'],
    ['truncated', BUNDLED_TEXT.slice(0, 1000), 'not-json'],
    ['HTML', '<!doctype html><title>Not found</title>', 'not-json'],
    ['a number', '42', 'schema'],
    ['version only', '{"version":1}', 'schema'],
  ])('%s → %s', (_name, text, kind) => {
    const parsed = parseCorpus(text);
    expect('error' in parsed && parsed.error.kind).toBe(kind);
  });
});

describe('parseCorpusFile', () => {
  it('refuses a file over the limit without reading it', async () => {
    const text = vi.fn();
    const big = { size: CORPUS_SOURCE_LIMIT + 1, text } as unknown as Blob;
    const parsed = await parseCorpusFile(big);
    expect('error' in parsed && parsed.error).toEqual({
      kind: 'too-large',
      detail: `50.0 MB (${String(CORPUS_SOURCE_LIMIT + 1)} bytes)`,
    });
    expect(text).not.toHaveBeenCalled();
  });

  it('parses on this thread where there is no Worker', async () => {
    const parsed = await parseCorpusFile(new Blob([BUNDLED_TEXT]));
    expect('corpus' in parsed).toBe(true);
  });

  it('the limit the locale files name is the real one', () => {
    const mb = String(CORPUS_SOURCE_LIMIT / (1024 * 1024));
    const text = (lang: 'ar' | 'en') =>
      JSON.stringify((resources[lang].robust as { fileError: unknown }).fileError);
    expect(text('en')).toContain(`${mb} MB`);
    expect(text('ar')).toContain(`${mb} ميغابايت`);
  });
});

describe('loadCorpus', () => {
  const answer = (response: Response | Error) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        response instanceof Error ? Promise.reject(response) : Promise.resolve(response),
      ),
    );

  it('loads the bundled corpus', async () => {
    answer(new Response(BUNDLED_TEXT));
    const loaded = await loadCorpus();
    expect('index' in loaded && loaded.index.events.length).toBeGreaterThan(0);
  });

  it('gives up on a server that does not answer', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal(
        'fetch',
        vi.fn(
          (_url: string, init: RequestInit) =>
            new Promise((_resolve, reject) => {
              init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
            }),
        ),
      );
      const loading = loadCorpus();
      await vi.advanceTimersByTimeAsync(20_000);
      const loaded = await loading;
      expect('error' in loaded && loaded.error).toEqual({
        kind: 'network',
        detail: 'no answer within 20 s',
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    [new Response('', { status: 404, statusText: 'Not Found' }), 'missing', 'HTTP 404 Not Found'],
    [new Response('', { status: 410 }), 'missing', 'HTTP 410'],
    [new Response('', { status: 503 }), 'http', 'HTTP 503'],
    [new TypeError('Failed to fetch'), 'network', 'Failed to fetch'],
  ])('says why it failed: %#', async (response, kind, detail) => {
    answer(response);
    const loaded = await loadCorpus();
    expect('error' in loaded && loaded.error).toEqual({ kind, detail });
  });
});
