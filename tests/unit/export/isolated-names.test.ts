// Issue 14, item 10, in the exports: names joined in one cell or line are each isolated, so a
// right-to-left override in one name cannot reverse the names after it.
import { describe, expect, it } from 'vitest';
import { buildCorpusIndex } from '../../../src/domain/corpus/corpus-index';
import { joinIsolated } from '../../../src/domain/text/isolate';
import { toCsv } from '../../../src/domain/export/to-csv';
import { toICalendar } from '../../../src/domain/export/to-icalendar';
import type { Corpus } from '../../../src/domain/corpus/schema';
import { exportCorpus, LINK } from './fixture';
import { parseCsv } from './parse-csv';

const RLO = '\u202E';
const FSI = '\u2068';
const PDI = '\u2069';

/** The fixture with Akar renamed '\u202EAKAR' and Yaşar Güler beside him in the Tripoli visit. */
function hostileIndex() {
  const corpus = structuredClone(exportCorpus) as Corpus;
  corpus.actors[0]!.name.en = `${RLO}AKAR`;
  corpus.actors.push({
    ...corpus.actors[0]!,
    id: 'guler',
    name: { ar: 'يشار غولر', en: 'Yaşar Güler' },
  });
  corpus.events[0]!.actors.push({ id: 'guler', role: 'guest' });
  corpus.documents[1] = { ...corpus.documents[1]!, title: { ar: 'ب', en: `${RLO}Second` } };
  corpus.events[0]!.evidence.push({ document: corpus.documents[1].id, start: 0, end: 3 });
  return buildCorpusIndex(corpus);
}

describe('names joined in exports', () => {
  it('isolates each name when there are several, and leaves a single name as it is', () => {
    expect(joinIsolated(['a', 'b'], '; ')).toBe(`${FSI}a${PDI}; ${FSI}b${PDI}`);
    expect(joinIsolated(['a'], '; ')).toBe('a');
    expect(joinIsolated([], '; ')).toBe('');
  });

  it('CSV: the actors cell isolates the overridden name from the next', () => {
    const index = hostileIndex();
    const rows = parseCsv(toCsv(index, index.events, 'en', LINK).slice(1));
    const actors = rows.find((r) => r[0] === 'akar-visits-tripoli')![10];
    expect(actors).toBe(`${FSI}${RLO}AKAR${PDI}; ${FSI}Yaşar Güler${PDI}`);
  });

  it('iCalendar: the sources line isolates each cited title', () => {
    const index = hostileIndex();
    const ics = toICalendar(index, index.events, 'en', LINK).replace(/\r\n[ \t]/g, '');
    const sources = /Sources: ([^\r]*?)(\\n|\r)/.exec(
      ics.slice(ics.indexOf('UID:akar-visits-tripoli@')),
    )?.[1];
    expect(sources?.split('\\; ')).toEqual([
      expect.stringMatching(new RegExp(`^${FSI}[^${PDI}]+${PDI}$`)),
      `${FSI}${RLO}Second (${index.corpus.documents[1]!.publisher.en.replace(/,/g, '\\,')})${PDI}`,
    ]);
  });
});
