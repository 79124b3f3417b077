import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusIndex } from '../../domain/corpus/corpus-index';
import { coOccurrenceNetwork } from '../../domain/network/network';
import { layoutNetwork } from './layout-network';
import { NetworkLegend } from './NetworkLegend';
import { NetworkNode, type NodeState } from './NetworkNode';
import { networkScales } from './network-scales';
import { NetworkTable } from './NetworkTable';
import { placeLabels } from './place-labels';
import { truncateLabel } from './truncate-label';
import { useElementWidth } from './useElementWidth';
import './NetworkView.css';

export interface NetworkViewProps {
  index: CorpusIndex;
  lang: 'ar' | 'en';
  /** The events shown (after the filters): the network counts only these. */
  eventIds: ReadonlySet<string>;
  selectedActorId: string | null;
  /** Actor ids in the filter. */
  filter: readonly string[];
  onSelectActor(id: string): void;
  onToggleFilter(id: string): void;
  /** Most actors drawn (those with the most events). */
  maxActors?: number;
}

const SEED = 20190;

/**
 * Who appears with whom in the events shown: actors as circles sized by their events, linked
 * when they take part in the same events, the line as wide as the events they share. The
 * selected (or hovered, or focused) actor and those linked to it stand out; the rest fade.
 * Every actor is a button; a table gives the same pairs to those who cannot see the picture.
 */
export function NetworkView({
  index,
  lang,
  eventIds,
  selectedActorId,
  filter,
  onSelectActor,
  onToggleFilter,
  maxActors = 50,
}: NetworkViewProps) {
  const { t } = useTranslation('network', { lng: lang });
  const titleId = useId();
  const hintId = useId();
  const boxRef = useRef<HTMLDivElement>(null);
  const width = Math.max(300, useElementWidth(boxRef, 640));
  // Wide boxes are landscape; on a phone the picture is taller than wide.
  const height = Math.round(width < 600 ? width * 1.2 : Math.min(560, Math.max(300, width * 0.62)));
  const [hovered, setHovered] = useState<string | null>(null);

  const network = useMemo(
    () => coOccurrenceNetwork(index, eventIds, maxActors),
    [index, eventIds, maxActors],
  );
  const scales = useMemo(() => networkScales(network), [network]);
  const positions = useMemo(
    () =>
      new Map(
        layoutNetwork(network, width, height, SEED, { margin: scales.maxRadius + 8 }).map((p) => [
          p.id,
          p,
        ]),
      ),
    [network, width, height, scales],
  );
  const partners = useMemo(() => {
    const map = new Map<string, Set<string>>();
    for (const l of network.links) {
      if (!map.has(l.source)) map.set(l.source, new Set());
      if (!map.has(l.target)) map.set(l.target, new Set());
      map.get(l.source)?.add(l.target);
      map.get(l.target)?.add(l.source);
    }
    return map;
  }, [network]);

  const focus =
    hovered ?? (selectedActorId && positions.has(selectedActorId) ? selectedActorId : null);
  const inFilter = new Set(filter);
  const stateOf = (id: string): NodeState =>
    focus === null
      ? 'normal'
      : id === focus
        ? 'selected'
        : partners.get(focus)?.has(id)
          ? 'neighbour'
          : 'faded';
  const linkState = (source: string, target: string) =>
    focus === null ? 'normal' : source === focus || target === focus ? 'selected' : 'faded';
  // Labels that fit, the focused actor's and its partners' first, then by events.
  const rank = (id: string) => ({ selected: 0, neighbour: 1, normal: 2, faded: 3 })[stateOf(id)];
  const labels = placeLabels(
    network.nodes
      .map((node, order) => ({ node, order }))
      .sort((a, b) => rank(a.node.id) - rank(b.node.id) || a.order - b.order)
      .flatMap(({ node }) => {
        const p = positions.get(node.id);
        const actor = index.actorsById.get(node.id);
        if (!p || !actor) return [];
        return [
          {
            id: node.id,
            x: p.x,
            y: p.y,
            r: scales.radius(node.events),
            text: truncateLabel(actor.name[lang]),
            required: node.id === focus,
          },
        ];
      }),
    width,
    height,
  );
  // Links of the focused actor on top.
  const links = [...network.links].sort(
    (a, b) =>
      Number(linkState(a.source, a.target) === 'selected') -
      Number(linkState(b.source, b.target) === 'selected'),
  );

  return (
    <section className="network-view" aria-labelledby={titleId}>
      <h2 id={titleId} className="network-view__title">
        {t('title')}
      </h2>
      {network.nodes.length === 0 ? (
        <p className="network-view__empty">{t('noActors')}</p>
      ) : (
        <>
          <p className="network-view__summary">
            {t('summary', {
              actors: t('actors', { count: network.nodes.length }),
              pairs: t('pairs', { count: network.links.length }),
            })}
            {network.totalActors > network.nodes.length ? (
              <> {t('cut', { shown: network.nodes.length, count: network.totalActors })}</>
            ) : null}
          </p>
          <p id={hintId} className="network-view__hint">
            {t('hint')}
          </p>
          <div ref={boxRef} className="network-view__box">
            <svg
              className="network-view__svg"
              role="group"
              aria-label={t('label')}
              aria-describedby={hintId}
              width={width}
              height={height}
              viewBox={`0 0 ${width} ${height}`}
            >
              <g className="network-view__links" aria-hidden="true">
                {links.map((l) => {
                  const a = positions.get(l.source);
                  const b = positions.get(l.target);
                  if (!a || !b) return null;
                  return (
                    <line
                      key={`${l.source} ${l.target}`}
                      className={`network-link network-link--${linkState(l.source, l.target)}`}
                      x1={a.x}
                      y1={a.y}
                      x2={b.x}
                      y2={b.y}
                      strokeWidth={scales.width(l.weight)}
                    />
                  );
                })}
              </g>
              {network.nodes.map((node) => {
                const p = positions.get(node.id);
                const actor = index.actorsById.get(node.id);
                if (!p || !actor) return null;
                const name = actor.name[lang];
                const count = partners.get(node.id)?.size ?? 0;
                const label = t(inFilter.has(node.id) ? 'nodeInFilter' : 'node', {
                  name,
                  events: t('events', { count: node.events }),
                  partners: t('partners', { count }),
                });
                return (
                  <NetworkNode
                    key={node.id}
                    id={node.id}
                    x={p.x}
                    y={p.y}
                    r={scales.radius(node.events)}
                    name={name}
                    lang={lang}
                    side={labels.get(node.id)?.side ?? 'right'}
                    showLabel={labels.get(node.id)?.visible ?? false}
                    state={stateOf(node.id)}
                    inFilter={inFilter.has(node.id)}
                    label={label}
                    onSelect={onSelectActor}
                    onToggleFilter={onToggleFilter}
                    onHover={setHovered}
                  />
                );
              })}
            </svg>
          </div>
          <NetworkLegend lang={lang} />
          <NetworkTable index={index} lang={lang} network={network} />
        </>
      )}
    </section>
  );
}
