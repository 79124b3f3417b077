import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../../../src/domain/corpus/corpus-index';
import { escapeIcalText } from '../../../src/domain/export/escape-ical-text';
import { foldIcalLine } from '../../../src/domain/export/fold-ical-line';
import { toICalendar } from '../../../src/domain/export/to-icalendar';
import { realIndex } from '../search/real-index';
import { exportCorpus, exportIndex, LINK } from './fixture';

const utf8 = (s: string) => new TextEncoder().encode(s).length;

/** Unfolds and splits into content lines (RFC 5545 §3.1). */
const contentLines = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);

/** The VEVENT of an event, as a map of property name (with parameters) → value. */
function vevent(ics: string, id: string): Map<string, string> {
  const lines = contentLines(ics);
  const start = lines.findIndex((l) => l.startsWith(`UID:${id}@`));
  const props = new Map<string, string>();
  for (let i = start; lines[i] !== 'END:VEVENT'; i++) {
    const line = lines[i]!;
    const colon = line.indexOf(':');
    props.set(line.slice(0, colon), line.slice(colon + 1));
  }
  return props;
}

describe('toICalendar', () => {
  const ics = toICalendar(exportIndex, exportIndex.events, 'en', LINK);

  it('is a VCALENDAR with one VEVENT per event, CRLF line endings', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics.match(/END:VEVENT/g)).toHaveLength(3);
    expect(contentLines(ics)).toContain('PRODID:-//Athar//Athar events export//EN');
  });

  it('writes a day as an all-day event with an exclusive end', () => {
    const e = vevent(ics, 'akar-visits-tripoli');
    expect(e.get('DTSTART;VALUE=DATE')).toBe('20200703');
    expect(e.get('DTEND;VALUE=DATE')).toBe('20200704');
    expect(e.get('GEO')).toBe('32.8752;13.1875');
    expect(e.get('LOCATION;LANGUAGE=en')).toBe('Tripoli');
  });

  it('writes a month as a multi-day event and says so in the description', () => {
    const e = vevent(ics, 'mou-signed');
    expect(e.get('DTSTART;VALUE=DATE')).toBe('20191101');
    expect(e.get('DTEND;VALUE=DATE')).toBe('20191201');
    expect(e.get('DESCRIPTION;LANGUAGE=en')).toContain(
      'The text gives only the month: some day from 2019-11-01 to 2019-11-30.',
    );
    expect(e.has('GEO')).toBe(false);
  });

  it('says when the text gives no date (on or before publication)', () => {
    const e = vevent(ics, 'un-statement');
    expect(e.get('DTSTART;VALUE=DATE')).toBe('20200703');
    expect(e.get('DTEND;VALUE=DATE')).toBe('20200705');
    expect(e.get('DESCRIPTION;LANGUAGE=en')).toContain('on or before 2020-07-04');
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(escapeIcalText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
    const e = vevent(ics, 'akar-visits-tripoli');
    expect(e.get('SUMMARY;LANGUAGE=en')).toBe(
      'Akar says "we are here"\\, then\\; leaves\\\\\\nTripoli — أكار في طرابلس',
    );
    expect(e.get('DESCRIPTION;LANGUAGE=en')).toMatch(
      /^Akar arrived in Tripoli\\; he said\\, "we are here"\.\\nA second line\./,
    );
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const ar = toICalendar(exportIndex, exportIndex.events, 'ar', LINK);
    for (const ics2 of [ics, ar, toICalendar(realIndex, realIndex.events, 'ar', LINK)]) {
      const physical = ics2.split('\r\n');
      for (const line of physical) expect(utf8(line)).toBeLessThanOrEqual(75);
      // A replacement character would mean a split sequence; unfolding restores the text.
      expect(ics2).not.toContain('\uFFFD');
    }
    expect(
      contentLines(ar).some((l) => l.startsWith('SUMMARY;LANGUAGE=ar:أكار يزور طرابلس، "اليوم"')),
    ).toBe(true);
  });

  it('folds any text so that unfolding gives it back (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const line = `DESCRIPTION:${escapeIcalText(s)}`;
        const folded = foldIcalLine(line);
        for (const physical of folded.split('\r\n')) expect(utf8(physical)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
      }),
      { seed: 5545, numRuns: 300 },
    );
  });

  it('is deterministic: stable UIDs and a DTSTAMP from the corpus, not the clock', () => {
    expect(toICalendar(exportIndex, exportIndex.events, 'en', LINK)).toBe(ics);
    const stamps = contentLines(ics).filter((l) => l.startsWith('DTSTAMP:'));
    expect(new Set(stamps)).toEqual(new Set(['DTSTAMP:20210110T000000Z']));
    expect(vevent(ics, 'mou-signed').get('UID')).toBe('mou-signed@test-corpus.athar');
  });

  it('names its source and the view', () => {
    const lines = contentLines(ics);
    expect(lines).toContain(`URL:${LINK}`);
    expect(lines.find((l) => l.startsWith('X-WR-CALNAME:'))).toBe(
      'X-WR-CALNAME:Test corpus — 3 events',
    );
    const e = vevent(ics, 'akar-visits-tripoli');
    expect(e.get('DESCRIPTION;LANGUAGE=en')).toContain("Sources: Akar's visit (Publisher\\, Inc.)");
    expect(e.get('DESCRIPTION;LANGUAGE=en')).toContain(`View in Athar: ${escapeIcalText(LINK)}`);
  });
});

describe('toICalendar with hostile or extreme values (issue 14, items 3 and 9)', () => {
  const hostile = (corpus: Partial<typeof exportCorpus>) =>
    buildCorpusIndex({ ...exportCorpus, ...corpus });

  it('cannot be given a property through the corpus id', () => {
    const index = hostile({ id: 'x\r\nATTACH:http://evil\r\nBEGIN:VALARM' });
    const out = toICalendar(index, index.corpus.events, 'en', LINK);
    const lines = contentLines(out);
    expect(lines.filter((l) => l.startsWith('ATTACH'))).toEqual([]);
    expect(lines.filter((l) => l.startsWith('BEGIN:'))).toEqual([
      'BEGIN:VCALENDAR',
      ...index.corpus.events.map(() => 'BEGIN:VEVENT'),
    ]);
    expect(vevent(out, 'mou-signed').get('UID')).toBe(
      'mou-signed@x%0D%0AATTACH%3Ahttp%3A%2F%2Fevil%0D%0ABEGIN%3AVALARM.athar',
    );
  });

  it('writes coordinates without an exponent', () => {
    const index = hostile({
      places: exportIndex.corpus.places.map((p) => ({ ...p, lat: 1e-7, lon: -2e-8 })),
    });
    const out = toICalendar(index, index.corpus.events, 'en', LINK);
    expect(vevent(out, 'akar-visits-tripoli').get('GEO')).toBe('0.0000001;-0.00000002');
  });

  it('ends an event on 9999-12-31 with a duration, not a five-digit year', () => {
    const events = exportIndex.corpus.events.map((e) => ({
      ...e,
      date: { ...e.date, start: '9999-12-30', end: '9999-12-31' },
    }));
    const index = hostile({ events });
    const out = toICalendar(index, index.corpus.events, 'en', LINK);
    const e = vevent(out, 'akar-visits-tripoli');
    expect(e.get('DTSTART;VALUE=DATE')).toBe('99991230');
    expect(e.has('DTEND;VALUE=DATE')).toBe(false);
    expect(e.get('DURATION')).toBe('P2D');
  });
});
