import { describe, expect, it } from 'vitest';
import { resources } from '../../../src/i18n/i18n';

const PLURAL = /_(zero|one|two|few|many|other)$/;

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

const namespaces = Object.keys(resources.en).sort();

describe('locale files', () => {
  it('have the same namespaces in Arabic and English', () => {
    expect(Object.keys(resources.ar).sort()).toEqual(namespaces);
    expect(namespaces.length).toBeGreaterThan(3);
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
      for (const form of ['one', 'two', 'few', 'many', 'other'])
        expect(ar, `${key}_${form}`).toContain(`${key}_${form}`);
    }
  });
});
