import { lazy } from 'react';
import {
  useCorpusIndex,
  useExplorerCommands,
  useExplorerLanguage,
  useFilters,
  useTimeNavigation,
  useTimelineEvents,
} from '../explorer-selectors';

const TimeControls = lazy(() =>
  import('../../../features/timeline/TimeControls').then((m) => ({ default: m.TimeControls })),
);

/** Playback, the overview strip and the legend under the timeline, wired to the controller. */
export function TimeControlsSlot() {
  const index = useCorpusIndex();
  const lang = useExplorerLanguage();
  const events = useTimelineEvents();
  const { from, to, possible } = useFilters();
  const { view, at, shownWindow } = useTimeNavigation();
  const commands = useExplorerCommands();
  return (
    <TimeControls
      events={events}
      allEvents={index.events}
      from={from}
      to={to}
      shown={shownWindow ?? view}
      at={at}
      possible={possible}
      lang={lang}
      onFilter={commands.setTimeFilter}
      onView={commands.setTimeWindow}
      onAt={commands.setPlayhead}
      onPossible={commands.setPossible}
    />
  );
}
