// The review page's strings (loaded with its chunk, so not among the app's namespaces): the same
// keys in both languages, plural forms aside, every Arabic plural form, real Arabic.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (lang: string) =>
  JSON.parse(readFileSync(`src/i18n/locales/${lang}/curate.json`, 'utf8')) as unknown;

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  else out.set(prefix, value as string);
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const en = flatten(read('en'));
const ar = flatten(read('ar'));
const base = (keys: Iterable<string>) =>
  [...new Set([...keys].map((k) => k.replace(PLURAL, '')))].sort();

describe('the curate locale files', () => {
  it('have the same keys in English and Arabic, and no empty value', () => {
    expect(base(ar.keys())).toEqual(base(en.keys()));
    for (const [key, value] of [...en, ...ar]) expect(value.trim(), key).not.toBe('');
  });

  it('give every Arabic plural all six forms, with the same placeholders', () => {
    const plurals = new Set(
      [...ar.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')),
    );
    for (const key of plurals)
      for (const form of ['zero', 'one', 'two', 'few', 'many', 'other'])
        expect(ar.has(`${key}_${form}`), `${key}_${form}`).toBe(true);
  });

  it('are Arabic in Arabic', () => {
    const arabic = [...ar].filter(
      ([k]) => k !== 'otherLanguage' && k !== 'colon' && k !== 'listSeparator',
    );
    for (const [key, value] of arabic) expect(value, key).toMatch(/[\u0600-\u06FF]/);
  });
});
