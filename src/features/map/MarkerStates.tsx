import { useCallback } from 'react';
import type { HoverSource } from '../../ui/hover-store';
import { useHovered } from '../../ui/useHovered';
import type { ClusterIndex, ClusterItem, MapItem } from './cluster-index';
import { MapMarkers } from './MapMarkers';
import type { MarkerState } from './PlaceMarker';

interface MarkerStatesProps {
  index: ClusterIndex;
  lang: 'ar' | 'en';
  /** Each shown event's place (null: none). */
  placeOfEvent: ReadonlyMap<string, string | null>;
  selectedPlaceId: string | null;
  /** The selected event's place. */
  selectedEventPlace: string | null;
  hovered: HoverSource;
  onActivate(placeId: string): void;
  onActivateCluster(cluster: ClusterItem): void;
  onItems(items: MapItem[]): void;
}

/**
 * The markers with their state (selected, hovered). It alone reads the hover, and only as the
 * hovered event's place: hovering re-renders the markers (the memoised ones whose state
 * changes), not the map around them, and hovering another event of the same place nothing.
 */
export function MarkerStates({
  placeOfEvent,
  selectedPlaceId,
  selectedEventPlace,
  hovered,
  ...markers
}: MarkerStatesProps) {
  const hoveredPlace = useHovered(hovered, (id) =>
    id === null ? null : (placeOfEvent.get(id) ?? null),
  );
  const stateOf = useCallback(
    (placeId: string): MarkerState =>
      placeId === selectedPlaceId || placeId === selectedEventPlace
        ? 'selected'
        : placeId === hoveredPlace
          ? 'hovered'
          : null,
    [selectedPlaceId, selectedEventPlace, hoveredPlace],
  );
  return <MapMarkers {...markers} stateOf={stateOf} />;
}
