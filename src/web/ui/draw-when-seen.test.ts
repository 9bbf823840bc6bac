// drawWhenSeen: charts near the viewport are drawn when the browser reports them in view, the
// others one at a time when it is idle, in the order asked for; a cancelled draw never runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawWhenSeen } from './draw-when-seen.ts';

type Report = (entries: { target: Element; isIntersecting: boolean }[]) => void;

let report: Report = () => {};
const observed = new Set<Element>();
const idle: (() => void)[] = [];
const runIdle = (): void => {
  const next = idle.shift();
  next?.();
};

const saved = {
  io: (globalThis as Record<string, unknown>).IntersectionObserver,
  ric: (globalThis as Record<string, unknown>).requestIdleCallback,
};

beforeAll(() => {
  (globalThis as Record<string, unknown>).IntersectionObserver = class {
    constructor(callback: Report) {
      report = callback;
    }
    observe(el: Element) {
      observed.add(el);
    }
    unobserve(el: Element) {
      observed.delete(el);
    }
  };
  (globalThis as Record<string, unknown>).requestIdleCallback = (run: () => void) => idle.push(run);
});

afterAll(() => {
  (globalThis as Record<string, unknown>).IntersectionObserver = saved.io;
  (globalThis as Record<string, unknown>).requestIdleCallback = saved.ric;
});

describe('drawWhenSeen', () => {
  it('draws what comes into view at once, the rest when idle in order, and never a cancelled draw', () => {
    const drawn: string[] = [];
    const el = (name: string) => ({ name }) as unknown as Element;
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(el) as [Element, Element, Element, Element];
    drawWhenSeen(a, () => drawn.push('a'));
    drawWhenSeen(b, () => drawn.push('b'));
    const cancelC = drawWhenSeen(c, () => drawn.push('c'));
    drawWhenSeen(d, () => drawn.push('d'));
    expect(drawn).toEqual([]);
    expect(observed.size).toBe(4);

    // The browser reports d in view (b out of it): d is drawn and no longer watched.
    report([
      { target: d, isIntersecting: true },
      { target: b, isIntersecting: false },
    ]);
    expect(drawn).toEqual(['d']);
    expect(observed.has(d)).toBe(false);

    cancelC();
    expect(observed.has(c)).toBe(false);

    // Idle time draws the others one per callback, first asked first.
    runIdle();
    expect(drawn).toEqual(['d', 'a']);
    runIdle();
    expect(drawn).toEqual(['d', 'a', 'b']);
    runIdle();
    expect(drawn).toEqual(['d', 'a', 'b']);
    expect(idle).toHaveLength(0);
    expect(observed.size).toBe(0);

    // Reported in view again after being drawn: not drawn twice.
    report([{ target: a, isIntersecting: true }]);
    expect(drawn).toEqual(['d', 'a', 'b']);
  });
});
