// A hash router: `#/path/:param?query` → a lazily loaded page, with aborts, titles and focus.
import { h } from './element.ts';
import { errorBlock, isAbort, notFoundBlock } from './page-status.ts';

export interface PageContext {
  root: HTMLElement;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Aborted when the user navigates away: pass it to every fetch. */
  signal: AbortSignal;
}

export type Page = (ctx: PageContext) => Promise<void>;

export interface Route {
  /** e.g. `/economies/:iso3` */
  path: string;
  /** Which navigation entry is current on this route. */
  nav: string;
  load: () => Promise<Page>;
}

interface CompiledRoute extends Route {
  pattern: RegExp;
  keys: string[];
}

const compile = (r: Route): CompiledRoute => {
  const keys: string[] = [];
  const source = r.path.replace(/:([A-Za-z0-9_]+)/g, (_m, key: string) => {
    keys.push(key);
    return '([^/]+)';
  });
  return { ...r, pattern: new RegExp(`^${source}/?$`), keys };
};

/** The current hash split into path and query. */
export function currentLocation(): { path: string; query: URLSearchParams } {
  const raw = window.location.hash.replace(/^#/, '') || '/';
  const [path = '/', search = ''] = raw.split('?');
  return { path: path.startsWith('/') ? path : `/${path}`, query: new URLSearchParams(search) };
}

/** Rewrites the query of the current hash without re-rendering (state kept shareable in the URL). */
export function replaceQuery(params: Record<string, string | null | undefined>): void {
  const { path, query } = currentLocation();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === '') query.delete(k);
    else query.set(k, v);
  }
  const q = query.toString();
  window.history.replaceState(window.history.state, '', `#${path}${q ? `?${q}` : ''}`);
}

export function startRouter(root: HTMLElement, routes: readonly Route[], fallback: string): void {
  const compiled = routes.map(compile);
  let controller: AbortController | null = null;
  let first = true;

  const render = async (): Promise<void> => {
    controller?.abort();
    const current = (controller = new AbortController());
    const { path, query } = currentLocation();
    if (path === '/') {
      window.location.replace(`#${fallback}`);
      return;
    }
    const match = compiled.map((r) => ({ r, m: r.pattern.exec(path) })).find((x) => x.m);
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-nav]')) {
      if (match && link.dataset.nav === match.r.nav) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    root.replaceChildren();
    // Move focus to the new page's heading so keyboard and screen-reader users start there; not on
    // the first load, where focus belongs to the document (and the skip link).
    const moveFocus = !first;
    first = false;
    let focused = false;
    const focusHeading = (): void => {
      if (focused || !moveFocus || current.signal.aborted) return;
      focused = true;
      root.querySelector<HTMLElement>('h1')?.focus();
    };
    if (!match) {
      document.title = 'Page not found — techalliance';
      root.append(
        notFoundBlock('Page not found', `Nothing lives at #${path}.`, {
          href: `#${fallback}`,
          label: 'Go to the world map',
        }),
      );
    } else {
      const params = Object.fromEntries(
        match.r.keys.map((k, i) => [k, decodeURIComponent(match.m![i + 1]!)]),
      );
      try {
        const page = await match.r.load();
        if (current.signal.aborted) return;
        // Pages build their heading before their first await: focus it at once, then wait for data.
        const done = page({ root, params, query, signal: current.signal });
        focusHeading();
        await done;
      } catch (e) {
        if (isAbort(e) || current.signal.aborted) return;
        root.replaceChildren(
          h('h1', { tabindex: '-1' }, 'Something went wrong'),
          errorBlock('This page could not be shown', e, () => void render()),
        );
      }
    }
    focusHeading();
  };

  window.addEventListener('hashchange', () => void render());
  void render();
}
