// Browser flow: the divergence register — three members record different positions on an issue of
// the export-controls workstream, so the register holds a `positions-differ` divergence; a member
// delegate (DEU) finds it in the register, opens its page and opens a proposal from it, and sees it
// under discussion with the proposal's link. The proposal is then adopted (through the services: a
// vote whose window closes a moment after the three ballots) and each member involved reports its
// implementation done; the divergence's page, reloaded, shows it resolved, and the register too.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/core/accounts/access.ts';
import { openPlatform } from '../../src/services/platform.ts';
import { buildServices, type Services } from '../../src/services/services.ts';
import {
  type BrowserHarness,
  chromiumAvailable,
  collectErrors,
  DESKTOP,
  E2E_ADMIN,
  expectAccessible,
  startBrowserHarness,
} from './browser-harness.ts';

interface Person {
  email: string;
  password: string;
  name: string;
}

/** Three member delegates (fixed test values, never real secrets). */
const DELEGATES = {
  USA: { email: 'usa-div@e2e.test', password: 'usa-divergence-password', name: 'Sam Carter' },
  DEU: { email: 'deu-div@e2e.test', password: 'deu-divergence-password', name: 'Jonas Weber' },
  FRA: { email: 'fra-div@e2e.test', password: 'fra-divergence-password', name: 'Léa Dubois' },
} as const satisfies Record<string, Person>;
type Member = keyof typeof DELEGATES;
const MEMBERS = Object.keys(DELEGATES) as Member[];

const WORKSTREAM = 'export_controls';
const ISSUE = 'ai-chip-controls';
const ISSUE_TITLE = 'Controls on AI chips';
const OPERATOR: Principal = { kind: 'operator' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Filled in by `prepare`: the database the server runs on, the delegates as principals. */
const state: { databaseUrl: string; principals: Partial<Record<Member, Principal>> } = {
  databaseUrl: '',
  principals: {},
};

/** Runs `work` on the server's database through the services (as the CLI would). */
async function withServices<T>(work: (s: Services) => Promise<T>): Promise<T> {
  const platform = await openPlatform(state.databaseUrl);
  try {
    return await work(buildServices(platform));
  } finally {
    await platform.close();
  }
}

const principal = (m: Member): Principal => {
  const p = state.principals[m];
  if (!p) throw new Error(`no principal for ${m}`);
  return p;
};

/**
 * The delegates' accounts, a unanimity workstream where the three propose, vote and report, an
 * issue with three options and each member's position on it: USA at one end, FRA at the other, DEU
 * between (recording a position recomputes the register's positions).
 */
async function prepare(databaseUrl: string): Promise<void> {
  state.databaseUrl = databaseUrl;
  await withServices(async (s) => {
    for (const m of MEMBERS) {
      const p = DELEGATES[m];
      const a = await s.accounts.create({
        email: p.email,
        name: p.name,
        role: 'member_delegate',
        delegation: m,
        password: p.password,
      });
      state.principals[m] = {
        kind: 'account',
        accountId: a.id,
        email: a.email,
        name: a.name,
        role: a.role,
        delegation: a.delegation,
        constituency: a.constituency,
      };
    }
    await s.governance.saveWorkstream(OPERATOR, {
      code: WORKSTREAM,
      name: 'Export controls',
      description: 'Aligning export controls on dual-use technology.',
      decisionRule: { kind: 'unanimity' },
      participants: MEMBERS.map((delegation) => ({
        delegation,
        rights: ['read', 'propose', 'comment', 'respond', 'vote'],
      })),
    });
    await s.positions.saveIssue(OPERATOR, {
      id: ISSUE,
      workstream: WORKSTREAM,
      title: ISSUE_TITLE,
      description: 'How far exports of advanced AI chips should be controlled.',
      options: ['No control', 'Licence for some destinations', 'Licence for every destination'],
      confidentiality: 'alliance',
    });
    const options: Record<Member, number> = { USA: 2, DEU: 1, FRA: 0 };
    for (const m of MEMBERS)
      await s.positions.setPosition(principal(m), ISSUE, { option: options[m] });
  });
}

/** What the first flow leaves for the second: the divergence's page and its proposal. */
const flow = { divergenceUrl: '', proposalId: '' };

describe.skipIf(!chromiumAvailable)('divergence register pages', () => {
  let harness: BrowserHarness;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    harness = await startBrowserHarness({ prepare });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await harness?.close();
  });

  async function signIn(person: Person): Promise<{ page: Page; errors: string[] }> {
    const context = await harness.browser.newContext({ viewport: DESKTOP });
    contexts.push(context);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${harness.url}/#/login?next=/divergences`);
    await page.locator('#login-email').fill(person.email);
    await page.locator('#login-password').fill(person.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/divergences'));
    await page.locator('#account-who', { hasText: person.name }).waitFor();
    return { page, errors };
  }

  it('goes from a divergence in the register to a proposal, and sees it resolved once implemented', async () => {
    const { page, errors } = await signIn(DELEGATES.DEU);

    // The register, filtered to members' positions through its form: one divergence, high, open.
    await page.locator('#div-source').selectOption('positions');
    await page.waitForFunction(() => location.hash.includes('source=positions'));
    const row = page.locator('tr[data-kind="positions-differ"]');
    await row.waitFor();
    expect(await page.locator('tbody tr[data-divergence]').count()).toBe(1);
    expect(await row.locator('[data-level]').getAttribute('data-level')).toBe('high');
    expect(await row.locator('[data-level]').innerText()).toMatch(/^High 1\.00$/);
    expect(await row.locator('[data-state]').first().innerText()).toBe('Open');
    expect(await row.innerText()).toContain('Germany, France, United States');
    await expectAccessible(page, '#/divergences?source=positions (member delegate)');

    // Its page: the summary, the three members, the evidence, and the way to a proposal.
    await row
      .getByRole('link', { name: new RegExp(`^${ISSUE_TITLE}: members 1\\.00 apart`) })
      .click();
    await page.waitForFunction(() => location.hash.startsWith('#/divergences/item?id='));
    const divergenceUrl = page.url();
    flow.divergenceUrl = divergenceUrl;
    await page.locator('#div-summary').waitFor();
    expect(await page.locator('#div-members').getAttribute('title')).toBe('DEU, FRA, USA');
    expect(await page.locator('#div-evidence li').count()).toBe(3);
    expect(await page.locator('#div-state [data-state]').innerText()).toBe('Open');
    expect(await page.locator('#div-data-link').getAttribute('href')).toContain(ISSUE);
    await expectAccessible(page, '#/divergences/item (member delegate, open)');

    await page.locator('#div-open-form').getByRole('button', { name: 'Open a proposal' }).click();
    await page.locator('#div-state [data-state="under_discussion"]').waitFor();
    const link = page.locator('#div-proposal a');
    expect(await link.innerText()).toMatch(new RegExp(`^Resolve: ${ISSUE_TITLE}`));
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^#\/proposals\/[0-9a-f-]{36}$/);
    const proposalId = decodeURIComponent(href.slice('#/proposals/'.length));
    flow.proposalId = proposalId;
    // What its resolution waits for: the draft's adoption and the three members' reports.
    expect(await page.locator('#div-resolution').innerText()).toContain('draft, not adopted');
    expect(await page.locator('#div-waiting').innerText()).toContain('Germany');
    expect(await page.locator('#div-open-form').count()).toBe(0);
    expect(await page.locator('#div-history li[data-to="under_discussion"]').innerText()).toContain(
      'by you',
    );

    // The proposal's page opens from the link, with the divergence's evidence in its text.
    await link.click();
    await page.locator('#proposal-state').waitFor();
    expect(await page.locator('#main h1').innerText()).toMatch(
      new RegExp(`^Resolve: ${ISSUE_TITLE}`),
    );

    // Outside the browser: deliberation, a vote closing a moment after the three ballots, adopted.
    await withServices(async (s) => {
      await s.governance.transition(OPERATOR, proposalId, { to: 'deliberation' });
      const closes = Date.now() + 1500;
      await s.governance.transition(OPERATOR, proposalId, {
        to: 'voting',
        window: {
          opensAt: new Date(Date.now() - 60_000).toISOString(),
          closesAt: new Date(closes).toISOString(),
        },
      });
      for (const m of MEMBERS) await s.governance.vote(principal(m), proposalId, { choice: 'yes' });
      await sleep(Math.max(0, closes - Date.now() + 200));
      await s.governance.transition(OPERATOR, proposalId, { to: 'adopted' });
      // Two of the three report it done: the divergence still waits for the third.
      for (const m of ['USA', 'DEU'] as const)
        await s.consultations.report(principal(m), proposalId, {
          status: 'done',
          date: '2027-01-10',
          evidenceUrl: null,
        });
    });
    // A fresh load (the tab's cached answer would be shown first otherwise).
    await page.goto(divergenceUrl);
    await page.reload();
    await page.locator('#div-waiting', { hasText: 'France' }).waitFor();
    expect(await page.locator('#div-state [data-state]').innerText()).toBe('Under discussion');
    expect(await page.locator('#div-waiting').innerText()).not.toContain('Germany');

    // The third reports done: the page, reloaded, shows the divergence resolved.
    await withServices((s) =>
      s.consultations.report(principal('FRA'), proposalId, {
        status: 'done',
        date: '2027-01-12',
        evidenceUrl: 'https://example.org/fra-decree',
      }),
    );
    await page.reload();
    await page.locator('#div-state [data-state="resolved"]').waitFor();
    expect(await page.locator('#div-resolution').count()).toBe(0);
    expect(await page.locator('#div-history li[data-to="resolved"]').innerText()).toContain(
      'the platform',
    );
    expect(await page.locator('#div-proposal a').getAttribute('href')).toBe(href);
    await expectAccessible(page, '#/divergences/item (member delegate, resolved)');

    // The register says so too.
    await page.goto(`${harness.url}/#/divergences?state=resolved`);
    await page.locator('tr[data-kind="positions-differ"][data-state="resolved"]').waitFor();
    expect(errors).toEqual([]);
  });
  it('lets the secretariat recompute, reopen, accept and link a proposal, each with its reason', async () => {
    expect(flow.divergenceUrl).not.toBe('');
    const { page, errors } = await signIn({ ...E2E_ADMIN, name: 'Secretariat' });

    // The register's recomputation: every source runs; the resolved divergence stays resolved.
    await page.locator('#div-recompute').click();
    await page.locator('#div-recompute-result', { hasText: /^Recomputed: \d+ found/ }).waitFor();
    await page.goto(`${harness.url}/#/divergences?source=positions`);
    await page.locator('tr[data-kind="positions-differ"][data-state="resolved"]').waitFor();

    // Reopen needs a reason: refused empty, then done with one.
    await page.goto(flow.divergenceUrl);
    await page.reload();
    const reopen = page.locator('#div-reopen-form');
    await reopen.getByRole('button', { name: 'Reopen the divergence' }).click();
    expect(await reopen.locator('.field-error').innerText()).toBe(
      'Say why: the reason is required.',
    );
    expect(await page.locator('#div-state [data-state]').innerText()).toBe('Resolved');
    await reopen.getByLabel('Reason').fill('France’s decree was suspended.');
    await reopen.getByRole('button', { name: 'Reopen the divergence' }).click();
    await page.locator('#div-state [data-state="open"]').waitFor();
    expect(await page.locator('#div-state-note').innerText()).toBe(
      'Reason given: France’s decree was suspended.',
    );

    // Accept (live with it), with its reason, then reopen it again.
    const accept = page.locator('#div-accept-form');
    await accept.getByLabel('Reason').fill('The members agree to differ until the review.');
    await accept.getByRole('button', { name: 'Accept the divergence' }).click();
    await page.locator('#div-state [data-state="accepted"]').waitFor();
    expect(await page.locator('#div-history li[data-to="accepted"]').innerText()).toContain(
      'The members agree to differ until the review.',
    );
    await expectAccessible(page, '#/divergences/item (secretariat, accepted)');
    await page.locator('#div-reopen-form').getByLabel('Reason').fill('The review has started.');
    await page
      .locator('#div-reopen-form')
      .getByRole('button', { name: 'Reopen the divergence' })
      .click();
    await page.locator('#div-state [data-state="open"]').waitFor();

    // Link the adopted proposal again: every member reported it done, so the register settles it
    // resolved as soon as it is read again.
    const link = page.locator('#div-link-form');
    await link.getByRole('button', { name: 'Link the proposal' }).click();
    expect(await link.locator('.field-error').innerText()).toBe('Give the proposal’s id.');
    await link.getByLabel('Proposal id').fill(flow.proposalId);
    await link.getByRole('button', { name: 'Link the proposal' }).click();
    await page.locator('#div-state [data-state="resolved"]').waitFor();
    expect(await page.locator('#div-proposal a').getAttribute('href')).toBe(
      `#/proposals/${flow.proposalId}`,
    );
    expect(errors).toEqual([]);
  });
});
