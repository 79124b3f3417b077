import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField } from '../../../src/domain/export/csv-field';
import { CSV_COLUMNS, toCsv } from '../../../src/domain/export/to-csv';
import { exportIndex, LINK, TRICKY_TITLE } from './fixture';
import { parseCsv } from './parse-csv';

const rowsOf = (csv: string) => parseCsv(csv.slice(1));

describe('toCsv', () => {
  const csv = toCsv(exportIndex, exportIndex.events, 'en', LINK);
  const rows = rowsOf(csv);
  const header = rows[0]!;
  const byId = new Map(
    rows.slice(1).map((r) => [r[0], Object.fromEntries(header.map((h, i) => [h, r[i]]))]),
  );

  it('starts with a UTF-8 byte-order mark and ends records with CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').replace(/"[^"]*"/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the agreed columns, then the source and the link', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(header.slice(0, 13)).toEqual([
      'id',
      'type',
      'title',
      'date_start',
      'date_end',
      'precision',
      'basis',
      'place',
      'lat',
      'lon',
      'actors',
      'evidence_count',
      'documents',
    ]);
    expect(rows).toHaveLength(1 + exportIndex.events.length);
  });

  it('round-trips quotes, commas, semicolons, backslashes, line breaks and Arabic', () => {
    const akar = byId.get('akar-visits-tripoli')!;
    expect(akar.title).toBe(TRICKY_TITLE);
    expect(akar.place).toBe('Tripoli');
    expect(akar.lat).toBe('32.8752');
    expect(akar.lon).toBe('13.1875');
    expect(akar.actors).toBe('Hulusi Akar');
    expect(akar.documents).toBe('doc-a');
    expect(akar.evidence_count).toBe('1');
    expect(akar.source).toBe('Test corpus (test-corpus)');
    expect(akar.link).toBe(LINK);
    const ar = rowsOf(toCsv(exportIndex, exportIndex.events, 'ar', LINK));
    const arAkar = ar.find((r) => r[0] === 'akar-visits-tripoli')!;
    expect(arAkar[2]).toBe('أكار يزور طرابلس، "اليوم"');
    expect(arAkar[7]).toBe('طرابلس');
    expect(arAkar[10]).toBe('خلوصي أكار');
  });

  it('defuses text that a spreadsheet would run as a formula, but not numbers', () => {
    expect(byId.get('mou-signed')!.title).toBe("'+1 memorandum signed");
    expect(byId.get('un-statement')!.title).toBe("'@UN statement in New York");
    expect(byId.get('un-statement')!.lon).toBe('-74.006');
    expect(byId.get('mou-signed')!.place).toBe('');
    expect(csvField('=SUM(A1:A9)')).toBe(`"'=SUM(A1:A9)"`);
    expect(csvField('-2+3')).toBe(`"'-2+3"`);
    expect(csvField('\t=1')).toBe(`"'\t=1"`);
    expect(csvField(-74.006)).toBe('-74.006');
  });

  it('follows OWASP for every cell: spaces before =, full-width signs, quoted separators', () => {
    // Issue 14, item 8: these passed unprefixed (only the first character was checked).
    expect(csvField(' =1+1')).toBe(`"' =1+1"`);
    expect(csvField('\u3000\t@SUM(1)')).toBe(`"'\u3000\t@SUM(1)"`);
    expect(csvField('＝cmd|"/c calc"!A1')).toBe(`"'＝cmd|""/c calc""!A1"`);
    expect(csvField('＋1')).toBe(`"'＋1"`);
    expect(csvField('－1')).toBe(`"'－1"`);
    expect(csvField('＠A1')).toBe(`"'＠A1"`);
    expect(csvField('\n=1')).toBe(`"'\n=1"`);
    expect(csvField('\0=1')).toBe(`"'\0=1"`);
    // A semicolon-separated locale cannot split a quoted cell into one that starts with =.
    expect(csvField('a;=cmd|"/c calc"!A1')).toBe(`"a;=cmd|""/c calc""!A1"`);
    expect(csvField('plain')).toBe('"plain"');
  });

  it('writes numbers as plain decimals, never with an exponent', () => {
    // Issue 14, item 9.
    expect(csvField(1e-7)).toBe('0.0000001');
    expect(csvField(-1.5e-10)).toBe('-0.00000000015');
    expect(csvField(1e21)).toBe('1000000000000000000000');
    expect(csvField(32.8752)).toBe('32.8752');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('reads back any string it writes (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }),
        (fields) => {
          const line = fields.map(csvField).join(',') + '\r\n';
          const back = parseCsv(line)[0]!;
          expect(back).toEqual(
            fields.map((f) => (/^[\s\0]*[=+\-@＝＋－＠]|^[\t\r\n\0]/u.test(f) ? `'${f}` : f)),
          );
        },
      ),
      { seed: 4180, numRuns: 300 },
    );
  });
});
