import './map-strings';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZoomControl } from 'react-leaflet';
import type { EventType } from '../../domain/corpus/schema';
import { MapAttribution } from './MapAttribution';
import { MapControl } from './MapControl';
import { MapLegend } from './MapLegend';

const NATURAL_EARTH = 'https://www.naturalearthdata.com/';
const OSM_COPYRIGHT = 'https://www.openstreetmap.org/copyright';
const GEONAMES = 'https://www.geonames.org/';
/** The legend starts open on screens at least this large (room beside the markers). */
const LEGEND_OPEN_MIN = { width: 1200, height: 1000 };

interface MapControlsProps {
  lang: 'ar' | 'en';
  /** The event types of the shown events, for the legend. */
  types: readonly EventType[];
  /** The online tiles are shown (their button is pressed, their credit listed). */
  showTiles: boolean;
  /** There are placed events to fit the map to. */
  canFit: boolean;
  onFit(): void;
  onToggleTiles(): void;
}

/**
 * The map's controls, inside the Leaflet map: zoom and "fit to the shown events" at the top of
 * the side where lines start, the online-map toggle below them, the legend in the other top
 * corner, the credits in the other bottom corner.
 */
export function MapControls({
  lang,
  types,
  showTiles,
  canFit,
  onFit,
  onToggleTiles,
}: MapControlsProps) {
  const { t } = useTranslation('map', { lng: lang });
  const rtl = lang === 'ar';
  const controls = rtl ? 'topright' : 'topleft';
  const [legendOpen] = useState(
    () =>
      typeof window === 'undefined' ||
      (window.innerWidth >= LEGEND_OPEN_MIN.width && window.innerHeight >= LEGEND_OPEN_MIN.height),
  );
  const credits = useMemo(
    () => [
      [t('attribution.naturalEarth'), NATURAL_EARTH] as const,
      [t('attribution.osmLand'), OSM_COPYRIGHT] as const,
      [t('attribution.geonames'), GEONAMES] as const,
      ...(showTiles ? [[t('attribution.osm'), OSM_COPYRIGHT] as const] : []),
    ],
    [t, showTiles],
  );
  return (
    <>
      <ZoomControl
        key={lang}
        position={controls}
        zoomInTitle={t('zoom.in')}
        zoomOutTitle={t('zoom.out')}
      />
      <MapControl position={controls} className="athar-fit-control">
        <button
          type="button"
          title={t('fit.title')}
          aria-label={t('fit.title')}
          disabled={!canFit}
          onClick={onFit}
        >
          <span aria-hidden="true">⤢</span>
        </button>
      </MapControl>
      <MapControl position={rtl ? 'bottomright' : 'bottomleft'} className="athar-tiles-control">
        <button
          type="button"
          aria-pressed={showTiles}
          title={t('tiles.title')}
          onClick={onToggleTiles}
        >
          {t('tiles.label')}
        </button>
      </MapControl>
      <MapControl position={rtl ? 'topleft' : 'topright'} className="athar-legend-control">
        <MapLegend key={lang} lang={lang} types={types} initiallyOpen={legendOpen} />
      </MapControl>
      <MapAttribution
        position={rtl ? 'bottomleft' : 'bottomright'}
        lang={lang}
        credits={credits}
        separator={t('attribution.separator')}
      />
    </>
  );
}
