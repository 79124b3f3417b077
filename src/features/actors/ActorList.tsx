import { useLayoutEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import { useRowWindow } from '../../ui/useRowWindow';
import { windowRows } from '../../ui/window-rows';
import { ActorRow } from './ActorRow';
import { actorListLayout, ROW_UNITS } from './actor-list-layout';
import type { ActorGroup } from './group-actors';

/** One unit in rem before it is measured (ActorPanel.css: .actor-list__unit). */
const UNIT_REM = 1.625;

export interface ActorListProps {
  index: CorpusIndex;
  lang: 'ar' | 'en';
  groups: readonly ActorGroup[];
  inFilter: ReadonlySet<string>;
  selectedActorId: string | null;
  /** True when some events are hidden by the other filters: rows show "n of m events". */
  partial: boolean;
  /** id of the details section; also the prefix of the group headings' ids. */
  detailsId: string;
  /** When this changes (a new search), the list goes back to its top. */
  resetKey: string;
  onToggleFilter(id: string): void;
  onSelect(id: string | null): void;
}

/**
 * The actors, grouped by kind under a heading each, in a box that scrolls itself. Windowed:
 * every row has the same height, so only the rows in view (a few more beyond each edge), the
 * row that last had focus and the selected actor's row are in the DOM, however many actors
 * the corpus has. Each group stays a region named by its heading; the heading stays in view
 * while its group scrolls. Tab goes through the rendered rows in order, and focusing a row
 * scrolls it into view, which brings the next rows in: every actor is reachable.
 */
export function ActorList({
  index,
  lang,
  groups,
  inFilter,
  selectedActorId,
  partial,
  detailsId,
  resetKey,
  onToggleFilter,
  onSelect,
}: ActorListProps) {
  const { t } = useTranslation('actors', { lng: lang });
  const scrollerRef = useRef<HTMLDivElement>(null);
  const unitRef = useRef<HTMLDivElement>(null);
  const layout = useMemo(() => actorListLayout(groups), [groups]);
  const count = layout.starts.length - 1;
  const { first, last, unit } = useRowWindow(
    scrollerRef,
    unitRef,
    count,
    UNIT_REM * 16,
    layout.starts,
  );

  // Rows kept in the DOM wherever the list is scrolled: the one that last had focus (focus
  // must not vanish with its row) and the selected actor's (focus returns to it from details).
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [pinnedSelection, setPinnedSelection] = useState(selectedActorId);
  if (selectedActorId !== null && selectedActorId !== pinnedSelection)
    setPinnedSelection(selectedActorId);
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('[data-actor]')?.dataset.actor;
    if (id) setFocusedId(id);
  };

  // A new search: back to the top (the browser would keep the old offset).
  const shownKey = useRef(resetKey);
  useLayoutEffect(() => {
    if (shownKey.current === resetKey) return;
    shownKey.current = resetKey;
    if (scrollerRef.current) scrollerRef.current.scrollTop = 0;
  }, [resetKey]);

  const pinned = [focusedId, pinnedSelection].map((id) =>
    id !== null ? layout.rowOf.get(id) : undefined,
  );
  const rendered = windowRows(first, last, count, pinned);
  const rowHeight = ROW_UNITS * unit;

  return (
    <div className="actor-list" ref={scrollerRef} onFocus={onFocus}>
      <div className="actor-list__unit" ref={unitRef} aria-hidden="true" />
      {groups.map((group, g) => {
        const heading = layout.headings[g] ?? 0;
        const headingId = `${detailsId}-${group.kind}`;
        return (
          <section key={group.kind} className="actor-panel__group" aria-labelledby={headingId}>
            <h3 id={headingId} className="actor-panel__group-heading" style={{ blockSize: unit }}>
              {t(`group.${group.kind}`)}
              <span className="actor-panel__group-count">{group.entries.length}</span>
            </h3>
            <ul
              className="actor-panel__list"
              style={{ blockSize: group.entries.length * rowHeight }}
            >
              {rendered.map((row) => {
                const k = row - heading - 1;
                const entry = group.entries[k];
                if (!entry) return null;
                const { actor } = entry;
                const affiliation = actor.affiliation
                  ? index.actorsById.get(actor.affiliation)
                  : undefined;
                return (
                  <ActorRow
                    key={actor.id}
                    entry={entry}
                    lang={lang}
                    affiliationName={affiliation ? affiliation.name[lang] : actor.affiliation}
                    inFilter={inFilter.has(actor.id)}
                    selected={actor.id === selectedActorId}
                    partial={partial}
                    detailsId={detailsId}
                    top={k * rowHeight}
                    height={rowHeight}
                    onToggleFilter={onToggleFilter}
                    onSelect={onSelect}
                  />
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
