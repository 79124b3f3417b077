import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/domain/corpus/problem';
import { makeCorpusFiles } from '../../src/pipeline/make-corpus-files';
import { STORIES_DIR } from '../../src/pipeline/read-stories';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'athar-stories-'));
  cpSync('data', join(root, 'data'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const caption = { ar: 'تعليق', en: 'A caption' };
const anEvent = (): string =>
  (JSON.parse(readFileSync('data/curation/events.json', 'utf8')) as { id: string }[])[0]!.id;

/** Replaces the stories with this one file. */
function writeStory(name: string, story: unknown): void {
  const dir = join(root, STORIES_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), JSON.stringify(story));
}

describe('stories in the pipeline', () => {
  it('puts a good story in the corpus as it is written', { timeout: 60_000 }, () => {
    const story = {
      id: 'one-step',
      title: caption,
      summary: caption,
      steps: [{ view: { event: anEvent(), map: '6/33.50/14.00' }, caption }],
    };
    writeStory('one-step.json', story);
    const built = makeCorpusFiles(root);
    expect(built.problems.map(formatProblem)).toEqual([]);
    expect(built.corpus?.stories).toEqual([story]);
  });

  it(
    'names the file and the step of every problem, and writes nothing',
    { timeout: 60_000 },
    () => {
      writeStory('bad.json', {
        id: 'not-the-file-name',
        title: caption,
        summary: caption,
        steps: [
          { view: { event: anEvent() }, caption },
          { view: { event: 'no-such-event' }, caption },
          { view: { lang: 'en', event: anEvent() }, caption },
          { view: { map: '6/33.50/14.00' }, caption },
        ],
      });
      const built = makeCorpusFiles(root);
      expect(built.corpus).toBeNull();
      const text = built.problems.map(formatProblem).join('\n');
      expect(text).toContain('data/curation/stories/bad.json');
      expect(text).toMatch(/id.*file's name, "bad"/);
      expect(text).toMatch(/steps\[1\]\.view\.event.*step 2: "no-such-event" names nothing/);
      expect(text).toMatch(/steps\[2\]\.view\.lang.*step 3/);
      expect(text).toMatch(/steps\[3\]\.view.*step 4 selects no event and sets no filter/);
    },
  );

  it('refuses a step whose caption is missing in one language', { timeout: 60_000 }, () => {
    writeStory('half.json', {
      id: 'half',
      title: caption,
      summary: caption,
      steps: [{ view: { event: anEvent() }, caption: { ar: 'تعليق', en: '  ' } }],
    });
    const text = makeCorpusFiles(root).problems.map(formatProblem).join('\n');
    expect(text).toMatch(/half\.json.*steps\[0\]\.caption\.en/);
  });
});

describe('the bundled stories', () => {
  it('every step selects an event that has evidence, or sets a filter', () => {
    const corpus = JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as {
      events: { id: string; evidence: unknown[] }[];
      stories?: { id: string; steps: { view: Record<string, string> }[] }[];
    };
    const evidence = new Map(corpus.events.map((e) => [e.id, e.evidence.length]));
    expect(corpus.stories?.length ?? 0).toBeGreaterThan(0);
    for (const story of corpus.stories ?? []) {
      for (const [i, step] of story.steps.entries()) {
        const where = `${story.id} step ${String(i + 1)}`;
        if (step.view.event !== undefined)
          expect(evidence.get(step.view.event) ?? 0, where).toBeGreaterThan(0);
        else
          expect(
            ['actors', 'places', 'types', 'from', 'to', 'q'].some((k) => k in step.view),
            where,
          ).toBe(true);
      }
    }
  });
});
