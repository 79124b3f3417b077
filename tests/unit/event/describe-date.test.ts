import { describe, expect, it } from 'vitest';
import corpusJson from '../../../public/data/corpus.json';
import { buildCorpusIndex } from '../../../src/domain/corpus/corpus-index';
import { corpusSchema } from '../../../src/domain/corpus/schema';
import type { CorpusEvent, DateValue } from '../../../src/domain/corpus/schema';
import { describeDate } from '../../../src/features/event/describe-date';
import { i18n } from '../../../src/i18n/i18n';
import {
  akarMeetsMishri,
  akarVisitsTripoli,
  index,
  intervention,
  memorandum,
  tripoliDoc,
} from '../source/fixture';

const t = (lang: 'ar' | 'en') => i18n.getFixedT(lang, 'event');
const describeIn = (event: CorpusEvent, lang: 'ar' | 'en') =>
  describeDate(event, index, lang, t(lang));
const withDate = (event: CorpusEvent, date: Partial<DateValue>): CorpusEvent => ({
  ...event,
  date: { ...event.date, ...date },
});
const q = (s: string) => `\u2068${s}\u2069`;

describe('describeDate', () => {
  it('relative: the day, and the words of the article that give it', () => {
    expect(describeIn(akarVisitsTripoli, 'en')).toBe(
      `Friday, 3 July 2020 — the article says «${q('يوم الجمعة')}» (on Friday: the last Friday on or before publication)`,
    );
    expect(describeIn(akarVisitsTripoli, 'ar')).toBe(
      `الجمعة، 3 يوليو 2020 — يقول المقال «${q('يوم الجمعة')}» (يوم الجمعة: آخر يوم جمعة في يوم النشر أو قبله)`,
    );
  });

  it('takes the quoted words from the document text at the expression’s offsets', () => {
    const span = akarVisitsTripoli.date.expression;
    expect(span && tripoliDoc.text.slice(span.start, span.end)).toBe('يوم الجمعة');
    const moved = withDate(akarVisitsTripoli, {
      expression: { document: tripoliDoc.id, ...{ start: 0, end: 4 } },
    });
    expect(describeIn(moved, 'en')).toContain(`«${q('اتفق')}»`);
  });

  it('stated, month precision: says the month only, and quotes the text', () => {
    expect(describeIn(memorandum, 'en')).toBe(
      `November 2019 (month only) — the article says «${q('نوفمبر 2019')}» (the month and year are stated in the text)`,
    );
    expect(describeIn(memorandum, 'ar')).toBe(
      `نوفمبر 2019 (الشهر فقط) — يقول المقال «${q('نوفمبر 2019')}» (الشهر والسنة مذكوران في النص)`,
    );
  });

  it('stated or relative without the words: says where the date comes from', () => {
    const noWords = withDate(memorandum, { expression: undefined, note: undefined });
    expect(describeIn(noWords, 'en')).toBe('November 2019 (month only) — stated in the text');
    expect(describeIn(noWords, 'ar')).toBe('نوفمبر 2019 (الشهر فقط) — مذكور في النص');
    const relative = withDate(akarVisitsTripoli, { expression: undefined });
    expect(describeIn(relative, 'en')).toBe(
      'Friday, 3 July 2020 — worked out from the text: on Friday: the last Friday on or before publication',
    );
  });

  it('reported with an open start: on or before, no date in the text, reported by whom', () => {
    expect(describeIn(akarMeetsMishri, 'en')).toBe(
      `on or before 4 July 2020 (the text gives no date; reported by “${tripoliDoc.title.en}”)`,
    );
    expect(describeIn(akarMeetsMishri, 'ar')).toBe(
      `في 4 يوليو 2020 أو قبله (لا يذكر النص تاريخاً؛ أوردته «${tripoliDoc.title.ar}»)`,
    );
  });

  it('reported over a range the text bounds: the range, the note and every document', () => {
    const both = { ...intervention, evidence: [...intervention.evidence, ...memorandum.evidence] };
    const en = describeIn(both, 'en');
    expect(en).toMatch(/^1 November 2019\s?–\s?10 January 2021 \(The text places this after/);
    expect(en).toMatch(
      /; reported by “Namroush hosted by the Turkish defence minister” and “Libya and Turkey agree[^”]+”\)$/,
    );
    expect(en).not.toContain('on or before');
    const ar = describeIn(both, 'ar');
    expect(ar).toMatch(/^1 نوفمبر 2019\s?–\s?10 يناير 2021 \(يقول النص إن ذلك جاء بعد/);
    expect(ar).toContain('؛ أوردته «النمروش في ضيافة وزير الدفاع التركي» و«');
  });

  it('external: known from outside the text, with the note', () => {
    const external = withDate(akarVisitsTripoli, {
      basis: 'external',
      expression: undefined,
      note: { ar: 'من تقارير مؤرخة', en: 'from dated reports' },
    });
    expect(describeIn(external, 'en')).toBe(
      'Friday, 3 July 2020 — known from outside the text: from dated reports',
    );
    expect(describeIn(external, 'ar')).toBe(
      'الجمعة، 3 يوليو 2020 — معروف من خارج النص: من تقارير مؤرخة',
    );
    expect(describeIn(withDate(external, { note: undefined }), 'en')).toBe(
      'Friday, 3 July 2020 — known from outside the text',
    );
  });

  it('year precision says the year only; an open start always says on or before', () => {
    const year = withDate(memorandum, {
      start: '2019-01-01',
      end: '2019-12-31',
      precision: 'year',
      expression: undefined,
      note: undefined,
    });
    expect(describeIn(year, 'en')).toBe('2019 (year only) — stated in the text');
    expect(describeIn(year, 'ar')).toBe('2019 (السنة فقط) — مذكور في النص');
    const open = withDate(year, { openStart: true, basis: 'external' });
    expect(describeIn(open, 'en')).toBe(
      'on or before 31 December 2019 — known from outside the text',
    );
  });
});

describe('describeDate on the corrected events of the bundled corpus', () => {
  const real = buildCorpusIndex(corpusSchema.parse(corpusJson));
  const say = (id: string, lang: 'ar' | 'en') =>
    describeDate(real.eventsById.get(id)!, real, lang, t(lang));

  it('never leaves a note’s full stop before the template’s semicolon', () => {
    for (const e of real.events)
      for (const lang of ['ar', 'en'] as const) expect(say(e.id, lang)).not.toMatch(/[.。]\s*[;؛]/);
  });

  it('says a bound by another event, in each language’s own words', () => {
    expect(say('namroush-akar-agree-on-training-centres', 'en')).toMatch(
      /^3\s?–\s?4 July 2020, on or after “Akar visits Tripoli” \(Friday, 3 July 2020\) \(/,
    );
    expect(say('namroush-akar-agree-on-training-centres', 'ar')).toMatch(
      /^3\s?–\s?4 يوليو 2020، في يوم «أكار يزور طرابلس» \(الجمعة، 3 يوليو 2020\) أو بعده \(/,
    );
    expect(say('guterres-haftar-phone-call', 'en')).toMatch(
      /^Wednesday, 1 July 2020, on or before “[^”]+” \(Thursday, 2 July 2020\) — known from outside the text: /,
    );
  });

  it('says a planned event is planned, its fate and the decision that set it', () => {
    const en = say('libyan-elections-2021-12-24', 'en');
    expect(en).toMatch(/^planned for Friday, 24 December 2021 — the article says/);
    expect(en).toContain('. Postponed: not held on that date. The date was set by “');
    expect(en).toContain('(Friday, 13 November 2020).');
    const ar = say('libyan-elections-2021-12-24', 'ar');
    expect(ar).toMatch(/^الموعد المقرر: الجمعة، 24 ديسمبر 2021 — يقول المقال/);
    expect(ar).toContain('. تأجّل: لم يجرِ في ذلك الموعد. حُدّد الموعد في «');
  });
});
