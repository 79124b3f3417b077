import { describe, expect, it } from 'vitest';
import { resources } from '../../../src/i18n/i18n';

const NAMESPACES = ['search', 'export', 'network'] as const;
const ARABIC_PLURALS = ['zero', 'one', 'two', 'few', 'many', 'other'];

function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value))
      for (const [kk, vv] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
  } else out.set(prefix, value);
  return out;
}

describe.each(NAMESPACES)('the %s locale files', (ns) => {
  const en = flatten(resources.en[ns]);
  const ar = flatten(resources.ar[ns]);

  it('exist in both languages with the same keys', () => {
    expect(en.size).toBeGreaterThan(5);
    expect([...ar.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('have no empty values', () => {
    for (const [key, value] of [...en, ...ar]) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('give every plural key all six Arabic forms', () => {
    const bases = new Set(
      [...ar.keys()]
        .filter((k) => /_(zero|one|two|few|many|other)$/.test(k))
        .map((k) => k.replace(/_[a-z]+$/, '')),
    );
    for (const base of bases)
      for (const form of ARABIC_PLURALS)
        expect(ar.has(`${base}_${form}`), `${base}_${form}`).toBe(true);
  });

  it('keep the same placeholders in both languages', () => {
    const names = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of en) {
      // Arabic one/two forms say the number in words.
      if (/_(zero|one|two)$/.test(key)) continue;
      expect(names(ar.get(key)), key).toEqual(names(value));
    }
  });

  it('write the Arabic in Arabic', () => {
    const arabic = [...ar.values()].filter((v) => /[\u0600-\u06FF]/.test(String(v)));
    expect(arabic.length).toBeGreaterThan(ar.size * 0.75);
  });
});
