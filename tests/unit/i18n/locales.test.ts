import { describe, expect, it } from 'vitest';
import { eventTypes, participantRoles } from '../../../src/domain/corpus/schema';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, type Language } from '../../../src/i18n/i18n';

/**
 * Every locale file as read from disk: the app's eager `resources` leave out the namespaces
 * that load with their view's chunk (LAZY_NAMESPACES), which are held to the same rules.
 */
const LOCALES = join(import.meta.dirname, '../../../src/i18n/locales');
const resources: Record<Language, Record<string, unknown>> = { ar: {}, en: {} };
for (const lang of LANGUAGES) {
  for (const file of readdirSync(join(LOCALES, lang)).filter((f) => f.endsWith('.json'))) {
    resources[lang][file.replace(/\.json$/, '')] = JSON.parse(
      readFileSync(join(LOCALES, lang, file), 'utf8'),
    ) as unknown;
  }
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const ARABIC_PLURALS = ['zero', 'one', 'two', 'few', 'many', 'other'];
const ARABIC = /[\u0600-\u06FF]/;

/** Flattened keys of a namespace: "error.network.title" → value. */
function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) {
      for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
    }
  } else out.set(prefix, value);
  return out;
}

const placeholders = (s: unknown) =>
  [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const namespaces = Object.keys(resources.en).sort();

/**
 * Namespaces held to the strict rules: the very same keys, plural forms included. For each,
 * how Arabic its Arabic file must be: every value with letters ('every'), or a share of the
 * values (format names such as CSV or GeoJSON stay in Latin letters).
 */
const STRICT: Record<string, 'every' | number> = {
  actors: 0.8,
  event: 'every',
  export: 0.75,
  filters: 0.8,
  list: 0.8,
  network: 0.75,
  search: 0.75,
  source: 'every',
};

describe('locale files', () => {
  it('have the same namespaces in Arabic and English', () => {
    expect(Object.keys(resources.ar).sort()).toEqual(namespaces);
    expect(namespaces.length).toBeGreaterThan(3);
    for (const ns of Object.keys(STRICT)) expect(namespaces).toContain(ns);
  });

  it.each(namespaces)('%s: same keys (plural forms aside) and no empty values', (ns) => {
    const en = flatten(resources.en[ns]);
    const ar = flatten(resources.ar[ns]);
    const base = (keys: Iterable<string>) =>
      [...new Set([...keys].map((k) => k.replace(PLURAL, '')))].sort();
    expect(base(ar.keys())).toEqual(base(en.keys()));
    for (const [key, value] of [...en, ...ar]) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it.each(namespaces)('%s: Arabic plurals have every form Arabic needs', (ns) => {
    const ar = [...flatten(resources.ar[ns]).keys()];
    const plurals = new Set(ar.filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
    for (const key of plurals) {
      for (const form of ARABIC_PLURALS.slice(1)) {
        expect(ar, `${key}_${form}`).toContain(`${key}_${form}`);
      }
    }
  });
});

describe.each(Object.keys(STRICT))('the %s locale files (strict)', (ns) => {
  const en = flatten(resources.en[ns]);
  const ar = flatten(resources.ar[ns]);

  it('have exactly the same keys in English and Arabic, plural forms included', () => {
    expect(en.size).toBeGreaterThan(5);
    expect([...ar.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('give every plural key all six Arabic forms', () => {
    const bases = new Set(
      [...ar.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')),
    );
    for (const base of bases) {
      for (const form of ARABIC_PLURALS)
        expect(ar.has(`${base}_${form}`), `${base}_${form}`).toBe(true);
    }
  });

  it('keep the same placeholders in both languages', () => {
    for (const [key, value] of en) {
      if (/_(zero|one|two)$/.test(key)) continue; // Arabic words say the small numbers
      expect(placeholders(ar.get(key)), key).toEqual(placeholders(value));
    }
  });

  it('write the Arabic in Arabic', () => {
    const rule = STRICT[ns];
    if (rule === 'every') {
      for (const [key, value] of en) expect(ARABIC.test(String(value)), key).toBe(false);
      for (const [key, value] of ar) {
        const words = String(value).replace(/\{\{\w+\}\}/g, '');
        if (/\p{L}/u.test(words)) expect(ARABIC.test(words), key).toBe(true);
      }
    } else {
      const arabic = [...ar.values()].filter((v) => ARABIC.test(String(v)));
      expect(arabic.length).toBeGreaterThan(ar.size * (rule ?? 1));
    }
  });
});

describe('the event namespace', () => {
  it('names every event type and participant role, for every view to reuse', () => {
    const en = flatten(resources.en.event);
    const ar = flatten(resources.ar.event);
    for (const type of eventTypes) expect(en.has(`type.${type}`), type).toBe(true);
    for (const role of participantRoles) expect(ar.has(`role.${role}`), role).toBe(true);
  });
});
