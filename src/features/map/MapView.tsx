import 'leaflet/dist/leaflet.css';
import './map-strings';
import './MapView.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer } from 'react-leaflet';
import { memoPerObject } from '../../domain/corpus/memo-per-object';
import {
  eventTypes,
  type CorpusEvent,
  type EventType,
  type Place,
} from '../../domain/corpus/schema';
import { BasemapLayer } from './BasemapLayer';
import { ClusterIndex, type ClusterItem, type MapItem } from './cluster-index';
import { ClusterPlaces } from './ClusterPlaces';
import { EdgeIndicators } from './EdgeIndicators';
import { LabelLayout } from './LabelLayout';
import { MapContainerLabel } from './MapContainerLabel';
import { MapControls } from './MapControls';
import { MarkerStates } from './MarkerStates';
import { markerSize } from './marker-size';
import { OnlineTiles } from './OnlineTiles';
import { PlaceEvents } from './PlaceEvents';
import type { HoverSource } from '../../ui/hover-store';
import { prefersReducedMotion } from '../../ui/prefers-reduced-motion';
import { PlacePopup, type PopupAnchor } from './PlacePopup';
import { placeGroups } from './place-groups';
import { TilesConsentPrompt } from './TilesConsentPrompt';
import { UnplacedEvents } from './UnplacedEvents';
import { useBasemap } from './useBasemap';
import { useOnlineTiles } from './useOnlineTiles';
import type { Viewport } from './viewport';
import { ViewportSync, type Reveal } from './ViewportSync';

export interface MapViewProps {
  /** All places of the corpus. */
  places: readonly Place[];
  /** The events after filtering: the map shows only these. */
  events: readonly CorpusEvent[];
  selectedEventId: string | null;
  /** The hovered event: only the markers read it (MarkerStates), not the map. */
  hovered: HoverSource;
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

/** The embedded basemap (1 km near the places) holds up to this zoom; tiles allow more. */
const BASEMAP_MAX_ZOOM = 11;

/** What the map derives from its events: markers' groups, and the lookups it needs. */
function groupsAndPlaces(places: readonly Place[]) {
  return (events: readonly CorpusEvent[]) => {
    const { groups, unplaced } = placeGroups(places, events);
    const present = new Set(events.map((e) => e.type));
    return {
      groups,
      unplaced,
      index: new ClusterIndex(groups),
      types: eventTypes.filter((type): type is EventType => present.has(type)),
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
  hovered,
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
  // A link may ask for the online map; this browser loads it only once its user has agreed.
  const online = useOnlineTiles(tiles, onTilesChange);
  const [initial] = useState(() => view ?? { lat: 28, lon: 15, zoom: 2 });
  // Leaflet's animations are options of the map, fixed when it is created.
  const [animate] = useState(() => !prefersReducedMotion());

  // Remembered per array of events (the unfiltered one comes back at every filter change).
  const groupsOf = useMemo(() => memoPerObject(groupsAndPlaces(places)), [places]);
  const derived = useMemo(() => groupsOf(events), [groupsOf, events]);
  const { groups, unplaced, index, types, groupOf, placeOfEvent, points, pointsKey } = derived;
  const [items, setItems] = useState<readonly MapItem[]>([]);
  const [cluster, setCluster] = useState<ClusterItem | null>(null);
  const [fitRequest, setFitRequest] = useState(0);
  const [reveal, setReveal] = useState<Reveal | null>(null);

  const selectedEventPlace = selectedEventId ? (placeOfEvent.get(selectedEventId) ?? null) : null;
  const selectedGroup = selectedEventPlace ? groupOf.get(selectedEventPlace) : undefined;
  // The selected event's place is brought into view (out of its cluster) when it changes.
  const selectedPlaceOfEvent = selectedGroup?.place ?? null;
  const [revealed, setRevealed] = useState<{ event: string | null; place: Place | null }>({
    event: null,
    place: null,
  });
  if (revealed.event !== selectedEventId || revealed.place !== selectedPlaceOfEvent) {
    setRevealed({ event: selectedEventId, place: selectedPlaceOfEvent });
    if (selectedEventId && selectedPlaceOfEvent)
      setReveal((r) => ({
        placeId: selectedPlaceOfEvent.id,
        lat: selectedPlaceOfEvent.lat,
        lon: selectedPlaceOfEvent.lon,
        token: (r?.token ?? 0) + 1,
        byUser: false,
      }));
  }
  const popupGroup = selectedPlaceId ? groupOf.get(selectedPlaceId) : undefined;
  // A cluster's list closes when the cluster is no longer drawn (zoomed, filtered).
  const openCluster =
    cluster && items.some((i) => i.kind === 'cluster' && i.id === cluster.id) ? cluster : null;

  // Stable handlers for the markers, whatever callbacks the owner passes on each render.
  const selectPlace = useRef(onSelectPlace);
  useEffect(() => {
    selectPlace.current = onSelectPlace;
  }, [onSelectPlace]);
  const onActivate = useCallback((placeId: string) => {
    setCluster(null);
    selectPlace.current(placeId);
  }, []);
  const onActivateCluster = useCallback((item: ClusterItem) => setCluster(item), []);
  const onPopupClose = useCallback(() => {
    setCluster((c) => {
      if (!c) selectPlace.current(null);
      return null;
    });
  }, []);
  const choosePlace = useCallback(
    (placeId: string) => {
      const group = groupOf.get(placeId);
      setCluster(null);
      selectPlace.current(placeId);
      if (group)
        setReveal((r) => ({
          placeId,
          lat: group.place.lat,
          lon: group.place.lon,
          token: (r?.token ?? 0) + 1,
          byUser: true,
        }));
    },
    [groupOf],
  );
  const zoomIntoCluster = useCallback(() => {
    const [top] = cluster?.groups ?? [];
    if (top) choosePlace(top.place.id);
  }, [cluster, choosePlace]);
  const onFit = useCallback(() => setFitRequest((n) => n + 1), []);
  const popupAt: PopupAnchor | null = openCluster
    ? {
        key: `cluster:${String(openCluster.id)}`,
        markerSelector: `.athar-marker[data-cluster-id="${String(openCluster.id)}"]`,
        lat: openCluster.lat,
        lon: openCluster.lon,
        radius: (markerSize(openCluster.events) + 6) / 2,
      }
    : popupGroup
      ? {
          key: `place:${popupGroup.place.id}`,
          markerSelector: `.athar-marker[data-place-id="${popupGroup.place.id}"]`,
          lat: popupGroup.place.lat,
          lon: popupGroup.place.lon,
          radius: markerSize(popupGroup.events.length) / 2,
        }
      : null;

  const rtl = lang === 'ar';
  const notices = [
    basemap.status === 'failed' ? t('notice.basemapFailed') : null,
    online.show && online.failed ? t('notice.tilesFailed') : null,
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
          zoomSnap={0.05}
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
            index={index}
            reveal={reveal}
            fitRequest={fitRequest}
            rtl={rtl}
            onViewChange={onViewChange}
          />
          <MapContainerLabel label={t('mapLabel')} />
          {basemap.status === 'ready' && <BasemapLayer data={basemap.data} lang={lang} />}
          {online.show && <OnlineTiles onError={online.onError} />}
          <MapControls
            lang={lang}
            types={types}
            showTiles={online.show}
            canFit={groups.length > 0}
            onFit={onFit}
            onToggleTiles={online.toggle}
          />
          <MarkerStates
            index={index}
            lang={lang}
            placeOfEvent={placeOfEvent}
            selectedPlaceId={selectedPlaceId}
            selectedEventPlace={selectedEventPlace}
            hovered={hovered}
            onActivate={onActivate}
            onActivateCluster={onActivateCluster}
            onItems={setItems}
          />
          <LabelLayout items={items} rtl={rtl} revision={`${basemap.status} ${lang}`} />
          <EdgeIndicators index={index} lang={lang} />
          <PlacePopup at={popupAt} lang={lang} closeLabel={t('popup.close')} onClose={onPopupClose}>
            {openCluster ? (
              <ClusterPlaces
                cluster={openCluster}
                lang={lang}
                onChoosePlace={choosePlace}
                onZoomIn={zoomIntoCluster}
              />
            ) : (
              popupGroup && (
                <PlaceEvents
                  group={popupGroup}
                  lang={lang}
                  selectedEventId={selectedEventId}
                  onSelectEvent={onSelectEvent}
                  onHoverEvent={onHoverEvent}
                />
              )
            )}
          </PlacePopup>
        </MapContainer>
        {online.ask && <TilesConsentPrompt lang={lang} onAnswer={online.answer} />}
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
