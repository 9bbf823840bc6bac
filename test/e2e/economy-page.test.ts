// Browser flow: one economy's profile, and an unknown code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, startBrowserHarness, type BrowserHarness } from './browser-harness.ts';

describe.skipIf(!chromiumAvailable)('economy page', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('shows Germany with a GDP chart, its latest value and year, G7 membership and the source citation', async () => {
    const { page, errors } = await harness.open('/#/economies/DEU');
    await page.locator('h1', { hasText: 'Germany' }).waitFor();
    const gdp = page.locator('[data-indicator="gdp_usd"]');
    await gdp.locator('svg').first().waitFor();
    const card = await gdp.innerText();
    expect(card).toContain('GDP (current US$)');
    expect(card).toMatch(/\d trn US\$/);
    expect(card).toMatch(/20\d\d · current US\$/);
    expect(card).toMatch(/Source: World Bank.*, 20\d\d/);
    expect(await gdp.locator('svg[aria-label^="GDP (current US$)"] path').count()).toBeGreaterThan(
      0,
    );
    await page.locator('.chips a[href="#/groups/G7"]').waitFor();
    const sources = await page.locator('.sources').innerText();
    expect(sources).toContain('World Bank, World Development Indicators');
    expect(sources).toContain('CC BY 4.0');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the API's own message when the API rejects the code", async () => {
    const { page, errors } = await harness.open('/#/economies/12');
    const alert = page.locator('[role="alert"]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('must be an ISO 3166-1 alpha-3 code');
    expect(await alert.innerText()).toContain('HTTP 400');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says plainly that an unknown code is not found', async () => {
    const { page, errors } = await harness.open('/#/economies/ZZZ');
    await page.locator('h1', { hasText: 'No economy with the code “ZZZ”' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Browse all economies');
    expect(errors).toEqual([]);
    await page.close();
  });
});
