// The route tree (TanStack Router on the URL's hash, so links and shared addresses keep the
// `#/economies/USA?…` form). Every page is loaded on demand through lazyRouteComponent.
import {
  createHashHistory,
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { economiesSearch, mapSearch } from '../pages/facts-search.ts';
import { chainSearch, controlsSearch } from '../pages/chains-search.ts';
import {
  controlDiffSearch,
  controlEntrySearch,
  controlListsSearch,
} from '../pages/control-lists-search.ts';
import {
  committeeSearch,
  engagementSearch,
  standardsChangesSearch,
  standardsSearch,
} from '../pages/standards-search.ts';
import { caseSearch, misuseSearch, supplierSearch } from '../pages/misuse-search.ts';
import {
  institutionSearch,
  networkSearch,
  partnersSearch,
  strengthsSearch,
} from '../pages/research-search.ts';
import {
  builderSearch,
  coalitionSearch,
  coalitionsSearch,
  compareSearch,
} from '../pages/coalitions-search.ts';
import { alertsSearch, divergenceSearch, divergencesSearch } from '../pages/divergences-search.ts';
import { conversationSearch } from '../pages/conversations-search.ts';
import {
  instrumentSearch,
  issueSearch,
  matrixSearch,
  policiesSearch,
  policyCompareSearch,
  positionsSearch,
} from '../pages/policies-search.ts';
import { Layout, NotFound } from './layout.tsx';

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
  interface StaticDataRouteOption {
    /** The navigation entry marked current on this route. */
    nav?: string;
  }
}

const rootRoute = createRootRoute({ component: Layout, notFoundComponent: NotFound });

const home = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: () => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack's redirect is thrown
    throw redirect({ to: '/map' });
  },
});

const groups = createRoute({
  getParentRoute: () => rootRoute,
  path: '/groups',
  staticData: { nav: 'groups' },
  component: lazyRouteComponent(() => import('../pages/groups-page.tsx'), 'GroupsPage'),
});

const map = createRoute({
  getParentRoute: () => rootRoute,
  path: '/map',
  staticData: { nav: 'map' },
  validateSearch: mapSearch,
  component: lazyRouteComponent(() => import('../pages/map-page.tsx'), 'MapPage'),
});

const economies = createRoute({
  getParentRoute: () => rootRoute,
  path: '/economies',
  staticData: { nav: 'economies' },
  validateSearch: economiesSearch,
  component: lazyRouteComponent(() => import('../pages/economies-page.tsx'), 'EconomiesPage'),
});

const economy = createRoute({
  getParentRoute: () => rootRoute,
  path: '/economies/$iso3',
  staticData: { nav: 'economies' },
  component: lazyRouteComponent(() => import('../pages/economy-page.tsx'), 'EconomyPage'),
});

const group = createRoute({
  getParentRoute: () => rootRoute,
  path: '/groups/$code',
  staticData: { nav: 'groups' },
  component: lazyRouteComponent(() => import('../pages/group-page.tsx'), 'GroupPage'),
});

const coalitions = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coalitions',
  staticData: { nav: 'coalitions' },
  validateSearch: coalitionsSearch,
  component: lazyRouteComponent(() => import('../pages/coalitions-page.tsx'), 'CoalitionsPage'),
});

/** Plain string values of a route's search (the URL keeps what the reader shares). */
const strings =
  <const K extends string>(...keys: K[]) =>
  (search: Record<string, unknown>): Partial<Record<K, string>> =>
    Object.fromEntries(
      keys.flatMap((k) =>
        typeof search[k] === 'string' && search[k] !== '' ? [[k, search[k]]] : [],
      ),
    ) as Partial<Record<K, string>>;

const screening = createRoute({
  getParentRoute: () => rootRoute,
  path: '/screening',
  staticData: { nav: 'screening' },
  validateSearch: strings('name', 'type', 'country', 'birth', 'threshold', 'lists'),
  component: lazyRouteComponent(() => import('../pages/screening-page.tsx'), 'ScreeningPage'),
});

const criteria = createRoute({
  getParentRoute: () => rootRoute,
  path: '/criteria',
  staticData: { nav: 'criteria' },
  validateSearch: strings('set', 'asOf', 'coalition', 'result', 'region', 'q', 'sort', 'dir'),
  component: lazyRouteComponent(() => import('../pages/criteria-page.tsx'), 'CriteriaPage'),
});

const power = createRoute({
  getParentRoute: () => rootRoute,
  path: '/power',
  staticData: { nav: 'power' },
  validateSearch: strings(
    'rule',
    'from',
    'members',
    'basis',
    'quota',
    'quotaPct',
    'cap',
    'membersPct',
    'weightPct',
    'warn',
  ),
  component: lazyRouteComponent(() => import('../pages/power-page.tsx'), 'PowerPage'),
});

const reconcile = createRoute({
  getParentRoute: () => rootRoute,
  path: '/screening/reconcile',
  staticData: { nav: 'screening' },
  validateSearch: strings('a', 'b', 'country', 'threshold'),
  component: lazyRouteComponent(() => import('../pages/reconcile-page.tsx'), 'ReconcilePage'),
});

const coalition = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coalitions/$code',
  staticData: { nav: 'coalitions' },
  validateSearch: coalitionSearch,
  component: lazyRouteComponent(() => import('../pages/coalition-page.tsx'), 'CoalitionPage'),
});

// The builder: a new coalition (`?from=G7` copies one) or a custom coalition's edit form.
const coalitionNew = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coalitions/new',
  staticData: { nav: 'coalitions' },
  validateSearch: builderSearch,
  component: lazyRouteComponent(
    () => import('../pages/coalition-builder-page.tsx'),
    'CoalitionBuilderPage',
  ),
});

const coalitionEdit = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coalitions/$code/edit',
  staticData: { nav: 'coalitions' },
  component: lazyRouteComponent(
    () => import('../pages/coalition-builder-page.tsx'),
    'CoalitionBuilderPage',
  ),
});

const coalitionsCompare = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coalitions/compare',
  staticData: { nav: 'coalitions' },
  validateSearch: compareSearch,
  component: lazyRouteComponent(
    () => import('../pages/coalitions-compare-page.tsx'),
    'CoalitionsComparePage',
  ),
});

const routeTree = rootRoute.addChildren([
  home,
  map,
  economies,
  economy,
  groups,
  group,
  criteria,
  coalitions,
  coalitionNew,
  coalitionsCompare,
  coalitionEdit,
  coalition,
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/chains',
    staticData: { nav: 'chains' },
    component: lazyRouteComponent(() => import('../pages/chains-page.tsx'), 'ChainsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/chains/$code',
    staticData: { nav: 'chains' },
    validateSearch: chainSearch,
    component: lazyRouteComponent(() => import('../pages/chain-page.tsx'), 'ChainPage'),
  }),
  screening,
  reconcile,
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/controls',
    staticData: { nav: 'controls' },
    validateSearch: controlsSearch,
    component: lazyRouteComponent(() => import('../pages/controls-page.tsx'), 'ControlsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/control-lists',
    staticData: { nav: 'control-lists' },
    validateSearch: controlListsSearch,
    component: lazyRouteComponent(
      () => import('../pages/control-lists-page.tsx'),
      'ControlListsPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/control-lists/entry/$code',
    staticData: { nav: 'control-lists' },
    validateSearch: controlEntrySearch,
    component: lazyRouteComponent(
      () => import('../pages/control-entry-page.tsx'),
      'ControlEntryPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/control-lists/diff',
    staticData: { nav: 'control-lists' },
    validateSearch: controlDiffSearch,
    component: lazyRouteComponent(
      () => import('../pages/control-diff-page.tsx'),
      'ControlDiffPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/standards',
    staticData: { nav: 'standards' },
    validateSearch: standardsSearch,
    component: lazyRouteComponent(() => import('../pages/standards-page.tsx'), 'StandardsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/standards/committee',
    staticData: { nav: 'standards' },
    validateSearch: committeeSearch,
    component: lazyRouteComponent(
      () => import('../pages/standards-committee-page.tsx'),
      'StandardsCommitteePage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/standards/engagement',
    staticData: { nav: 'standards' },
    validateSearch: engagementSearch,
    component: lazyRouteComponent(
      () => import('../pages/standards-engagement-page.tsx'),
      'StandardsEngagementPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/standards/changes',
    staticData: { nav: 'standards' },
    validateSearch: standardsChangesSearch,
    component: lazyRouteComponent(
      () => import('../pages/standards-changes-page.tsx'),
      'StandardsChangesPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/standards/tags',
    staticData: { nav: 'standards' },
    component: lazyRouteComponent(
      () => import('../pages/standards-tags-page.tsx'),
      'StandardsTagsPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/misuse',
    staticData: { nav: 'misuse' },
    validateSearch: misuseSearch,
    component: lazyRouteComponent(() => import('../pages/misuse-page.tsx'), 'MisusePage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/misuse/supplier',
    staticData: { nav: 'misuse' },
    validateSearch: supplierSearch,
    component: lazyRouteComponent(
      () => import('../pages/misuse-supplier-page.tsx'),
      'MisuseSupplierPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/misuse/case',
    staticData: { nav: 'misuse' },
    validateSearch: caseSearch,
    component: lazyRouteComponent(() => import('../pages/misuse-case-page.tsx'), 'MisuseCasePage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/misuse/technologies',
    staticData: { nav: 'misuse' },
    component: lazyRouteComponent(
      () => import('../pages/misuse-technologies-page.tsx'),
      'MisuseTechnologiesPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/research',
    staticData: { nav: 'research' },
    validateSearch: strengthsSearch,
    component: lazyRouteComponent(() => import('../pages/research-page.tsx'), 'ResearchPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/research/network',
    staticData: { nav: 'research' },
    validateSearch: networkSearch,
    component: lazyRouteComponent(
      () => import('../pages/research-network-page.tsx'),
      'ResearchNetworkPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/research/partners',
    staticData: { nav: 'research' },
    validateSearch: partnersSearch,
    component: lazyRouteComponent(
      () => import('../pages/research-partners-page.tsx'),
      'ResearchPartnersPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/research/institution',
    staticData: { nav: 'research' },
    validateSearch: institutionSearch,
    component: lazyRouteComponent(
      () => import('../pages/research-institution-page.tsx'),
      'ResearchInstitutionPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/policies',
    staticData: { nav: 'policies' },
    validateSearch: policiesSearch,
    component: lazyRouteComponent(() => import('../pages/policies-page.tsx'), 'PoliciesPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/policies/instrument',
    staticData: { nav: 'policies' },
    validateSearch: instrumentSearch,
    component: lazyRouteComponent(
      () => import('../pages/policy-instrument-page.tsx'),
      'PolicyInstrumentPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/policies/compare',
    staticData: { nav: 'policies' },
    validateSearch: policyCompareSearch,
    component: lazyRouteComponent(
      () => import('../pages/policies-compare-page.tsx'),
      'PoliciesComparePage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/positions',
    staticData: { nav: 'positions' },
    validateSearch: positionsSearch,
    component: lazyRouteComponent(() => import('../pages/positions-page.tsx'), 'PositionsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/positions/issue',
    staticData: { nav: 'positions' },
    validateSearch: issueSearch,
    component: lazyRouteComponent(
      () => import('../pages/position-issue-page.tsx'),
      'PositionIssuePage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/positions/matrix',
    staticData: { nav: 'matrix' },
    validateSearch: matrixSearch,
    component: lazyRouteComponent(
      () => import('../pages/positions-matrix-page.tsx'),
      'PositionsMatrixPage',
    ),
  }),
  power,
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/login',
    staticData: { nav: 'login' },
    component: lazyRouteComponent(() => import('../pages/login-page.tsx'), 'LoginPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/account',
    staticData: { nav: 'account' },
    component: lazyRouteComponent(() => import('../pages/account-page.tsx'), 'AccountPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/accounts',
    staticData: { nav: 'accounts' },
    component: lazyRouteComponent(() => import('../pages/accounts-page.tsx'), 'AccountsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/setup',
    staticData: { nav: 'login' },
    component: lazyRouteComponent(() => import('../pages/setup-page.tsx'), 'SetupPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/proposals',
    staticData: { nav: 'proposals' },
    validateSearch: strings('state', 'workstream', 'q'),
    component: lazyRouteComponent(() => import('../pages/proposals-page.tsx'), 'ProposalsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/proposals/$id',
    staticData: { nav: 'proposals' },
    component: lazyRouteComponent(() => import('../pages/proposal-page.tsx'), 'ProposalPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/commitments',
    staticData: { nav: 'commitments' },
    component: lazyRouteComponent(() => import('../pages/commitments-page.tsx'), 'CommitmentsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/divergences',
    staticData: { nav: 'divergences' },
    validateSearch: divergencesSearch,
    component: lazyRouteComponent(() => import('../pages/divergences-page.tsx'), 'DivergencesPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/divergences/item',
    staticData: { nav: 'divergences' },
    validateSearch: divergenceSearch,
    component: lazyRouteComponent(() => import('../pages/divergence-page.tsx'), 'DivergencePage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/conversations',
    staticData: { nav: 'conversations' },
    component: lazyRouteComponent(
      () => import('../pages/conversations-page.tsx'),
      'ConversationsPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/conversations/item',
    staticData: { nav: 'conversations' },
    validateSearch: conversationSearch,
    component: lazyRouteComponent(
      () => import('../pages/conversation-page.tsx'),
      'ConversationPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/alerts',
    staticData: { nav: 'alerts' },
    validateSearch: alertsSearch,
    component: lazyRouteComponent(() => import('../pages/alerts-page.tsx'), 'AlertsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/audit',
    staticData: { nav: 'audit' },
    component: lazyRouteComponent(() => import('../pages/audit-page.tsx'), 'AuditPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/workstreams',
    staticData: { nav: 'workstreams' },
    component: lazyRouteComponent(() => import('../pages/workstreams-page.tsx'), 'WorkstreamsPage'),
  }),
]);

/** The query string as plain `key=value` pairs (shareable addresses stay readable). */
const parseSearch = (search: string): Record<string, string> =>
  Object.fromEntries(new URLSearchParams(search.replace(/^\?/, '')));

const stringifySearch = (search: Record<string, unknown>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(search))
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      if (v !== '') q.set(k, String(v));
  // Lists such as `codes=G7,D10` keep their commas (valid in a query, and readable).
  const s = q.toString().replace(/%2C/gi, ',');
  return s ? `?${s}` : '';
};

export const router = createRouter({
  routeTree,
  history: createHashHistory(),
  parseSearch,
  stringifySearch,
  scrollRestoration: true,
});
