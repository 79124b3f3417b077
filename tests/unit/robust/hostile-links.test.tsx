// @vitest-environment jsdom
// Hostile links: the whole app, opened at arbitrary URLs, never throws, never turns anything in
// the URL into markup, and says politely what it ignored.
import { cleanup, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { knownIds } from '../../../src/app/known-ids';
import { buildCorpusIndex } from '../../../src/domain/corpus/corpus-index';
import { i18n } from '../../../src/i18n/i18n';
import { preferredLanguage } from '../../../src/i18n/set-language';
import {
  parseViewState,
  reconcileViewState,
  viewStateFields,
  viewStateKeys,
} from '../../../src/url-state';
import { bundledCorpus } from './bundled-corpus';
import { mockFetch, renderApp } from './render-app';

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const known = knownIds(buildCorpusIndex(bundledCorpus()));
const SCRIPTY = [
  '<img src=x onerror=alert(1)>',
  '"><img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '<svg onload=alert(1)>',
  "'-alert(1)-'",
];
const keyNames = viewStateFields.map((f) => viewStateKeys[f].name);
const hostileKeys = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'prototype',
  // What a nested-key parser (qs-style a[b][c]=v) would write into Object.prototype.
  '__proto__[polluted]',
  'constructor[prototype][polluted]',
  '__proto__.polluted',
  ...SCRIPTY,
];
const values = fc.oneof(
  fc.constantFrom(...SCRIPTY),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf'),
  fc.constantFrom('akar', 'tripoli', 'akar-visits-tripoli-2020', 'ar', 'en', '1', '0', 'all'),
  fc.constantFrom('nobody', 'no-such-event', '2020-13-45', '2020-02-30', '99999-01-01', '-1'),
  fc.constantFrom('1e400', 'NaN', 'Infinity', '5/32.1/13.1', '99/999/999', '0/0/0'),
  fc.constantFrom(
    '%',
    '%%',
    '%E0%A4%A',
    '%uD800',
    '%00',
    '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  ),
  fc.constantFrom('a'.repeat(5000), 'x,'.repeat(3000), '٣٤٥', 'أكار', '😀'),
  fc.string({ maxLength: 12 }),
);
const pair = fc.tuple(
  fc.oneof(fc.constantFrom(...keyNames), fc.constantFrom(...hostileKeys)),
  values,
);
const path = fc.constantFrom(
  '/',
  '/index.html',
  '/..%2F..%2Fetc/passwd',
  '/<img src=x onerror=alert(1)>/',
  '/javascript:alert(1)',
  '/a/b/c/',
);
const link = fc
  .tuple(path, fc.array(pair, { minLength: 1, maxLength: 6 }), fc.boolean())
  .map(([p, pairs, raw]) => {
    const query = pairs
      .map(([k, v]) => (raw ? `${k}=${v}` : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`))
      .join('&');
    return { path: p, search: `?${query}` };
  });

/** The query string the router sees in `href` (a `#` starts the hash, as in a browser). */
function routerSearch(href: string): string {
  const hash = href.indexOf('#');
  const beforeHash = hash >= 0 ? href.slice(0, hash) : href;
  const query = beforeHash.indexOf('?');
  return query >= 0 ? beforeHash.slice(query) : '';
}

/** What the app should say it ignored: the parse drops, and unknown ids unless on the foreign page. */
function expectedDropped(search: string) {
  const parsed = parseViewState(search);
  if (parsed.state.corpus !== null) return parsed;
  const reconciled = reconcileViewState(parsed.state, known);
  return { state: reconciled.state, dropped: [...parsed.dropped, ...reconciled.dropped] };
}

const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
]);

/** No element, attribute or URL made from the link. */
function expectNoMarkupFromUrl() {
  const all = [...document.querySelectorAll('*')];
  for (const el of all) {
    for (const attr of el.getAttributeNames()) {
      expect(attr.startsWith('on'), `${el.tagName} has ${attr}`).toBe(false);
      if (URL_ATTRIBUTES.has(attr))
        expect(/^\s*javascript:/i.test(el.getAttribute(attr) ?? ''), `${el.tagName}[${attr}]`).toBe(
          false,
        );
    }
  }
  expect(document.querySelectorAll('script, svg[onload], iframe, object, embed')).toHaveLength(0);
  for (const img of document.querySelectorAll('img')) {
    expect(img.getAttribute('src') ?? '').toMatch(/^https:\/\/tile\.openstreetmap\.org\//);
  }
  const html = document.body.innerHTML;
  expect(html).not.toContain('<img src=x');
  expect(html).not.toContain('<script');
  expect(html).not.toContain('<svg onload');
}

beforeEach(() => {
  sessionStorage.clear();
  mockFetch();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('hostile links', () => {
  it('never throw, never make markup, and say what was ignored (property)', async () => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    await fc.assert(
      fc.asyncProperty(link, async ({ path: p, search }) => {
        cleanup();
        const href = `${p}${search}`;
        const { state, dropped } = expectedDropped(routerSearch(href));
        renderApp(href);
        await waitFor(
          () => {
            const ready = document.querySelector('.explorer, .foreign-corpus');
            expect(ready).not.toBeNull();
          },
          { timeout: 4000 },
        );
        expect(document.querySelector('[data-failed-view]')).toBeNull();
        expect(document.querySelector('.foreign-corpus') !== null).toBe(state.corpus !== null);
        expectNoMarkupFromUrl();
        const notices = [...document.querySelectorAll('[role=status]')].map((n) => n.textContent);
        if (dropped.length > 0) {
          const lang = state.lang ?? preferredLanguage(navigator.languages);
          const intro = i18n.getFixedT(lang)('urlNotice.intro', { count: dropped.length });
          expect(notices.some((text) => text?.includes(intro))).toBe(true);
        }
        // No prototype pollution from the keys above. (Script payloads are checked as markup
        // above: jsdom here runs no scripts or inline handlers, so a flag they set would prove
        // nothing.)
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
      }),
      { seed: 20_251_122, numRuns: 30 },
    );
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
  }, 120_000);
});
