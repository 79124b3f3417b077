/**
 * Issue 14, items 3, 8 and 9: arbitrary strings in every field of every export format, parsed
 * back with real parsers (ical.js for iCalendar, @placemarkio/check-geojson for GeoJSON,
 * csv-parse for RFC 4180 CSV): the structure is unchanged and every value reads back.
 */
import { getIssues } from '@placemarkio/check-geojson';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../../../src/domain/corpus/corpus-index';
import { CSV_COLUMNS, toCsv } from '../../../src/domain/export/to-csv';
import { toCorpusJson } from '../../../src/domain/export/to-corpus-json';
import { toGeoJson } from '../../../src/domain/export/to-geojson';
import { toICalendar } from '../../../src/domain/export/to-icalendar';
import type { Corpus, CorpusEvent } from '../../../src/domain/corpus/schema';
import { exportCorpus } from './fixture';

/** Any string: control characters, line breaks, quotes, separators, bidi marks, astral. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({
    unit: fc.constantFrom(...'\r\n\t\0;,"\\:=+-@＝＋－＠\u202E\u2066 aب😀'.split(''), '\uD800'),
    maxLength: 30,
  }),
);

const fields = fc.record({
  corpusId: anyText,
  corpusName: anyText,
  eventId: anyText,
  type: anyText,
  title: anyText,
  summary: anyText,
  note: anyText,
  placeName: anyText,
  actorName: anyText,
  docTitle: anyText,
  publisher: anyText,
  link: anyText,
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
  end: fc.constantFrom('2020-07-03', '9999-12-31'),
});
type Fields = typeof fields extends fc.Arbitrary<infer T> ? T : never;

/** The export fixture with the hostile strings put in every field the exports write. */
function hostile(f: Fields) {
  const base = exportCorpus;
  const [first, second, ...rest] = base.events;
  const corpus: Corpus = {
    ...base,
    id: f.corpusId,
    name: { ar: f.corpusName, en: f.corpusName },
    documents: base.documents.map((d) => ({
      ...d,
      title: { ar: f.docTitle, en: f.docTitle },
      publisher: { ar: f.publisher, en: f.publisher },
    })),
    actors: base.actors.map((a) => ({ ...a, name: { ar: f.actorName, en: f.actorName } })),
    places: base.places.map((p) => ({
      ...p,
      name: { ar: f.placeName, en: f.placeName },
      lat: f.lat,
      lon: f.lon,
    })),
    events: [
      {
        ...first!,
        id: f.eventId,
        // The schema allows only known types; the exports must not rely on it.
        type: f.type as CorpusEvent['type'],
        title: { ar: f.title, en: f.title },
        summary: { ar: f.summary, en: f.summary },
        date: { ...first!.date, end: f.end, note: { ar: f.note, en: f.note } },
      },
      // A second event with a different id, so that UIDs must stay apart.
      { ...second!, id: `${f.eventId}x` },
      ...rest,
    ],
  };
  return buildCorpusIndex(corpus);
}

const RUNS = { seed: 14, numRuns: 80 };
const VEVENT_PROPERTIES = [
  'uid',
  'dtstamp',
  'dtstart',
  'dtend|duration',
  'summary',
  'description',
  'location',
  'geo',
  'categories',
  'transp',
];

/** What a TEXT value reads back as: line breaks as \n, other controls as U+FFFD. */
const asIcalText = (s: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are what is matched
  s.replace(/\r\n|\r/g, '\n').replace(/[\0-\x08\x0B-\x1F\x7F]/g, '\uFFFD');

// Parsing 80 calendars takes seconds on a loaded machine: a generous limit, not a timing.
describe(
  'every export, with any string in every field, parses back unchanged',
  { timeout: 60_000 },
  () => {
    it('iCalendar: ical.js finds the same calendar, events and properties', () => {
      fc.assert(
        fc.property(fields, fc.constantFrom<'ar' | 'en'>('ar', 'en'), (f, lang) => {
          const index = hostile(f);
          const events = index.corpus.events;
          const ics = toICalendar(index, events, lang, f.link);
          const calendar = new ICAL.Component(ICAL.parse(ics));
          expect(calendar.name).toBe('vcalendar');
          const vevents = calendar.getAllSubcomponents();
          expect(vevents.map((c) => c.name)).toEqual(events.map(() => 'vevent'));
          expect(calendar.getAllProperties().map((p) => p.name)).toEqual(
            [
              'version',
              'prodid',
              'calscale',
              'method',
              'name',
              'x-wr-calname',
              'description',
            ].concat(f.link ? ['url'] : []),
          );
          const uids = new Set<unknown>();
          vevents.forEach((vevent, i) => {
            const event = events[i]!;
            const names = vevent.getAllProperties().map((p) => p.name);
            const expected = VEVENT_PROPERTIES.filter(
              (n) => event.place || (n !== 'location' && n !== 'geo'),
            );
            expect(
              names.map((n) => (n === 'dtend' || n === 'duration' ? 'dtend|duration' : n)),
            ).toEqual(expected);
            expect(vevent.getAllSubcomponents()).toEqual([]);
            uids.add(vevent.getFirstPropertyValue('uid'));
            expect(vevent.getFirstPropertyValue('summary')).toBe(asIcalText(event.title[lang]));
            expect(vevent.getFirstProperty('categories')?.getValues()).toEqual([
              asIcalText(event.type),
            ]);
            const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
            expect(start.toString()).toBe(event.date.start);
            if (event.place) {
              expect(vevent.getFirstPropertyValue('location')).toBe(asIcalText(f.placeName));
              const [lat, lon] = vevent.getFirstPropertyValue('geo') as unknown as number[];
              expect(lat).toBeCloseTo(f.lat, 9);
              expect(lon).toBeCloseTo(f.lon, 9);
            }
          });
          expect(uids.size).toBe(events.length);
          // No line carries an exponent, a five-digit year or a raw control character.
          for (const line of ics.split('\r\n')) {
            expect(line).not.toMatch(/^GEO:.*e/i);
            expect(line).not.toMatch(/^DTEND.*:\+/);
            // eslint-disable-next-line no-control-regex -- control characters are what is matched
            expect(line).not.toMatch(/[\0-\x08\x0A-\x1F\x7F]/);
          }
        }),
        RUNS,
      );
    });

    it('CSV: an RFC 4180 parser reads one record per event, each cell as written', () => {
      fc.assert(
        fc.property(fields, (f) => {
          const index = hostile(f);
          const events = index.corpus.events;
          const csv = toCsv(index, events, 'en', f.link);
          const records = parseCsv(csv, { bom: true, relax_column_count: false }) as string[][];
          expect(records[0]).toEqual([...CSV_COLUMNS]);
          expect(records).toHaveLength(events.length + 1);
          const akar = records[1]!;
          expect(akar).toHaveLength(CSV_COLUMNS.length);
          const unguard = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);
          // The parser reads UTF-8, as a spreadsheet reads the file: a lone surrogate is U+FFFD.
          const utf8 = (s: string) => Buffer.from(s, 'utf8').toString('utf8');
          expect(unguard(akar[0]!)).toBe(utf8(f.eventId));
          expect(unguard(akar[2]!)).toBe(utf8(f.title));
          expect(unguard(akar[7]!)).toBe(utf8(f.placeName));
          expect(unguard(akar[14]!)).toBe(utf8(f.link));
          // Numbers are plain decimals that read back exactly.
          expect(akar[8]).toMatch(/^-?\d+(\.\d+)?$/);
          expect(Number(akar[8]) === f.lat).toBe(true);
          // No cell a spreadsheet could take for a formula, in any locale's separator.
          const NUMBERS = ['lat', 'lon', 'evidence_count'].map((c) =>
            CSV_COLUMNS.indexOf(c as never),
          );
          for (const record of records.slice(1))
            record.forEach((cell, i) => {
              if (!NUMBERS.includes(i)) expect(cell).not.toMatch(/^[\s\0]*[=+\-@＝＋－＠]/u);
            });
          // Every text cell is quoted, so a separator inside one never starts a cell: with the
          // quoted cells blanked, what is left is commas, plain numbers and empty (null) cells.
          const bare = csv
            .replace(/"(?:[^"]|"")*"/g, 'Q')
            .split('\r\n')
            .slice(1, -1);
          for (const line of bare)
            for (const cell of line.split(',')) expect(cell).toMatch(/^(Q|-?\d+(\.\d+)?|)$/);
        }),
        RUNS,
      );
    });

    it('GeoJSON: valid by a GeoJSON validator, the same features and properties', () => {
      fc.assert(
        fc.property(fields, (f) => {
          const index = hostile(f);
          const events = index.corpus.events;
          const text = JSON.stringify(toGeoJson(index, events, f.link));
          expect(getIssues(text)).toEqual([]);
          const back = JSON.parse(text) as ReturnType<typeof toGeoJson>;
          const placed = events.filter((e) => e.place);
          expect(back.features.map((x) => x.id)).toEqual(placed.map((e) => e.id));
          expect(back.features[0]?.properties.title.en).toBe(f.title);
          expect(back.source.link).toBe(f.link);
        }),
        RUNS,
      );
    });

    it('corpus JSON: parses to the same events', () => {
      fc.assert(
        fc.property(fields, (f) => {
          const index = hostile(f);
          const events = index.corpus.events;
          const back = JSON.parse(JSON.stringify(toCorpusJson(index, events, f.link))) as Corpus;
          expect(back.id).toBe(f.corpusId);
          expect(back.events.map((e) => e.title.en)).toEqual(events.map((e) => e.title.en));
        }),
        RUNS,
      );
    });
  },
);
