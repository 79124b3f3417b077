import { lazy } from 'react';
import {
  useExplorerCommands,
  useExplorerEvents,
  useExplorerLanguage,
  useHoverStore,
  useSelection,
  useTimeNavigation,
} from '../explorer-selectors';

// vis-timeline is the heaviest part: it loads after the first paint.
const TimelineView = lazy(() =>
  import('../../../features/timeline/TimelineView').then((m) => ({ default: m.TimelineView })),
);

interface TimelineSlotProps {
  /** From the layout: the room the stacked items need (see StageLayout). */
  onOverflow?: ((px: number) => boolean) | undefined;
}

/** The timeline of the events every filter but time keeps, wired to the controller. */
export function TimelineSlot({ onOverflow }: TimelineSlotProps) {
  const lang = useExplorerLanguage();
  const { timeline, keptByTime } = useExplorerEvents();
  const { event } = useSelection();
  const { view, at, setShownWindow } = useTimeNavigation();
  const hover = useHoverStore();
  const commands = useExplorerCommands();
  return (
    <TimelineView
      events={timeline}
      selectedId={event}
      hovered={hover}
      window={view}
      lang={lang}
      onSelect={commands.selectEvent}
      onHover={commands.hoverEvent}
      onOpenDetail={commands.focusEventDetail}
      onWindowChange={commands.setTimeWindow}
      playhead={at}
      onShownWindow={setShownWindow}
      onOverflow={onOverflow}
      kept={keptByTime}
    />
  );
}
