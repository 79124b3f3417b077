import { describe, expect, it } from 'vitest';
import {
  formatMapView,
  mapPrecision,
  normaliseMapView,
  parseViewState,
} from '../../../src/url-state';

describe('map view in the URL (zoom/lat/lon, like iD and openstreetmap.org)', () => {
  it('writes as many decimals as one pixel needs at the zoom', () => {
    expect([0, 3, 4, 5, 8, 12, 16, 19].map(mapPrecision)).toEqual([0, 1, 2, 2, 3, 4, 5, 6]);
    const tripoli = { lat: 32.887209, lon: 13.191338 };
    expect(formatMapView({ ...tripoli, zoom: 5 })).toBe('5/32.89/13.19');
    expect(formatMapView({ ...tripoli, zoom: 12 })).toBe('12/32.8872/13.1913');
    expect(formatMapView({ ...tripoli, zoom: 0 })).toBe('0/33/13');
    expect(formatMapView({ ...tripoli, zoom: 19 })).toBe('19/32.887209/13.191338');
    expect(formatMapView({ lat: 32.9, lon: 13.2, zoom: 5 })).toBe('5/32.90/13.20');
  });

  it('keeps fractional zoom to two decimals', () => {
    expect(formatMapView({ lat: 0, lon: 0, zoom: 6.4567 })).toBe('6.46/0.00/0.00');
  });

  it('clamps latitude to ±85, wraps longitude into [-180, 180) and clamps zoom to 0–19', () => {
    expect(normaliseMapView({ lat: 89, lon: 190, zoom: 3 })).toEqual({
      lat: 85,
      lon: -170,
      zoom: 3,
    });
    expect(normaliseMapView({ lat: -90, lon: 180, zoom: 3 })).toEqual({
      lat: -85,
      lon: -180,
      zoom: 3,
    });
    expect(normaliseMapView({ lat: 0, lon: -540, zoom: 25 })).toEqual({
      lat: 0,
      lon: -180,
      zoom: 19,
    });
    expect(normaliseMapView({ lat: 0, lon: 179.9999, zoom: 5 })).toEqual({
      lat: 0,
      lon: -180,
      zoom: 5,
    });
    expect(normaliseMapView({ lat: Number.NaN, lon: 0, zoom: 5 })).toBeNull();
  });

  it('never writes -0', () => {
    expect(formatMapView({ lat: -0.001, lon: -0.001, zoom: 5 })).toBe('5/0.00/0.00');
    expect(Object.is(normaliseMapView({ lat: -0.001, lon: 0, zoom: 5 })?.lat, 0)).toBe(true);
  });

  it('reads a hand-written view and rounds it to the zoom precision', () => {
    expect(parseViewState('?map=5/32.123456/13.1').state.map).toEqual({
      zoom: 5,
      lat: 32.12,
      lon: 13.1,
    });
    expect(parseViewState('?map=4/95/200').state.map).toEqual({ zoom: 4, lat: 85, lon: -160 });
  });
});
