import { useEffect, type RefObject } from 'react';

/**
 * Closes a pop-up panel while it is open: Escape closes it and gives focus back to `button`;
 * a press outside (where `inside` says no) closes it and leaves focus where the press put it.
 */
export function useDismiss(
  open: boolean,
  close: () => void,
  button: RefObject<HTMLElement | null>,
  inside: (target: Node) => boolean,
): void {
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      close();
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node | null;
      if (target && !inside(target)) close();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
    // The callbacks may be new each render; the listeners follow `open` only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
}
