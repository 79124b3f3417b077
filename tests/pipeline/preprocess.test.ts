import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/domain/corpus/problem';
import { makeCorpusFiles } from '../../src/pipeline/make-corpus-files';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'athar-pipeline-'));
  cpSync('data', join(root, 'data'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const file = (p: string) => join(root, p);
const readJson = (p: string) => JSON.parse(readFileSync(file(p), 'utf8'));
const writeJson = (p: string, v: unknown) => writeFileSync(file(p), JSON.stringify(v));
const problems = () => makeCorpusFiles(root).problems.map(formatProblem);

function preprocess(): { status: number | null; stderr: string } {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/pipeline/preprocess.ts', '--root', root],
    { encoding: 'utf8' },
  );
  return { status: r.status, stderr: r.stderr };
}

// The timeouts here guard against a hang; they are no speed check. On a busy 2-core machine
// (load average 10–15) one preprocess run took 40 s and building the corpus in-process 35 s.
describe('preprocess on good input', { timeout: 120_000 }, () => {
  it('writes the same bytes twice, and the same as the committed corpus', () => {
    expect(preprocess().status).toBe(0);
    const first = readFileSync(file('public/data/corpus.json'));
    expect(preprocess().status).toBe(0);
    expect(readFileSync(file('public/data/corpus.json')).equals(first)).toBe(true);
    expect(first.equals(readFileSync('public/data/corpus.json'))).toBe(true);
    // The split form too, shard files and all (a stale one left over is removed).
    const split = (dir: string) =>
      readdirSync(join(dir, 'shards')).map((name) =>
        readFileSync(join(dir, 'shards', name), 'utf8'),
      );
    writeFileSync(file('public/data/corpus/shards/0000000000000000.json'), '{}');
    expect(preprocess().status).toBe(0);
    expect(readFileSync(file('public/data/corpus/index.json'), 'utf8')).toBe(
      readFileSync('public/data/corpus/index.json', 'utf8'),
    );
    expect(split(file('public/data/corpus'))).toEqual(split('public/data/corpus'));
  }, 180_000);
  it('gives every evidence span the quoted words and every sentence a translation', () => {
    const { corpus } = makeCorpusFiles(root);
    expect(corpus).not.toBeNull();
    const events = readJson('data/curation/events.json') as {
      id: string;
      evidence: { quote: string }[];
    }[];
    for (const curated of events) {
      const built = corpus!.events.find((e) => e.id === curated.id)!;
      const texts = built.evidence.map((s) =>
        corpus!.documents.find((d) => d.id === s.document)!.text.slice(s.start, s.end),
      );
      expect(texts).toEqual(curated.evidence.map((q) => q.quote));
    }
    for (const doc of corpus!.documents) {
      expect(doc.sentences.length).toBeGreaterThan(0);
      expect(doc.sentences.every((s) => s.en.length > 0)).toBe(true);
      expect(doc.text).not.toMatch(/اترك رد|لن يتم نشر/);
    }
  });
});

describe('preprocess on bad input', { timeout: 120_000 }, () => {
  it('fails with exit 1, names the problem and leaves the previous corpus untouched', () => {
    expect(preprocess().status).toBe(0);
    const before = readFileSync(file('public/data/corpus.json'), 'utf8');
    const events = readJson('data/curation/events.json');
    events[0].evidence[0].quote = 'هذه الكلمات ليست في النص';
    writeJson('data/curation/events.json', events);
    const r = preprocess();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('data/curation/events.json');
    expect(r.stderr).toContain('quote not found');
    expect(r.stderr).toContain('nothing was written');
    expect(readFileSync(file('public/data/corpus.json'), 'utf8')).toBe(before);
  });
  it('reports an unreadable file', () => {
    rmSync(file('data/curation/places.json'));
    expect(problems()).toEqual([
      expect.stringMatching(/^data\/curation\/places\.json: cannot read the file \(ENOENT\)/),
    ]);
  });
  it('reports invalid JSON with the file', () => {
    writeFileSync(file('data/curation/actors.json'), '[{"id": "akar",');
    expect(problems()[0]).toMatch(/^data\/curation\/actors\.json: not valid JSON/);
  });
  it('says on which line and column the JSON goes wrong', () => {
    writeFileSync(
      file('data/curation/places.json'),
      '[\n  {"id": "tripoli"}\n  {"id": "tarhuna"}\n]',
    );
    expect(problems()).toEqual([
      `data/curation/places.json: not valid JSON: line 3, column 3: expected ',' or ']', found "{"`,
    ]);
  });
  it('reports a field of the wrong shape with its path', () => {
    const places = readJson('data/curation/places.json');
    places[1].lat = 'north';
    writeJson('data/curation/places.json', places);
    expect(problems()).toEqual([
      expect.stringMatching(/^data\/curation\/places\.json → \[1\]\.lat: /),
    ]);
  });
  it('reports an unknown actor id in an event', () => {
    const events = readJson('data/curation/events.json') as { actors: unknown[] }[];
    // The last event: its index is whatever the curation holds, not a number fixed here.
    const i = events.length - 1;
    events[i]!.actors.push({ id: 'nobody', role: 'speaker' });
    writeJson('data/curation/events.json', events);
    expect(problems()).toEqual([
      expect.stringMatching(
        new RegExp(
          `events\\.json → \\[${i}\\] \\(.+\\)\\.actors\\[\\d+\\]\\.id: unknown actor "nobody"`,
        ),
      ),
    ]);
  });
  it('reports a date whose end is before its start', () => {
    const id = '003_24fb423664423354';
    const meta = readJson(`data/sources/${id}.meta.json`);
    meta.published.end = '2020-07-01';
    writeJson(`data/sources/${id}.meta.json`, meta);
    expect(problems()).toEqual([
      `data/sources/${id}.meta.json → published.end: end is before start`,
    ]);
  });
  it('reports a missing translation, naming the sentence', () => {
    const id = '000_c1d9a3115eba2769';
    const translations = readJson(`data/curation/translations/${id}.json`) as { ar: string }[];
    // The last sentence's translation goes: the problem names its index, its number and how
    // it begins, read from the file rather than fixed here.
    const last = translations.length - 1;
    const begins = translations.pop()!.ar.split(' ')[0]!;
    writeJson(`data/curation/translations/${id}.json`, translations);
    expect(problems()).toEqual([
      expect.stringMatching(
        new RegExp(
          `translations/${id}\\.json → \\[${last}\\]: missing translation for sentence ${last + 1}: «${begins}`,
        ),
      ),
    ]);
  });
  it('reports a translation that no longer matches its sentence', () => {
    const id = '003_24fb423664423354';
    const translations = readJson(`data/curation/translations/${id}.json`);
    translations[3].ar = 'جملة أخرى';
    writeJson(`data/curation/translations/${id}.json`, translations);
    expect(problems()[0]).toMatch(/\[3\]\.ar: does not match sentence 4/);
  });
  it('reports a line deleted from a source as the root cause, with a diff, then its consequences', () => {
    const id = '003_24fb423664423354';
    const lines = readFileSync(file(`data/sources/${id}.txt`), 'utf8').split('\n');
    const deleted = lines.findIndex((l) => l.startsWith('جاء ذلك في تصريح صحفي عقب لقاء أكار'));
    expect(deleted).toBeGreaterThan(0);
    lines.splice(deleted, 1);
    writeFileSync(file(`data/sources/${id}.txt`), lines.join('\n'));
    const { problems: found } = makeCorpusFiles(root);
    const [first, ...rest] = found;
    expect(first).toMatchObject({ file: `data/curation/translations/${id}.json`, path: '[4]' });
    expect(first!.consequence).toBeUndefined();
    expect(first!.message).toMatch(/^sentence 5 of the translations is no longer in the text/);
    expect(first!.message).toContain('\n      − «جاء ذلك في تصريح صحفي عقب لقاء أكار');
    // Everything else (translations that moved, evidence in the deleted line, events bounded
    // by an event that could not be built) is a consequence, listed after it.
    expect(rest.length).toBeGreaterThan(5);
    expect(rest.every((p) => p.consequence)).toBe(true);
    expect(rest.filter((p) => p.file.includes('translations'))).toHaveLength(1);
    const r = preprocess();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /preprocess: 1 problem\(s\) and \d+ consequence\(s\); nothing was written/,
    );
    expect(r.stderr.indexOf('no longer in the text')).toBeLessThan(
      r.stderr.indexOf('consequence(s) of it'),
    );
  });
  it('reports a relative date quote with no date in it', () => {
    const events = readJson('data/curation/events.json');
    const i = events.findIndex((e: { date: { basis: string } }) => e.date.basis === 'relative');
    events[i].date.document = '003_24fb423664423354';
    events[i].date.quote = 'وزار أكار';
    writeJson('data/curation/events.json', events);
    expect(problems()[0]).toMatch(/date\.quote: no date expression recognised/);
  });
});

describe('the ingest command', () => {
  it('prints what it finds in a new document without writing the corpus', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/pipeline/ingest.ts',
        '--root',
        root,
        '--dry-run',
        'data/sources/003_24fb423664423354.txt',
      ],
      {
        encoding: 'utf8',
        cwd: process.cwd(),
      },
    );
    // As many sentences as the curation translates (preprocess checks that they match).
    const sentences = readJson('data/curation/translations/003_24fb423664423354.json').length;
    expect(out).toContain(`sentences: ${sentences}`);
    expect(out).toMatch(/akar .*أكار/);
    expect(out).toContain('يوم الجمعة → 2020-07-03');
  });
});
