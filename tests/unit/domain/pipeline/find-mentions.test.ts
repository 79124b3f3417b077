import { describe, expect, it } from 'vitest';
import { findMentions } from '../../../../src/domain/pipeline/text/find-mentions';

const entities = [
  { id: 'namroush', names: ['صلاح الدين النمروش', 'صلاح النمروش', 'النمروش'] },
  { id: 'akar', names: ['خلوصي أكار', 'أكار'] },
  { id: 'guler', names: ['يشار غولار', 'يشار غولر', 'غولر'] },
  { id: 'gna', names: ['حكومة الوفاق الوطني', 'حكومة الوفاق', 'الوفاق'] },
  { id: 'guterres', names: ['أنطونيو غوتيريش', 'غوتيريش'] },
  { id: 'libya', names: ['ليبيا'] },
  { id: 'istanbul', names: ['إسطنبول'] },
  { id: 'arabiya', names: ['العربية – الحدث'] },
];

/** The words each mention covers, with its entity. */
function found(text: string): string[] {
  return findMentions(text, entities).map((m) => `${m.entity}:${text.slice(m.start, m.end)}`);
}

describe('findMentions', () => {
  it('finds hamza and alef variants of a name', () => {
    expect(found('استقبل خلوصي آكار ثم أكار')).toEqual(['akar:خلوصي آكار', 'akar:أكار']);
    expect(found('مدينة اسطنبول')).toEqual(['istanbul:اسطنبول']);
  });
  it('strips attached conjunctions and prepositions from the mention', () => {
    expect(found('والنمروش وأكار بإسطنبول')).toEqual([
      'namroush:النمروش',
      'akar:أكار',
      'istanbul:إسطنبول',
    ]);
  });
  it('handles ل + ال contracted to لل', () => {
    expect(found('أوضح أكار للنمروش')).toEqual(['akar:أكار', 'namroush:لنمروش']);
  });
  it('handles tatweel after a clitic and a missing space before a function word', () => {
    expect(found('لـحكومة الوفاقضد الجيش')).toEqual(['gna:حكومة الوفاق']);
  });
  it('prefers the longest name and reads through quotes and brackets', () => {
    expect(found('في صفوف حكومة “الوفاق” ضد')).toEqual(['gna:حكومة “الوفاق']);
    expect(found('(الأمين العام أنطونيو) غوتيريش')).toEqual(['guterres:أنطونيو) غوتيريش']);
    expect(found('مع “العربية – الحدث، إن')).toEqual(['arabiya:العربية – الحدث']);
    expect(found('صلاح الدين النمروش')).toEqual(['namroush:صلاح الدين النمروش']);
  });
  it('finds transliteration variants listed as aliases', () => {
    expect(found('يشار غولار ثم يشار غولر')).toEqual(['guler:يشار غولار', 'guler:يشار غولر']);
  });
  it('does not match inside longer words', () => {
    expect(found('الليبية الليبيين لليبيين الوفاقية ليبيات')).toEqual([]);
    expect(found('أكارم')).toEqual([]);
  });
  it('does not run a name into an arbitrary following word', () => {
    expect(found('الوفاقكم')).toEqual([]);
  });
  it('does not join a name across a comma or full stop', () => {
    expect(found('صلاح، النمروش')).toEqual(['namroush:النمروش']);
  });
  it('keeps diacritics inside the mention span', () => {
    const text = 'أكّار';
    expect(found(text)).toEqual(['akar:أكّار']);
  });
});

describe('findMentions: run-together names', () => {
  const known = [
    { id: 'un', names: ['الأمم المتحدة'] },
    { id: 'abu-hawliya', names: ['عبد الحكيم أبو حولية', 'أبو حولية'] },
    { id: 'gna', names: ['الوفاق'] },
  ];
  const found = (text: string) =>
    findMentions(text, known).map((m) => [m.entity, text.slice(m.start, m.end)]);
  it('matches a known multi-word name with its inner space missing', () => {
    expect(found('دعم جهود الأممالمتحدة وقائد البحرية أبوحولية')).toEqual([
      ['un', 'الأممالمتحدة'],
      ['abu-hawliya', 'أبوحولية'],
    ]);
    expect(found('وللأممالمتحدة دور')).toEqual([['un', 'لأممالمتحدة']]);
  });
  it('does not glue a one-word name into longer words', () => {
    expect(found('الوفاقية')).toEqual([]);
  });
});
