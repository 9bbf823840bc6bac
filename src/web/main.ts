// Entry point of the web UI: the routes, the in-page anchor handling, and the router start.
import { startRouter, type Route } from './router.ts';
import { mountAccountWidget } from './session.ts';
import './styles.css';

const routes: Route[] = [
  { path: '/map', nav: 'map', load: () => import('./pages/map-page.ts').then((m) => m.mapPage) },
  {
    path: '/economies',
    nav: 'economies',
    load: () => import('./pages/economies-page.ts').then((m) => m.economiesPage),
  },
  {
    path: '/economies/:iso3',
    nav: 'economies',
    load: () => import('./pages/economy-page.ts').then((m) => m.economyPage),
  },
  {
    path: '/groups',
    nav: 'groups',
    load: () => import('./pages/groups-page.ts').then((m) => m.groupsPage),
  },
  {
    path: '/groups/:code',
    nav: 'groups',
    load: () => import('./pages/group-page.ts').then((m) => m.groupPage),
  },
  {
    path: '/criteria',
    nav: 'criteria',
    load: () => import('./pages/criteria-page.ts').then((m) => m.criteriaPage),
  },
  // Fixed paths before `/coalitions/:code`, which would match them too.
  {
    path: '/coalitions',
    nav: 'coalitions',
    load: () => import('./pages/coalitions-page.ts').then((m) => m.coalitionsPage),
  },
  {
    path: '/coalitions/new',
    nav: 'coalitions',
    load: () => import('./pages/coalition-builder-page.ts').then((m) => m.coalitionBuilderPage),
  },
  {
    path: '/coalitions/compare',
    nav: 'coalitions',
    load: () => import('./pages/coalitions-compare-page.ts').then((m) => m.coalitionsComparePage),
  },
  {
    path: '/coalitions/:code/edit',
    nav: 'coalitions',
    load: () => import('./pages/coalition-builder-page.ts').then((m) => m.coalitionBuilderPage),
  },
  {
    path: '/coalitions/:code',
    nav: 'coalitions',
    load: () => import('./pages/coalition-page.ts').then((m) => m.coalitionPage),
  },
  {
    path: '/chains',
    nav: 'chains',
    load: () => import('./pages/chains-page.ts').then((m) => m.chainsPage),
  },
  {
    path: '/chains/:code',
    nav: 'chains',
    load: () => import('./pages/chain-page.ts').then((m) => m.chainPage),
  },
  {
    path: '/screening',
    nav: 'screening',
    load: () => import('./pages/screening-page.ts').then((m) => m.screeningPage),
  },
  {
    path: '/screening/reconcile',
    nav: 'screening',
    load: () => import('./pages/reconcile-page.ts').then((m) => m.reconcilePage),
  },
  {
    path: '/controls',
    nav: 'controls',
    load: () => import('./pages/controls-page.ts').then((m) => m.controlsPage),
  },
  {
    path: '/power',
    nav: 'power',
    load: () => import('./pages/power-page.ts').then((m) => m.powerPage),
  },
  {
    path: '/login',
    nav: 'login',
    load: () => import('./pages/login-page.ts').then((m) => m.loginPage),
  },
  {
    path: '/account',
    nav: 'account',
    load: () => import('./pages/account-page.ts').then((m) => m.accountPage),
  },
  {
    path: '/accounts',
    nav: 'accounts',
    load: () => import('./pages/accounts-page.ts').then((m) => m.accountsPage),
  },
  {
    path: '/setup',
    nav: 'login',
    load: () => import('./pages/setup-page.ts').then((m) => m.setupPage),
  },
  {
    path: '/proposals',
    nav: 'proposals',
    load: () => import('./pages/proposals-page.ts').then((m) => m.proposalsPage),
  },
  {
    path: '/proposals/:id',
    nav: 'proposals',
    load: () => import('./pages/proposal-page.ts').then((m) => m.proposalPage),
  },
  {
    path: '/commitments',
    nav: 'commitments',
    load: () => import('./pages/commitments-page.ts').then((m) => m.commitmentsPage),
  },
  {
    path: '/audit',
    nav: 'audit',
    load: () => import('./pages/audit-page.ts').then((m) => m.auditPage),
  },
  {
    path: '/workstreams',
    nav: 'proposals',
    load: () => import('./pages/workstreams-page.ts').then((m) => m.workstreamsPage),
  },
];

// Links to an element on the page (`#main`, `#source-x`) must not go through the hash router:
// move focus there instead, keeping the route in the address bar.
document.addEventListener('click', (event) => {
  const link =
    event.target instanceof Element
      ? event.target.closest<HTMLAnchorElement>('a[href^="#"]')
      : null;
  const href = link?.getAttribute('href') ?? '';
  if (!link || href.startsWith('#/') || href.length < 2) return;
  const target = document.getElementById(decodeURIComponent(href.slice(1)));
  if (!target) return;
  event.preventDefault();
  const details = target.closest('details');
  if (details) details.open = true;
  if (
    !target.hasAttribute('tabindex') &&
    !target.matches('a, button, input, select, textarea, summary')
  )
    target.setAttribute('tabindex', '-1');
  target.focus();
  target.scrollIntoView({ block: 'start' });
});

mountAccountWidget(document.getElementById('account-slot'));
startRouter(document.getElementById('main')!, routes, '/map');
