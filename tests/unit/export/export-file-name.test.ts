import { describe, expect, it } from 'vitest';
import { exportContent } from '../../../src/domain/export/export-content';
import { exportFileName } from '../../../src/domain/export/export-file-name';
import { EXPORT_FORMATS } from '../../../src/domain/export/export-formats';
import { exportIndex, LINK } from './fixture';

describe('exportFileName', () => {
  it('names files athar-<corpus id>-<n>-events.<ext>', () => {
    expect(exportFileName('libya-turkey-defence-2019-2021', 28, 'csv')).toBe(
      'athar-libya-turkey-defence-2019-2021-28-events.csv',
    );
    expect(exportFileName('c', 1, 'ics')).toBe('athar-c-1-event.ics');
    expect(exportFileName('a/b c', 0, 'geojson')).toBe('athar-a-b-c-0-events.geojson');
  });

  it('caps the corpus id, so that a 170-character id gives a short name (issue 14, item 14)', () => {
    const id = `${'libya-turkey-defence-cooperation-'.repeat(5)}2019-2021`;
    expect(id.length).toBeGreaterThan(170);
    const name = exportFileName(id, 100000, 'geojson');
    expect(name).toBe('athar-libya-turkey-defence-cooperation-libya-100000-events.geojson');
    expect(name.length).toBeLessThanOrEqual(80);
    expect(exportFileName('x'.repeat(200), 2, 'csv')).toBe(`athar-${'x'.repeat(40)}-2-events.csv`);
  });
});

describe('exportContent', () => {
  it('gives each format its own text', () => {
    const texts = (Object.keys(EXPORT_FORMATS) as (keyof typeof EXPORT_FORMATS)[]).map((f) =>
      exportContent(f, exportIndex, exportIndex.events, 'en', LINK),
    );
    expect(texts[0]!.startsWith('\uFEFFid,type,')).toBe(true);
    expect(JSON.parse(texts[1]!).type).toBe('FeatureCollection');
    expect(JSON.parse(texts[2]!).version).toBe(1);
    expect(texts[3]!.startsWith('BEGIN:VCALENDAR')).toBe(true);
  });
});
