import 'leaflet/dist/leaflet.css';
import './MapView.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, ZoomControl } from 'react-leaflet';
import { memoPerObject } from '../../domain/memo-per-object';
import type { CorpusEvent, Place } from '../../domain/schema';
import { BasemapLayer } from './BasemapLayer';
import { MapAttribution } from './MapAttribution';
import { MapContainerLabel } from './MapContainerLabel';
import { MapControl } from './MapControl';
import { MarkerLayout } from './MarkerLayout';
import { markerSize } from './markerSize';
import { OnlineTiles } from './OnlineTiles';
import type { MarkerState } from './PlaceMarker';
import { PlaceEvents } from './PlaceEvents';
import { prefersReducedMotion } from './prefersReducedMotion';
import { PlaceMarkers } from './PlaceMarkers';
import { PlacePopup } from './PlacePopup';
import { placeGroups } from './placeGroups';
import { UnplacedEvents } from './UnplacedEvents';
import { useBasemap } from './useBasemap';
import type { Viewport } from './viewport';
import { ViewportSync } from './ViewportSync';

export interface MapViewProps {
  /** All places of the corpus. */
  places: Place[];
  /** The events after filtering: the map shows only these. */
  events: readonly CorpusEvent[];
  selectedEventId: string | null;
  hoveredEventId: string | null;
  selectedPlaceId: string | null;
  /** From the URL; null = fit the events. */
  view: Viewport | null;
  lang: 'ar' | 'en';
  /** The optional online tile layer (OpenStreetMap). */
  tiles: boolean;
  /** The embedded basemap, e.g. 'data/basemap.json', fetched at run time. */
  basemapUrl: string;
  onSelectEvent(id: string | null): void;
  onSelectPlace(id: string | null): void;
  onHoverEvent(id: string | null): void;
  /** User pan and zoom only, throttled. */
  onViewChange(view: Viewport): void;
  onTilesChange(on: boolean): void;
}

const NATURAL_EARTH = 'https://www.naturalearthdata.com/';
/** The embedded basemap (1:50m near the places) is a few km off beyond this; tiles allow more. */
const BASEMAP_MAX_ZOOM = 9;
const OSM_COPYRIGHT = 'https://www.openstreetmap.org/copyright';

/** What the map derives from its events: markers' groups, and the lookups it needs. */
function groupsAndPlaces(places: readonly Place[]) {
  return (events: readonly CorpusEvent[]) => {
    const { groups, unplaced } = placeGroups(places, events);
    return {
      groups,
      unplaced,
      groupOf: new Map(groups.map((g) => [g.place.id, g])),
      placeOfEvent: new Map(events.map((e) => [e.id, e.place])),
      points: groups.map((g): [number, number] => [g.place.lat, g.place.lon]),
      pointsKey: groups.map((g) => g.place.id).join(' '),
    };
  };
}

/**
 * The map: the embedded basemap, one marker per place with shown events, a popup listing the
 * selected place's events, and the events without a place listed beside it. Leaflet stays
 * inside this feature; the rest of the app sees only these props.
 */
export function MapView({
  places,
  events,
  selectedEventId,
  hoveredEventId,
  selectedPlaceId,
  view,
  lang,
  tiles,
  basemapUrl,
  onSelectEvent,
  onSelectPlace,
  onHoverEvent,
  onViewChange,
  onTilesChange,
}: MapViewProps) {
  const { t } = useTranslation('map', { lng: lang });
  const basemap = useBasemap(basemapUrl);
  const [tileError, setTileError] = useState(false);
  const [initial] = useState(() => view ?? { lat: 28, lon: 15, zoom: 2 });
  // Leaflet's animations are options of the map, fixed when it is created.
  const [animate] = useState(() => !prefersReducedMotion());

  // Remembered per array of events (the unfiltered one comes back at every filter change).
  const groupsOf = useMemo(() => memoPerObject(groupsAndPlaces(places)), [places]);
  const derived = useMemo(() => groupsOf(events), [groupsOf, events]);
  const { groups, unplaced, groupOf, placeOfEvent, points, pointsKey } = derived;

  const selectedEventPlace = selectedEventId ? (placeOfEvent.get(selectedEventId) ?? null) : null;
  const hoveredPlace = hoveredEventId ? (placeOfEvent.get(hoveredEventId) ?? null) : null;
  const stateOf = useCallback(
    (placeId: string): MarkerState =>
      placeId === selectedPlaceId || placeId === selectedEventPlace
        ? 'selected'
        : placeId === hoveredPlace
          ? 'hovered'
          : null,
    [selectedPlaceId, selectedEventPlace, hoveredPlace],
  );
  const selectedGroup = selectedEventPlace ? groupOf.get(selectedEventPlace) : undefined;
  const selected = useMemo(
    () =>
      selectedEventId && selectedGroup
        ? { eventId: selectedEventId, lat: selectedGroup.place.lat, lon: selectedGroup.place.lon }
        : null,
    [selectedEventId, selectedGroup],
  );
  const popupGroup = selectedPlaceId ? groupOf.get(selectedPlaceId) : undefined;

  // Stable handlers for the markers, whatever callbacks the owner passes on each render.
  const selectPlace = useRef(onSelectPlace);
  useEffect(() => {
    selectPlace.current = onSelectPlace;
  }, [onSelectPlace]);
  const onActivate = useCallback((placeId: string) => selectPlace.current(placeId), []);
  const onPopupClose = useCallback(() => selectPlace.current(null), []);
  const onTileError = useCallback(() => setTileError(true), []);
  const toggleTiles = (): void => {
    setTileError(false);
    onTilesChange(!tiles);
  };

  const rtl = lang === 'ar';
  // Zoom at the top and the tiles toggle at the bottom of the side where lines start;
  // the credits at the bottom of the other side.
  const controls = rtl ? 'topright' : 'topleft';
  const credits = useMemo(
    () => [
      [t('attribution.naturalEarth'), NATURAL_EARTH] as const,
      ...(tiles ? [[t('attribution.osm'), OSM_COPYRIGHT] as const] : []),
    ],
    [t, tiles],
  );
  const notices = [
    basemap.status === 'failed' ? t('notice.basemapFailed') : null,
    tiles && tileError ? t('notice.tilesFailed') : null,
    groups.length === 0 ? t('notice.noPlacedEvents') : null,
  ].filter((n): n is string => n !== null);

  return (
    <div className="athar-map" dir={rtl ? 'rtl' : 'ltr'} lang={lang}>
      <div className="athar-map__canvas">
        <MapContainer
          className="athar-map__leaflet"
          center={[initial.lat, initial.lon]}
          zoom={initial.zoom}
          minZoom={1}
          zoomSnap={0.25}
          maxZoom={BASEMAP_MAX_ZOOM}
          zoomControl={false}
          attributionControl={false}
          trackResize={false}
          keyboard
          zoomAnimation={animate}
          fadeAnimation={animate}
          markerZoomAnimation={animate}
          inertia={animate}
        >
          {/* First: its listeners must be in place before the popup can auto-pan. */}
          <ViewportSync
            view={view}
            points={points}
            pointsKey={pointsKey}
            selected={selected}
            rtl={rtl}
            onViewChange={onViewChange}
          />
          <MapContainerLabel label={t('mapLabel')} />
          {basemap.status === 'ready' && <BasemapLayer data={basemap.data} />}
          {tiles && <OnlineTiles onError={onTileError} />}
          <ZoomControl
            key={lang}
            position={controls}
            zoomInTitle={t('zoom.in')}
            zoomOutTitle={t('zoom.out')}
          />
          <MapControl position={rtl ? 'bottomright' : 'bottomleft'} className="athar-tiles-control">
            <button
              type="button"
              aria-pressed={tiles}
              title={t('tiles.title')}
              onClick={toggleTiles}
            >
              {t('tiles.label')}
            </button>
          </MapControl>
          <MapAttribution position={rtl ? 'bottomleft' : 'bottomright'} credits={credits} />
          <PlaceMarkers groups={groups} lang={lang} stateOf={stateOf} onActivate={onActivate} />
          <MarkerLayout groups={groups} rtl={rtl} />
          <PlacePopup
            at={
              popupGroup
                ? {
                    placeId: popupGroup.place.id,
                    lat: popupGroup.place.lat,
                    lon: popupGroup.place.lon,
                    radius: markerSize(popupGroup.events.length) / 2,
                  }
                : null
            }
            lang={lang}
            closeLabel={t('popup.close')}
            onClose={onPopupClose}
          >
            {popupGroup && (
              <PlaceEvents
                group={popupGroup}
                lang={lang}
                selectedEventId={selectedEventId}
                onSelectEvent={onSelectEvent}
                onHoverEvent={onHoverEvent}
              />
            )}
          </PlacePopup>
        </MapContainer>
        <div className="athar-map__notices" role="status" aria-live="polite">
          {notices.map((text) => (
            <p key={text} className="athar-map__notice">
              {text}
            </p>
          ))}
        </div>
      </div>
      <UnplacedEvents
        events={unplaced}
        lang={lang}
        selectedEventId={selectedEventId}
        onSelectEvent={onSelectEvent}
        onHoverEvent={onHoverEvent}
      />
    </div>
  );
}
