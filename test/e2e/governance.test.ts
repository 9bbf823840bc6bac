// Browser flow: governance — a member delegate signs in and drafts a proposal in a workstream; the
// secretariat opens a short consultation (a move to deliberation while it is open is refused with
// the API's reason), moves it on once closed and opens a short vote; two delegations vote yes, each
// in its own browser context, and see the live tally; one comments; once the vote has closed the
// secretariat records it adopted and the page shows the final tally.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlatform } from '../../src/services/platform.ts';
import { buildServices } from '../../src/services/services.ts';
import {
  type BrowserHarness,
  chromiumAvailable,
  collectErrors,
  DESKTOP,
  E2E_ADMIN,
  startBrowserHarness,
} from './browser-harness.ts';

interface Person {
  email: string;
  password: string;
  name: string;
}

/** Two member delegates (fixed test values, never real secrets). */
const DEU: Person = {
  email: 'deu@e2e.test',
  password: 'deu-delegate-password',
  name: 'Anna Berger',
};
const FRA: Person = {
  email: 'fra@e2e.test',
  password: 'fra-delegate-password',
  name: 'Claire Martin',
};
const SECRETARIAT: Person = { ...E2E_ADMIN, name: 'Secretariat' };
const WORKSTREAM = 'chips';

/** The delegates' accounts and a unanimity workstream where DEU proposes and both vote. */
async function prepareGovernance(databaseUrl: string): Promise<void> {
  const platform = await openPlatform(databaseUrl);
  try {
    const services = buildServices(platform);
    for (const [p, delegation] of [
      [DEU, 'DEU'],
      [FRA, 'FRA'],
    ] as const)
      await services.accounts.create({
        email: p.email,
        name: p.name,
        role: 'member_delegate',
        delegation,
        password: p.password,
      });
    await services.governance.saveWorkstream(
      { kind: 'operator' },
      {
        code: WORKSTREAM,
        name: 'Semiconductor supply',
        description: 'Joint stockpiles and export-control alignment for chips.',
        decisionRule: { kind: 'unanimity' },
        participants: [
          { delegation: 'DEU', rights: ['read', 'propose', 'comment', 'vote'] },
          { delegation: 'FRA', rights: ['read', 'comment', 'vote'] },
        ],
      },
    );
  } finally {
    await platform.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whole-second times `offsets` ms from now, as datetime-local values in the page's zone. */
function localTimes(page: Page, offsets: number[]): Promise<{ value: string; ms: number }[]> {
  return page.evaluate((offs) => {
    const pad = (n: number) => String(n).padStart(2, '0');
    return offs.map((o) => {
      const d = new Date(Math.floor((Date.now() + o) / 1000) * 1000);
      return {
        value: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`,
        ms: d.getTime(),
      };
    });
  }, offsets);
}

describe.skipIf(!chromiumAvailable)('governance pages', () => {
  let harness: BrowserHarness;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    harness = await startBrowserHarness({ prepare: prepareGovernance });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await harness?.close();
  });

  /** A separate browser context (its own cookies) signed in as `person`. */
  async function signIn(person: Person): Promise<{ page: Page; errors: string[] }> {
    const context = await harness.browser.newContext({ viewport: DESKTOP });
    contexts.push(context);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${harness.url}/#/proposals`);
    await page.locator('#account-slot a', { hasText: 'Sign in' }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/login'));
    await page.locator('#login-email').fill(person.email);
    await page.locator('#login-password').fill(person.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/proposals'));
    await page.locator('#account-who', { hasText: person.name }).waitFor();
    return { page, errors };
  }

  const state = (page: Page) => page.locator('#proposal-state');
  const count = (page: Page, key: string) => page.locator(`#tally-counts [data-count="${key}"] dd`);

  it('takes a proposal from draft through consultation and a vote to adopted', async () => {
    // DEU drafts the proposal.
    const deu = await signIn(DEU);
    expect(await deu.page.locator('#account-who').innerText()).toBe(
      'Anna Berger (member delegate, DEU)',
    );
    expect(await deu.page.locator('a[data-nav="proposals"]').getAttribute('aria-current')).toBe(
      'page',
    );
    await deu.page.getByRole('button', { name: 'New proposal' }).click();
    await deu.page.locator('#new-title').fill('Joint chip stockpile');
    await deu.page
      .locator('#new-text')
      .fill('The members keep a joint stockpile of legacy chips.\nIt covers 90 days of demand.');
    await deu.page.locator('#new-confidentiality').selectOption('alliance');
    expect(await deu.page.locator('#new-workstream').inputValue()).toBe(WORKSTREAM);
    await deu.page.getByRole('button', { name: 'Create the draft' }).click();
    await deu.page.waitForFunction(() => /^#\/proposals\/[0-9a-f-]{36}$/.test(location.hash));
    const path = new URL(deu.page.url()).hash.slice(1);
    await state(deu.page).waitFor();
    expect(await state(deu.page).innerText()).toBe('Draft');
    expect(await deu.page.locator('#proposal-title').innerText()).toBe('Joint chip stockpile');
    // A delegation does not move proposals through the lifecycle.
    expect(await deu.page.locator('#lifecycle').count()).toBe(0);

    // FRA signs in now, so that the vote below does not wait for it.
    const fra = await signIn(FRA);

    // The secretariat opens a consultation that closes in a few seconds.
    const sec = await signIn(SECRETARIAT);
    await sec.page.goto(`${harness.url}/#${path}`);
    await state(sec.page).waitFor();
    const [consultOpens, consultCloses] = await localTimes(sec.page, [-60_000, 4_000]);
    await sec.page.locator('#move-consultation-opens').fill(consultOpens!.value);
    await sec.page.locator('#move-consultation-closes').fill(consultCloses!.value);
    await sec.page.locator('[data-move="consultation"]').click();
    await state(sec.page).filter({ hasText: 'Consultation' }).waitFor();

    // Deliberation before the consultation has closed: refused, with the API's reason.
    await sec.page.locator('[data-move="deliberation"]').click();
    const refusal = sec.page.locator('.gov-move[data-to="deliberation"] .notice-error');
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/the consultation is open until .*(HTTP 409)/s);

    await sleep(Math.max(0, consultCloses!.ms - Date.now() + 300));
    await sec.page.locator('[data-move="deliberation"]').click();
    await state(sec.page).filter({ hasText: 'Deliberation' }).waitFor();

    // The secretariat opens the vote: open now, closing in a few seconds.
    const [voteOpens, voteCloses] = await localTimes(sec.page, [-60_000, 12_000]);
    await sec.page.locator('#move-voting-opens').fill(voteOpens!.value);
    await sec.page.locator('#move-voting-closes').fill(voteCloses!.value);
    await sec.page.locator('[data-move="voting"]').click();
    await state(sec.page).filter({ hasText: 'Voting' }).waitFor();
    // The secretariat has no delegation: no ballot of its own.
    await sec.page.locator('#tally').waitFor();
    expect(await sec.page.locator('#ballot').count()).toBe(0);

    // DEU votes yes and sees it counted; the outcome is not decided while FRA has not voted.
    await deu.page.reload();
    await deu.page.locator('#ballot [data-choice="yes"]').click();
    await count(deu.page, 'yes').filter({ hasText: '1' }).waitFor();
    expect(await deu.page.locator('#ballot [data-choice="yes"]').getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await count(deu.page, 'not-voted').innerText()).toBe('1');
    expect(await deu.page.locator('#tally-decided').innerText()).toMatch(/^Not decided yet/);

    // FRA votes yes in its own context: every member has voted yes.
    await fra.page.goto(`${harness.url}/#${path}`);
    await fra.page.locator('#ballot [data-choice="yes"]').click();
    await count(fra.page, 'yes').filter({ hasText: '2' }).waitFor();
    expect(await fra.page.locator('#tally-outcome').innerText()).toMatch(/Adopted/);
    expect(await fra.page.locator('#tally-decided').innerText()).toMatch(/^Decided/);
    const row = fra.page.locator('#tally-thresholds tr[data-threshold="yes votes"]');
    expect(await row.innerText()).toMatch(/at least 2 members\s+2 members\s+Met\s+±0/);
    expect(await fra.page.locator('#tally-explanation').innerText()).toMatch(
      /Unanimity: every member votes yes\./,
    );

    // DEU's page follows the live tally without a reload.
    await count(deu.page, 'yes').filter({ hasText: '2' }).waitFor({ timeout: 8_000 });
    expect(await count(deu.page, 'not-voted').innerText()).toBe('0');

    // FRA comments.
    await fra.page.locator('#comment-body').fill('France supports the 90-day cover.');
    await fra.page.getByRole('button', { name: 'Post the comment' }).click();
    const comment = fra.page.locator('.gov-comment', { hasText: 'France supports' });
    await comment.waitFor();
    expect(await comment.locator('.gov-delegation').innerText()).toBe('FRA');

    // Once the window has closed, the secretariat records the outcome.
    await sleep(Math.max(0, voteCloses!.ms - Date.now() + 500));
    await sec.page.locator('#vote-status', { hasText: 'The vote has closed' }).waitFor();
    await sec.page.locator('[data-move="adopted"]').click();
    await state(sec.page).filter({ hasText: 'Adopted' }).waitFor();
    await sec.page.locator('#tally[data-final="true"]').waitFor();
    expect(await sec.page.locator('#voting-heading').innerText()).toBe('The final tally');
    expect(await sec.page.locator('#tally-outcome').innerText()).toMatch(/Outcome\s*Adopted/);
    expect(await count(sec.page, 'yes').innerText()).toBe('2');
    expect(await sec.page.locator('#tally-decided').innerText()).toMatch(/^Final/);
    expect(await sec.page.locator('.gov-comment', { hasText: 'France supports' }).count()).toBe(1);

    expect(deu.errors).toEqual([]);
    expect(fra.errors).toEqual([]);
    expect(sec.errors).toEqual([]);
  }, 90_000);

  it('refuses a wrong password, and lets the secretariat create a workstream', async () => {
    const { page, errors } = await harness.open('/#/login?next=/workstreams');
    await page.locator('#login-email').fill(E2E_ADMIN.email);
    await page.locator('#login-password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.locator('.notice-error', { hasText: 'You could not be signed in' }).waitFor();
    expect(await page.locator('.notice-error').innerText()).toMatch(/HTTP 401/);

    await page.locator('#login-password').fill(E2E_ADMIN.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForFunction(() => location.hash === '#/workstreams');
    await page.getByRole('button', { name: 'New workstream' }).click();
    const form = page.locator('.gov-workstream-form');
    await form.getByLabel('Code').fill('ai-evals');
    await form.getByLabel('Name').fill('AI evaluations');
    await form.getByLabel('Kind').selectOption('double-majority');
    await form.getByLabel('Members %').fill('55');
    await form.getByLabel('Weight %').fill('65');
    await form.getByLabel('Weight', { exact: true }).selectOption('equal');
    await form.getByRole('button', { name: 'Add a delegation' }).click();
    await form.getByLabel('Delegation').fill('jpn');
    await form.getByLabel('Vote', { exact: true }).check();
    await form.getByRole('button', { name: 'Create the workstream' }).click();
    const card = page.locator('.gov-workstream[data-workstream="ai-evals"]');
    await card.waitFor();
    expect(await card.locator('.gov-rule-line').innerText()).toBe(
      'Decision rule: Double majority: 55% of members representing 65% of members (equal weights)',
    );
    expect(await card.locator('tbody tr').innerText()).toMatch(/JPN\s+Read, Comment, Vote/);
    expect(errors).toEqual([]);
  });
});
