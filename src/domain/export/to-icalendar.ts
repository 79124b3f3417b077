/**
 * The events as an iCalendar file (RFC 5545) for calendar apps: one all-day VEVENT per event,
 * DTSTART/DTEND as VALUE=DATE with DTEND the day after the last day (exclusive). A month, a year
 * or a range becomes a multi-day event and the description says how uncertain the date is;
 * a date the text does not give ("on or before publication") is shown on the publication date,
 * and the description says so. Output is deterministic: UIDs come from event ids and DTSTAMP
 * from the corpus (its latest publication date), never the clock.
 */
import type { ExportIndex } from './export-index';
import type { CorpusEvent } from '../corpus/schema';
import { escapeIcalText, percentEncode } from './escape-ical-text';
import { joinIsolated } from '../text/isolate';
import { EXPORT_PHRASES } from './export-phrases';
import { exportSources } from './export-sources';
import { foldIcalLine } from './fold-ical-line';
import { plainNumber } from './plain-number';
import { DAY_MS } from '../dates/day-ms';

const CRLF = '\r\n';

const basic = (iso: string) => iso.replace(/-/g, '');

const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * DTSTART and the end of an all-day event: DTEND (exclusive, the day after the last) when that
 * day has a four-digit year, else DURATION in days (an event ending 9999-12-31 cannot have a
 * DTEND: iCalendar's DATE has four digits).
 */
function dayLines(start: string, end: string): string[] {
  const after = new Date(dayMs(end) + DAY_MS).toISOString();
  const days = Math.max(1, Math.round((dayMs(end) - dayMs(start)) / DAY_MS) + 1);
  return [
    `DTSTART;VALUE=DATE:${basic(start)}`,
    /^\d{4}-/.test(after) ? `DTEND;VALUE=DATE:${basic(after.slice(0, 10))}` : `DURATION:P${days}D`,
  ];
}

/** A URI value: characters that are not allowed in a URI, or that end a line, %-encoded. */
const uri = (link: string) => percentEncode(link, /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/);

/** GEO:lat;lon in plain decimals (no exponent), or nothing when a coordinate is not finite. */
function geo(lat: number, lon: number): string[] {
  const [a, b] = [plainNumber(lat), plainNumber(lon)];
  return a === null || b === null ? [] : [`GEO:${a};${b}`];
}

/** Midnight UTC of the corpus's latest publication (or latest event) date (`index.stamp` if given). */
export function corpusStamp(index: ExportIndex): string {
  if (index.stamp) return index.stamp;
  let latest = '';
  for (const d of index.corpus.documents) if (d.published.end > latest) latest = d.published.end;
  for (const e of index.corpus.events) if (e.date.end > latest) latest = e.date.end;
  return `${basic(latest || '1970-01-01')}T000000Z`;
}

function dateDescription(event: CorpusEvent, lang: 'ar' | 'en'): string[] {
  const p = EXPORT_PHRASES[lang];
  const { date } = event;
  const lines: string[] = [];
  if (date.basis === 'reported' && date.openStart)
    lines.push(`${p.basis.reported} ${p.onOrBefore(date.end)}`);
  else {
    if (date.precision !== 'day' && date.start !== date.end)
      lines.push(p.precision[date.precision](date.start, date.end));
    lines.push(p.basis[date.basis]);
  }
  if (date.note) lines.push(`${p.note}: ${date.note[lang]}`);
  return lines;
}

export function toICalendar(
  index: ExportIndex,
  events: readonly CorpusEvent[],
  lang: 'ar' | 'en',
  link: string,
): string {
  const p = EXPORT_PHRASES[lang];
  const sources = exportSources(index, events);
  const docTitle = new Map(
    sources.documents.map((d) => [d.id, `${d.title[lang]} (${d.publisher[lang]})`]),
  );
  const stamp = corpusStamp(index);
  const text = (name: string, value: string, language = true) =>
    `${name}${language ? `;LANGUAGE=${lang}` : ''}:${escapeIcalText(value)}`;
  const calendarName = p.calendar(index.corpus.name[lang], events.length);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Athar//Athar events export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    text('NAME', calendarName),
    text('X-WR-CALNAME', calendarName, false),
    text(
      'DESCRIPTION',
      [
        `${p.sources}: ${joinIsolated(
          sources.documents.map((d) => docTitle.get(d.id) ?? d.id),
          '; ',
        )}`,
        ...(link ? [`${p.view}: ${link}`] : []),
      ].join('\n'),
    ),
    ...(link ? [`URL:${uri(link)}`] : []),
  ];
  for (const event of events) {
    const place = event.place ? index.placesById.get(event.place) : undefined;
    const cited = [...new Set(event.evidence.map((s) => s.document))].map(
      (id) => docTitle.get(id) ?? id,
    );
    const description = [
      event.summary[lang],
      '',
      ...dateDescription(event, lang),
      '',
      `${p.sources}: ${joinIsolated(cited, '; ')}`,
      ...(link ? [`${p.view}: ${link}`] : []),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      // Ids are corpus data: %-encoded, a UID can hold no line break, no ; or , at all.
      `UID:${percentEncode(event.id)}@${percentEncode(index.corpus.id)}.athar`,
      `DTSTAMP:${stamp}`,
      ...dayLines(event.date.start, event.date.end),
      text('SUMMARY', event.title[lang]),
      text('DESCRIPTION', description),
      ...(place ? [text('LOCATION', place.name[lang]), ...geo(place.lat, place.lon)] : []),
      `CATEGORIES:${escapeIcalText(event.type)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcalLine).join(CRLF) + CRLF;
}
