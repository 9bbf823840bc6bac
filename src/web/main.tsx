// Entry point of the web UI: the providers (server state, messages) around the router.
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { createRoot } from 'react-dom/client';
import { router } from './app/routes.tsx';
import { I18nProvider, initialLocale, startCatalogue } from './i18n/i18n.tsx';
import { queryClient } from './ui/query-state.tsx';
import './styles.css';

// Links to an element on the page (`#main`, `#source-x`) must not go through the hash router:
// move focus there instead, keeping the route in the address bar.
document.addEventListener(
  'click',
  (event) => {
    const link =
      event.target instanceof Element
        ? event.target.closest<HTMLAnchorElement>('a[href^="#"]')
        : null;
    const href = link?.getAttribute('href') ?? '';
    if (!link || href.startsWith('#/') || href.length < 2) return;
    const target = document.getElementById(decodeURIComponent(href.slice(1)));
    if (!target) return;
    event.preventDefault();
    event.stopPropagation();
    const details = target.closest('details');
    if (details) details.open = true;
    if (
      !target.hasAttribute('tabindex') &&
      !target.matches('a, button, input, select, textarea, summary')
    )
      target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView({ block: 'start' });
  },
  true,
);

// The reader's language: its shell messages first. Meanwhile the router loads the first page: its
// code and messages, and the requests its route's loader starts (the router would begin only once
// the app had rendered; it does not start again while this load runs).
const firstCatalogue = startCatalogue(initialLocale());
void router.load().catch(() => undefined);

void firstCatalogue.then((initial) =>
  createRoot(document.getElementById('app')!).render(
    <QueryClientProvider client={queryClient}>
      <I18nProvider initial={initial}>
        <RouterProvider router={router} />
      </I18nProvider>
    </QueryClientProvider>,
  ),
);
