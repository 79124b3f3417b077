import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

let root: string;
let inbox: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'athar-ingest-'));
  inbox = mkdtempSync(join(tmpdir(), 'athar-inbox-'));
  cpSync('data', join(root, 'data'), { recursive: true });
  mkdirSync(join(root, 'public/data'), { recursive: true });
  cpSync('public/data/basemap.json', join(root, 'public/data/basemap.json'));
  cpSync('public/data/corpus.json', join(root, 'public/data/corpus.json'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(inbox, { recursive: true, force: true });
});

function ingest(file: string, ...args: string[]) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/pipeline/ingest.ts', file, '--root', root, ...args],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
}

const ARTICLE =
  'مصراتة - وصل وزير الخارجية المالطي جون بورغ إلى مدينة مصراتة اليوم الأحد.\n\n' +
  'واستقبله رئيس المجلس البلدي كريم الزوبي، وأكد الزوبي أن المدينة ترحب بالتعاون.\n';

describe('ingest on bad input: one line, exit 1, nothing written', { timeout: 60_000 }, () => {
  it.each([
    ['an empty file', 'empty.txt', Buffer.from('  \n\n'), /empty/],
    [
      'a binary file',
      'binary.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x01, 0x02]),
      /not text/,
    ],
    [
      'a file in another language',
      'english.txt',
      Buffer.from('The minister arrived in Tripoli on Sunday and met the council.\n'),
      /not Arabic/,
    ],
    [
      'a 5 MB file',
      'huge.txt',
      Buffer.from(ARTICLE.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(ARTICLE)))),
      /split it/,
    ],
  ])('%s', (_what, name, bytes, message) => {
    const file = join(inbox, name);
    writeFileSync(file, bytes);
    const r = ingest(file);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    const id = name.replace('.txt', '');
    expect(existsSync(join(root, 'data/sources', name))).toBe(false);
    expect(existsSync(join(root, 'data/curation/drafts', `${id}.events.json`))).toBe(false);
  });

  it('a missing file', () => {
    const r = ingest(join(inbox, 'missing.txt'));
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/cannot read .*ENOENT/);
  });
});

describe('ingest on a new article', { timeout: 60_000 }, () => {
  it('--json prints one JSON document with names and drafts', () => {
    const file = join(inbox, 'malta_visit.txt');
    writeFileSync(file, ARTICLE);
    const r = ingest(file, '--published', '2021-03-07', '--json', '--dry-run');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as {
      version: number;
      names: { name: string; kind: string; en: string | null; mentions: { words: string }[] }[];
      drafts: {
        type: string;
        actors: { id: string; role: string }[];
        place: string | null;
        date: { value: { start: string } | null; from: string };
        evidence: { quote: string };
      }[];
    };
    expect(json.version).toBe(1);
    const borg = json.names.find((n) => n.name === 'جون بورغ');
    expect(borg?.kind).toBe('person');
    const misrata = json.names.find((n) => n.en === 'Misrata');
    expect(misrata?.kind).toBe('place');
    expect(misrata?.mentions.map((m) => m.words)).toEqual(['مصراتة', 'مصراتة']);
    const visit = json.drafts.find((d) => d.type === 'visit');
    expect(visit?.date).toMatchObject({ from: 'sentence', value: { start: '2021-03-07' } });
    expect(visit?.place).toBe('misrata');
    expect(visit?.evidence.quote).toContain('وصل وزير الخارجية');
    expect(json.drafts.some((d) => d.type === 'statement')).toBe(true);
    // --dry-run writes nothing.
    expect(existsSync(join(root, 'data/curation/drafts'))).toBe(false);
  });

  it('writes draft actors, places and events marked as drafts, and never overwrites them', () => {
    const file = join(inbox, 'malta_visit.txt');
    writeFileSync(file, ARTICLE);
    expect(ingest(file, '--published', '2021-03-07').status).toBe(0);
    const drafts = join(root, 'data/curation/drafts');
    const actors = JSON.parse(readFileSync(join(drafts, 'malta_visit.actors.json'), 'utf8'));
    const places = JSON.parse(readFileSync(join(drafts, 'malta_visit.places.json'), 'utf8'));
    const events = JSON.parse(readFileSync(join(drafts, 'malta_visit.events.json'), 'utf8'));
    expect([actors.draft, places.draft, events.draft]).toEqual([true, true, true]);
    expect(actors.actors.map((a: { name: { ar: string } }) => a.name.ar)).toContain('جون بورغ');
    const misrata = places.places.find((p: { name: { en: string } }) => p.name.en === 'Misrata');
    expect(misrata.gazetteer).toMatch(/GeoNames/);
    expect(typeof misrata.lat).toBe('number');
    const visit = events.events.find((e: { type: string }) => e.type === 'visit');
    expect(visit.evidence[0].quote).toContain('وصل وزير الخارجية');
    expect(visit.date).toEqual({
      basis: 'relative',
      document: 'malta_visit',
      quote: 'اليوم الأحد',
    });
    // Curation in progress is never overwritten.
    writeFileSync(join(drafts, 'malta_visit.events.json'), '{"edited": true}\n');
    const again = ingest(file, '--published', '2021-03-07');
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/exists already; not overwritten/);
    expect(readFileSync(join(drafts, 'malta_visit.events.json'), 'utf8')).toBe(
      '{"edited": true}\n',
    );
    // The committed curation is untouched.
    expect(readFileSync(join(root, 'data/curation/events.json'), 'utf8')).toBe(
      readFileSync('data/curation/events.json', 'utf8'),
    );
  });
});
