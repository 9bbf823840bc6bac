// Browser flow: the illiberal use of technology on the real files of ../shared/data/illiberal-tech
// (every case format, Freedom on the Net and the Digital Repression Index) with the US DoD 1260H
// list and EU Annex IV imported as restricted-party lists — the map of surveillance supply with its
// key's counts (45 China only, 8 US only, 23 both, 12 other, 9 none), followed through the
// suppliers list to Hikvision, listed by the United States (1260H) and not by the EU; a case and
// the technology map; India's section on the economy page; the page in French; signed in as the
// secretariat, opening a proposal from Hikvision and landing on it with the evidence in its text,
// and adding then removing a line of the technology map; the axe check of each page. Skipped
// without ../shared/data.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlatform } from '../../src/services/platform.ts';
import { buildServices } from '../../src/services/services.ts';
import { hasMisuseData, importMisuseFiles, warnWithoutMisuseData } from '../misuse-data.ts';
import { sharedFile } from '../shared-data.ts';
import {
  chromiumAvailable,
  E2E_ADMIN,
  expectAccessible,
  startBrowserHarness,
  type BrowserHarness,
} from './browser-harness.ts';

warnWithoutMisuseData('illiberal-technology browser flows');

/** The restricted-party lists the listing status is read against. */
const RESTRICTED_LISTS = [
  {
    format: 'dod-1260h',
    file: sharedFile('screening', 'lists', 'us_dod_1260h_chinese_military_companies.csv'),
  },
  {
    format: 'eu-833-annex-iv',
    file: sharedFile('export-controls', 'eu_reg_833_2014_annex_IV_only.csv'),
  },
] as const;

async function prepare(databaseUrl: string): Promise<void> {
  const platform = await openPlatform(databaseUrl);
  try {
    const s = buildServices(platform);
    const summaries = [
      ...(await importMisuseFiles(s)),
      ...(await Promise.all(
        RESTRICTED_LISTS.map((l) => s.imports.run({ format: l.format, file: l.file })),
      )),
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

const HIKVISION = '/misuse/supplier?name=Hikvision';

describe.skipIf(!chromiumAvailable || !hasMisuseData)('illiberal-technology pages', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness({ prepare });
  }, 240_000);
  afterAll(async () => {
    await harness?.close();
  });

  it('shows the supply map with its counts per origin and goes from the suppliers list to Hikvision, listed by the US and not by the EU', async () => {
    const { page, errors } = await harness.open('/#/misuse');
    const key = page.locator('.misuse-supply-key');
    await key.locator('li[data-colour="china-only"]').waitFor();
    const counts = await key
      .locator('li[data-colour]')
      .evaluateAll((items): Record<string, string | null> =>
        Object.fromEntries(
          items.map((li) => [li.getAttribute('data-colour') ?? '', li.getAttribute('data-count')]),
        ),
      );
    expect(counts).toEqual({
      'china-only': '45',
      'us-only': '8',
      both: '23',
      other: '12',
      none: '9',
    });
    expect(await key.locator('li[data-colour="china-only"]').innerText()).toBe(
      'China, not the US (45)',
    );
    // The accessible table holds the same 97 countries, Myanmar with Chinese supply only.
    await page.locator('table.misuse-supply tbody tr').nth(96).waitFor();
    expect(await page.locator('table.misuse-supply tbody tr').count()).toBe(97);
    expect(
      await page.locator('table.misuse-supply tr[data-iso3="MMR"]').getAttribute('data-colour'),
    ).toBe('china-only');
    // The map colours the countries it draws; a click leads to the country's economy page.
    await page.locator('.misuse-map svg path.country[data-has-value="true"]').nth(80).waitFor();
    expect(
      await page
        .locator('.misuse-map a.country-link:has(path[data-iso3="MMR"])')
        .getAttribute('href'),
    ).toBe('#/economies/MMR');
    // The caveats are on the page before the figures.
    expect(await page.locator('.misuse-caveats').innerText()).toMatch(
      /per country, not per technology/,
    );
    // The case list: every case imported, 50 a page; the partial extract flagged on its cases.
    expect(Number(await page.locator('#cases-count').getAttribute('data-total'))).toBeGreaterThan(
      2400,
    );
    expect(await page.locator('table.misuse-cases tbody tr').count()).toBe(50);
    await settled(page);
    await expectAccessible(page, '#/misuse');

    await page.locator('#misuse-source').selectOption('pi-transfers');
    await page.waitForFunction(() => location.hash.includes('source=pi-transfers'));
    await expect.poll(() => page.locator('#cases-count').getAttribute('data-total')).toBe('121');
    expect(
      await page
        .locator('table.misuse-cases tbody tr')
        .first()
        .locator('[data-flag]')
        .evaluateAll((b) => b.map((x) => x.getAttribute('data-flag'))),
    ).toEqual(['partial', 'transcribed']);

    const hikvision = page.locator('table.misuse-suppliers tr[data-key="hikvision"]');
    expect(await hikvision.locator('td.num').innerText()).toBe('36');
    await hikvision.getByRole('link', { name: 'Hikvision' }).click();
    await page.waitForFunction(() => location.hash === '#/misuse/supplier?name=Hikvision');
    await page.locator('#main h1', { hasText: 'Hikvision' }).waitFor();
    const us = page.locator('table.misuse-listing tr[data-jurisdiction="US"]');
    await us.waitFor();
    expect(await us.getAttribute('data-state')).toBe('listed');
    expect(await us.innerText()).toContain('Hangzhou Hikvision Digital Technology Co., Ltd.');
    expect(await us.innerText()).toContain('us-dod-1260h');
    expect(
      await page
        .locator('table.misuse-listing tr[data-jurisdiction="EU"]')
        .getAttribute('data-state'),
    ).toBe('not-listed');
    expect(await page.locator('#listing-divergence').innerText()).toMatch(
      /on the lists of United States and not on those of European Union/,
    );
    // The footprint: 12 countries, each case named for the country as a whole (Carnegie).
    expect(await page.locator('table.misuse-footprint tbody tr').count()).toBe(12);
    expect(await page.locator('#supplier-summary').innerText()).toMatch(/36 cases in 12 countries/);
    await page.locator('#supplier-attributed').waitFor();
    // Not signed in: no button, the roles that may open a proposal.
    await page.locator('#proposal-who').waitFor();
    expect(await page.locator('#open-proposal').count()).toBe(0);
    await settled(page);
    await expectAccessible(page, `#${HIKVISION}`);
    expect(errors).toEqual([]);
  });

  it('shows a case with its evidence and suppliers, and the technology map with the lists controlling each entry', async () => {
    const id = 'carnegie-aigs-2022:GBR:safe-city';
    const { page, errors } = await harness.open('/#/misuse?supplier=Hikvision&country=GBR');
    const row = page.locator(`table.misuse-cases tr[data-id="${id}"]`);
    await row.locator('a.misuse-case-title').click();
    await page.waitForFunction(() => location.hash.startsWith('#/misuse/case?id='));
    await page.locator('#main h1', { hasText: 'Safe City System in United Kingdom' }).waitFor();
    expect(await page.locator('#case-suppliers a').allInnerTexts()).toEqual([
      'Hikvision',
      'NEC',
      'Palantir',
    ]);
    expect(await page.locator('#case-suppliers a').first().getAttribute('href')).toBe(
      '#/misuse/supplier?name=Hikvision',
    );
    await page.locator('#case-attribution').waitFor();
    expect(
      await page.locator('table.misuse-evidence tbody tr').first().getAttribute('data-source'),
    ).toBe('carnegie-aigs-2022');
    await settled(page);
    await expectAccessible(page, `#/misuse/case?id=${id}`);

    await page.goto(`${harness.url}/#/misuse/technologies`);
    const line = page.locator('table.misuse-controls tr[data-entry="5A980"]');
    await line.waitFor();
    // No control list is imported here: each line is controlled by none of them.
    expect(await line.getAttribute('data-controlled')).toBe('0');
    expect(await page.locator('#tech-unmapped').innerText()).toContain('Facial recognition');
    await settled(page);
    await expectAccessible(page, '#/misuse/technologies');
    expect(errors).toEqual([]);
  });

  it('shows India’s cases, suppliers and indicators on its economy page, linked to its case list', async () => {
    const { page, errors } = await harness.open('/#/economies/IND');
    const section = page.locator('section.misuse-country');
    await section.locator('[data-chart="misuse-cases"] svg').waitFor();
    expect(await page.locator('#misuse-country-cases').getAttribute('href')).toBe(
      '#/misuse?country=IND',
    );
    // Access Now counts 84 shutdowns in India in 2024.
    const y2024 = section.locator('table.misuse-country-years tbody tr', { hasText: '2024' });
    expect(await y2024.locator('td.num').last().innerText()).toBe('84');
    expect(
      await section.locator('table.misuse-country-indicators tr[data-indicator]').count(),
    ).toBe(3);
    await settled(page);
    await expectAccessible(page, '#/economies/IND');
    expect(errors).toEqual([]);
  });

  it('speaks French', async () => {
    const { page, errors } = await harness.open('/#/misuse', {
      before: async (p) => {
        await p.addInitScript(() => window.localStorage.setItem('techalliance.locale', 'fr'));
      },
    });
    await page.locator('#main h1', { hasText: 'Usage illibéral de la technologie' }).waitFor();
    await page.locator('.misuse-supply-key li[data-colour="both"]').waitFor();
    expect(await page.locator('.misuse-supply-key li[data-colour="both"]').innerText()).toBe(
      'Chine et États-Unis (23)',
    );
    await settled(page);
    await expectAccessible(page, '#/misuse (fr)');
    expect(errors).toEqual([]);
  });

  it('lets the secretariat open a proposal to list Hikvision, with the evidence in its text', async () => {
    const { page, errors } = await harness.open(`/#/login?next=${encodeURIComponent(HIKVISION)}`);
    await page.locator('#login-email').fill(E2E_ADMIN.email);
    await page.locator('#login-password').fill(E2E_ADMIN.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/misuse/supplier'));
    const open = page.locator('#open-proposal');
    await open.waitFor();
    await settled(page);
    await expectAccessible(page, `#${HIKVISION} (secretariat)`);
    await open.click();
    await page.waitForFunction(() => /^#\/proposals\/[^/?]+$/.test(location.hash));
    await page.locator('#main h1', { hasText: 'List Hikvision on members' }).waitFor();
    const text = await page.locator('#proposal-text').innerText();
    expect(text).toContain('Hikvision is named as a supplier in 36 cases in 12 countries');
    for (const iso3 of ['ARE', 'GBR', 'IND', 'MMR', 'ZWE']) expect(text).toContain(`- ${iso3}:`);
    expect(text).toContain('Listed by: US. Not listed by: EU.');
    expect(text).toContain('Hangzhou Hikvision Digital Technology Co., Ltd.');
    await settled(page);
    await expectAccessible(page, '#/proposals/:id (from Hikvision)');
    expect(errors).toEqual([]);
  });

  it('lets the secretariat map facial recognition to an entry, then remove the line', async () => {
    const { page, errors } = await harness.open(
      `/#/login?next=${encodeURIComponent('/misuse/technologies')}`,
    );
    await page.locator('#login-email').fill(E2E_ADMIN.email);
    await page.locator('#login-password').fill(E2E_ADMIN.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/misuse/technologies'));
    await page.locator('#tech-code').waitFor();
    // A code that is not one: refused on the field, in words.
    await page.locator('#tech-code').fill('3A9');
    await page.getByRole('button', { name: 'Add the line' }).click();
    await expect.poll(() => page.locator('#tech-code').getAttribute('aria-invalid')).toBe('true');
    await page.locator('#tech-technology').selectOption('facial-recognition');
    await page.locator('#tech-code').fill('3A981');
    await page.locator('#tech-note').fill('Crime-control cameras and identification systems.');
    await page.getByRole('button', { name: 'Add the line' }).click();
    const line = page.locator(
      'table.misuse-controls tr[data-technology="facial-recognition"][data-entry="3A981"]',
    );
    await line.waitFor();
    await settled(page);
    await expectAccessible(page, '#/misuse/technologies (secretariat)');
    await line.getByRole('button', { name: 'Remove 3A981 from Facial recognition' }).click();
    await line.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});
