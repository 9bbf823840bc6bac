// Browser flow: finding an economy in the table and opening it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, startBrowserHarness, type BrowserHarness } from './browser-harness.ts';

describe.skipIf(!chromiumAvailable)('economies page', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  const rowNames = (page: Page) =>
    page.locator('.economies-table tbody th[scope="row"]').allInnerTexts();
  const rowCodes = (page: Page) => page.locator('.economies-table tbody td.code').allInnerTexts();

  it('narrows the table to one row when "Japan" is typed in the filter', async () => {
    const { page, errors } = await harness.open('/#/economies');
    await page.locator('.economies-table tbody tr').nth(100).waitFor();
    await page.locator('#economy-filter').fill('Japan');
    await page.locator('.result-count', { hasText: '1 economy shown' }).waitFor();
    expect(await rowNames(page)).toEqual(['Japan']);
    const row = await page.locator('.economies-table tbody tr').innerText();
    expect(row).toContain('JPN');
    expect(row).toContain('High income');
    expect(row).toMatch(/trn US\$\s+20\d\d/);
    expect(row).toMatch(/mn\s+20\d\d/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts by name, then by name descending, and says so with aria-sort', async () => {
    const { page, errors } = await harness.open('/#/economies');
    await page.locator('.economies-table tbody tr').nth(100).waitFor();
    const header = page.locator('th:has(button[data-sort="name"])');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await rowNames(page);
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));
    await page.locator('button[data-sort="name"]').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await rowNames(page)).toEqual([...ascending].reverse());
    await page.locator('button[data-sort="gdp"]').click();
    expect(await page.locator('th:has(button[data-sort="gdp"])').getAttribute('aria-sort')).toBe(
      'descending',
    );
    expect((await rowCodes(page)).slice(0, 3)).toEqual(['USA', 'CHN', 'DEU']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the seven G7 economies when the G7 grouping filter is chosen', async () => {
    const { page, errors } = await harness.open('/#/economies');
    await page.locator('.economies-table tbody tr').nth(100).waitFor();
    await page.locator('#economy-group').selectOption('G7');
    await page.locator('.result-count', { hasText: '7 economies shown' }).waitFor();
    expect((await rowCodes(page)).sort()).toEqual([
      'CAN',
      'DEU',
      'FRA',
      'GBR',
      'ITA',
      'JPN',
      'USA',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the economy page from a row link', async () => {
    const { page, errors } = await harness.open('/#/economies?q=Japan');
    await page.locator('.result-count', { hasText: '1 economy shown' }).waitFor();
    await page.locator('.economies-table tbody a', { hasText: 'Japan' }).click();
    await page.locator('h1', { hasText: 'Japan' }).waitFor();
    expect(page.url()).toMatch(/#\/economies\/JPN$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
