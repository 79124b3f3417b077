import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../src/domain/pipeline/text/find-mentions';
import { findNewNames, type NameProposal } from '../../../src/domain/pipeline/names/find-new-names';
import { GAZETTEER, person } from './fixtures';

const names = (text: string, known: { id: string; names: string[] }[] = []) =>
  findNewNames(text, findMentions(text, known), GAZETTEER);
const words = (text: string, p: NameProposal) => p.mentions.map((m) => text.slice(m.start, m.end));
const byName = (list: NameProposal[], name: string) => list.find((p) => p.name === name);

describe('new names: people', () => {
  it('takes the name after a title and its description, with offsets', () => {
    const text = 'وصل وزير الخارجية المالطي جون بورغ إلى العاصمة، واستقبله نظيره.';
    const found = names(text);
    const p = byName(found, 'جون بورغ');
    expect(p).toMatchObject({ kind: 'person', en: null });
    expect(p?.cue).toContain('وزير');
    expect(text.slice(p!.mentions[0]!.start, p!.mentions[0]!.end)).toBe('جون بورغ');
  });

  it('reads ranks, «المتحدث باسم …» and commas inside the description', () => {
    const text =
      'وقال المتحدث الرسمي باسم الجيش، العميد ركن سالم الفيتوري، إن الوضع هادئ. وحضر اللواء منصور العبيدي. وتقدمت قوات اللواء المتقاعد فرج الدرسي.';
    const found = names(text);
    expect(byName(found, 'فرج الدرسي')?.kind).toBe('person');
    expect(byName(found, 'سالم الفيتوري')?.kind).toBe('person');
    expect(byName(found, 'منصور العبيدي')?.kind).toBe('person');
  });

  it('takes compound first names (عبد …, … الدين) and finds the family name alone later', () => {
    const text =
      'التقى رئيس الحكومة عبد الكريم أبو شعالة بالسفير نور الدين الكبتي. وأكد الكبتي دعم بلاده، ثم غادر.';
    const found = names(text);
    expect(byName(found, 'عبد الكريم أبو شعالة')?.kind).toBe('person');
    const kabti = byName(found, 'نور الدين الكبتي');
    expect(kabti && words(text, kabti)).toEqual(['نور الدين الكبتي', 'الكبتي']);
  });

  it('finds a frequent given name with a family name, and a Turkish name in «أوغلو»', () => {
    const text =
      'وصرّح محمد الورفلي للصحفيين. والتقى أوزجان كارا أوغلو بالوفد، وأعرب أوغلو عن ارتياحه.';
    const found = names(text);
    expect(byName(found, 'محمد الورفلي')?.kind).toBe('person');
    const turk = byName(found, 'أوزجان كارا أوغلو');
    expect(turk?.kind).toBe('person');
    // «وأعرب أوغلو»: the verb is not part of the name, the family name is found alone.
    expect(found.some((p) => p.name.includes('وأعرب'))).toBe(false);
    expect(words(text, turk!)).toContain('أوغلو');
  });

  it('reads a name across a bracket and writes it without the bracket', () => {
    const text = 'قال إن (الأمين العام جان) فيلنوف بعث برسالة، وإن فيلنوف ينتظر الرد.';
    const p = names(text).find((n) => n.kind === 'person');
    expect(p?.name).toBe('جان فيلنوف');
    expect(words(text, p!)).toEqual(['جان) فيلنوف', 'فيلنوف']);
  });

  it('does not take a title without a name, or a ministry, for a person', () => {
    const text = 'وقال وزير الدفاع إن وزارة الدفاع ستعلن خطتها.';
    expect(names(text).filter((p) => p.kind === 'person')).toEqual([]);
  });
});

describe('new names: organisations and outlets', () => {
  it('takes a heading noun with the words that name it, with proclitics and لل', () => {
    const text =
      'أعلنت حكومة الوحدة الوطنية دعمها للمفوضية الوطنية العليا للانتخابات، وقالت الأمم المتحدة إنها ترحب.';
    const found = names(text);
    expect(byName(found, 'حكومة الوحدة الوطنية')?.kind).toBe('organization');
    expect(byName(found, 'المفوضية الوطنية العليا للانتخابات')?.kind).toBe('organization');
    expect(byName(found, 'الأمم المتحدة')?.kind).toBe('organization');
  });

  it('does not take a description («القوات الأجنبية») for a name, and stops at a run-on word', () => {
    const text = 'طالب بخروج القوات الأجنبية من البلاد، ودعم حكومة الوحدةضد الفوضى.';
    const found = names(text);
    expect(found.some((p) => p.name.startsWith('القوات'))).toBe(false);
    expect(byName(found, 'حكومة الوحدة')?.kind).toBe('organization');
  });

  it('takes an outlet after قناة / وكالة', () => {
    const text = 'بحسب ما نقلت وكالة الأنباء الليبية عن مصادر.';
    expect(byName(names(text), 'وكالة الأنباء الليبية')?.kind).toBe('media');
  });
});

describe('new names: places', () => {
  it('takes gazetteer towns with English name, coordinates and source', () => {
    const text = 'وصل الوفد إلى مصراتة ثم توجه إلى بمصراتة مرة أخرى.';
    const misrata = names(text).find((p) => p.en === 'Misrata');
    expect(misrata).toMatchObject({
      id: 'misrata',
      kind: 'place',
      placeKind: 'city',
      gazetteer: { lat: 32.3754, lon: 15.0925, source: 'test gazetteer' },
    });
    expect(misrata!.mentions).toHaveLength(2);
  });

  it('prefers the town to the country of the same name', () => {
    const text = 'عقد الاجتماع في تونس يوم الخميس.';
    expect(names(text).find((p) => p.kind === 'place')?.en).toBe('Tunis');
  });

  it('takes a name after مدينة or مطار that the gazetteer lacks, without coordinates', () => {
    const text = 'هبطت الطائرة في مطار الأبرق الدولي قرب مدينة البيضاء، ثم في مدينة شحات.';
    const found = names(text);
    expect(byName(found, 'مطار الأبرق الدولي')).toMatchObject({
      kind: 'place',
      placeKind: 'airport',
      en: null,
    });
    expect(byName(found, 'شحات')).toMatchObject({ kind: 'place', placeKind: 'city' });
    expect(byName(found, 'شحات')?.gazetteer).toBeUndefined();
  });
});

describe('new names: what is known already', () => {
  it('leaves out names that are actors or places already', () => {
    const text = 'وصل وزير الخارجية المالطي جون بورغ إلى مصراتة.';
    const known = [
      { id: 'borg', names: person('borg', 'جون بورغ', 'John Borg').aliases.ar },
      { id: 'misrata', names: ['مصراتة'] },
    ];
    expect(names(text, known)).toEqual([]);
  });

  it('gives every proposal a distinct id and its mentions in text order', () => {
    const text =
      'قال وزير المالية كريم الزوبي ووزير الداخلية سمير الفاخري إن الزوبي والفاخري اتفقا.';
    const found = names(text);
    expect(new Set(found.map((p) => p.id)).size).toBe(found.length);
    for (const p of found) {
      const starts = p.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    expect(found.filter((p) => p.kind === 'person').map((p) => p.name)).toEqual([
      'كريم الزوبي',
      'سمير الفاخري',
    ]);
  });
});
