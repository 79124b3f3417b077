/**
 * The messy article of README "Adding a document" (docs/examples/messy-article.txt: hard-wrapped,
 * HTML residue, variant spellings, names that mean something else), read by
 * `npm run ingest -- FILE --json` and checked against the published schema.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  INGEST_SCHEMA_FILE,
  ingestReport,
  ingestReportJsonSchema,
} from '../../../src/pipeline/ingest-report-schema';

const ARTICLE = 'docs/examples/messy-article.txt';

describe('ingest --json on a messy article', { timeout: 120_000 }, () => {
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/pipeline/ingest.ts',
      ARTICLE,
      '--published',
      '2020-07-04',
      '--json',
      '--dry-run',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const report = () => ingestReport.parse(JSON.parse(r.stdout));
  const words = (list: { entity: string; words: string }[]) =>
    list.map((m) => `${m.entity}:${m.words}`);

  it('prints one JSON document that fits the published schema', () => {
    expect(r.status).toBe(0);
    expect(() => report()).not.toThrow();
  });
  it('cleans the HTML residue and says what it removed', () => {
    const { text, html, debrisRemoved } = report();
    expect(text).not.toMatch(/<\/?[a-z]|&[a-z]+;|span lang/);
    expect(text).toContain('طرابلس - "وكالات"');
    expect(html.find((h) => h.line === 1)?.removed).toEqual([
      '<p>',
      '<span lang="AR-SA">',
      '</span>',
      '</p>',
    ]);
    expect(debrisRemoved).toEqual(['اترك تعليقاً']);
  });
  it('segments by punctuation across hard wraps, and says where it guessed', () => {
    const { sentences, guesses } = report();
    expect(sentences).toHaveLength(8);
    expect(sentences[2]!.text).toMatch(
      /^وصل وزير الدفاع التركي .*\nالليبية طرابلس .*\nالدفاع التركية في إستانبول\.$/s,
    );
    expect(sentences[6]!.text).toBe(
      'وفي أنقرة، انتقد حزب المستقبل بزعامة أحمد داود أوغلو\nالزيارة.',
    );
    expect(guesses.filter((g) => g.kind === 'wrap')).toHaveLength(6);
    for (const s of sentences) expect(report().text.slice(s.start, s.end)).toBe(s.text);
  });
  it('finds the variant spellings and run-together names', () => {
    const found = words(report().mentions);
    for (const m of [
      'guler:ياشار جولار',
      'istanbul:إستانبول',
      'guterres:أنطونيو غوتيريس',
      'dujarric:دوغريك',
      'un:لأممالمتحدة',
      'akar:خلوصي آكار',
    ])
      expect(found).toContain(m);
  });
  it('rejects Davutoğlu and Lebanon’s Tripoli, and flags «الجيش الليبي»', () => {
    const { mentions, rejected, flagged, names } = report();
    expect(words(rejected)).toEqual(['cavusoglu:أوغلو', 'tripoli:طرابلس']);
    expect(words(flagged)).toEqual(['lna:الجيش الليبي']);
    expect(mentions.some((m) => m.entity === 'cavusoglu')).toBe(false);
    expect(mentions.filter((m) => m.entity === 'tripoli').map((m) => m.start)).not.toContain(
      rejected[1]!.start,
    );
    // Nor is Lebanon's Tripoli proposed as the gazetteer's Tripoli in Libya.
    expect(names.some((n) => n.en === 'Tripoli')).toBe(false);
    expect(names.map((n) => n.name)).toContain('أحمد داود أوغلو');
  });
  it('resolves the dates against Saturday 4 July 2020, and no TV channel as today', () => {
    expect(
      report().dates.map((d) => [d.words, d.value?.start, d.value?.end, d.value?.basis]),
    ).toEqual([
      ['أمس الجمعة', '2020-07-03', '2020-07-03', 'relative'],
      ['٢٧/١١/٢٠١٩', '2019-11-27', '2019-11-27', 'stated'],
      ['الأربعاء الماضي', '2020-07-01', '2020-07-01', 'relative'],
      ['منتصف الشهر الماضي', '2020-06-11', '2020-06-20', 'relative'],
    ]);
  });
});

describe('the published ingest schema', () => {
  it('is the one the code describes', () => {
    expect(JSON.parse(readFileSync(INGEST_SCHEMA_FILE, 'utf8'))).toEqual(
      JSON.parse(ingestReportJsonSchema()),
    );
  });
});
