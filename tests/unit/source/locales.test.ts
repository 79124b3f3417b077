import { describe, expect, it } from 'vitest';
import arEvent from '../../../src/i18n/locales/ar/event.json';
import arSource from '../../../src/i18n/locales/ar/source.json';
import enEvent from '../../../src/i18n/locales/en/event.json';
import enSource from '../../../src/i18n/locales/en/source.json';
import { participantRoles, eventTypes } from '../../../src/domain/schema';

/** "a.b.c" → value, for every leaf. */
function leaves(obj: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (obj && typeof obj === 'object') {
    for (const [k, v] of Object.entries(obj)) {
      for (const [kk, vv] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
    }
  } else out.set(prefix, obj);
  return out;
}
const ARABIC = /[\u0600-\u06FF]/;

describe.each([
  ['source', enSource, arSource],
  ['event', enEvent, arEvent],
])('the %s locale files', (_name, en, ar) => {
  const enLeaves = leaves(en);
  const arLeaves = leaves(ar);

  it('have the same keys in English and Arabic', () => {
    expect([...arLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('have no empty values, Arabic in the Arabic file and none in the English one', () => {
    for (const [key, value] of enLeaves) {
      expect(typeof value === 'string' && value.trim() !== '', key).toBe(true);
      expect(ARABIC.test(String(value)), key).toBe(false);
    }
    for (const [key, value] of arLeaves) {
      expect(typeof value === 'string' && value.trim() !== '', key).toBe(true);
      const words = String(value).replace(/\{\{\w+\}\}/g, '');
      if (/\p{L}/u.test(words)) expect(ARABIC.test(words), key).toBe(true);
    }
  });

  it('use the same placeholders in both languages', () => {
    const names = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of enLeaves) {
      if (/_(zero|one|two)$/.test(key)) continue; // Arabic words say the small numbers
      expect(names(arLeaves.get(key)), key).toEqual(names(value));
    }
  });
});

describe('the event namespace', () => {
  it('names every event type and participant role, for every view to reuse', () => {
    for (const type of eventTypes) expect(leaves(enEvent).has(`type.${type}`), type).toBe(true);
    for (const role of participantRoles)
      expect(leaves(arEvent).has(`role.${role}`), role).toBe(true);
  });
});
