// Browser flow: consultations and commitments — the secretariat puts a single-choice question on a
// draft and opens its consultation; a member delegate (DEU) answers yes and an industry stakeholder
// based in the USA answers no, each in its own browser context; the results show the raw and the
// per-economy weighted shares. On a proposal adopted beforehand (through the services, with a vote
// window of a second or two), DEU reports implementation done with evidence, and the commitments
// page shows it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/core/accounts/access.ts';
import { parseProposalDraft } from '../../src/core/governance/proposal.ts';
import { openPlatform } from '../../src/services/platform.ts';
import { buildServices } from '../../src/services/services.ts';
import {
  type BrowserHarness,
  chromiumAvailable,
  collectErrors,
  DESKTOP,
  E2E_ADMIN,
  PHONE,
  startBrowserHarness,
  type Viewport,
} from './browser-harness.ts';

interface Person {
  email: string;
  password: string;
  name: string;
}

/** Fixed test values, never real secrets. */
const DEU: Person = {
  email: 'deu-consult@e2e.test',
  password: 'deu-consult-password',
  name: 'Jonas Weber',
};
const FRA: Person = {
  email: 'fra-consult@e2e.test',
  password: 'fra-consult-password',
  name: 'Léa Dubois',
};
const ACME: Person = {
  email: 'acme@e2e.test',
  password: 'acme-stakeholder-password',
  name: 'ACME Industries',
};
const SECRETARIAT: Person = { ...E2E_ADMIN, name: 'Secretariat' };
const WORKSTREAM = 'export-controls';
/** Set to a directory to save screenshots of the pages (e.g. scratch/shots). */
const SHOTS = process.env.CONSULTATION_SHOTS;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Filled in by `prepare`. */
const ids = { draft: '', adopted: '' };

/**
 * The accounts, a workstream where DEU proposes, DEU and FRA respond and vote and the USA
 * responds; a draft for the consultation; and a proposal adopted unanimously by DEU and FRA in a
 * vote whose window closes a moment after their ballots.
 */
async function prepare(databaseUrl: string): Promise<void> {
  const platform = await openPlatform(databaseUrl);
  try {
    const services = buildServices(platform);
    const operator: Principal = { kind: 'operator' };
    const principals: Record<string, Principal> = {};
    for (const [p, role, delegation, constituency] of [
      [DEU, 'member_delegate', 'DEU', null],
      [FRA, 'member_delegate', 'FRA', null],
      [ACME, 'stakeholder', 'USA', 'industry'],
    ] as const) {
      const a = await services.accounts.create({
        email: p.email,
        name: p.name,
        role,
        delegation,
        ...(constituency ? { constituency } : {}),
        password: p.password,
      });
      principals[delegation] = {
        kind: 'account',
        accountId: a.id,
        email: a.email,
        name: a.name,
        role: a.role,
        delegation: a.delegation,
        constituency: a.constituency,
      };
    }
    await services.governance.saveWorkstream(operator, {
      code: WORKSTREAM,
      name: 'Export controls',
      description: 'Aligning export controls on dual-use technology.',
      decisionRule: { kind: 'unanimity' },
      participants: [
        { delegation: 'DEU', rights: ['read', 'propose', 'comment', 'respond', 'vote'] },
        { delegation: 'FRA', rights: ['read', 'comment', 'respond', 'vote'] },
        { delegation: 'USA', rights: ['read', 'respond'] },
      ],
    });
    const deu = principals.DEU!;
    const draft = await services.governance.create(
      deu,
      parseProposalDraft({
        title: 'Common licence for lithography tools',
        text: 'The members require one common licence for exports of lithography tools.',
        confidentiality: 'alliance',
        workstream: WORKSTREAM,
      }),
    );
    ids.draft = draft.id;

    const adopted = await services.governance.create(
      deu,
      parseProposalDraft({
        title: 'Shared list of controlled items',
        text: 'The members keep one shared list of controlled dual-use items.',
        confidentiality: 'alliance',
        workstream: WORKSTREAM,
      }),
    );
    ids.adopted = adopted.id;
    await services.governance.transition(operator, adopted.id, { to: 'deliberation' });
    const closes = Date.now() + 1500;
    await services.governance.transition(operator, adopted.id, {
      to: 'voting',
      window: {
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(closes).toISOString(),
      },
    });
    await services.governance.vote(deu, adopted.id, { choice: 'yes' });
    await services.governance.vote(principals.FRA!, adopted.id, { choice: 'yes' });
    await sleep(Math.max(0, closes - Date.now() + 200));
    await services.governance.transition(operator, adopted.id, { to: 'adopted' });
  } finally {
    await platform.close();
  }
}

/** Whole-second times `offsets` ms from now, as datetime-local values in the page's zone. */
function localTimes(page: Page, offsets: number[]): Promise<string[]> {
  return page.evaluate((offs) => {
    const pad = (n: number) => String(n).padStart(2, '0');
    return offs.map((o) => {
      const d = new Date(Math.floor((Date.now() + o) / 1000) * 1000);
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
    });
  }, offsets);
}

describe.skipIf(!chromiumAvailable)('consultation and commitments pages', () => {
  let harness: BrowserHarness;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    harness = await startBrowserHarness({ prepare });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await harness?.close();
  });

  /** A separate browser context (its own cookies) signed in as `person`. */
  async function signIn(
    person: Person,
    viewport: Viewport = DESKTOP,
  ): Promise<{ page: Page; errors: string[] }> {
    const context = await harness.browser.newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${harness.url}/#/login?next=/proposals`);
    await page.locator('#login-email').fill(person.email);
    await page.locator('#login-password').fill(person.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/proposals'));
    await page.locator('#account-who', { hasText: person.name }).waitFor();
    return { page, errors };
  }

  async function shot(page: Page, name: string): Promise<void> {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    for (const [label, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.screenshot({ path: join(SHOTS, `${name}-${label}.png`), fullPage: true });
    }
    await page.setViewportSize(DESKTOP);
  }

  const state = (page: Page) => page.locator('#proposal-state');
  const share = (page: Page, option: string, kind: 'raw' | 'weighted') =>
    page.locator(
      `#consultation-results [data-question="q1"] tr[data-option="${option}"] [data-share="${kind}"] .gov-share-value`,
    );

  it('sets a question, collects two answers and shows raw and weighted results', async () => {
    const sec = await signIn(SECRETARIAT);
    const deu = await signIn(DEU);
    const acme = await signIn(ACME);

    // A delegate sees no consultation on the draft yet.
    await deu.page.goto(`${harness.url}/#/proposals/${ids.draft}`);
    await state(deu.page).waitFor();
    expect(await deu.page.locator('#consultation').count()).toBe(0);

    await sec.page.goto(`${harness.url}/#/proposals/${ids.draft}`);
    await state(sec.page).waitFor();
    await sec.page.locator('#question-editor').waitFor();
    // The secretariat opens the consultation, closing in 20 seconds (questions set on a draft
    // without a consultation window cannot be read back yet: GET answers 400)…
    const [opens, closes] = await localTimes(sec.page, [-60_000, 20_000]);
    await sec.page.locator('#move-consultation-opens').fill(opens!);
    await sec.page.locator('#move-consultation-closes').fill(closes!);
    await sec.page.locator('[data-move="consultation"]').click();
    await state(sec.page).filter({ hasText: 'Consultation' }).waitFor();
    // … and sets the question.
    const editor = sec.page.locator('#question-editor');
    await editor.waitFor();
    await editor.getByLabel('Kind').selectOption('single-choice');
    await editor
      .getByLabel('Question', { exact: true })
      .fill('Should the members require one common licence?');
    await editor.getByLabel('Options, one per line').fill('Yes\nNo');
    await editor.getByLabel('An answer is required').check();
    await editor.getByRole('button', { name: 'Add the question' }).click();
    await sec.page.locator('#question-list li[data-question="q1"]').waitFor();
    expect(await sec.page.locator('#question-list li').innerText()).toMatch(
      /Should the members require one common licence\?\s*Required\s*Single choice: Yes · No/,
    );
    await sec.page
      .locator('#consultation-status', { hasText: 'The consultation is open until' })
      .waitFor();

    // The secretariat does not answer.
    expect(await sec.page.locator('#consultation-form').count()).toBe(0);

    // DEU answers yes.
    await deu.page.reload();
    await deu.page.locator('#consultation-form').waitFor();
    await deu.page.locator('#answer-q1-yes').check();
    await deu.page.getByRole('button', { name: 'Send my answers' }).click();
    await deu.page.locator('#consultation-counts', { hasText: '1 respondent' }).waitFor();
    // Its answer is kept and may be replaced.
    expect(await deu.page.locator('#answer-q1-yes').isChecked()).toBe(true);
    expect(await deu.page.getByRole('button', { name: 'Replace my answers' }).count()).toBe(1);

    // The stakeholder (industry, USA) answers no.
    await acme.page.goto(`${harness.url}/#/proposals/${ids.draft}`);
    await acme.page.locator('#consultation-form').waitFor();
    await acme.page.locator('#answer-q1-no').check();
    await acme.page.getByRole('button', { name: 'Send my answers' }).click();
    await acme.page.locator('#consultation-counts', { hasText: '2 respondents' }).waitFor();

    // Everyone sees the results: two economies, each weighing 1.
    await sec.page.reload();
    await sec.page.locator('#consultation-counts', { hasText: '2 respondents' }).waitFor();
    const counts = await sec.page.locator('#consultation-counts').innerText();
    expect(counts).toMatch(/2 respondents from 2 economy groups \((DEU 1, USA 1|USA 1, DEU 1)\)/);
    expect(counts).toMatch(/Members 1, Industry 1/);
    for (const option of ['yes', 'no'])
      for (const kind of ['raw', 'weighted'] as const)
        expect(await share(sec.page, option, kind).innerText()).toBe('50%');
    expect(await sec.page.locator('.gov-weighting-note').innerText()).toMatch(
      /respondents from one economy together weigh 1/,
    );
    await shot(sec.page, 'consultation-results');

    expect(sec.errors).toEqual([]);
    expect(deu.errors).toEqual([]);
    expect(acme.errors).toEqual([]);
  }, 60_000);

  it('takes DEU’s implementation report and shows it on the commitments page', async () => {
    const deu = await signIn(DEU);
    await deu.page.goto(`${harness.url}/#/proposals/${ids.adopted}`);
    await state(deu.page).filter({ hasText: 'Adopted' }).waitFor();
    const form = deu.page.locator('#implementation');
    await form.waitFor();
    await form.getByLabel('Status').selectOption('done');
    await form.getByLabel(/Evidence/).fill('https://example.gov/controlled-items');
    await form.getByLabel('As of').fill('2026-01-15');
    await form.getByRole('button', { name: 'Report' }).click();
    await deu.page.locator('#report-result .notice-success', { hasText: 'Done' }).waitFor();

    await deu.page.locator('a[data-nav="commitments"]').click();
    await deu.page.waitForFunction(() => location.hash === '#/commitments');
    const cell = deu.page.locator(
      `#commitments-grid tr[data-member="DEU"] td[data-proposal="${ids.adopted}"]`,
    );
    await cell.waitFor();
    expect(await cell.getAttribute('data-status')).toBe('done');
    expect(await cell.locator('.badge').innerText()).toBe('Done');
    expect(await cell.locator('a.gov-evidence').getAttribute('href')).toBe(
      'https://example.gov/controlled-items',
    );
    expect(
      await deu.page
        .locator(`#commitments-grid tr[data-member="FRA"] td[data-proposal="${ids.adopted}"]`)
        .getAttribute('data-status'),
    ).toBe('none');
    const row = deu.page.locator(`#commitments-summary tr[data-proposal="${ids.adopted}"]`);
    expect(await row.locator('[data-count="done"]').innerText()).toBe('1');
    expect(await row.locator('.gov-missing').innerText()).toBe('FRA');
    expect(await row.innerText()).toMatch(/50%/);
    expect(await deu.page.locator('a[data-nav="commitments"]').getAttribute('aria-current')).toBe(
      'page',
    );
    // The draft in consultation is not on the dashboard.
    expect(await deu.page.locator(`[data-proposal="${ids.draft}"]`).count()).toBe(0);

    const [download] = await Promise.all([
      deu.page.waitForEvent('download'),
      deu.page.locator('#commitments-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('commitments.csv');
    await shot(deu.page, 'commitments');

    expect(deu.errors).toEqual([]);
  }, 60_000);
});
