/**
 * Names that mean something else, and spellings of foreign names (issue 19), with the
 * curated actors, places and name rules of this repository.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorsFile, placesFile } from '../../../../src/domain/curation/curation-schema';
import { findMentionsAndFlags } from '../../../../src/domain/pipeline/text/find-mentions';
import { namedEntities } from '../../../../src/domain/pipeline/names/named-entities';
import { nameRulesFile } from '../../../../src/domain/pipeline/names/name-rules';
import { looseForm, yaVariants } from '../../../../src/domain/pipeline/text/transliteration';

const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as unknown;
const entities = namedEntities(
  actorsFile.parse(read('data/curation/actors.json')),
  placesFile.parse(read('data/curation/places.json')),
  nameRulesFile.parse(read('data/curation/name-rules.json')),
);
const run = (text: string) => findMentionsAndFlags(text, entities);
const found = (text: string) =>
  run(text).mentions.map((m) => `${m.entity}:${text.slice(m.start, m.end)}`);
const flagged = (text: string) =>
  run(text).flagged.map((m) => `${m.entity}:${text.slice(m.start, m.end)}`);

describe('ambiguous names', () => {
  it('does not take «أوغلو» after another Turk’s first name for Çavuşoğlu', () => {
    expect(found('قال أحمد داود أوغلو إن')).toEqual([]);
    expect(found('وانتقد كمال كليجدار أوغلو الحكومة')).toEqual([]);
    expect(found('وقال وداود أوغلو')).toEqual([]);
  });
  it('keeps «جاويش أوغلو» and flags a bare «أوغلو» for a person to decide', () => {
    expect(found('وقال جاويش أوغلو إن')).toEqual(['cavusoglu:جاويش أوغلو']);
    expect(flagged('وقال جاويش أوغلو إن')).toEqual([]);
    expect(found('وأضاف أوغلو أن')).toEqual(['cavusoglu:أوغلو']);
    expect(flagged('وأضاف أوغلو أن')).toEqual(['cavusoglu:أوغلو']);
  });
  it('rejects Tripoli in Lebanon, keeps Tripoli in Libya', () => {
    expect(found('في مدينة طرابلس اللبنانية أمس')).toEqual([]);
    expect(found('في طرابلس الشام')).toEqual([]);
    expect(found('اشتباكات في طرابلس\nاللبنانية')).toEqual([]);
    expect(found('وزار أكار طرابلس، وجرى')).toEqual(['akar:أكار', 'tripoli:طرابلس']);
    expect(found('العاصمة الليبية طرابلس')).toEqual(['tripoli:طرابلس']);
  });
  it('rejects Bahrain’s al-Wefaq, keeps Libya’s Government of National Accord', () => {
    expect(found('أعلنت جمعية الوفاق المعارضة')).toEqual([]);
    expect(found('قالت الوفاق البحرينية إن')).toEqual([]);
    expect(found('لـحكومة الوفاقضد الجيش')).toEqual(['gna:حكومة الوفاق']);
    expect(found('قوات الوفاق في طرابلس')).toEqual(['gna:الوفاق', 'tripoli:طرابلس']);
  });
  it('flags «الجيش الليبي», which both sides use for their own forces', () => {
    const text = 'المتحدث باسم الجيش الليبي أحمد المسماري';
    expect(found(text)).toEqual(['lna:الجيش الليبي', 'mismari:أحمد المسماري']);
    expect(run(text).flagged).toMatchObject([
      { entity: 'lna', name: 'الجيش الليبي', note: { en: expect.stringContaining('GNA') } },
    ]);
    expect(found('الجيش الوطني الليبي')).toEqual(['lna:الجيش الوطني الليبي']);
    expect(flagged('الجيش الوطني الليبي')).toEqual([]);
  });
});

describe('spellings of foreign names', () => {
  it.each([
    ['وصل إلى إستانبول', 'istanbul:إستانبول'],
    ['رئيس الأركان ياشار جولار', 'guler:ياشار جولار'],
    ['رئيس الأركان يشار جولر', 'guler:يشار جولر'],
    ['وقال دوغريك إن', 'dujarric:دوغريك'],
    ['الأمين العام أنطونيو غوتيريس', 'guterres:أنطونيو غوتيريس'],
    ['وقال جوتيريش', 'guterres:جوتيريش'],
    ['الرئيس اوردغان', 'erdogan:اوردغان'],
    ['الرئيس أردوجان', 'erdogan:أردوجان'],
    ['وزير الخارجية مولود جاويس أوغلو', 'cavusoglu:مولود جاويس أوغلو'],
    ['سيرجي لافروف', 'lavrov:سيرجي لافروف'],
  ])('finds «%s»', (text, mention) => {
    expect(found(text)).toEqual([mention]);
  });
  it('run-together multi-word names are found', () => {
    expect(found('أكدت الأممالمتحدة أن')).toEqual(['un:الأممالمتحدة']);
    expect(found('واللواء أبوحولية')).toEqual(['abu-hawliya:أبوحولية']);
  });
  it('gives Arabic names no tolerance: ش/س, غ/ج stay apart in them', () => {
    // al-Mishri, al-Sharif and al-Mismari are Arabic names, not transliterations.
    expect(found('خالد المسري ومحمد السريف')).toEqual([]);
  });
  it('finds no name in ordinary Arabic words one tolerated letter away from one', () => {
    const ordinary = [
      'جولة',
      'جولات',
      'غول',
      'غولف',
      'جول',
      'يسار',
      'اليسار',
      'يشير',
      'يشارك',
      'شارك',
      'يسأل',
      'سيار',
      'أغلى',
      'أوجه',
      'جوار',
      'غدر',
      'غدا',
      'سجال',
      'شجار',
      'أكثر',
      'أكرم',

      'تجار',
      'نجار',
      'أغار',
      'جار',
      'غار',
      'شرف',
      'سرف',
      'سرير',
      'جوع',
      'سعر',
      'شعر',
      'ياسر',
      'يسرى',
      'شاكر',
      'ساكر',
      'لافتة',
      'أنقاض',
      'نيو',
      'يورك',
      'دوري',
      'غوطة',
      'جوتة',
      'استقبال',
      'إسطبل',
      'إسطول',
      'استبيان',
      'أردن',
      'الأردن',
      'اردية',
      'غيرها',
      'جيرها',
    ];
    const text = ordinary.join(' ');
    expect(found(text)).toEqual([]);
    for (const w of ordinary) expect(found(`قال ${w} إن`)).toEqual([]);
  });
  it('folds only the three patterns, letter for letter', () => {
    expect(looseForm('غوتيريش')).toBe('جوتيريس');
    expect(looseForm('غوتيريش').length).toBe('غوتيريش'.length);
    expect(yaVariants('يشار')).toEqual(['يشار', 'ياشار']);
    expect(yaVariants('ياشار')).toEqual(['ياشار', 'يشار']);
    expect(yaVariants('يوم')).toEqual(['يوم']);
  });
});
