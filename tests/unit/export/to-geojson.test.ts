import { describe, expect, it } from 'vitest';
import { toGeoJson } from '../../../src/domain/export/to-geojson';
import { exportIndex, LINK } from './fixture';

describe('toGeoJson', () => {
  const geo = toGeoJson(exportIndex, exportIndex.events, LINK);

  it('is a FeatureCollection of Points at [lon, lat]', () => {
    expect(geo.type).toBe('FeatureCollection');
    const akar = geo.features.find((f) => f.id === 'akar-visits-tripoli')!;
    expect(akar.geometry).toEqual({ type: 'Point', coordinates: [13.1875, 32.8752] });
    const ny = geo.features.find((f) => f.id === 'un-statement')!;
    expect(ny.geometry.coordinates).toEqual([-74.006, 40.7143]);
    for (const f of geo.features) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
    }
  });

  it('lists events without a place in `unplaced`', () => {
    expect(geo.features.map((f) => f.id)).toEqual(['akar-visits-tripoli', 'un-statement']);
    expect(geo.unplaced.map((p) => p.id)).toEqual(['mou-signed']);
    expect(geo.unplaced[0]!.place).toBeNull();
  });

  it('carries both languages, the actors, the date and the documents', () => {
    const p = geo.features[0]!.properties;
    expect(p.title.ar).toBe('أكار يزور طرابلس، "اليوم"');
    expect(p.actors).toEqual([
      { id: 'akar', role: 'guest', name: { ar: 'خلوصي أكار', en: 'Hulusi Akar' } },
    ]);
    expect(p.date.precision).toBe('day');
    expect(p.place).toEqual({ id: 'tripoli', kind: 'city', name: { ar: 'طرابلس', en: 'Tripoli' } });
    expect(p.documents).toEqual(['doc-a']);
  });

  it('names its source: the corpus, the documents cited and the link', () => {
    expect(geo.source.corpus).toEqual({
      id: 'test-corpus',
      name: { ar: 'مدونة الاختبار', en: 'Test corpus' },
    });
    expect(geo.source.documents.map((d) => d.id)).toEqual(['doc-a']);
    expect(geo.source.link).toBe(LINK);
  });

  it('survives JSON and is deterministic', () => {
    const text = JSON.stringify(geo);
    expect(JSON.parse(text)).toEqual(geo);
    expect(JSON.stringify(toGeoJson(exportIndex, exportIndex.events, LINK))).toBe(text);
  });
});
