import { describe, expect, it } from 'vitest';
import { timelineKeyAction } from '../../../src/features/timeline/timeline-key-action';

describe('timelineKeyAction', () => {
  it('zooms with + and −, also by key position on other layouts', () => {
    expect(timelineKeyAction('+', 'Equal', false)).toEqual({ kind: 'zoom', direction: 'in' });
    expect(timelineKeyAction('=', 'Equal', false)).toEqual({ kind: 'zoom', direction: 'in' });
    expect(timelineKeyAction('-', 'Minus', true)).toEqual({ kind: 'zoom', direction: 'out' });
    expect(timelineKeyAction('x', 'NumpadAdd', true)).toEqual({ kind: 'zoom', direction: 'in' });
    expect(timelineKeyAction('x', 'NumpadSubtract', false)).toEqual({
      kind: 'zoom',
      direction: 'out',
    });
  });

  it('pans the way the arrow points: towards later dates on the right in English', () => {
    expect(timelineKeyAction('ArrowRight', 'ArrowRight', false)).toEqual({
      kind: 'pan',
      toward: 'later',
    });
    expect(timelineKeyAction('ArrowLeft', 'ArrowLeft', false)).toEqual({
      kind: 'pan',
      toward: 'earlier',
    });
  });

  it('pans towards earlier dates on the right in Arabic (right to left)', () => {
    expect(timelineKeyAction('ArrowRight', 'ArrowRight', true)).toEqual({
      kind: 'pan',
      toward: 'earlier',
    });
    expect(timelineKeyAction('ArrowLeft', 'ArrowLeft', true)).toEqual({
      kind: 'pan',
      toward: 'later',
    });
  });

  it('fits every event with Home or 0 and ignores other keys', () => {
    expect(timelineKeyAction('Home', 'Home', false)).toEqual({ kind: 'fit' });
    expect(timelineKeyAction('0', 'Digit0', true)).toEqual({ kind: 'fit' });
    expect(timelineKeyAction('a', 'KeyA', false)).toBeNull();
    expect(timelineKeyAction('Tab', 'Tab', false)).toBeNull();
    expect(timelineKeyAction('ArrowUp', 'ArrowUp', false)).toBeNull();
  });
});
