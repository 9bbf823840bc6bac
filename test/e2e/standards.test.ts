// Browser flow: standards committees on ISO's 796 (the starter dataset's; imported from
// ../shared/data/standards when a starter bundle lacks them) — the engagement dashboard for the G7
// with China as concern, its headline figures and the uncontested ISO/IEC JTC 1/SC 43, followed to
// the committee page where China holds the secretariat; the committees table filtered by the `ai`
// tag; signed in as the secretariat, recording a meeting's coordination (refused first without a
// date, in words) and its outcome; the snapshots page; the secretariat adding a strategic area
// (found again as a filter of the committees table), refused an unknown committee in words, and
// removing it; the axe check of each page.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlatform } from '../../src/services/platform.ts';
import { buildServices } from '../../src/services/services.ts';
import { hasStandardsData, ISO_COMMITTEE_FILES, STANDARDS_DIR } from '../standards-data.ts';
import {
  chromiumAvailable,
  E2E_ADMIN,
  expectAccessible,
  startBrowserHarness,
  type BrowserHarness,
} from './browser-harness.ts';

/** Committees on the test server (0 when neither the starter nor the shared data has them). */
let committees = 0;
/** Whether the server holds the second snapshot, in which Japan left SC 42. */
let japanLeft = false;

const SC42 = 'ISO/IEC JTC 1/SC 42';
const SC43 = 'ISO/IEC JTC 1/SC 43';
const SC41 = 'ISO/IEC JTC 1/SC 41';
const committeePath = (ref: string) => `/standards/committee?ref=${encodeURIComponent(ref)}`;

/**
 * ISO's participation file without Japan's P membership of SC 42, in a temp folder: importing it
 * records one change and raises one alert (Japan is a member of T12, the coalition the alerts
 * watch by default, and SC 42 is tagged `ai`).
 */
function participationWithoutJapanInSc42(dir: string): string {
  const lines = readFileSync(ISO_COMMITTEE_FILES.participation, 'utf8').split('\n');
  const kept = lines.filter((l) => !/^\d+,ISO\/IEC JTC 1\/SC 42,[^,]+,P,JPN\r?$/.test(l));
  if (kept.length !== lines.length - 1)
    throw new Error(`expected one row of Japan in ${SC42}, found ${lines.length - kept.length}`);
  const file = join(dir, 'participation.csv');
  writeFileSync(file, kept.join('\n'));
  return file;
}

async function prepare(databaseUrl: string): Promise<void> {
  const platform = await openPlatform(databaseUrl);
  const dir = mkdtempSync(join(tmpdir(), 'standards-e2e-'));
  try {
    const s = buildServices(platform);
    const iso = (participation: string) =>
      s.imports.run({
        format: 'iso-committees',
        file: ISO_COMMITTEE_FILES.committees,
        options: { participation, bodies: ISO_COMMITTEE_FILES.bodies },
      });
    committees = (await s.standards.committees()).total;
    if (committees === 0 && hasStandardsData) {
      if (!(await iso(ISO_COMMITTEE_FILES.participation)).written)
        throw new Error('the ISO committees were not imported');
      committees = (await s.standards.committees()).total;
    }
    if (committees > 0 && hasStandardsData) {
      const summary = await iso(participationWithoutJapanInSc42(dir));
      if (!summary.written) throw new Error('the second ISO snapshot was not imported');
      japanLeft = true;
    }
  } finally {
    await platform.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (committees === 0)
    console.warn(
      `standards browser flows SKIPPED: the starter dataset has no committees and ${STANDARDS_DIR} is missing`,
    );
  else if (!japanLeft)
    console.warn(`standards snapshot browser flow SKIPPED: ${STANDARDS_DIR} is missing`);
}

/** Waits until nothing in #main is loading any more. */
async function settled(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('#main [aria-busy="true"]').count(), { timeout: 30_000 })
    .toBe(0);
}

describe.skipIf(!chromiumAvailable)('standards pages', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness({ prepare });
  }, 240_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('shows the G7’s engagement against China and follows SC 43, which China leads unopposed, to its page', async (ctx) => {
    if (committees === 0) return ctx.skip();
    const { page, errors } = await harness.open('/#/standards/engagement?coalition=G7&concern=CHN');
    await page.locator('#fig-active').waitFor();
    expect(await page.locator('#fig-active').innerText()).toBe('779');
    // China's 94 secretariats of active committees (issue 13's real-data figures).
    expect(await page.locator('#fig-concern').innerText()).toBe('94');
    // The coalition's figure is the sum of its members' rows in the table.
    const memberTotals = await page
      .locator('table.standards-secretariats tbody tr[data-side="coalition"]')
      .evaluateAll((rows) =>
        rows.map((r) => Number(r.querySelector('td.num')?.textContent?.replace(/,/g, ''))),
      );
    expect(memberTotals).toHaveLength(7);
    expect(Number((await page.locator('#fig-coalition').innerText()).replace(/,/g, ''))).toBe(
      memberTotals.reduce((a, b) => a + b, 0),
    );
    expect(await page.locator('#fig-coverage').innerText()).toMatch(/^\d+(\.\d)?%/);
    expect(await page.locator('#engagement-coalition').inputValue()).toBe('G7');
    // The members' bars and China's in the chart, one table row per member and concern economy.
    // The chart is drawn once it is near the viewport, or when the browser is next idle.
    await expect.poll(() => page.locator('[data-chart="secretariats"] svg').count()).toBe(1);
    expect(
      await page
        .locator('table.standards-secretariats tbody tr[data-side="concern"]')
        .getAttribute('data-iso3'),
    ).toBe('CHN');
    // Coverage by tag: brain–computer interfaces has no member secretariat.
    expect(
      await page
        .locator('table.standards-by-tag tr[data-tag="bci"]')
        .getAttribute('data-uncovered'),
    ).toBe('true');
    await page.locator('[data-chart="trend"] svg').waitFor();

    const row = page.locator(`table.standards-uncontested tr[data-ref="${SC43}"]`);
    expect(await row.getAttribute('data-secretariat')).toBe('CHN');
    await settled(page);
    await expectAccessible(page, '#/standards/engagement?coalition=G7&concern=CHN');

    await row.getByRole('link', { name: SC43 }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/standards/committee?ref='));
    await page.locator('#main h1', { hasText: SC43 }).waitFor();
    const secretariat = page.locator('#committee-secretariat');
    expect(await secretariat.getAttribute('data-iso3')).toBe('CHN');
    expect(await secretariat.innerText()).toMatch(/^China \(SAC\)$/);
    expect(await page.locator('#committee-parent a').getAttribute('href')).toBe(
      `#/standards/committee?ref=${encodeURIComponent('ISO/IEC JTC 1')}`,
    );
    const member = page.locator('table.standards-members tbody tr[data-iso3="CHN"]');
    expect(await member.getAttribute('data-role')).toBe('secretariat');
    // The map colours China as the secretariat.
    await page.locator('.standards-map svg path[data-iso3="CHN"][data-has-value="true"]').waitFor();
    expect(await page.locator('#members-not-listed').count()).toBe(1);
    expect(await page.locator('a[data-nav="standards"]').getAttribute('aria-current')).toBe('page');
    await settled(page);
    await expectAccessible(page, `#${committeePath(SC43)}`);
    expect(errors).toEqual([]);
  });

  it('filters the committees by the ai tag and finds SC 42', async (ctx) => {
    if (committees === 0) return ctx.skip();
    const { page, errors } = await harness.open('/#/standards');
    await page.locator('table.standards-committees tbody tr[data-ref]').nth(100).waitFor();
    expect(await page.locator('#committees-count').innerText()).toMatch(/796 imported/);
    await page.locator('#standards-tag').selectOption('ai');
    await page.waitForFunction(() => location.hash.includes('tag=ai'));
    const sc42 = page.locator(`table.standards-committees tr[data-ref="${SC42}"]`);
    await sc42.waitFor();
    await expect
      .poll(() => page.locator('table.standards-committees tbody tr[data-ref]').count())
      .toBeLessThan(20);
    expect(await sc42.locator('.standards-tags li[data-tag="ai"]').count()).toBe(1);
    expect(await sc42.locator('a').first().getAttribute('href')).toBe(
      `#/standards/committee?ref=${encodeURIComponent(SC42)}`,
    );
    await settled(page);
    await expectAccessible(page, '#/standards?tag=ai');
    expect(errors).toEqual([]);
  });

  it('lets the secretariat record a meeting of SC 42 and its outcome, refusing a missing date in words', async (ctx) => {
    if (committees === 0) return ctx.skip();
    const { page, errors } = await harness.open(
      `/#/login?next=${encodeURIComponent(committeePath(SC42))}`,
    );
    await page.locator('#login-email').fill(E2E_ADMIN.email);
    await page.locator('#login-password').fill(E2E_ADMIN.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/standards/committee'));
    await page.locator('#coordination-none').waitFor();

    await page.locator('#coord-place').fill('Geneva');
    await page.locator('#coord-attending').fill('Japan');
    await page.locator('#coord-attending-list button[data-code="JPN"]').click();
    await page.locator('#coord-attending').fill('Germany');
    await page.locator('#coord-attending-list button[data-code="DEU"]').click();
    await page
      .locator('#coord-position')
      .fill('Support the new work item on AI risk management; oppose the scope change.');
    // No date: refused, in words, on the field.
    await page.getByRole('button', { name: 'Record the meeting' }).click();
    const refused = page.locator('.coordination-form .notice-error');
    await refused.waitFor();
    expect(await refused.innerText()).toMatch(
      /The meeting could not be recorded[\s\S]*Meeting date/,
    );
    expect(await page.locator('#coord-date').getAttribute('aria-invalid')).toBe('true');

    await page.locator('#coord-date').fill('2026-04-14');
    await page.getByRole('button', { name: 'Record the meeting' }).click();
    const row = page.locator('table.standards-coordination tbody tr[data-date="2026-04-14"]');
    await row.waitFor();
    expect(await page.locator('.coordination-form .notice-error').count()).toBe(0);
    const text = await row.innerText();
    expect(text).toMatch(/Geneva/);
    expect(text).toMatch(/Germany, Japan/);
    expect(text).toMatch(/AI risk management/);
    await settled(page);
    await expectAccessible(page, `#${committeePath(SC42)} (secretariat, a meeting recorded)`);

    await row.getByText('Add the outcome').click();
    await row.locator('textarea').fill('The new work item was approved.');
    await row.getByRole('button', { name: 'Save the outcome' }).click();
    await row.getByText('The new work item was approved.').waitFor();
    // The form closes once the saved record is shown again: wait for it rather than read once.
    await expect.poll(() => row.locator('.outcome-form').count(), { timeout: 30_000 }).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows what the second snapshot changed and lets the secretariat acknowledge its alert', async (ctx) => {
    if (!japanLeft) return ctx.skip();
    const { page, errors } = await harness.open(
      `/#/login?next=${encodeURIComponent('/standards/changes')}`,
    );
    await page.locator('#login-email').fill(E2E_ADMIN.email);
    await page.locator('#login-password').fill(E2E_ADMIN.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/standards/changes'));
    // The newest snapshot that changed anything is shown: Japan leaving SC 42, and nothing else.
    const snapshots = page.locator('table.standards-snapshots tbody tr[data-snapshot]');
    await snapshots.nth(1).waitFor();
    expect(await snapshots.first().getAttribute('data-shown')).toBe('true');
    const changes = page.locator('table.standards-changes tbody tr[data-kind]');
    await changes.first().waitFor();
    expect(await changes.count()).toBe(1);
    expect(await changes.first().getAttribute('data-kind')).toBe('member-left');
    expect(await changes.first().getAttribute('data-ref')).toBe(SC42);
    // Economy names arrive with their own query: wait for them rather than read the row once.
    await expect
      .poll(() => changes.first().innerText(), { timeout: 30_000 })
      .toMatch(/Member left\s+ISO\/IEC JTC 1\/SC 42\s+Japan\s+Participating → —/);

    const alert = page.locator('table.standards-alerts tbody tr[data-alert]');
    expect(await alert.count()).toBe(1);
    expect(await alert.getAttribute('data-acknowledged')).toBe('false');
    expect(await alert.locator('a').first().getAttribute('href')).toBe(
      `#/standards/committee?ref=${encodeURIComponent(SC42)}`,
    );
    await settled(page);
    await expectAccessible(page, '#/standards/changes (secretariat, an alert open)');
    await alert.getByRole('button', { name: `Acknowledge ${SC42}` }).click();
    await page.locator('table.standards-alerts tr[data-acknowledged="true"]').waitFor();
    expect(await alert.innerText()).toMatch(/Acknowledged by you/);
    expect(await page.locator('table.standards-alerts caption').innerText()).toMatch(
      /all acknowledged/,
    );

    // The earlier snapshot, chosen in the table, changed nothing.
    await snapshots.nth(1).getByRole('button').click();
    await page.waitForFunction(() => /snapshot=\d+/.test(location.hash));
    await page
      .locator('#snapshot-changes', { hasText: 'This snapshot changed nothing.' })
      .waitFor();
    expect(errors).toEqual([]);
  });

  it('lets the secretariat add a strategic area naming SC 41, refuses an unknown committee in words, and removes the area', async (ctx) => {
    if (committees === 0) return ctx.skip();
    const { page, errors } = await harness.open(
      `/#/login?next=${encodeURIComponent('/standards/tags')}`,
    );
    await page.locator('#login-email').fill(E2E_ADMIN.email);
    await page.locator('#login-password').fill(E2E_ADMIN.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/standards/tags'));
    await page.locator('table.standards-tag-list tr[data-tag="ai"]').waitFor();
    await page.locator('#tag-form').waitFor();
    // Everyone sees what the alerts watch; the secretariat also gets its form.
    expect(await page.locator('#watch-current-coalition').getAttribute('data-code')).toBe('T12');
    expect(await page.locator('#watch-coalition').count()).toBe(1);

    await page.locator('#tag-code').fill('digital-twins');
    await page.locator('#tag-label').fill('Digital twins');
    await page.locator('#tag-description').fill('Digital twins of products, plants and cities.');
    await page.locator('#tag-committees').fill(SC41);
    await page.getByRole('button', { name: 'Save the area' }).click();
    const row = page.locator('table.standards-tag-list tbody tr[data-tag="digital-twins"]');
    await row.waitFor();
    expect(await row.locator('th').innerText()).toBe('Digital twins');
    expect(await row.locator(`li[data-ref="${SC41}"] a`).getAttribute('href')).toBe(
      `#/standards/committee?ref=${encodeURIComponent(SC41)}`,
    );
    // SC 41 is active: the area covers it at least.
    expect(Number(await row.getAttribute('data-active'))).toBeGreaterThanOrEqual(1);
    // The form is empty again after the save.
    expect(await page.locator('#tag-code').inputValue()).toBe('');
    await settled(page);
    await expectAccessible(page, '#/standards/tags (secretariat, an area added)');

    // The committees table filtered by the new area finds SC 41.
    await page.goto(`${harness.url}/#/standards?tag=digital-twins`);
    const sc41 = page.locator(`table.standards-committees tr[data-ref="${SC41}"]`);
    await sc41.waitFor();
    await expect
      .poll(() => page.locator('table.standards-committees tbody tr[data-ref]').count())
      .toBeLessThan(20);
    expect(await sc41.locator('.standards-tags li[data-tag="digital-twins"]').count()).toBe(1);

    // An area naming a committee no body has: refused, in words, on the field.
    await page.goto(`${harness.url}/#/standards/tags`);
    await page.locator('#tag-form').waitFor();
    await page.locator('#tag-code').fill('no-such-area');
    await page.locator('#tag-label').fill('No such area');
    await page.locator('#tag-committees').fill('ISO/TC 99999');
    await expect
      .poll(() => page.locator('#tag-committees-hint').innerText())
      .toMatch(/Not among the imported committees: ISO\/TC 99999/);
    await page.getByRole('button', { name: 'Save the area' }).click();
    const refused = page.locator('.tag-form .notice-error');
    await refused.waitFor();
    expect(await refused.innerText()).toMatch(
      /The area could not be saved\s+Some of what was entered is not valid: Committees: no committee 'ISO\/TC 99999'/,
    );
    expect(await page.locator('#tag-committees').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('table.standards-tag-list tr[data-tag="no-such-area"]').count()).toBe(
      0,
    );

    // Removing asks first, then the row goes.
    const added = page.locator('table.standards-tag-list tbody tr[data-tag="digital-twins"]');
    await added.getByRole('button', { name: 'Remove Digital twins' }).click();
    await added.getByText('Remove the area Digital twins?').waitFor();
    await added.getByRole('button', { name: 'Yes, remove' }).click();
    await expect.poll(() => added.count(), { timeout: 30_000 }).toBe(0);
    expect(await page.locator('table.standards-tag-list tr[data-tag="ai"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
