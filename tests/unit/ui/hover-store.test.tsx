// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createHoverStore, type HoverSource } from '../../../src/ui/hover-store';
import { useHovered } from '../../../src/ui/useHovered';

afterEach(cleanup);

describe('the hover store', () => {
  it('re-renders a reader only when what it selects changes', () => {
    const store = createHoverStore();
    let renders = 0;
    function Row({ hovered, id }: { hovered: HoverSource; id: string }) {
      renders += 1;
      return <p data-hovered={useHovered(hovered, (h) => h === id)}>{id}</p>;
    }
    const { container } = render(<Row hovered={store} id="a" />);
    const p = container.querySelector('p')!;
    expect(p.dataset.hovered).toBe('false');
    act(() => store.set('a'));
    expect(p.dataset.hovered).toBe('true');
    expect(renders).toBe(2);
    act(() => store.set('b')); // a → b: this row's answer changes back
    act(() => store.set('c')); // b → c: not this row's business
    expect(p.dataset.hovered).toBe('false');
    expect(renders).toBe(3);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const store = createHoverStore();
    const seen: (string | null)[] = [];
    const stop = store.subscribe(() => seen.push(store.get()));
    store.set('a');
    stop();
    store.set('b');
    expect(seen).toEqual(['a']);
  });
});
