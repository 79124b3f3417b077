/**
 * How each event type is drawn everywhere (timeline, map, list, legend): a colour and a
 * shape, so that colour is never the only signal. Colours pass WCAG AA (≥ 4.5:1) against white
 * as text and as 3:1 graphics.
 */
import type { EventType } from '../domain/corpus/schema';

type Shape = 'circle' | 'square' | 'diamond' | 'triangle' | 'star' | 'hexagon';

export interface EventTypeStyle {
  color: string;
  shape: Shape;
  /** A single glyph drawn inside markers and items. */
  glyph: string;
}

export const EVENT_TYPE_STYLE: Record<EventType, EventTypeStyle> = {
  visit: { color: '#1f5fa8', shape: 'circle', glyph: '➜' },
  meeting: { color: '#6a3d9a', shape: 'square', glyph: '⇄' },
  agreement: { color: '#0b6e4f', shape: 'diamond', glyph: '✎' },
  statement: { color: '#8a4b08', shape: 'triangle', glyph: '❝' },
  briefing: { color: '#9b2c6e', shape: 'hexagon', glyph: '◉' },
  call: { color: '#2d6a75', shape: 'circle', glyph: '☎' },
  discovery: { color: '#b0241b', shape: 'star', glyph: '!' },
  election: { color: '#4a5a12', shape: 'square', glyph: '☑' },
  deployment: { color: '#5b4636', shape: 'triangle', glyph: '⚑' },
  training: { color: '#1d6b2f', shape: 'hexagon', glyph: '⚙' },
  ceremony: { color: '#7a5200', shape: 'star', glyph: '✦' },
};
