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
  const rowCodes = (page: Page) => page.locator('.economies-table tbody td .code').allInnerTexts();
  /** A column's sort button, by its header's label, and the header that holds it. */
  const sortButton = (page: Page, label: string) =>
    page.locator('.economies-table thead').getByRole('button', { name: label, exact: true });
  const sortHeader = (page: Page, label: string) =>
    page
      .locator('.economies-table thead th')
      .filter({ has: page.getByRole('button', { name: label, exact: true }) });

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
    const header = sortHeader(page, 'Economy');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await rowNames(page);
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));
    await sortButton(page, 'Economy').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await rowNames(page)).toEqual([...ascending].reverse());
    await sortButton(page, 'GDP, latest').click();
    expect(await sortHeader(page, 'GDP, latest').getAttribute('aria-sort')).toBe('descending');
    expect((await rowCodes(page)).slice(0, 3)).toEqual(['USA', 'CHN', 'DEU']);
    // The sort is in the address: a shared link opens sorted the same way.
    expect(page.url()).toMatch(/sort=gdp&dir=descending/);
    await page.reload();
    await page.locator('.economies-table tbody tr').nth(100).waitFor();
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
