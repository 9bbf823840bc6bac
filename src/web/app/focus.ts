// Moves focus to a new page's heading so keyboard and screen-reader users start there — not on
// the first load, where focus belongs to the document (and the skip link).
let firstPage = true;
let lastPath = '';

export function focusHeadingOnNavigation(root: HTMLElement): void {
  const path = window.location.hash.split('?')[0] ?? '';
  if (firstPage) {
    firstPage = false;
    lastPath = path;
    return;
  }
  // A page shown again on the same route (after a sign-in) keeps the reader where they are.
  if (path === lastPath) return;
  lastPath = path;
  // The reader already typing somewhere (the search box) keeps the focus.
  const active = document.activeElement;
  if (
    active instanceof HTMLElement &&
    active.matches('input, textarea, select') &&
    !root.contains(active)
  )
    return;
  root.querySelector<HTMLElement>('h1')?.focus();
}
