// Accessibility: every page of the UI, once its data is shown, has no axe-core violation of impact
// serious or critical (expectAccessible). Pages are visited by a reader who is not signed in, and
// those that differ for a signed-in user (write forms, the governance pages, the account pages)
// again as the secretariat. The server holds the starter dataset, two fixture restricted-party
// lists, a workstream and a proposal.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCoalitionDraft } from '../../src/core/coalitions/coalition-draft.ts';
import { openPlatform } from '../../src/services/platform.ts';
import { buildServices } from '../../src/services/services.ts';
import {
  chromiumAvailable,
  collectErrors,
  DESKTOP,
  E2E_ADMIN,
  expectAccessible,
  startBrowserHarness,
  type BrowserHarness,
} from './browser-harness.ts';
import { importFixtureLists } from './screening-data.ts';

const PROPOSAL_TITLE = 'Align export-control lists';
const ids = { proposal: '', instrument: '' };

async function prepare(databaseUrl: string): Promise<void> {
  await importFixtureLists(databaseUrl);
  const platform = await openPlatform(databaseUrl);
  try {
    const s = buildServices(platform);
    // A custom coalition, for the builder's edit page (groupings cannot be edited).
    await s.coalitions.create(
      parseCoalitionDraft({
        code: 'TECH3',
        name: 'Tech 3',
        participants: [
          { code: 'USA', tier: 'member' },
          { code: 'JPN', tier: 'member' },
          { code: 'IND', tier: 'partner' },
        ],
      }),
    );
    const op = { kind: 'operator' } as const;
    await s.governance.saveWorkstream(op, {
      code: 'chips',
      name: 'Semiconductor supply',
      description: 'Joint stockpiles and export-control alignment for chips.',
      decisionRule: { kind: 'unanimity' },
      participants: [{ delegation: 'DEU', rights: ['read', 'propose', 'comment', 'vote'] }],
    });
    const p = await s.governance.create(op, {
      title: PROPOSAL_TITLE,
      text: 'Align the lists.\n',
      confidentiality: 'public',
      restrictedTo: [],
      workstream: 'chips',
      decisionRule: null,
    });
    // In deliberation, a public proposal is shown to every reader (a draft only to its authors).
    await s.governance.transition(op, p.id, { to: 'deliberation' });
    ids.proposal = p.id;
    // A policy instrument and an issue with two members' positions, for the registry and positions pages.
    const instrument = await s.policies.saveInstrument(op, {
      title: 'Accelerator export licensing act',
      jurisdiction: 'DEU',
      type: 'law',
      status: 'adopted',
      year: 2025,
      confidentiality: 'public',
    });
    ids.instrument = instrument.id;
    await s.positions.saveIssue(op, {
      id: 'ai-chip-controls',
      workstream: 'chips',
      title: 'Export controls on advanced AI chips',
      options: ['No controls', 'Licences', 'Ban'],
      confidentiality: 'public',
    });
    for (const [member, option] of [
      ['DEU', 1],
      ['FRA', 2],
    ] as const)
      await s.positions.setPosition(op, 'ai-chip-controls', {
        member,
        option,
        status: 'current',
        evidence: member === 'DEU' ? [instrument.id] : [],
      });
    // A public conversation with its seed statements (no votes yet: its map is empty).
    await s.conversations.create(op, {
      code: 'chip-controls',
      title: 'Coordinating chip export controls',
      confidentiality: 'public',
      seeds: ['Controls should be coordinated.', 'Each member should decide alone.'],
    });
  } finally {
    await platform.close();
  }
}

/** Shown once at least `min` (default 1) elements match `css`, holding `text` when given. */
interface Ready {
  css: string;
  min?: number;
  text?: string;
}

interface Visit {
  /** The hash route (with its query). */
  path: () => string;
  /** The route as the test's name says it (default: the path). */
  name?: string;
  ready: Ready[];
  /** Also visited signed in as the secretariat; `only`: not visited otherwise. */
  secretariat?: boolean | 'only';
}

// Each page's content: what appears once its data has arrived (rows, map shapes, a name from the
// API), so axe sees the page a reader sees, not its loading state.
const VISITS: Visit[] = [
  {
    path: () => '/map',
    ready: [
      { css: '#main svg path', min: 100 },
      { css: '#main tbody tr', min: 100 },
    ],
  },
  { path: () => '/economies', ready: [{ css: '#main tbody tr', min: 100 }] },
  {
    path: () => '/economies/USA',
    ready: [{ css: '#main h1', text: 'United States' }, { css: '#main svg' }],
  },
  { path: () => '/groups', ready: [{ css: '#main tbody tr', min: 10 }] },
  { path: () => '/groups/G7', ready: [{ css: '#main tbody tr', min: 7 }] },
  { path: () => '/criteria', ready: [{ css: '#main tbody tr', min: 100 }] },
  { path: () => '/coalitions', ready: [{ css: '#main tbody tr', min: 10 }] },
  {
    path: () => '/coalitions/new',
    ready: [{ css: '#main svg path', min: 100 }],
    secretariat: true,
  },
  // The builder editing a stored coalition: its participants listed, its map drawn.
  {
    path: () => '/coalitions/TECH3/edit',
    ready: [
      { css: '#main svg path', min: 100 },
      { css: '#main .participant', min: 3 },
    ],
    secretariat: true,
  },
  { path: () => '/coalitions/compare?codes=G7,T12', ready: [{ css: '#main tbody tr', min: 2 }] },
  {
    path: () => '/coalitions/G7',
    ready: [
      { css: '#main svg path', min: 100 },
      { css: '#main table:has(tbody tr)', min: 4 },
    ],
  },
  { path: () => '/chains', ready: [{ css: '#main tbody tr' }] },
  {
    path: () => '/chains/critical-minerals',
    ready: [{ css: '#main tbody tr', min: 10 }, { css: '#main canvas, #main svg' }],
  },
  {
    path: () => '/screening',
    ready: [{ css: '#main form input[type="checkbox"]', min: 2 }],
    secretariat: true,
  },
  // US against EU: the reconciliation's tables (by country and the parties on each side).
  { path: () => '/screening/reconcile?a=US&b=EU', ready: [{ css: '#main tbody tr', min: 4 }] },
  { path: () => '/controls', ready: [{ css: '#main tbody tr', min: 5 }] },
  // No control list is imported here: the pages' empty and error states (control-lists.test.ts
  // checks them again on the real lists).
  { path: () => '/control-lists', ready: [{ css: '#main .control-lists-empty' }] },
  { path: () => '/control-lists/entry/3B001', ready: [{ css: '#main .notice-error' }] },
  { path: () => '/control-lists/diff', ready: [{ css: '#main .notice' }] },
  // The standards pages on the starter dataset's committees (their empty states without them;
  // standards.test.ts checks them on ISO's committees).
  {
    path: () => '/standards',
    ready: [{ css: '#main tbody tr, #main .standards-empty' }],
  },
  {
    path: () => `/standards/committee?ref=${encodeURIComponent('ISO/IEC JTC 1/SC 42')}`,
    name: '/standards/committee?ref=ISO/IEC JTC 1/SC 42',
    ready: [{ css: '#main .standards-facts, #main .notice-error' }],
    secretariat: true,
  },
  {
    path: () => '/standards/engagement?coalition=G7&concern=CHN',
    ready: [{ css: '#main .standards-figures, #main .notice' }],
  },
  { path: () => '/standards/changes', ready: [{ css: '#main h2' }], secretariat: true },
  {
    path: () => '/standards/tags',
    ready: [{ css: '#main tbody tr[data-tag], #main #tags-none' }, { css: '#main #watch-current' }],
    secretariat: true,
  },
  // The illiberal-technology pages with no case imported (their empty and not-found states;
  // misuse.test.ts checks them on the real files), and the default technology map.
  {
    path: () => '/misuse',
    ready: [{ css: '#main #supply-none, #main .misuse-supply-key' }, { css: '#main #cases-count' }],
  },
  {
    path: () => '/misuse/supplier?name=Hikvision',
    ready: [{ css: '#main .notice-error, #main table.misuse-listing' }],
    secretariat: true,
  },
  {
    path: () => `/misuse/case?id=${encodeURIComponent('carnegie-aigs-2022:GBR:safe-city')}`,
    name: '/misuse/case?id=carnegie-aigs-2022:GBR:safe-city',
    ready: [{ css: '#main .notice-error, #main .misuse-facts' }],
  },
  {
    path: () => '/misuse/technologies',
    ready: [{ css: '#main table.misuse-controls tbody tr' }],
    secretariat: true,
  },
  // The research pages with no research data imported (their empty, error and unresolved states;
  // research.test.ts checks them on the real files).
  { path: () => '/research', ready: [{ css: '#main #research-none, #main .research-heat' }] },
  {
    path: () => '/research/network?coalition=G7',
    ready: [{ css: '#main .research-empty, #main .notice-error, #main .research-network' }],
  },
  {
    path: () => '/research/partners?member=DEU&field=ai',
    ready: [{ css: '#main .notice-error, #main table.research-suggestions' }],
  },
  {
    path: () => `/research/institution?name=${encodeURIComponent('Beihang University')}`,
    name: '/research/institution?name=Beihang University',
    ready: [{ css: '#main [data-resolution], #main .notice-error' }],
  },
  {
    path: () => '/power?from=G7&basis=population&quotaPct=50',
    ready: [{ css: '#main tbody tr', min: 7 }],
  },
  // The policy registry and members' positions on the instrument and issue entered in prepare
  // (positions.test.ts checks them signed in as a member delegate).
  { path: () => '/policies', ready: [{ css: '#main tr[data-id]' }] },
  {
    path: () => `/policies/instrument?id=${encodeURIComponent(ids.instrument)}`,
    name: '/policies/instrument?id=…',
    ready: [{ css: '#main #instrument-facts' }],
  },
  {
    path: () => '/policies/compare?jurisdictions=DEU,FRA',
    ready: [{ css: '#main .compare-column', min: 2 }],
  },
  { path: () => '/positions', ready: [{ css: '#main tr[data-issue]' }], secretariat: true },
  {
    path: () => '/positions/issue?id=ai-chip-controls',
    ready: [
      { css: '#main tr[data-member]', min: 2 },
      { css: '#main table.issue-history tbody tr' },
    ],
    secretariat: true,
  },
  { path: () => '/positions/matrix', ready: [{ css: '#main svg.matrix-heat' }] },
  { path: () => '/login', ready: [{ css: '#main input[type="password"]' }] },
  { path: () => '/setup', ready: [{ css: '#main h1' }] },
  {
    path: () => '/proposals',
    ready: [{ css: '#main h1', text: 'Proposals' }, { css: '#main form select' }],
    secretariat: true,
  },
  {
    path: () => `/proposals/${ids.proposal}`,
    name: '/proposals/:id',
    ready: [{ css: '#main h1', text: PROPOSAL_TITLE }],
    secretariat: true,
  },
  {
    path: () => '/commitments',
    ready: [{ css: '#main tbody tr, #main .notice' }],
    secretariat: true,
  },
  { path: () => '/audit', ready: [{ css: '#main h2', min: 2 }], secretariat: true },
  {
    path: () => '/workstreams',
    ready: [{ css: '#main h1' }, { css: '#main *', text: 'Semiconductor supply' }],
    secretariat: true,
  },
  // The divergence register on what the fixture lists give (or its empty state), one divergence
  // (or its not-found notice) and the alerts panel (sign-in notice; the secretariat's webhooks);
  // divergences.test.ts checks them again with a divergence on its way to resolution.
  {
    path: () => '/divergences',
    ready: [{ css: '#main tbody tr[data-divergence], #main #div-none' }],
    secretariat: true,
  },
  {
    path: () => '/divergences/item?id=1',
    ready: [{ css: '#main #div-summary, #main .notice-error' }],
    secretariat: true,
  },
  {
    path: () => '/alerts',
    ready: [{ css: '#main #alerts-sign-in, #main #alerts-none, #main tbody tr[data-alert]' }],
    secretariat: true,
  },
  // A conversation (conversations.test.ts checks the voting card and a map with groups).
  { path: () => '/conversations', ready: [{ css: '#main tr[data-code]' }], secretariat: true },
  {
    path: () => '/conversations/item?code=chip-controls',
    ready: [{ css: '#main #conversation-facts' }, { css: '#main #opinion' }],
    secretariat: true,
  },
  { path: () => '/account', ready: [{ css: '#main input[type="password"]' }], secretariat: 'only' },
  { path: () => '/accounts', ready: [{ css: '#main tbody tr' }], secretariat: 'only' },
];

describe.skipIf(!chromiumAvailable)('accessibility of every page (axe-core)', () => {
  let harness: BrowserHarness;
  // One browser context per reader, each page a new tab in it: the tabs share the HTTP cache (the
  // app's scripts load once per reader, as for a person going from page to page) and the cookie.
  const contexts: { anonymous?: BrowserContext; secretariat?: BrowserContext } = {};
  beforeAll(async () => {
    harness = await startBrowserHarness({ prepare });
    const r = await fetch(`${harness.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: E2E_ADMIN.email, password: E2E_ADMIN.password }),
    });
    expect(r.status).toBe(200);
    const sessionCookie = /ta_session=([^;]+)/.exec(r.headers.get('set-cookie') ?? '')?.[1] ?? '';
    expect(sessionCookie).not.toBe('');
    contexts.anonymous = await harness.browser.newContext({ viewport: DESKTOP });
    contexts.secretariat = await harness.browser.newContext({ viewport: DESKTOP });
    await contexts.secretariat.addCookies([
      { name: 'ta_session', value: sessionCookie, url: harness.url },
    ]);
  });
  afterAll(async () => {
    await contexts.anonymous?.close();
    await contexts.secretariat?.close();
    await harness?.close();
  });

  /** Waits until every condition holds and nothing in #main is still loading (aria-busy). */
  async function waitForContent(page: Page, ready: Ready[]): Promise<void> {
    for (const r of ready) {
      const found = page.locator(r.css, r.text ? { hasText: r.text } : {});
      await found.nth((r.min ?? 1) - 1).waitFor({ state: 'attached' });
    }
    await expect
      .poll(() => page.locator('#main[aria-busy="true"], #main [aria-busy="true"]').count(), {
        timeout: 30_000,
      })
      .toBe(0);
  }

  async function check(visit: Visit, signedIn: boolean): Promise<void> {
    const context = signedIn ? contexts.secretariat! : contexts.anonymous!;
    const page = await context.newPage();
    try {
      const errors = collectErrors(page);
      await page.goto(`${harness.url}/#${visit.path()}`);
      await waitForContent(page, visit.ready);
      if (signedIn) await page.locator('#account-slot', { hasText: 'Secretariat' }).waitFor();
      await expectAccessible(page, `#${visit.path()}${signedIn ? ' (secretariat)' : ''}`);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }

  for (const visit of VISITS) {
    const route = visit.name ?? visit.path();
    if (visit.secretariat !== 'only')
      it(`#${route}, not signed in`, async () => {
        await check(visit, false);
      });
    if (visit.secretariat)
      it(`#${route}, signed in as the secretariat`, async () => {
        await check(visit, true);
      });
  }
});
