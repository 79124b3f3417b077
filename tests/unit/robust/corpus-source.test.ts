import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  corpusSource,
  type BundledCorpusState,
  type UserCorpus,
} from '../../../src/app/corpus-source';
import { corpusSourceName } from '../../../src/app/corpus-source-name';
import { buildCorpusIndex } from '../../../src/domain/corpus/corpus-index';
import { parseViewState, serialiseViewState, DEFAULT_VIEW_STATE } from '../../../src/url-state';
import { bundledCorpus } from './bundled-corpus';

const loaded = { index: buildCorpusIndex(bundledCorpus()), problems: [] };
const ready: BundledCorpusState = { status: 'ready', corpus: loaded };
const mine: UserCorpus = { name: 'mine.json', corpus: loaded, serial: 3 };

describe('corpusSource', () => {
  it('shows the bundled corpus when the URL names none, even with a file open', () => {
    expect(corpusSource(null, ready, mine, false)).toMatchObject({
      show: 'explorer',
      name: null,
      key: 'bundled',
    });
    expect(corpusSource(null, { status: 'loading' }, mine, false)).toEqual({ show: 'loading' });
    const error = { kind: 'missing', detail: 'HTTP 404' } as const;
    expect(corpusSource(null, { status: 'error', error }, null, false)).toEqual({
      show: 'error',
      error,
    });
  });

  it('shows the file the URL names when it is open in this tab', () => {
    expect(corpusSource('mine.json', ready, mine, false)).toMatchObject({
      show: 'explorer',
      name: 'mine.json',
      key: 'file-3',
    });
    // Even when the bundled corpus failed.
    expect(
      corpusSource(
        'mine.json',
        { status: 'error', error: { kind: 'network', detail: '' } },
        mine,
        false,
      ),
    ).toMatchObject({ show: 'explorer', name: 'mine.json' });
  });

  it('never shows the bundled corpus under another name', () => {
    expect(corpusSource('theirs.json', ready, mine, false)).toEqual({
      show: 'foreign',
      name: 'theirs.json',
    });
    expect(corpusSource('theirs.json', ready, null, false)).toEqual({
      show: 'foreign',
      name: 'theirs.json',
    });
    expect(corpusSource('theirs.json', ready, null, true)).toEqual({ show: 'loading' });
  });
});

describe('corpusSourceName', () => {
  it.each([
    ['corpus.json', 'corpus.json'],
    ['my corpus (2).json', 'my corpus -2-.json'],
    ['../../etc/passwd', 'etc-passwd'],
    ['<img src=x onerror=alert(1)>.json', 'img src-x onerror-alert-1-.json'],
    ['مدونتي.json', 'مدونتي.json'],
    ['...', 'corpus'],
    ['', 'corpus'],
  ])('%s → %s', (file, name) => {
    expect(corpusSourceName(file)).toBe(name);
  });

  it('is always a corpus name a link can carry (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (file) => {
        const name = corpusSourceName(file);
        const search = serialiseViewState({ ...DEFAULT_VIEW_STATE, corpus: name });
        const parsed = parseViewState(search);
        expect(parsed.dropped).toEqual([]);
        expect(parsed.state.corpus).toBe(name);
      }),
      { seed: 5, numRuns: 300 },
    );
  });
});
