import type { ReactNode } from 'react';
import { Group, Panel, Separator, useDefaultLayout } from 'react-resizable-panels';
import { useTranslation } from 'react-i18next';
import { useTimelineFit } from './useTimelineFit';

interface StageLayoutProps {
  side: ReactNode;
  map: ReactNode;
  /** The timeline, given the callback by which it says how much room its items need. */
  timeline(onOverflow: (px: number) => boolean): ReactNode;
}

/**
 * Wide screens: the side column (list, actors, who meets whom, the reading column) beside the
 * stage (the map above the timeline). The user drags the separators (or focuses one and uses
 * the arrow keys); the sizes they choose are remembered in this browser. Until they choose,
 * the timeline grows to its stacked items on its first draw (useTimelineFit).
 */
export function StageLayout({ side, map, timeline }: StageLayoutProps) {
  const { t } = useTranslation('layout');
  const columns = useDefaultLayout({ id: 'athar-columns', storage: localStorage });
  const stage = useDefaultLayout({
    id: 'athar-stage',
    storage: localStorage,
    onlySaveAfterUserInteractions: true,
  });
  const fit = useTimelineFit(stage.defaultLayout !== undefined);
  return (
    <Group
      orientation="horizontal"
      className="stage"
      defaultLayout={columns.defaultLayout}
      onLayoutChanged={columns.onLayoutChanged}
    >
      <Panel id="side" defaultSize="34%" minSize="22rem" maxSize="60%" className="stage__side">
        {side}
      </Panel>
      <Separator className="stage__separator" aria-label={t('resizeColumns')} />
      <Panel id="stage" minSize="30%" className="stage__main">
        <Group
          orientation="vertical"
          defaultLayout={stage.defaultLayout}
          onLayoutChanged={(layout, meta) => {
            stage.onLayoutChanged(layout, meta);
            fit.onLayoutChanged(meta);
          }}
        >
          <Panel id="map" defaultSize="60%" minSize="20%" className="stage__map">
            {map}
          </Panel>
          <Separator className="stage__separator" aria-label={t('resizeStage')} />
          <Panel
            id="timeline"
            panelRef={fit.panelRef}
            defaultSize="40%"
            minSize="15%"
            className="stage__timeline"
          >
            {timeline(fit.onOverflow)}
          </Panel>
        </Group>
      </Panel>
    </Group>
  );
}
