// Browser flow: research and development on the real files of ../shared/data/research/collaboration
// (NSF, OpenAlex, CORDIS, the ROR subset) with the US BIS Entity List extract of Chinese
// universities imported — Germany's AI partner suggestions among China, the United States and
// Japan ranked with their reasons, Harbin Institute of Technology flagged "listed", followed to its
// institution page with the Entity List hit and why; the strengths heat map and the G7's
// collaboration network; the axe check of each page. Skipped without ../shared/data.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlatform } from '../../src/services/platform.ts';
import { buildServices } from '../../src/services/services.ts';
import { hasResearchData, importResearchFiles, warnWithoutResearchData } from '../research-data.ts';
import { sharedFile } from '../shared-data.ts';
import {
  chromiumAvailable,
  expectAccessible,
  startBrowserHarness,
  type BrowserHarness,
} from './browser-harness.ts';

warnWithoutResearchData('research browser flows');

const BIS_FILE = sharedFile(
  'export-controls',
  'us_bis_entity_list_china_universities_extract_20260330.json',
);

async function prepare(databaseUrl: string): Promise<void> {
  const platform = await openPlatform(databaseUrl);
  try {
    const s = buildServices(platform);
    const summaries = [
      ...(await importResearchFiles(s)),
      await s.imports.run({ format: 'bis-extract', file: BIS_FILE }),
    ];
    const failed = summaries.filter((x) => !x.written);
    if (failed.length > 0) throw new Error(`not imported: ${failed.map((x) => x.file).join(', ')}`);
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

const PARTNERS = '/research/partners?member=DEU&field=ai&pool=CHN,USA,JPN';

describe.skipIf(!chromiumAvailable || !hasResearchData)('research pages', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness({ prepare });
  }, 300_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('suggests Germany’s AI partners with their reasons and flags Harbin Institute of Technology, listed by the US Entity List with why', async () => {
    const { page, errors } = await harness.open(`/#${PARTNERS}`);
    const ranked = page.locator('table.research-suggestions tbody tr');
    await ranked.nth(2).waitFor({ timeout: 60_000 });
    expect(
      await ranked.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-economy')).sort()),
    ).toEqual(['CHN', 'JPN', 'USA']);
    // Each economy carries its reasons in numbers.
    for (const row of await ranked.all())
      expect(await row.locator('.research-reasons').innerText()).toMatch(/\d/);

    const harbin = page.locator(
      'table.research-institutions tr[data-name*="Harbin Institute of Technology"]',
    );
    await harbin.waitFor();
    expect(await harbin.getAttribute('data-status')).toBe('listed');
    expect(await harbin.locator('.research-flag').innerText()).toBe('listed');
    expect(await harbin.locator('.research-hits-cell').innerText()).toContain('us-bis-entity-list');
    // Institutions no list names are flagged clear, not left blank.
    expect(
      await page.locator('table.research-institutions tr[data-status="clear"]').count(),
    ).toBeGreaterThan(10);
    await settled(page);
    await expectAccessible(page, `#${PARTNERS}`);

    await harbin.getByRole('link').first().click();
    await page.waitForFunction(() => location.hash.startsWith('#/research/institution?name='));
    await page.locator('#main h1', { hasText: 'Harbin Institute of Technology' }).waitFor();
    await page.locator('[data-resolution="found"]').waitFor();
    expect(await page.locator('.research-facts').innerText()).toContain('HIT');
    expect(await page.locator('#main .research-status .research-flag').innerText()).toBe('listed');
    const hit = page.locator('#institution-hits li[data-list="us-bis-entity-list"]').first();
    expect(await hit.innerText()).toContain('Harbin Institute of Technology');
    expect(await hit.locator('.research-why li').count()).toBeGreaterThan(0);
    expect(await hit.locator('.research-why').innerText()).toMatch(/matched/);
    await settled(page);
    await expectAccessible(page, '#/research/institution (Harbin Institute of Technology)');
    expect(errors).toEqual([]);
  });

  it('draws the specialisation heat map of the G7 and its collaboration network', async () => {
    const { page, errors } = await harness.open('/#/research?coalition=G7');
    const rows = page.locator('.research-heat-svg g[data-economy]');
    await rows.nth(6).waitFor({ timeout: 60_000 });
    expect(await rows.count()).toBe(7);
    // 14 fields per member, each cell coloured by its RCA.
    expect(await rows.first().locator('rect[data-rca]').count()).toBe(14);
    // The coalition's world share in each field (AI too when NSF's AI articles are imported).
    expect(await page.locator('table.research-shares tbody tr').count()).toBeGreaterThanOrEqual(14);
    expect(
      await page
        .locator('table.research-shares tr[data-field="computer-information-sciences"]')
        .innerText(),
    ).toMatch(/\d+(\.\d+)? %/);
    await settled(page);
    await expectAccessible(page, '#/research');

    await page.goto(`${harness.url}/#/research/network?coalition=G7`);
    const nodes = page.locator('.research-network-svg g[data-economy]');
    await nodes.nth(6).waitFor({ timeout: 60_000 });
    expect(await nodes.count()).toBe(7);
    // 21 pairs among 7 members, the under-connected ones dashed and listed.
    expect(await page.locator('.research-network-svg line').count()).toBe(21);
    const under = await page.locator('table.research-under tbody tr').count();
    expect(under).toBeGreaterThan(0);
    expect(await page.locator('.research-network-svg line.research-edge-under').count()).toBe(
      under,
    );
    expect(await page.locator('table.research-members tbody tr').count()).toBe(7);
    await settled(page);
    await expectAccessible(page, '#/research/network?coalition=G7');
    expect(errors).toEqual([]);
  });
});
