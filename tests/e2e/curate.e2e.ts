// The curator's review in the browser (issue 20): `npm run curate`'s server on a temporary COPY
// of data/ (the real curation is never written), drafts from a real ingest of a bundled
// document; a curator accepts one draft with an edited title and rejects another, from the
// keyboard where it matters, and the events.json written passes preprocess's check. Both
// languages, axe-clean; a second tab's stale decision is refused; the public build never loads
// the page. A new article, as ingest leaves it, gets its meta and its translation on the page
// (no JSON edited by hand), kept across a reload before it is saved, and preprocess accepts it.
import AxeBuilder from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/domain/corpus/problem';
import { startCurateServer } from '../../src/pipeline/curate-server';
import { makeCorpusFiles } from '../../src/pipeline/make-corpus-files';
import { launchBrowser, openPage, screenshotPath } from './browser';

const DOC = '003_24fb423664423354';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
let root: string;
let server: Server;
let curateUrl: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'athar-curate-e2e-'));
  cpSync('data', join(root, 'data'), { recursive: true });
  rmSync(join(root, 'data/curation/drafts'), { recursive: true, force: true });
  mkdirSync(join(root, 'public/data'), { recursive: true });
  cpSync('public/data/corpus.json', join(root, 'public/data/corpus.json'));
  const ingest = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/pipeline/ingest.ts', '--root', root, `data/sources/${DOC}.txt`],
    { encoding: 'utf8' },
  );
  expect(ingest.status, ingest.stderr).toBe(0);
  server = await startCurateServer({ root, dist: 'dist' }, 0);
  curateUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  rmSync(root, { recursive: true, force: true });
});

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${v.help}\n  ${n.target.join(' ')}\n  ${n.html.slice(0, 200)}`),
  );
}

async function openReview(search: string, viewport = { width: 1366, height: 768 }) {
  // The harness opens the public build first; the review is then opened from the curate server.
  const guarded = await openPage(browser, 'data/corpus.schema.json', { viewport });
  await guarded.page.goto(`${curateUrl}${search}`);
  await guarded.page.locator('.curate-card').first().waitFor();
  return guarded;
}

const card = (page: Page, heading: string) =>
  page.locator('article.curate-card', { has: page.getByRole('heading', { name: heading }) });

describe('reviewing drafts in the browser', () => {
  it('accepts a draft with an edited title, rejects another, and preprocess accepts the result', async () => {
    const { page, consoleProblems, outsideRequests } = await openReview('?lang=en');
    const other = await openReview('?lang=en');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Review the drafts');

    // Draft 9: «وأضاف أكار أنهم "أجروا محادثات صادقة…"», a statement by Akar.
    const accepted = card(page, 'Draft 9: Statement');
    await accepted.getByRole('button', { name: 'Edit and accept…' }).click();
    // Accepting with the titles still empty is refused on the page, in words.
    await accepted.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect
      .poll(() => accepted.getByRole('alert').textContent())
      .toContain('write the title in English');
    await accepted.getByLabel('Title in Arabic').fill('أكار: محادثات صادقة وبناءة مع الليبيين');
    await accepted.getByLabel('Title in English').fill('Akar: sincere talks with the Libyans');
    await accepted.getByLabel('Summary in Arabic').fill('قال أكار إن المحادثات كانت صادقة وبناءة.');
    await accepted
      .getByLabel('Summary in English')
      .fill('Akar said the talks with Libyan officials were sincere and constructive.');
    expect(await violations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('curate-en-1366-form') });
    await accepted.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect
      .poll(() => accepted.locator('.curate__decision').textContent())
      .toBe('Accepted as Akar: sincere talks with the Libyans');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Saved: accepted');

    // Draft 10 is rejected from the keyboard.
    const rejected = card(page, 'Draft 10: Statement');
    await rejected.getByRole('button', { name: 'Reject' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => rejected.locator('.curate__decision').textContent()).toBe('Rejected');
    // The buttons are gone; focus stays on the card, not lost to the page.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Draft 10: Statement');

    // The other tab saw the curation before these decisions: its decision is refused.
    await card(other.page, 'Draft 11: Statement').getByRole('button', { name: 'Reject' }).click();
    await expect
      .poll(() => other.page.getByRole('alert').first().textContent())
      .toContain('changed in another tab');
    await other.page.getByRole('button', { name: 'Reload the drafts' }).click();
    await expect
      .poll(() =>
        card(other.page, 'Draft 10: Statement').locator('.curate__decision').textContent(),
      )
      .toBe('Rejected');

    // What was written: the edited event, both decisions, and preprocess accepts it all.
    const events = JSON.parse(readFileSync(join(root, 'data/curation/events.json'), 'utf8')) as {
      id: string;
      type: string;
      title: { en: string };
      actors: { id: string }[];
    }[];
    const added = events.find((e) => e.title.en === 'Akar: sincere talks with the Libyans');
    expect(added).toMatchObject({ type: 'statement', actors: [{ id: 'akar' }] });
    expect(readFileSync('data/curation/events.json', 'utf8')).not.toContain(
      'Akar: sincere talks with the Libyans',
    );
    const decisions = JSON.parse(
      readFileSync(join(root, `data/curation/drafts/${DOC}.decisions.json`), 'utf8'),
    ) as { decisions: Record<string, { action: string; id?: string }> };
    expect(Object.values(decisions.decisions)).toEqual(
      expect.arrayContaining([{ action: 'accept', id: added!.id }, { action: 'reject' }]),
    );
    expect(makeCorpusFiles(root).problems.map(formatProblem)).toEqual([]);

    expect(consoleProblems).toEqual([]);
    expect(outsideRequests).toEqual([]);
    // The refused request is the only thing the other tab's browser logs.
    expect(other.consoleProblems).toEqual([
      'error: Failed to load resource: the server responded with a status of 409 (Conflict)',
    ]);
    await other.context.close();
    await page.context().close();
  });

  it('reads right to left in Arabic, axe-clean on a laptop and a phone', async () => {
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 390, height: 844 },
    ]) {
      for (const lang of ['ar', 'en'] as const) {
        const { page, consoleProblems, context } = await openReview(`?lang=${lang}`, viewport);
        expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
        if (lang === 'ar')
          expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
            'مراجعة المسودات',
          );
        // Nothing wider than the screen.
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        ).toBe(true);
        await card(page, lang === 'ar' ? 'المسودة 3: اتفاق' : 'Draft 3: Agreement').hover();
        expect(await violations(page)).toEqual([]);
        await page.screenshot({ path: screenshotPath(`curate-${lang}-${viewport.width}`) });
        expect(consoleProblems).toEqual([]);
        await context.close();
      }
    }
  });

  it('is never loaded by the public build', async () => {
    const { page, context } = await openPage(browser, '');
    const chunks: string[] = [];
    page.on('request', (r) => {
      if (/CuratePage|mount-curate/i.test(r.url())) chunks.push(r.url());
    });
    await page.reload();
    await page.locator('main#main').waitFor();
    expect(await page.locator('.curate').count()).toBe(0);
    expect(chunks).toEqual([]);
    await context.close();
  });
});

/** The messy example article's sentences in English, as a curator would write them. */
const MESSY_ENGLISH = [
  'Akar and Güler in Tripoli',
  'Tripoli – "agencies"',
  'Turkish Defence Minister Hulusi Akar and Chief of Staff Yaşar Güler arrived in the Libyan capital, Tripoli, yesterday, Friday, on an unannounced visit, according to a statement by the Turkish Ministry of Defence in Istanbul.',
  'The visit comes after the memorandum of understanding on security and military cooperation signed on 27/11/2019 between Ankara and the Government of National Accord.',
  'The spokesman of the Libyan army said that "the visit is a blatant interference", while Russia Today showed pictures from Mitiga airport.',
  'UN Secretary-General António Guterres had made a phone call to Khalifa Haftar last Wednesday, according to his spokesman Stéphane Dujarric.',
  'In Ankara, the Future Party led by Ahmet Davutoğlu criticised the visit.',
  'This has nothing to do with the protests that Tripoli in Lebanon has seen since the middle of last month.',
];

describe('a new article’s details and translation in the browser', () => {
  it('fills the meta in Arabic and the translation in English; the files land valid', async () => {
    const id = 'messy-article';
    const fresh = mkdtempSync(join(tmpdir(), 'athar-curate-new-'));
    cpSync('data', join(fresh, 'data'), { recursive: true });
    rmSync(join(fresh, 'data/curation/drafts'), { recursive: true, force: true });
    const ingest = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/pipeline/ingest.ts',
        '--root',
        fresh,
        'docs/examples/messy-article.txt',
        '--published',
        '2020-07-04',
      ],
      { encoding: 'utf8' },
    );
    expect(ingest.status, ingest.stderr).toBe(0);
    const own = await startCurateServer({ root: fresh, dist: 'dist' }, 0);
    const url = `http://127.0.0.1:${(own.address() as { port: number }).port}/?doc=${id}`;
    try {
      const { page, context, consoleProblems, outsideRequests } = await openPage(
        browser,
        'data/corpus.schema.json',
      );
      await page.goto(`${url}&lang=ar`);
      const section = page.getByRole('region', { name: 'بيانات الوثيقة وترجمتها' });
      await section.waitFor();
      // Preprocess rejects the stub: the page says so, and no draft can be accepted yet.
      await expect
        .poll(() => page.getByRole('alert').first().textContent())
        .toContain('لا تقبل أداة المعالجة (preprocess) بيانات هذه الوثيقة');

      // The meta, in the Arabic interface.
      await expect.poll(() => section.getByLabel('العنوان بالعربية').inputValue()).toBe('');
      await section.getByRole('button', { name: 'حفظ البيانات' }).click();
      await expect
        .poll(() => section.getByRole('alert').first().textContent())
        .toContain('اكتب العنوان بالعربية');
      await section.getByLabel('العنوان بالعربية').fill('آكار وجولار في طرابلس');
      await section.getByLabel('العنوان بالإنجليزية').fill('Akar and Güler in Tripoli');
      await section.getByLabel('الناشر بالعربية').fill('مثال كُتب لدليل الاستخدام');
      await section.getByLabel('الناشر بالإنجليزية').fill('An example written for the guide');
      await section
        .getByLabel('كيف عُرف، بالعربية')
        .fill('مقال مثال، أُرّخ بتاريخ التقارير التي حاكاها.');
      await section
        .getByLabel('كيف عُرف، بالإنجليزية')
        .fill('An example article, dated as the reports it is modelled on.');
      expect(await violations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath('curate-source-ar-1366'), fullPage: true });
      await section.getByRole('button', { name: 'حفظ البيانات' }).click();
      await expect
        .poll(() => page.getByRole('status').first().textContent())
        .toContain('حُفظ: كُتبت بيانات الوثيقة.');

      // The translation, in the English interface; a reload half-way loses nothing.
      await page.getByRole('button', { name: 'English' }).click();
      const region = page.getByRole('region', { name: 'The document’s details and translation' });
      await region.waitFor();
      for (const [i, en] of MESSY_ENGLISH.slice(0, 4).entries())
        await region.getByLabel(`English of sentence ${i + 1}`, { exact: true }).fill(en);
      await page.reload();
      await region.waitFor();
      await expect
        .poll(() => region.getByLabel('English of sentence 4', { exact: true }).inputValue())
        .toBe(MESSY_ENGLISH[3]);
      expect(await region.getByText('were brought back from this browser').count()).toBe(1);
      await region.getByRole('button', { name: 'Save the translation' }).click();
      await expect
        .poll(() => region.getByRole('alert').first().textContent())
        .toContain('write the English of sentences 5, 6, 7, 8;');
      for (const [i, en] of MESSY_ENGLISH.entries())
        if (i >= 4)
          await region.getByLabel(`English of sentence ${i + 1}`, { exact: true }).fill(en);
      expect(await violations(page)).toEqual([]);
      await page.screenshot({ path: screenshotPath('curate-source-en-1366'), fullPage: true });
      await region.getByRole('button', { name: 'Save the translation' }).click();
      await expect
        .poll(() => page.getByRole('status').first().textContent())
        .toContain('Saved: the translation was written.');
      // Preprocess accepts the curation now: the baseline message is gone.
      await expect.poll(() => page.getByRole('alert').count()).toBe(0);

      // What was written: the meta and the translation, and preprocess accepts it all.
      const meta = JSON.parse(
        readFileSync(join(fresh, `data/sources/${id}.meta.json`), 'utf8'),
      ) as unknown;
      expect(meta).toMatchObject({
        title: { ar: 'آكار وجولار في طرابلس', en: 'Akar and Güler in Tripoli' },
        published: { start: '2020-07-04', end: '2020-07-04', basis: 'external' },
        debris: ['اترك تعليقاً'],
      });
      const translations = JSON.parse(
        readFileSync(join(fresh, `data/curation/translations/${id}.json`), 'utf8'),
      ) as { ar: string; en: string }[];
      expect(translations.map((t) => t.en)).toEqual(MESSY_ENGLISH);
      expect(translations[0]?.ar).toBe('آكار وجولار في طرابلس');
      expect(makeCorpusFiles(fresh).problems.map(formatProblem)).toEqual([]);
      expect(consoleProblems).toEqual([]);
      expect(outsideRequests).toEqual([]);
      await context.close();
    } finally {
      await new Promise((done) => own.close(done));
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
