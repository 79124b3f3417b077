// The curator's review in the browser (issue 20): `npm run curate`'s server on a temporary COPY
// of data/ (the real curation is never written), drafts from a real ingest of a bundled
// document; a curator accepts one draft with an edited title and rejects another, from the
// keyboard where it matters, and the events.json written passes preprocess's check. Both
// languages, axe-clean; a second tab's stale decision is refused; the public build never loads
// the page.
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
