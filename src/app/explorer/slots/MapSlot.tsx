import { lazy } from 'react';
import {
  useCorpusIndex,
  useExplorerCommands,
  useExplorerLanguage,
  useHoverStore,
  useMapState,
  useSelection,
  useShownEvents,
} from '../explorer-selectors';

// Leaflet is one of the heaviest parts: it loads after the first paint.
const MapView = lazy(() =>
  import('../../../features/map/MapView').then((m) => ({ default: m.MapView })),
);

/** The map of the shown events, wired to the controller. */
export function MapSlot() {
  const index = useCorpusIndex();
  const lang = useExplorerLanguage();
  const events = useShownEvents();
  const { event, place } = useSelection();
  const { map, tiles } = useMapState();
  const hover = useHoverStore();
  const commands = useExplorerCommands();
  return (
    <MapView
      places={index.corpus.places}
      events={events}
      selectedEventId={event}
      hovered={hover}
      selectedPlaceId={place}
      view={map}
      lang={lang}
      tiles={tiles}
      basemapUrl={`${import.meta.env.BASE_URL}data/basemap.json`}
      onSelectEvent={commands.selectEvent}
      onSelectPlace={commands.selectPlace}
      onHoverEvent={commands.hoverEvent}
      onViewChange={commands.setMapView}
      onTilesChange={commands.setTiles}
    />
  );
}
