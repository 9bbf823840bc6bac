// Browser flow: the policy registry and members' positions. The registry search finds an
// instrument entered in `prepare` (by words and by its jurisdiction), its title leads to its page
// (fields, topics, citation, versions); a member delegate (Germany) signs in, opens an issue the
// secretariat created, records Germany's current position with that instrument as evidence and a
// pending one with its expected date, sees both on the issue's scale and in its table, and finds
// the pair Germany–France in the divergence matrix with the value the two positions give; the axe
// check of each page. The secretariat creates an issue through the form (refused first with one
// option, in words) and lands on its page.
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
  expectAccessible,
  startBrowserHarness,
} from './browser-harness.ts';

const DEU = {
  email: 'deu@positions.e2e.test',
  password: 'deu-delegate-password',
  name: 'Anna Berger',
};
const ISSUE = 'ai-chip-controls';
const OPTIONS = [
  'No controls',
  'Licence for listed end users',
  'Licence for all destinations of concern',
  'Ban to destinations of concern',
];
/** France's position (recorded in prepare) and the one Germany records in the browser. */
const FRA_OPTION = 0;
const DEU_OPTION = 2;
const DEU_PENDING = 3;
const TITLE = 'Zephyrine Act on accelerator export licensing';
const ids = { instrument: '' };

async function prepare(databaseUrl: string): Promise<void> {
  const platform = await openPlatform(databaseUrl);
  try {
    const s = buildServices(platform);
    const op = { kind: 'operator' } as const;
    await s.accounts.create({
      email: DEU.email,
      name: DEU.name,
      role: 'member_delegate',
      delegation: 'DEU',
      password: DEU.password,
    });
    const instrument = await s.policies.saveInstrument(op, {
      title: TITLE,
      description: 'Licences for exports of advanced AI accelerators to destinations of concern.',
      jurisdiction: 'DEU',
      type: 'law',
      binding: 'binding',
      status: 'adopted',
      dates: { adopted: '2025-06-01' },
      year: 2025,
      responsibleBody: 'Bundestag',
      links: ['https://example.org/zephyrine-act'],
      citation: 'Entered for the browser test',
      confidentiality: 'public',
    });
    ids.instrument = instrument.id;
    await s.positions.saveIssue(op, {
      id: ISSUE,
      workstream: 'export_controls',
      title: 'Export controls on advanced AI chips',
      description: 'How far should members restrict exports of advanced AI accelerators?',
      options: OPTIONS,
      confidentiality: 'public',
    });
    await s.positions.setPosition(op, ISSUE, {
      member: 'FRA',
      option: FRA_OPTION,
      status: 'current',
      note: 'France’s position',
    });
  } finally {
    await platform.close();
  }
}

/** Waits until nothing in #main is loading any more. */
async function settled(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('#main [aria-busy="true"]').count(), { timeout: 30_000 })
    .toBe(0);
}

describe.skipIf(!chromiumAvailable)('policy registry and positions pages', () => {
  let harness: BrowserHarness;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    harness = await startBrowserHarness({ prepare });
  }, 240_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await harness?.close();
  });

  it('finds the entered instrument in the registry and opens its page', async () => {
    const { page, errors } = await harness.open('/#/policies?q=zephyrine');
    const row = page.locator(`#main tr[data-id="${ids.instrument}"]`);
    await row.waitFor();
    expect(await page.locator('#policies-count').innerText()).toBe('1 record matches.');
    expect(await row.innerText()).toContain('Germany');
    expect(await row.innerText()).toContain('2025');
    // Entered by hand: no model mark on its type or bindingness.
    expect(await row.locator('.model-mark').count()).toBe(0);
    await settled(page);
    await expectAccessible(page, '#/policies?q=zephyrine');

    // The jurisdiction filter, from the URL, keeps it; another jurisdiction drops it.
    await page.goto(`${harness.url}/#/policies?q=zephyrine&jurisdictions=FRA`);
    await page.locator('#policies-none').waitFor();
    await page.goto(`${harness.url}/#/policies?q=zephyrine&jurisdictions=DEU`);
    await row.waitFor();

    await row.getByRole('link', { name: TITLE }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/policies/instrument?id='));
    await page.locator('#main h1', { hasText: TITLE }).waitFor();
    expect(await page.locator('#instrument-citation').innerText()).toBe(
      'Entered for the browser test',
    );
    expect(await page.locator('#instrument-links a').getAttribute('href')).toBe(
      'https://example.org/zephyrine-act',
    );
    expect(await page.locator('table.policies-versions tbody tr').count()).toBe(1);
    await settled(page);
    await expectAccessible(page, '#/policies/instrument');
    expect(errors).toEqual([]);
  });

  it('lets a member delegate record its position and shows it on the issue and in the matrix', async () => {
    const context = await harness.browser.newContext({ viewport: DESKTOP });
    contexts.push(context);
    const page = await context.newPage();
    const errors = collectErrors(page);
    const issuePath = `/positions/issue?id=${ISSUE}`;
    await page.goto(`${harness.url}/#/login?next=${encodeURIComponent(issuePath)}`);
    await page.locator('#login-email').fill(DEU.email);
    await page.locator('#login-password').fill(DEU.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/positions/issue'));
    await page.locator('#account-who', { hasText: DEU.name }).waitFor();

    // The issue with France's position; the delegate's form names its delegation.
    await page.locator('#main tr[data-member="FRA"][data-status="current"]').waitFor();
    expect(await page.locator('#record-heading').innerText()).toBe('Record our position (DEU)');
    // The delegate is no secretariat: no member field and no agree-option form.
    expect(await page.locator('#record-member').count()).toBe(0);
    expect(await page.locator('#agree-form').count()).toBe(0);

    // Germany's current position, with the entered instrument as evidence.
    await page.locator('#record-option').selectOption(String(DEU_OPTION));
    await page.locator('#record-evidence').fill(ids.instrument);
    await page.locator('#record-note').fill('Cabinet decision of May');
    await page.getByRole('button', { name: 'Record the position' }).click();
    const current = page.locator('#main tr[data-member="DEU"][data-status="current"]');
    await current.waitFor();
    expect(await current.getAttribute('data-option')).toBe(String(DEU_OPTION));
    expect(await current.getByRole('link', { name: TITLE }).getAttribute('href')).toBe(
      `#/policies/instrument?id=${encodeURIComponent(ids.instrument)}`,
    );

    // A pending position needs its expected date: refused without one, in words.
    await page.locator('#record-option').selectOption(String(DEU_PENDING));
    await page.locator('#record-status').selectOption('pending');
    await page.getByRole('button', { name: 'Record the position' }).click();
    await page.locator('#record-expected-error, #record-form .notice-error').first().waitFor();
    await page.locator('#record-expected').fill('2027-03-01');
    await page.getByRole('button', { name: 'Record the position' }).click();
    const pending = page.locator('#main tr[data-member="DEU"][data-status="pending"]');
    await pending.waitFor();
    expect(await pending.getAttribute('data-option')).toBe(String(DEU_PENDING));
    // Both on the scale: the filled dot and the ring in Germany's row.
    expect(await page.locator('svg.issue-scale g[data-member="DEU"] circle').count()).toBe(2);
    // The history holds France's and Germany's two records.
    await expect
      .poll(() => page.locator('table.issue-history tbody tr').count(), { timeout: 10_000 })
      .toBe(3);
    await settled(page);
    await expectAccessible(page, `#${issuePath} (member delegate)`);

    // The matrix: Germany and France apart by |2 − 0| / (4 − 1) on their one shared issue.
    await page.goto(`${harness.url}/#/positions/matrix`);
    const cell = page.locator('svg.matrix-heat g[data-row="DEU"][data-col="FRA"]');
    await cell.waitFor();
    const expected = Math.abs(DEU_OPTION - FRA_OPTION) / (OPTIONS.length - 1);
    expect(Number(await cell.getAttribute('data-value'))).toBeCloseTo(expected, 6);
    expect(await cell.locator('text').textContent()).toBe(`${Math.round(expected * 100)}%`);
    expect(await page.locator('#main tr[data-issue="ai-chip-controls"]').count()).toBe(1);
    // Pending first: Germany's pending option 3 against France's 0.
    await page.getByLabel('Pending first (where members are heading)').check();
    await page.waitForFunction(() => location.hash.includes('use=pending-first'));
    await expect
      .poll(async () => Number(await cell.getAttribute('data-value')), { timeout: 10_000 })
      .toBeCloseTo(Math.abs(DEU_PENDING - FRA_OPTION) / (OPTIONS.length - 1), 6);
    await settled(page);
    await expectAccessible(page, '#/positions/matrix (member delegate)');

    // The issues list counts the answers and the pending position.
    await page.goto(`${harness.url}/#/positions`);
    const issueRow = page.locator(`#main tr[data-issue="${ISSUE}"]`);
    await issueRow.waitFor();
    expect(await issueRow.innerText()).toContain('Export controls on advanced AI chips');
    await settled(page);
    await expectAccessible(page, '#/positions (member delegate)');
    expect(errors).toEqual([]);
  });

  it('lets the secretariat create an issue, refusing one with a single option in words', async () => {
    const context = await harness.browser.newContext({ viewport: DESKTOP });
    contexts.push(context);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${harness.url}/#/login?next=${encodeURIComponent('/positions')}`);
    await page.locator('#login-email').fill(E2E_ADMIN.email);
    await page.locator('#login-password').fill(E2E_ADMIN.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/positions'));
    await page.locator('#new-issue-form').waitFor();
    await page.locator('#new-issue-id').fill('frontier-model-eval');
    await page.locator('#new-issue-workstream').fill('export_controls');
    await page.locator('#new-issue-title').fill('Mandatory evaluation of frontier models');
    await page.locator('#new-issue-options').fill('Voluntary');
    await page.getByRole('button', { name: 'Create the issue' }).click();
    expect(await page.locator('#new-issue-options-error').innerText()).toContain(
      'give at least 2 options',
    );
    await page
      .locator('#new-issue-options')
      .fill('Voluntary\nMandatory for the largest\nLicensing');
    await page.getByRole('button', { name: 'Create the issue' }).click();
    await page.waitForFunction(() => location.hash === '#/positions/issue?id=frontier-model-eval');
    await page
      .locator('#main h1', { hasText: 'Mandatory evaluation of frontier models' })
      .waitFor();
    await page.locator('#issue-no-positions').waitFor();
    // The secretariat records for any member and sets the agreed option.
    await page.locator('#record-member').waitFor();
    await page.locator('#agree-form').waitFor();
    expect(await page.locator('svg.issue-scale g[data-option]').count()).toBe(3);
    await settled(page);
    await expectAccessible(page, '#/positions/issue?id=frontier-model-eval (secretariat)');
    expect(errors).toEqual([]);
  });
});
