/**
 * The element whose scrolling moves `element`: its nearest ancestor that scrolls vertically
 * (overflow auto or scroll, with more content than room), or the page's scrolling element when
 * none does. Whether the reader scrolls itself, sits in a scrolling column or in the page.
 */
export function scrollParentOf(element: HTMLElement): HTMLElement {
  const page = (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
  for (let el = element.parentElement; el && el !== document.body && el !== page;) {
    const overflow = getComputedStyle(el).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && el.scrollHeight > el.clientHeight) {
      return el;
    }
    el = el.parentElement;
  }
  return page;
}

/** Whether `scroller` is the page's scrolling element (its scroll events come to window). */
export function isPageScroller(scroller: Element): boolean {
  return scroller === (document.scrollingElement ?? document.documentElement);
}
