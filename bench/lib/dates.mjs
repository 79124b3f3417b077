// Dates for synthetic documents and events: ISO days, and DateValues as the pipeline writes
// them (stated day, month, year or range; relative weekday; reported, open at the start;
// external), each with the words that give it when the text gives it.
import { MONTHS_AR, MONTHS_EN, WEEKDAYS_AR, WEEKDAYS_EN } from './phrases.mjs';

const DAY = 86_400_000;
/** The synthetic corpus spans 35 years, up to this fixed day (no clock is read). */
const FIRST_DAY = Date.UTC(1990, 0, 1);
const LAST_DAY = Date.UTC(2024, 11, 31);

/** @param {number} ms */
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** A publication day; later years are more frequent (more news is online). */
export function publicationDay(random) {
  const span = (LAST_DAY - FIRST_DAY) / DAY;
  return FIRST_DAY + Math.floor(Math.sqrt(random.next()) * span) * DAY;
}

const monthBounds = (y, m) => [Date.UTC(y, m, 1), Date.UTC(y, m + 1, 0)];

const REPORTED_NOTE = {
  ar: 'لا يذكر النص تاريخاً: وقع في يوم النشر أو قبله',
  en: 'The text gives no date: on or before the publication day',
};
const EXTERNAL_NOTE = {
  ar: 'التاريخ من مصدر خارج النص',
  en: 'The date comes from a source outside the text',
};

/** The kinds of event date, with how often they occur (about 40% are not a known day). */
const KINDS = [
  ['day', 40],
  ['relative', 15],
  ['month', 10],
  ['year', 4],
  ['range', 6],
  ['reported', 20],
  ['external', 5],
];
const KIND_TOTAL = KINDS.reduce((sum, [, w]) => sum + w, 0);

function pickKind(random) {
  let x = random.next() * KIND_TOTAL;
  for (const [kind, weight] of KINDS) {
    x -= weight;
    if (x < 0) return kind;
  }
  return 'day';
}

/**
 * An event date reported by a document published on `published` (ms): the DateValue without
 * its `expression`, and the words { ar, en } that give it (null when the text gives none).
 */
export function eventDate(random, published) {
  const kind = pickKind(random);
  const pub = new Date(published);
  if (kind === 'day' || kind === 'external') {
    const day = published - random.int(kind === 'day' ? 0 : 1, 45) * DAY;
    const d = new Date(day);
    const value = { start: iso(day), end: iso(day), precision: 'day' };
    if (kind === 'external')
      return { value: { ...value, basis: 'external', note: EXTERNAL_NOTE }, words: null };
    const [n, m, y] = [d.getUTCDate(), d.getUTCMonth(), d.getUTCFullYear()];
    return {
      value: { ...value, basis: 'stated' },
      words: { ar: `في ${n} ${MONTHS_AR[m]} ${y}`, en: `On ${n} ${MONTHS_EN[m]} ${y}` },
    };
  }
  if (kind === 'relative') {
    const back = random.int(0, 6);
    const day = published - back * DAY;
    const w = new Date(day).getUTCDay();
    const words =
      back === 0
        ? { ar: `اليوم ${WEEKDAYS_AR[w]}`, en: `Today, ${WEEKDAYS_EN[w]}` }
        : { ar: `يوم ${WEEKDAYS_AR[w]}`, en: `On ${WEEKDAYS_EN[w]}` };
    const note = {
      ar: `${words.ar}: آخر يوم ${WEEKDAYS_AR[w]} في يوم النشر أو قبله`,
      en: `${words.en}: the last ${WEEKDAYS_EN[w]} on or before the publication day`,
    };
    return {
      value: { start: iso(day), end: iso(day), precision: 'day', basis: 'relative', note },
      words,
    };
  }
  if (kind === 'month' || kind === 'range') {
    const ago = kind === 'month' ? random.int(0, 6) : random.int(1, 6);
    const y = pub.getUTCFullYear();
    const m = pub.getUTCMonth() - ago;
    const [first, last] = monthBounds(y, m);
    const fm = new Date(first);
    const [my, mm] = [fm.getUTCFullYear(), fm.getUTCMonth()];
    if (kind === 'month') {
      return {
        value: { start: iso(first), end: iso(last), precision: 'month', basis: 'stated' },
        words: { ar: `في ${MONTHS_AR[mm]} ${my}`, en: `In ${MONTHS_EN[mm]} ${my}` },
      };
    }
    const days = new Date(last).getUTCDate();
    const a = random.int(1, days - 2);
    const b = random.int(a + 1, Math.min(days, a + 9));
    return {
      value: {
        start: iso(Date.UTC(my, mm, a)),
        end: iso(Date.UTC(my, mm, b)),
        precision: 'range',
        basis: 'stated',
      },
      words: {
        ar: `بين ${a} و${b} ${MONTHS_AR[mm]} ${my}`,
        en: `Between ${a} and ${b} ${MONTHS_EN[mm]} ${my}`,
      },
    };
  }
  if (kind === 'year') {
    const y = pub.getUTCFullYear() - random.int(1, 3);
    return {
      value: { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year', basis: 'stated' },
      words: { ar: `خلال عام ${y}`, en: `During ${y}` },
    };
  }
  // reported: no date in the text; on or before publication, nothing bounds it earlier.
  return {
    value: {
      start: iso(published),
      end: iso(published),
      precision: 'range',
      basis: 'reported',
      openStart: true,
      note: REPORTED_NOTE,
    },
    words: null,
  };
}

const PUBLISHED_NOTE = {
  ar: 'تاريخ نشر اصطناعي',
  en: 'A synthetic publication date',
};

/** A document's `published` DateValue. */
export function publishedValue(published) {
  const day = iso(published);
  return { start: day, end: day, precision: 'day', basis: 'external', note: PUBLISHED_NOTE };
}
