import { gzipSync } from 'node:zlib';
import type { Feature, MultiPolygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildBasemap } from '../../src/pipeline/build-basemap';
import { PLACES } from '../unit/map/fixture';

const corpus = buildBasemap(PLACES);
const names = (fc: { features: Feature[] }) =>
  fc.features
    .filter((f) => f.properties?.kind === 'country')
    .map((f) => String(f.properties?.name));

function positions(f: Feature): Position[] {
  const g = f.geometry as MultiPolygon;
  return g.coordinates.flat(2);
}

describe('buildBasemap', () => {
  it('has the countries of the places in detail, and not the far side of the world', () => {
    const countries = names(corpus);
    expect(countries).toContain('Libya');
    expect(countries).toContain('Turkey');
    expect(countries).toContain('United States of America');
    expect(countries).not.toContain('Australia');
    expect(countries).not.toContain('Japan');
  });

  it('clips to the places: with places in Libya only, no United States', () => {
    const countries = names(buildBasemap([{ lat: 32.89, lon: 13.19 }]));
    expect(countries).toContain('Libya');
    expect(countries).not.toContain('United States of America');
  });

  it('draws the rest of the world coarsely, as one land area without Antarctica', () => {
    const land = corpus.features.find((f) => f.properties?.kind === 'land');
    expect(land).toBeDefined();
    const points = positions(land as Feature);
    // Australia is there, at one decimal.
    expect(points.some(([x = 0, y = 0]) => x > 130 && x < 150 && y < -20 && y > -35)).toBe(true);
    expect(
      points.every(([x = 0, y = 0]) => Math.abs(x * 10 - Math.round(x * 10)) < 1e-6 && y > -60),
    ).toBe(true);
  });

  it('keeps borders as one line feature, and countries fill-only with names', () => {
    const kinds = corpus.features.map((f) => f.properties?.kind);
    expect(kinds.filter((k) => k === 'border')).toHaveLength(1);
    const border = corpus.features.find((f) => f.properties?.kind === 'border');
    expect(border?.geometry.type).toBe('MultiLineString');
    for (const f of corpus.features.filter((x) => x.properties?.kind === 'country')) {
      expect(typeof f.properties?.name).toBe('string');
      expect(f.geometry.type).toBe('MultiPolygon');
    }
  });

  it('names each town in both languages, at a point', () => {
    const towns = corpus.features.filter((f) => f.properties?.kind === 'town');
    expect(towns.length).toBeGreaterThan(0);
    for (const town of towns) {
      expect(town.geometry.type).toBe('Point');
      expect(String(town.properties?.en)).not.toBe('');
      expect(String(town.properties?.ar)).toMatch(/[\u0600-\u06ff]/);
    }
  });

  it('rounds coordinates (at most 3 decimals, 1 km) and drops consecutive duplicates', () => {
    for (const f of corpus.features.filter((x) => x.properties?.kind === 'country')) {
      for (const polygon of (f.geometry as MultiPolygon).coordinates)
        for (const ring of polygon) {
          for (const [x = 0, y = 0] of ring) {
            expect(Math.abs(x * 1000 - Math.round(x * 1000))).toBeLessThan(1e-6);
            expect(Math.abs(y * 1000 - Math.round(y * 1000))).toBeLessThan(1e-6);
          }
          for (let i = 1; i < ring.length; i++) expect(ring[i]).not.toEqual(ring[i - 1]);
        }
    }
  });

  // Builds the basemap a second time: 50 s at load average 15. The timeout guards against a
  // hang; it is not a speed check.
  it('is small and deterministic', { timeout: 120_000 }, () => {
    const json = JSON.stringify(corpus);
    // What the browser downloads: the file is served compressed.
    expect(gzipSync(json).length).toBeLessThan(150_000);
    expect(JSON.stringify(buildBasemap(PLACES))).toBe(json);
  });

  it('without places, is the coarse world alone', () => {
    const empty = buildBasemap([]);
    expect(names(empty)).toEqual([]);
    const kinds = empty.features.map((f) => f.properties?.kind).filter((k) => k !== 'town');
    expect(kinds).toEqual(['land', 'border']);
  });
});
