/**
 * Whether keyboard focus has fallen back to the page: on nothing, the body, or the main
 * region (where a closed panel hands it when the element it came from is gone).
 */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active.id === 'main';
}
