// Browser flow: item control lists on the four real lists (wa-2025, us-ccl-2026, no-2022,
// in-scomet-2024) — entry 3B001 side by side, with the paragraphs only the US list controls marked
// and Wassenaar's "not used" ones greyed; a full-text search; the diff of the Wassenaar list and
// Norway's; and the axe check of each page. Skipped without ../shared/data.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlatform } from '../../src/services/platform.ts';
import { buildServices } from '../../src/services/services.ts';
import { importControlLists } from '../control-lists-data.ts';
import { hasSharedData, warnWithoutSharedData } from '../shared-data.ts';
import {
  chromiumAvailable,
  expectAccessible,
  PHONE,
  startBrowserHarness,
  type BrowserHarness,
} from './browser-harness.ts';

warnWithoutSharedData('control-list browser flows');

async function prepare(databaseUrl: string): Promise<void> {
  const platform = await openPlatform(databaseUrl);
  try {
    const summaries = await importControlLists(buildServices(platform));
    const failed = summaries.filter((s) => !s.written);
    if (failed.length > 0)
      throw new Error(`control lists not imported: ${failed.map((s) => s.file).join(', ')}`);
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

describe.skipIf(!chromiumAvailable || !hasSharedData)('control-list pages', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness({ prepare });
  }, 240_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('shows 3B001 side by side, marking what only the US list controls and what Wassenaar no longer uses', async () => {
    const { page, errors } = await harness.open(
      '/#/control-lists/entry/3B001?lists=wa-2025,us-ccl-2026',
    );
    const grid = page.locator('table.entry-grid');
    await grid.locator('tbody tr[data-label="c"]').waitFor();
    expect(
      await grid
        .locator('thead th[data-list]')
        .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-list'))),
    ).toEqual(['wa-2025', 'us-ccl-2026']);
    for (const label of ['c', 'd', 'k', 'l', 'm', 'n', 'p', 'q', 'r']) {
      const row = grid.locator(`tbody tr[data-label="${label}"]`);
      expect(await row.getAttribute('data-only'), label).toBe('us-ccl-2026');
      expect(await row.locator('.only-marker').innerText(), label).toBe('Only in us-ccl-2026');
    }
    // Paragraphs both lists control are not marked.
    for (const label of ['a', 'b.2', 'f.1.a'])
      expect(
        await grid.locator(`tbody tr[data-label="${label}"]`).getAttribute('data-only'),
        label,
      ).toBeNull();
    // Wassenaar's c reads "Not used since 2015": greyed, with its status in words.
    const waC = grid.locator('tbody tr[data-label="c"] td').first();
    expect(await waC.locator('.paragraph').getAttribute('data-status')).toBe('not-used');
    expect(await waC.locator('.badge-not-used').innerText()).toBe('Not used');
    // A US paragraph Wassenaar does not print at all is an empty cell that says so.
    expect(await grid.locator('tbody tr[data-label="c.1"] td').first().innerText()).toBe(
      'not in this list',
    );
    // Numbers are chips; f.1.a's wavelength bound is the same in both lists.
    const chips = grid.locator('tbody tr[data-label="f.1.a"] .param-chip');
    expect(await chips.count()).toBe(2);
    expect(await chips.first().innerText()).toMatch(/< 193 nm/);
    expect(await chips.locator('.param-differs').count()).toBe(0);
    expect(await page.locator('a[data-nav="control-lists"]').getAttribute('aria-current')).toBe(
      'page',
    );
    await settled(page);
    await expectAccessible(page, '#/control-lists/entry/3B001');
    expect(errors).toEqual([]);
  });

  it('searches every list for "EUV" and links each hit to its entry', async () => {
    const { page, errors } = await harness.open('/#/control-lists');
    await page.locator('tr[data-list="wa-2025"]').first().waitFor();
    await page.locator('#control-search').fill('EUV');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const hits = page.locator('table.control-search-hits tbody tr[data-code]');
    await hits.first().waitFor();
    expect(await hits.count()).toBeGreaterThan(3);
    expect(page.url()).toMatch(/q=EUV/);
    const lists = new Set(
      await hits.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-list'))),
    );
    expect([...lists].sort()).toEqual(['in-scomet-2024', 'no-2022', 'us-ccl-2026', 'wa-2025']);
    const first = hits.filter({ hasText: '3B001' }).first();
    expect(await first.locator('a').first().getAttribute('href')).toBe(
      '#/control-lists/entry/3B001',
    );
    // The alignment matrix: one row per member list, a note that munitions were not compared.
    await page.locator('table.alignment-heat tbody tr[data-list="no-2022"]').waitFor();
    expect(await page.locator('table.alignment-heat tbody tr').count()).toBe(3);
    expect(await page.locator('.munitions-note').innerText()).toMatch(
      /Munitions \(ML\) were not compared/,
    );
    await settled(page);
    await expectAccessible(page, '#/control-lists?q=EUV');
    expect(errors).toEqual([]);
  });

  it('diffs the Wassenaar list with Norway’s: 3D006 only in wa-2025', async () => {
    const { page, errors } = await harness.open('/#/control-lists/diff?a=wa-2025&b=no-2022');
    const onlyA = page.locator('#only-a tbody tr[data-code]');
    await onlyA.first().waitFor();
    expect(await page.locator('#only-a tr[data-code="3D006"]').count()).toBe(1);
    expect(await page.locator('#only-b tr[data-code="3D006"]').count()).toBe(0);
    expect(Number(await page.locator('#count-only-a').innerText())).toBe(await onlyA.count());
    expect(await page.locator('#changed tbody tr[data-code]').count()).toBe(
      Number(await page.locator('#count-changed').innerText()),
    );
    expect(
      await page
        .locator('#changed tbody tr[data-code] a', { hasText: 'Side by side' })
        .first()
        .getAttribute('href'),
    ).toMatch(/^#\/control-lists\/entry\/[0-9A-Z]+\?lists=wa-2025,no-2022$/);
    await settled(page);
    await expectAccessible(page, '#/control-lists/diff?a=wa-2025&b=no-2022');
    expect(errors).toEqual([]);
  });

  it('lays the side-by-side view out on a phone without widening the page', async () => {
    const { page, errors } = await harness.open(
      '/#/control-lists/entry/3B001?lists=wa-2025,us-ccl-2026',
      { viewport: PHONE },
    );
    await page.locator('table.entry-grid tbody tr[data-label="c"]').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
  });
});
