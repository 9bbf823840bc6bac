// Browser flow: the voting-power page — a weighted game typed in, a double majority of the G7
// started from the coalition with population looked up, and an API error naming its field.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, startBrowserHarness, type BrowserHarness } from './browser-harness.ts';

describe.skipIf(!chromiumAvailable)('voting power page', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  const row = (page: Page, member: string) =>
    page.locator(`.power-table tbody tr[data-member="${member}"]`);
  const cell = (page: Page, member: string, col: string) =>
    row(page, member).locator(`td[data-col="${col}"]`).innerText();
  const formReady = (page: Page) => page.locator('#power-coalition:not([disabled])').waitFor();

  it('computes [4; 3, 2, 1, 1]: USA holds half the power and is warned about', async () => {
    const { page, errors } = await harness.open('/#/power');
    await formReady(page);
    expect(await page.locator('a[data-nav="power"]').getAttribute('aria-current')).toBe('page');
    await page.locator('#power-rule').selectOption('weighted');
    await page.locator('#power-members').fill('USA=3\nDEU=2\nFRA=1\nITA=1');
    await page.locator('#power-quota').fill('4');
    await page.getByRole('button', { name: 'Compute voting power' }).click();
    await row(page, 'USA').waitFor();
    expect(await cell(page, 'USA', 'banzhaf')).toBe('50.0%');
    for (const m of ['DEU', 'FRA', 'ITA']) {
      expect(await cell(page, m, 'banzhaf')).toBe('16.7%');
      expect(await cell(page, m, 'shapley-shubik')).toBe('16.7%');
    }
    expect(await cell(page, 'USA', 'weight-share')).toBe('42.9%');
    expect(await cell(page, 'FRA', 'power-to-weight')).toBe('1.17');
    expect(await row(page, 'USA').locator('th').innerText()).toContain('United States');
    expect(await page.locator('.power-summary').innerText()).toContain('quota 4 of 7');
    const warning = page.locator('.power-warnings li[data-member="USA"]');
    expect(await warning.innerText()).toMatch(/^USA holds 50% of the voting power/);
    expect(await page.locator('.power-pairs li').allInnerTexts()).toEqual([
      'USA + DEU',
      'USA + FRA',
      'USA + ITA',
    ]);
    // The chart is drawn, labelled, and described.
    const svg = page.locator('.power-chart svg[aria-label]').first();
    expect(await svg.getAttribute('aria-label')).toContain('Banzhaf');
    expect(await page.locator('.power-chart svg[aria-description]').count()).toBe(1);
    // No lookups: no sources.
    expect(await page.locator('.power-sources').count()).toBe(0);
    // The settings are in the address (however the router escapes its commas).
    const shared = new URLSearchParams(page.url().split('?')[1]);
    expect(shared.get('members')).toBe('USA=3,DEU=2,FRA=1,ITA=1');
    expect(shared.get('quota')).toBe('4');
    // The CSV holds the table.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const lines = Buffer.concat(chunks).toString('utf8').trim().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^member,name,weight_basis,weight,/);
    expect(lines[1]).toMatch(/^USA,United States,given,3,,,3,0\.428\d+,0\.5,/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds that the USA can block a G7 double majority by population alone, citing sources', async () => {
    const { page, errors } = await harness.open('/#/power');
    await formReady(page);
    await page.locator('#power-rule').selectOption('double-majority');
    await page.locator('#power-coalition').selectOption('G7');
    await expect
      .poll(() => page.locator('#power-members').inputValue())
      .toMatch(/^[A-Z]{3}(\n[A-Z]{3}){6}$/);
    // The EU (a participant, not an economy) is left out and said to be.
    expect(await page.locator('#power-coalition-hint').innerText()).toContain(
      'left out: European Union (EU)',
    );
    await page.locator('#power-basis').selectOption('population');
    await page.locator('#power-members-pct').fill('55');
    await page.locator('#power-weight-pct').fill('65');
    await page.getByRole('button', { name: 'Compute voting power' }).click();
    await row(page, 'USA').waitFor();
    expect(await page.locator('.power-table tbody tr').count()).toBe(7);
    expect(await row(page, 'USA').locator('.badge').allInnerTexts()).toContain('Can block alone');
    expect(await page.locator('.power-table .badge', { hasText: 'Can block alone' }).count()).toBe(
      1,
    );
    expect(await page.locator('.power-summary').innerText()).toContain(
      'at least 4 of the 7 members',
    );
    expect(await row(page, 'USA').locator('.year').innerText()).toMatch(/^\d{4}$/);
    const sources = page.locator('.power-sources');
    expect(await sources.locator('h3').innerText()).toMatch(/^Sources of the weights \(\d+\)$/);
    expect(await sources.locator('li .citation').first().innerText()).toContain('Population');
    expect(page.url()).toContain('rule=double-majority');
    expect(page.url()).toContain('from=G7');
    expect(page.url()).toContain('basis=population');

    // The URL restores the settings and computes on load.
    const shared = page.url().slice(page.url().indexOf('/#/'));
    const again = await harness.open(shared);
    await row(again.page, 'USA').waitFor();
    expect(await again.page.locator('#power-rule').inputValue()).toBe('double-majority');
    expect(
      await row(again.page, 'USA').locator('.badge', { hasText: 'Can block alone' }).count(),
    ).toBe(1);
    expect(again.errors).toEqual([]);
    await again.page.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the API’s error naming the quota when it is left empty, and recovers', async () => {
    const { page, errors } = await harness.open('/#/power');
    await formReady(page);
    await page.locator('#power-members').fill('USA=3, DEU=2, FRA=1');
    await page.locator('#power-quota').fill('');
    await page.getByRole('button', { name: 'Compute voting power' }).click();
    const alert = page.locator('#power-result .notice-error');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('quota: give quota or quotaPct');
    expect(await alert.locator('li[data-path="quota"]').innerText()).toMatch(/^Quota \(quota\): /);
    expect(await page.locator('#power-quota').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#power-quota-error').innerText()).toContain(
      'give quota or quotaPct',
    );
    expect(await page.locator('.power-table').count()).toBe(0);
    // Fixing the field clears the error and computes.
    await page.locator('#power-quota').fill('4');
    await page.getByRole('button', { name: 'Compute voting power' }).click();
    await row(page, 'USA').waitFor();
    expect(await page.locator('#power-quota').getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#power-result .notice-error').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
