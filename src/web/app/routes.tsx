// The route tree (TanStack Router on the URL's hash, so links and shared addresses keep the
// `#/economies/USA?…` form). Every page is loaded on demand, with its messages (page()).
import {
  createHashHistory,
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import type { FetchQueryOptions } from '@tanstack/react-query';
import { loadAreas, type MessageArea } from '../i18n/i18n.tsx';
import { economiesSearch, mapSearch } from '../pages/facts-search.ts';
import { chainSearch, controlsSearch, settingsOf } from '../pages/chains-search.ts';
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
  readOptions,
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
import {
  balanceQuery,
  coalitionQuery,
  coalitionsQuery,
  complementarityQuery,
  euStatesQuery,
  leverageQuery,
  worldAtlasQuery,
} from '../components/coalitions/queries.ts';
import {
  chainCoalition,
  chainQuery,
  chainsQuery,
  chainYear,
  coverageQuery,
  metricsQuery,
  retaliationQuery,
} from '../components/chain-queries.ts';
import { evaluationQuery, isYear, setQuery, setsQuery } from '../components/criteria-queries.ts';
import { Layout, NotFound } from './layout.tsx';
import { queryClient } from '../ui/query-state.tsx';
import {
  atlasQuery,
  catalogueQuery,
  DEFAULT_INDICATOR,
  economiesQuery,
  economyQuery,
  groupQuery,
  groupsQuery,
  latestQuery,
  valuesQuery,
  yearOf,
} from '../components/facts/queries.ts';

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
  interface StaticDataRouteOption {
    /** The navigation entry marked current on this route. */
    nav?: string;
  }
}

/**
 * A page loaded on demand, with the parts of the message catalogue its modules use fetched beside
 * it (route-messages.test.ts checks each list against the ids the page's modules name).
 */
function page<T extends Record<string, unknown>, K extends keyof T & string>(
  load: () => Promise<T>,
  name: K,
  areas: readonly MessageArea[],
) {
  return lazyRouteComponent(() => Promise.all([load(), loadAreas(areas)]).then(([m]) => m), name);
}

/**
 * Starts the requests a page makes first, from its route's loader: they run while the page's code
 * loads instead of after it has rendered. Never waited for: the page shows its own loading and
 * error states, and asks for the same queries (TanStack Query shares one request between them).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each query has its own data type
function prefetch(...queries: FetchQueryOptions<any, any, any, any>[]): void {
  for (const query of queries) void queryClient.prefetchQuery(query);
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
  loader: () => prefetch(groupsQuery),
  component: page(() => import('../pages/groups-page.tsx'), 'GroupsPage', ['facts']),
});

const map = createRoute({
  getParentRoute: () => rootRoute,
  path: '/map',
  staticData: { nav: 'map' },
  validateSearch: mapSearch,
  loaderDeps: ({ search }) => search,
  loader: ({ deps }) => {
    // The page's first requests: the values of the indicator the address names, else the default.
    const code = deps.indicator ?? DEFAULT_INDICATOR;
    prefetch(
      catalogueQuery,
      economiesQuery,
      groupsQuery,
      atlasQuery,
      valuesQuery(queryClient, code, code === deps.indicator ? yearOf(deps.year) : undefined),
      ...(deps.group ? [groupQuery(deps.group)] : []),
    );
  },
  component: page(() => import('../pages/map-page.tsx'), 'MapPage', ['facts']),
});

const economies = createRoute({
  getParentRoute: () => rootRoute,
  path: '/economies',
  staticData: { nav: 'economies' },
  validateSearch: economiesSearch,
  loader: () =>
    prefetch(economiesQuery, groupsQuery, latestQuery('gdp_usd'), latestQuery('population')),
  component: page(() => import('../pages/economies-page.tsx'), 'EconomiesPage', ['facts']),
});

const economy = createRoute({
  getParentRoute: () => rootRoute,
  path: '/economies/$iso3',
  staticData: { nav: 'economies' },
  loader: ({ params }) => prefetch(economyQuery(params.iso3.toUpperCase())),
  component: page(() => import('../pages/economy-page.tsx'), 'EconomyPage', ['facts', 'misuse']),
});

const group = createRoute({
  getParentRoute: () => rootRoute,
  path: '/groups/$code',
  staticData: { nav: 'groups' },
  loader: ({ params }) => prefetch(groupQuery(params.code)),
  component: page(() => import('../pages/group-page.tsx'), 'GroupPage', ['facts']),
});

const coalitions = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coalitions',
  staticData: { nav: 'coalitions' },
  validateSearch: coalitionsSearch,
  loader: () => prefetch(coalitionsQuery),
  component: page(() => import('../pages/coalitions-page.tsx'), 'CoalitionsPage', ['coalitions']),
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
  component: page(() => import('../pages/screening-page.tsx'), 'ScreeningPage', ['analysis']),
});

const criteriaSearch = strings('set', 'asOf', 'coalition', 'result', 'region', 'q', 'sort', 'dir');

const criteria = createRoute({
  getParentRoute: () => rootRoute,
  path: '/criteria',
  staticData: { nav: 'criteria' },
  validateSearch: criteriaSearch,
  loaderDeps: ({ search: { set, asOf, coalition } }) => ({ set, asOf, coalition }),
  loader: ({ deps }) => {
    const set = deps.set || 'default';
    const asOf = isYear(deps.asOf ?? '') ? deps.asOf! : '';
    prefetch(
      setsQuery,
      economiesQuery,
      catalogueQuery,
      coalitionsQuery,
      setQuery(set, asOf),
      evaluationQuery(set, asOf, deps.coalition ?? ''),
    );
  },
  component: page(() => import('../pages/criteria-page.tsx'), 'CriteriaPage', ['analysis']),
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
  component: page(() => import('../pages/power-page.tsx'), 'PowerPage', ['analysis']),
});

const reconcile = createRoute({
  getParentRoute: () => rootRoute,
  path: '/screening/reconcile',
  staticData: { nav: 'screening' },
  validateSearch: strings('a', 'b', 'country', 'threshold'),
  component: page(() => import('../pages/reconcile-page.tsx'), 'ReconcilePage', ['analysis']),
});

const chain = createRoute({
  getParentRoute: () => rootRoute,
  path: '/chains/$code',
  staticData: { nav: 'chains' },
  validateSearch: chainSearch,
  loaderDeps: ({ search: { coalition, year } }) => ({ coalition, year }),
  loader: ({ params, deps }) =>
    prefetch(
      chainQuery(params.code),
      economiesQuery,
      coalitionsQuery,
      metricsQuery(params.code, chainCoalition(deps), chainYear(deps)),
    ),
  component: page(() => import('../pages/chain-page.tsx'), 'ChainPage', ['facts', 'chains']),
});

const coalition = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coalitions/$code',
  staticData: { nav: 'coalitions' },
  validateSearch: coalitionSearch,
  loaderDeps: ({ search: { tier, year, eu } }) => ({ tier, year, eu }),
  loader: ({ params, deps }) => {
    // The coalition, what its analyses name, and the analyses themselves (the page asks for them
    // once the coalition has answered; an unknown code answers 404 to each, and the page says so).
    const code = params.code.toUpperCase();
    const options = readOptions(deps);
    prefetch(
      coalitionQuery(code),
      economiesQuery,
      catalogueQuery,
      euStatesQuery,
      worldAtlasQuery,
      leverageQuery(code, options),
      balanceQuery(code, options),
      complementarityQuery(code, options),
    );
  },
  component: page(() => import('../pages/coalition-page.tsx'), 'CoalitionPage', ['coalitions']),
});

// The builder: a new coalition (`?from=G7` copies one) or a custom coalition's edit form.
const coalitionNew = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coalitions/new',
  staticData: { nav: 'coalitions' },
  validateSearch: builderSearch,
  component: page(() => import('../pages/coalition-builder-page.tsx'), 'CoalitionBuilderPage', [
    'coalitions',
  ]),
});

const coalitionEdit = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coalitions/$code/edit',
  staticData: { nav: 'coalitions' },
  component: page(() => import('../pages/coalition-builder-page.tsx'), 'CoalitionBuilderPage', [
    'coalitions',
  ]),
});

const coalitionsCompare = createRoute({
  getParentRoute: () => rootRoute,
  path: '/coalitions/compare',
  staticData: { nav: 'coalitions' },
  validateSearch: compareSearch,
  component: page(() => import('../pages/coalitions-compare-page.tsx'), 'CoalitionsComparePage', [
    'coalitions',
  ]),
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
    loader: () => prefetch(chainsQuery),
    component: page(() => import('../pages/chains-page.tsx'), 'ChainsPage', ['chains']),
  }),
  chain,
  screening,
  reconcile,
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/controls',
    staticData: { nav: 'controls' },
    validateSearch: controlsSearch,
    loaderDeps: ({ search }) => search,
    loader: ({ deps }) => {
      const { coalition, target } = settingsOf(deps, []);
      prefetch(chainsQuery, economiesQuery, coalitionsQuery, retaliationQuery(coalition, target));
      // The coverage's defaults name the first chain: asked for once the list has answered.
      void queryClient
        .ensureQueryData(chainsQuery)
        .then(({ items }) => items.length > 0 && prefetch(coverageQuery(settingsOf(deps, items))))
        .catch(() => undefined);
    },
    component: page(() => import('../pages/controls-page.tsx'), 'ControlsPage', ['chains']),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/control-lists',
    staticData: { nav: 'control-lists' },
    validateSearch: controlListsSearch,
    component: page(() => import('../pages/control-lists-page.tsx'), 'ControlListsPage', [
      'control-lists',
    ]),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/control-lists/entry/$code',
    staticData: { nav: 'control-lists' },
    validateSearch: controlEntrySearch,
    component: page(() => import('../pages/control-entry-page.tsx'), 'ControlEntryPage', [
      'control-lists',
    ]),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/control-lists/diff',
    staticData: { nav: 'control-lists' },
    validateSearch: controlDiffSearch,
    component: page(() => import('../pages/control-diff-page.tsx'), 'ControlDiffPage', [
      'control-lists',
    ]),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/standards',
    staticData: { nav: 'standards' },
    validateSearch: standardsSearch,
    component: page(() => import('../pages/standards-page.tsx'), 'StandardsPage', ['standards']),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/standards/committee',
    staticData: { nav: 'standards' },
    validateSearch: committeeSearch,
    component: page(
      () => import('../pages/standards-committee-page.tsx'),
      'StandardsCommitteePage',
      ['standards'],
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/standards/engagement',
    staticData: { nav: 'standards' },
    validateSearch: engagementSearch,
    component: page(
      () => import('../pages/standards-engagement-page.tsx'),
      'StandardsEngagementPage',
      ['standards'],
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/standards/changes',
    staticData: { nav: 'standards' },
    validateSearch: standardsChangesSearch,
    component: page(() => import('../pages/standards-changes-page.tsx'), 'StandardsChangesPage', [
      'standards',
    ]),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/standards/tags',
    staticData: { nav: 'standards' },
    component: page(() => import('../pages/standards-tags-page.tsx'), 'StandardsTagsPage', [
      'standards',
    ]),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/misuse',
    staticData: { nav: 'misuse' },
    validateSearch: misuseSearch,
    component: page(() => import('../pages/misuse-page.tsx'), 'MisusePage', [
      'standards',
      'misuse',
    ]),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/misuse/supplier',
    staticData: { nav: 'misuse' },
    validateSearch: supplierSearch,
    component: page(() => import('../pages/misuse-supplier-page.tsx'), 'MisuseSupplierPage', [
      'standards',
      'misuse',
    ]),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/misuse/case',
    staticData: { nav: 'misuse' },
    validateSearch: caseSearch,
    component: page(() => import('../pages/misuse-case-page.tsx'), 'MisuseCasePage', [
      'standards',
      'misuse',
    ]),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/misuse/technologies',
    staticData: { nav: 'misuse' },
    component: page(
      () => import('../pages/misuse-technologies-page.tsx'),
      'MisuseTechnologiesPage',
      ['misuse'],
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/research',
    staticData: { nav: 'research' },
    validateSearch: strengthsSearch,
    component: page(() => import('../pages/research-page.tsx'), 'ResearchPage', ['research']),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/research/network',
    staticData: { nav: 'research' },
    validateSearch: networkSearch,
    component: page(() => import('../pages/research-network-page.tsx'), 'ResearchNetworkPage', [
      'research',
    ]),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/research/partners',
    staticData: { nav: 'research' },
    validateSearch: partnersSearch,
    component: page(() => import('../pages/research-partners-page.tsx'), 'ResearchPartnersPage', [
      'research',
    ]),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/research/institution',
    staticData: { nav: 'research' },
    validateSearch: institutionSearch,
    component: page(
      () => import('../pages/research-institution-page.tsx'),
      'ResearchInstitutionPage',
      ['research'],
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/policies',
    staticData: { nav: 'policies' },
    validateSearch: policiesSearch,
    component: page(() => import('../pages/policies-page.tsx'), 'PoliciesPage', ['policies']),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/policies/instrument',
    staticData: { nav: 'policies' },
    validateSearch: instrumentSearch,
    component: page(() => import('../pages/policy-instrument-page.tsx'), 'PolicyInstrumentPage', [
      'policies',
    ]),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/policies/compare',
    staticData: { nav: 'policies' },
    validateSearch: policyCompareSearch,
    component: page(() => import('../pages/policies-compare-page.tsx'), 'PoliciesComparePage', [
      'policies',
    ]),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/positions',
    staticData: { nav: 'positions' },
    validateSearch: positionsSearch,
    component: page(() => import('../pages/positions-page.tsx'), 'PositionsPage', ['policies']),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/positions/issue',
    staticData: { nav: 'positions' },
    validateSearch: issueSearch,
    component: page(() => import('../pages/position-issue-page.tsx'), 'PositionIssuePage', [
      'policies',
    ]),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/positions/matrix',
    staticData: { nav: 'matrix' },
    validateSearch: matrixSearch,
    component: page(() => import('../pages/positions-matrix-page.tsx'), 'PositionsMatrixPage', [
      'policies',
    ]),
  }),
  power,
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/login',
    staticData: { nav: 'login' },
    component: page(() => import('../pages/login-page.tsx'), 'LoginPage', ['governance']),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/account',
    staticData: { nav: 'account' },
    component: page(() => import('../pages/account-page.tsx'), 'AccountPage', ['governance']),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/accounts',
    staticData: { nav: 'accounts' },
    component: page(() => import('../pages/accounts-page.tsx'), 'AccountsPage', ['governance']),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/setup',
    staticData: { nav: 'login' },
    component: page(() => import('../pages/setup-page.tsx'), 'SetupPage', ['governance']),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/proposals',
    staticData: { nav: 'proposals' },
    validateSearch: strings('state', 'workstream', 'q'),
    component: page(() => import('../pages/proposals-page.tsx'), 'ProposalsPage', ['governance']),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/proposals/$id',
    staticData: { nav: 'proposals' },
    component: page(() => import('../pages/proposal-page.tsx'), 'ProposalPage', ['governance']),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/commitments',
    staticData: { nav: 'commitments' },
    component: page(() => import('../pages/commitments-page.tsx'), 'CommitmentsPage', [
      'governance',
    ]),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/divergences',
    staticData: { nav: 'divergences' },
    validateSearch: divergencesSearch,
    component: page(() => import('../pages/divergences-page.tsx'), 'DivergencesPage', [
      'divergences',
    ]),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/divergences/item',
    staticData: { nav: 'divergences' },
    validateSearch: divergenceSearch,
    component: page(() => import('../pages/divergence-page.tsx'), 'DivergencePage', [
      'divergences',
    ]),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/conversations',
    staticData: { nav: 'conversations' },
    component: page(() => import('../pages/conversations-page.tsx'), 'ConversationsPage', [
      'conversations',
    ]),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/conversations/item',
    staticData: { nav: 'conversations' },
    validateSearch: conversationSearch,
    component: page(() => import('../pages/conversation-page.tsx'), 'ConversationPage', [
      'governance',
      'conversations',
    ]),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/alerts',
    staticData: { nav: 'alerts' },
    validateSearch: alertsSearch,
    component: page(() => import('../pages/alerts-page.tsx'), 'AlertsPage', ['divergences']),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/audit',
    staticData: { nav: 'audit' },
    component: page(() => import('../pages/audit-page.tsx'), 'AuditPage', ['governance']),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/workstreams',
    staticData: { nav: 'workstreams' },
    component: page(() => import('../pages/workstreams-page.tsx'), 'WorkstreamsPage', [
      'governance',
    ]),
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
