// Browser flow: item control lists on the four real lists (wa-2025, us-ccl-2026, no-2022,
// in-scomet-2024) — entry 3B001 side by side, with the paragraphs only the US list controls marked
// and Wassenaar's "not used" ones greyed; a full-text search; the diff of the Wassenaar list and
// Norway's; signed in as the secretariat, linking 3B001.f to the semiconductor chain's
// "Lithography tools" and seeing which lists control it, then removing the link; and the axe check
// of each page. Skipped without ../shared/data (the link flow also without the semiconductor chain).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlatform } from '../../src/services/platform.ts';
import { buildServices } from '../../src/services/services.ts';
import { importControlLists } from '../control-lists-data.ts';
import { hasSharedData, warnWithoutSharedData } from '../shared-data.ts';
import {
  chromiumAvailable,
  E2E_ADMIN,
  expectAccessible,
  PHONE,
  startBrowserHarness,
  type BrowserHarness,
} from './browser-harness.ts';
import {
  importSemiconductors,
  SEMICONDUCTOR_DIR,
  semiconductorsAvailable,
} from './semiconductor-data.ts';

warnWithoutSharedData('control-list browser flows');
if (hasSharedData && !semiconductorsAvailable)
  console.warn(
    `control-list input links browser flow SKIPPED: ${SEMICONDUCTOR_DIR} has no inputs.csv`,
  );

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
  if (semiconductorsAvailable) await importSemiconductors(databaseUrl);
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

  it.skipIf(!semiconductorsAvailable)(
    'lets the secretariat link 3B001.f to Lithography tools, shows which lists control it, and remove the link',
    async () => {
      const next = '/control-lists?chain=semiconductors';
      const { page, errors } = await harness.open(`/#/login?next=${encodeURIComponent(next)}`);
      await page.locator('#login-email').fill(E2E_ADMIN.email);
      await page.locator('#login-password').fill(E2E_ADMIN.password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForFunction(() => location.hash.startsWith('#/control-lists'));
      // No link yet: the empty state explains with the example, and the form is there.
      const empty = page.locator('#input-controls-no-links');
      await empty.waitFor();
      expect(await empty.innerText()).toMatch(/3B001\.f .*→ Lithography tools/);
      expect(await page.locator('#input-controls-chain').inputValue()).toBe('semiconductors');

      await page.locator('#link-paragraph').fill('f');
      await page.locator('#link-input').selectOption({ label: 'Lithography tools' });
      const inputId = await page.locator('#link-input').inputValue();
      expect(inputId).not.toBe('');
      await page.locator('#link-note').fill('lithography equipment for semiconductor wafers');
      // A code that is not one: the API's refusal, in words, on the field it names.
      await page.locator('#link-code').fill('lithography');
      await page.getByRole('button', { name: 'Add the link' }).click();
      const refused = page.locator('.link-form .notice-error');
      await refused.waitFor();
      expect(await refused.innerText()).toMatch(/The link could not be added[\s\S]*Entry: /);
      expect(await page.locator('#link-code').getAttribute('aria-invalid')).toBe('true');

      await page.locator('#link-code').fill('3B001');
      await page.getByRole('button', { name: 'Add the link' }).click();

      const row = page.locator(`table.input-controls tbody tr[data-input="${inputId}"]`);
      await row.waitFor();
      expect(await page.locator('.link-form .notice-error').count()).toBe(0);
      expect(await page.locator('#input-controls-no-links').count()).toBe(0);
      expect(await row.locator('th, td').first().innerText()).toMatch(/^Lithography tools/);
      expect(await row.locator('[data-link="3B001.f"] a').getAttribute('href')).toBe(
        '#/control-lists/entry/3B001',
      );
      const controlledBy = row.locator('ul.controlled-by li[data-list]');
      expect(
        (
          await controlledBy.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-list')))
        ).sort(),
      ).toEqual(['in-scomet-2024', 'no-2022', 'us-ccl-2026']);
      for (const text of await controlledBy.allInnerTexts()) expect(text).toMatch(/3B001\.f$/);
      expect(
        await row
          .locator('ul.regime-lists li[data-list]')
          .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-list'))),
      ).toEqual(['wa-2025']);

      // Counting the Netherlands and Japan as suppliers: no list of theirs is loaded, which the
      // row says in words; the United States' list controls the input.
      await page.locator('#input-controls-coalition').fill('USA,NLD,JPN');
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await page.waitForFunction(() => location.hash.includes('coalition=USA'));
      const nld = row.locator('.supplier-list li[data-iso3="NLD"]');
      await nld.waitFor();
      expect(await nld.getAttribute('data-controls')).toBe('unknown');
      expect(await nld.innerText()).toMatch(/no list loaded$/);
      expect(
        await row.locator('.supplier-list li[data-iso3="USA"]').getAttribute('data-controls'),
      ).toBe('yes');
      expect(await row.locator('.supplier-list li').count()).toBe(3);
      await settled(page);
      await expectAccessible(page, '#/control-lists?chain=semiconductors (a link)');

      await row.getByRole('button', { name: 'Remove 3B001.f' }).click();
      await page.locator('#input-controls-no-links').waitFor();
      expect(await page.locator('table.input-controls').count()).toBe(0);
      await settled(page);
      await expectAccessible(page, '#/control-lists?chain=semiconductors (no link)');
      expect(errors).toEqual([]);
    },
    120_000,
  );

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
