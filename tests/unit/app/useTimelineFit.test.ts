// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PanelImperativeHandle } from 'react-resizable-panels';
import { useTimelineFit } from '../../../src/app/useTimelineFit';

/** A timeline panel of `px` in a stage of 700 px. */
function panel(px: number): PanelImperativeHandle & { resize: ReturnType<typeof vi.fn> } {
  return {
    collapse: vi.fn(),
    expand: vi.fn(),
    isCollapsed: () => false,
    getSize: () => ({ inPixels: px, asPercentage: (px * 100) / 700 }),
    resize: vi.fn(),
  };
}

function fitWith(px: number, userSized = false) {
  const { result } = renderHook(() => useTimelineFit(userSized));
  const handle = panel(px);
  result.current.panelRef.current = handle;
  return { fit: result.current, handle };
}

describe('useTimelineFit', () => {
  it('gives the timeline the room its items need', () => {
    const { fit, handle } = fitWith(280);
    expect(fit.onOverflow(100)).toBe(true);
    expect(handle.resize).toHaveBeenCalledWith('380px');
  });

  it('stops at 55% of the stage; beyond, the timeline scrolls', () => {
    const { fit, handle } = fitWith(280);
    expect(fit.onOverflow(400)).toBe(true);
    expect(handle.resize).toHaveBeenCalledWith('385px');
  });

  it('gives room back down to its default 40%, and ignores a few px either way', () => {
    const { fit, handle } = fitWith(385);
    expect(fit.onOverflow(-6)).toBe(false);
    expect(fit.onOverflow(4)).toBe(false);
    expect(handle.resize).not.toHaveBeenCalled();
    expect(fit.onOverflow(-200)).toBe(true);
    expect(handle.resize).toHaveBeenCalledWith('280px');
  });

  it('never overrides a size the user chose, now or in an earlier visit', () => {
    const now = fitWith(280);
    now.fit.onLayoutChanged({ isUserInteraction: true } as never);
    expect(now.fit.onOverflow(100)).toBe(false);
    expect(now.handle.resize).not.toHaveBeenCalled();
    const before = fitWith(280, true);
    expect(before.fit.onOverflow(100)).toBe(false);
    expect(before.handle.resize).not.toHaveBeenCalled();
  });
});
