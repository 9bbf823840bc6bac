// Browser flow: the frame every page shares — grouped navigation (one line on phones until
// opened), the language switch, a page's data asked for while its code loads, the global search,
// and the shared data table (sort, filter, column choice, CSV of what is shown) on the groupings
// page.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  PHONE,
  startBrowserHarness,
  type BrowserHarness,
} from './browser-harness.ts';

describe.skipIf(!chromiumAvailable)('the shell', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('groups the navigation by what the alliance does and marks the current page', async () => {
    const { page, errors } = await harness.open('/#/groups');
    await page.locator('h1', { hasText: 'Groupings' }).waitFor();
    const groups = await page.locator('nav[aria-label="Main"] h2').allInnerTexts();
    expect(groups.map((g) => g.toLowerCase())).toEqual([
      'facts',
      'the alliance',
      'workstreams',
      'decisions',
      'the record',
    ]);
    expect(await page.locator('a[data-nav="groups"]').getAttribute('aria-current')).toBe('page');
    expect(await page.locator('.breadcrumbs').innerText()).toMatch(/Facts\s*Groupings/);
    await page.locator('a[data-nav="chains"]').click();
    await page.locator('h1', { hasText: 'Supply chains' }).waitFor();
    expect(await page.locator('a[data-nav="chains"]').getAttribute('aria-current')).toBe('page');
    expect(await page.locator('a[data-nav="groups"]').getAttribute('aria-current')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a phone the navigation takes one line until the menu is opened', async () => {
    const { page } = await harness.open('/#/groups', { viewport: PHONE });
    await page.locator('h1', { hasText: 'Groupings' }).waitFor();
    const toggle = page.getByRole('button', { name: 'Menu' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('a[data-nav="economies"]').isVisible()).toBe(false);
    const frame = await page.locator('.site-nav-frame').boundingBox();
    expect(frame!.height).toBeLessThan(60);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.locator('a[data-nav="economies"]').click();
    await page.locator('h1', { hasText: 'Economies' }).waitFor();
    // Choosing a page closes the menu again.
    expect(await page.locator('a[data-nav="economies"]').isVisible()).toBe(false);
    await page.close();
  });

  it('switches the interface to French and keeps the choice', async () => {
    const { page } = await harness.open('/#/groups');
    await page.locator('h1', { hasText: 'Groupings' }).waitFor();
    await page.getByLabel('Language').selectOption('fr');
    await page.locator('h1', { hasText: 'Groupements' }).waitFor();
    expect(await page.locator('a[data-nav="economies"]').innerText()).toBe('Économies');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.reload();
    await page.locator('h1', { hasText: 'Groupements' }).waitFor();
    await page.getByLabel('Langue').selectOption('en');
    await page.locator('h1', { hasText: 'Groupings' }).waitFor();
    await page.close();
  });

  it('loads each area’s messages with its first page, in the language shown', async () => {
    const catalogues: string[] = [];
    const { page, errors } = await harness.open('/#/groups', {
      before: (p) => {
        p.on('request', (r) => {
          const file = /\/assets\/([a-z-]+)\.(en|fr)-[\w-]+\.js$/.exec(r.url());
          if (file) catalogues.push(`${file[1]}.${file[2]}`);
        });
        return Promise.resolve();
      },
    });
    await page.locator('h1', { hasText: 'Groupings' }).waitFor();
    // The groupings page needs the facts messages only: the governance ones wait for their pages.
    expect(catalogues).toContain('facts.en');
    expect(catalogues).not.toContain('governance.en');
    await page.getByLabel('Language').selectOption('fr');
    await page.locator('h1', { hasText: 'Groupements' }).waitFor();
    expect(catalogues).toEqual(expect.arrayContaining(['shell.fr', 'facts.fr']));
    // A page of another area, first shown in French: its messages come in French.
    await page.locator('a[data-nav="proposals"]').click();
    await page.locator('#main h1', { hasText: 'Propositions' }).waitFor();
    expect(catalogues).toContain('governance.fr');
    expect(catalogues).not.toContain('governance.en');
    // Back to English: every area shown so far comes in English, the pages keep their words.
    await page.getByLabel('Langue').selectOption('en');
    await page.locator('#main h1', { hasText: 'Proposals' }).waitFor();
    expect(catalogues).toContain('governance.en');
    await page.goBack();
    await page.locator('h1', { hasText: 'Groupings' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks for a page’s data while the page’s code is still on its way (the route’s loader)', async () => {
    // The economy page's code is held back until Japan's profile has been asked for (or 10 s have
    // passed): a page that asked for its data only once its code had run would come second.
    const order: string[] = [];
    let asked = (): void => {};
    const profileAsked = new Promise<void>((resolve) => (asked = resolve));
    const { page, errors } = await harness.open('/#/economies/JPN', {
      before: async (p) => {
        p.on('request', (r) => {
          if (new URL(r.url()).pathname === '/api/v1/economies/JPN') {
            order.push('profile asked');
            asked();
          }
        });
        await p.route(/\/assets\/economy-page-[^/]+\.js$/, async (route) => {
          await Promise.race([profileAsked, new Promise((r) => setTimeout(r, 10_000))]);
          order.push('page code sent');
          await route.continue();
        });
      },
    });
    await page.locator('h1', { hasText: 'Japan' }).waitFor();
    await page.locator('.chips a[href="#/groups/G7"]').waitFor();
    expect(order).toEqual(['profile asked', 'page code sent']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds an economy, a grouping or a coalition from the search box and opens it', async () => {
    const { page, errors } = await harness.open('/#/groups');
    await page.locator('h1', { hasText: 'Groupings' }).waitFor();
    const search = page.getByRole('combobox', { name: 'Search' });
    await search.fill('japan');
    await page.getByRole('option', { name: /Japan/ }).first().waitFor();
    await search.press('Enter');
    await page.waitForURL(/#\/economies\/JPN$/);
    await search.fill('nuclear');
    await page.getByRole('option', { name: /Nuclear Suppliers Group.*Grouping/ }).click();
    await page.waitForURL(/#\/groups\/NSG$/);
    await search.fill('zzqx');
    await page.getByRole('option', { name: /Nothing matches/ }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts, filters, hides a column and downloads what is shown as CSV', async () => {
    const { page } = await harness.open('/#/groups');
    const rows = page.locator('table.data-table tbody tr');
    await rows.first().waitFor();
    const total = await rows.count();
    // A number column sorts largest first, then smallest first.
    await page.getByRole('button', { name: 'Members' }).click();
    expect(await page.locator('th', { hasText: 'Members' }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    let members = (await page.locator('tbody td.num').allInnerTexts()).map(Number);
    expect(members).toEqual([...members].sort((a, b) => b - a));
    await page.getByRole('button', { name: 'Members' }).click();
    members = (await page.locator('tbody td.num').allInnerTexts()).map(Number);
    expect(members).toEqual([...members].sort((a, b) => a - b));
    await page.getByLabel('Filter rows').fill('export control');
    await page.locator('.result-count', { hasText: `of ${total}` }).waitFor();
    const shown = await rows.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    await page.locator('summary', { hasText: 'Columns' }).click();
    await page.getByRole('checkbox', { name: 'Kind' }).uncheck();
    expect(await page.locator('thead th').allInnerTexts()).not.toContain('KIND');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(csv[0]).toBe('Code,Name,Members');
    expect(csv).toHaveLength(shown + 1);
    await page.close();
  });
});
