// Browser flow: the world map a new user sees first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, startBrowserHarness, type BrowserHarness } from './browser-harness.ts';

describe.skipIf(!chromiumAvailable)('world map page', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('colours at least 150 countries by GDP and names the unit in the legend', async () => {
    const { page, errors } = await harness.open('/');
    await page.locator('path[data-has-value="true"]').first().waitFor();
    expect(await page.locator('#map-indicator').inputValue()).toBe('gdp_usd');
    expect(await page.locator('path[data-has-value="true"]').count()).toBeGreaterThanOrEqual(150);
    expect(await page.locator('path[data-iso3]').count()).toBeGreaterThanOrEqual(170);
    const legend = await page.locator('.map-legend').innerText();
    expect(legend).toContain('GDP (current US$)');
    expect(legend).toContain('unit: current US$');
    expect(legend).toContain('No data');
    expect(await page.locator('.source-note').innerText()).toContain('World Bank');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a tooltip with the country, its value, year and source on hover and on keyboard focus', async () => {
    const { page, errors } = await harness.open('/#/map');
    await page.locator('path[data-has-value="true"]').first().waitFor();
    await page.locator('path[data-iso3="BRA"]').hover();
    const tooltip = page.locator('#map-tooltip');
    await tooltip.waitFor({ state: 'visible' });
    const hovered = await tooltip.innerText();
    expect(hovered).toContain('Brazil');
    expect(hovered).toMatch(/US\$/);
    expect(hovered).toMatch(/Year: (19|20)\d\d/);
    expect(hovered).toContain('Source: World Bank');

    await page.locator('.map-svg a[href="#/economies/JPN"]').focus();
    await page.waitForFunction(() =>
      document.getElementById('map-tooltip')?.textContent?.includes('Japan'),
    );
    expect(await tooltip.innerText()).toMatch(/Year: (19|20)\d\d/);
    expect(
      await page.locator('.map-svg a[href="#/economies/JPN"]').getAttribute('aria-label'),
    ).toMatch(/^Japan: .+ \(\d{4}\)$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('outlines the seven G7 economies and says "G7: 7 economies + EU" when G7 is selected', async () => {
    const { page, errors } = await harness.open('/');
    await page.locator('path[data-has-value="true"]').first().waitFor();
    await page.locator('#map-group').selectOption('G7');
    await page.locator('.group-summary', { hasText: 'G7: 7 economies + EU' }).waitFor();
    expect(await page.locator('path[data-member]').count()).toBe(7);
    const members = await page
      .locator('path[data-member]')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('data-iso3')).sort());
    expect(members).toEqual(['CAN', 'DEU', 'FRA', 'GBR', 'ITA', 'JPN', 'USA']);
    expect(page.url()).toContain('group=G7');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('recolours the map for another year and keeps every value labelled with that year', async () => {
    const { page, errors } = await harness.open('/');
    await page.locator('path[data-has-value="true"]').first().waitFor();
    const years = await page
      .locator('#map-year option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(years[0]).toBe('latest');
    const oldest = years[years.length - 1]!;
    expect(oldest).toMatch(/^\d{4}$/);
    await page.locator('#map-year').selectOption(oldest);
    await page.locator('.map-legend', { hasText: oldest }).waitFor();
    expect(await page.locator('path[data-has-value="true"]').count()).toBeGreaterThanOrEqual(150);
    expect(
      await page.locator('.map-svg a[href="#/economies/DEU"]').getAttribute('aria-label'),
    ).toContain(`(${oldest})`);
    expect(page.url()).toContain(`year=${oldest}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the message of a failed values request above the map, with no legend', async () => {
    const { page, errors } = await harness.open('/', {
      before: async (p) => {
        await p.route('**/api/v1/indicators/gdp_usd*', (route) =>
          route.fulfill({
            status: 503,
            contentType: 'application/json',
            body: JSON.stringify({
              code: 'unavailable',
              message: 'the database is being migrated',
            }),
          }),
        );
      },
    });
    const alert = page.locator('[role="alert"]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('The values could not be loaded');
    expect(await alert.innerText()).toContain('the database is being migrated');
    expect(await page.locator('.map-legend').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the economy page when a country is clicked', async () => {
    const { page, errors } = await harness.open('/');
    await page.locator('path[data-has-value="true"]').first().waitFor();
    await page.locator('path[data-iso3="BRA"]').click();
    await page.locator('h1', { hasText: 'Brazil' }).waitFor();
    expect(page.url()).toMatch(/#\/economies\/BRA$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
