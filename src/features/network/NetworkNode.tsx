import type { KeyboardEvent, MouseEvent } from 'react';
import { labelAnchor } from './label-anchor';
import { truncateLabel } from './truncate-label';

export type NodeState = 'selected' | 'neighbour' | 'faded' | 'normal';

interface NetworkNodeProps {
  id: string;
  x: number;
  y: number;
  r: number;
  name: string;
  lang: 'ar' | 'en';
  /** Which side of the circle the label goes. */
  side: 'left' | 'right';
  state: NodeState;
  /** False when the label would overlap others (the accessible name stays). */
  showLabel: boolean;
  inFilter: boolean;
  label: string;
  onSelect(id: string): void;
  onToggleFilter(id: string): void;
  onHover(id: string | null): void;
}

/** One actor: a circle with its name, a focusable button (Enter selects, Shift+Enter filters). */
export function NetworkNode(props: NetworkNodeProps) {
  const { id, x, y, r, name, lang, side, state, showLabel, inFilter, label } = props;
  const rtl = lang === 'ar';
  const act = (shift: boolean) => (shift ? props.onToggleFilter(id) : props.onSelect(id));
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      act(e.key === 'Enter' && e.shiftKey);
    }
  };
  const onClick = (e: MouseEvent) => act(e.shiftKey);
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-current={state === 'selected' ? 'true' : undefined}
      className={`network-node network-node--${state}${inFilter ? ' network-node--filter' : ''}`}
      data-actor={id}
      onKeyDown={onKeyDown}
      onClick={onClick}
      onPointerEnter={() => props.onHover(id)}
      onPointerLeave={() => props.onHover(null)}
      onFocus={() => props.onHover(id)}
      onBlur={() => props.onHover(null)}
    >
      <circle className="network-node__focus" cx={x} cy={y} r={r + 5} />
      {inFilter ? <circle className="network-node__ring" cx={x} cy={y} r={r + 2.5} /> : null}
      <circle className="network-node__dot" cx={x} cy={y} r={r} />
      {showLabel ? (
        <text
          className="network-node__label"
          x={side === 'right' ? x + r + 4 : x - r - 4}
          y={y}
          dy="0.35em"
          textAnchor={labelAnchor(side, rtl)}
          direction={rtl ? 'rtl' : 'ltr'}
          lang={lang}
          aria-hidden="true"
        >
          {truncateLabel(name)}
        </text>
      ) : null}
    </g>
  );
}
