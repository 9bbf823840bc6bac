// Charts drawn when the reader can see them: a chart within a screen of the viewport is drawn as
// soon as the browser has laid the page out; the others are drawn one at a time, in the order they
// were asked for, whenever the browser is idle, so that every chart is there soon (for printing,
// find-in-page and downloads) without holding up the page. A page of 30 indicator charts drew them
// all in one task of about 0.4 s before anything was shown.

type Draw = () => void;

/** Elements waiting to be drawn, in the order they were asked for. */
const pending = new Map<Element, Draw>();
let observer: IntersectionObserver | undefined;
let idleScheduled = false;

const whenIdle = (run: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 50);
};

function drawNow(el: Element): void {
  const draw = pending.get(el);
  if (!draw) return;
  pending.delete(el);
  observer?.unobserve(el);
  draw();
}

function scheduleIdle(): void {
  if (idleScheduled || pending.size === 0) return;
  idleScheduled = true;
  whenIdle(() => {
    idleScheduled = false;
    const next = pending.keys().next();
    if (!next.done) drawNow(next.value);
    scheduleIdle();
  });
}

/**
 * Runs `draw` once `el` comes within a screen's height of the viewport, or earlier when the browser
 * is idle; returns a function that cancels a draw not yet made (call it when the element goes or
 * its data changes). Without IntersectionObserver, draws at once.
 */
export function drawWhenSeen(el: Element, draw: Draw): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    draw();
    return () => {};
  }
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) drawNow(entry.target);
    },
    { rootMargin: '100% 0px' },
  );
  pending.set(el, draw);
  observer.observe(el);
  scheduleIdle();
  return () => {
    if (pending.delete(el)) observer?.unobserve(el);
  };
}
