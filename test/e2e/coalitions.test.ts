// Browser flows of the coalitions UI: building a coalition with its workstreams and seeing who
// takes part, its leverage and balance, the list, deleting it, a refused write token, the API's
// validation issues, and the comparison with its what-if (computed by the API).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  E2E_WRITE_TOKEN,
  startBrowserHarness,
  type BrowserHarness,
} from './browser-harness.ts';

/** Finds an economy (or the EU) in the builder's list and presses its add button. */
async function addFromList(page: Page, search: string, buttonName: string): Promise<void> {
  await page.locator('#economy-search').fill(search);
  // The list's buttons are named by what they show: "Japan · JPN · Add as member".
  const [, name, tier] = /^Add (.+) as (member|partner)$/.exec(buttonName)!;
  await page.getByRole('button', { name: new RegExp(`^${name} · .+ · Add as ${tier}$`) }).click();
}

/** The names listed as taking part in one workstream on the coalition page. */
const takingPart = (page: Page, code: string): Promise<string[]> =>
  page.locator(`.workstreams-table tr[data-code="${code}"] td.taking-part li`).allInnerTexts();

const percent = (text: string): number => Number(/([\d.]+)%/.exec(text)?.[1] ?? NaN);

describe.skipIf(!chromiumAvailable)('coalitions', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('builds TECH4 with workstreams, shows who takes part, its leverage and balance, lists it and deletes it', async () => {
    const { page, errors } = await harness.open('/#/coalitions/new');
    await page.locator('h1', { hasText: 'New coalition' }).waitFor();
    await page.getByLabel('Write token').fill(E2E_WRITE_TOKEN);
    await page.getByLabel('Code', { exact: true }).fill('TECH4');
    await page.getByLabel('Name', { exact: true }).fill('Tech 4');
    await addFromList(page, 'United States', 'Add United States as member');
    await addFromList(page, 'Japan', 'Add Japan as member');
    await addFromList(page, 'European', 'Add European Union as member');
    await page.getByLabel('Add economies as').selectOption('partner');
    await addFromList(page, 'India', 'Add India as partner');
    const listed = await page
      .locator('.participant-list .participant')
      .evaluateAll((li) =>
        li.map((x) => `${x.getAttribute('data-code')}:${x.getAttribute('data-tier')}`),
      );
    expect(listed).toEqual(['USA:member', 'JPN:member', 'EU:member', 'IND:partner']);
    // The map shows them: members and partners in their own right, EU states through the EU.
    expect(
      await page.locator('.coalition-map path[data-iso3="USA"]').getAttribute('data-role'),
    ).toBe('member');
    expect(
      await page.locator('.coalition-map path[data-iso3="IND"]').getAttribute('data-role'),
    ).toBe('partner');
    expect(
      await page.locator('.coalition-map path[data-iso3="DEU"]').getAttribute('data-role'),
    ).toBe('via-member');

    // Workstreams: the standard five, export controls narrowed to the United States and Japan.
    const workstreams = page.locator('fieldset.workstreams .workstream');
    expect(
      await workstreams.evaluateAll((fs) => fs.map((f) => f.getAttribute('data-code'))),
    ).toEqual(['rd', 'supply_chains', 'standards', 'export_controls', 'illiberal_tech']);
    const exportControls = page.locator('.workstream[data-code="export_controls"]');
    expect(await exportControls.getByLabel('member', { exact: true }).isChecked()).toBe(true);
    expect(await exportControls.getByLabel('partner', { exact: true }).isChecked()).toBe(false);
    await exportControls.getByLabel('Only:').check();
    // Only participants of the ticked tiers are offered: India is a partner.
    expect(await exportControls.locator('.ws-only-list label').allInnerTexts()).toEqual([
      'United States · member',
      'Japan · member',
      'European Union · member',
    ]);
    await exportControls.getByLabel('United States').check();
    await exportControls.getByLabel('Japan').check();
    expect(await exportControls.locator('.ws-summary').innerText()).toBe(
      'Takes part: United States, Japan.',
    );
    // A custom workstream added by keyboard (Enter adds it, it does not save), one removed.
    await page.getByLabel('Workstream code').fill('quantum');
    await page.getByLabel('Workstream name').fill('Quantum technologies');
    await page.getByLabel('Workstream name').press('Enter');
    await page.locator('.workstream[data-code="quantum"]').waitFor();
    expect(page.url()).toMatch(/#\/coalitions\/new$/);
    await page
      .getByRole('button', { name: 'Remove workstream Countering the illiberal use of technology' })
      .click();
    expect(await page.locator('.workstream[data-code="illiberal_tech"]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Remove workstream Quantum technologies',
    );

    await page.getByRole('button', { name: 'Save coalition' }).click();
    await page.locator('h1', { hasText: 'Tech 4' }).waitFor();
    expect(page.url()).toMatch(/#\/coalitions\/TECH4$/);
    // Who takes part, as the API says: export controls exactly the two named, R&D everyone.
    expect(await takingPart(page, 'export_controls')).toEqual(['United States', 'Japan']);
    expect(
      await page
        .locator('.workstreams-table tr[data-code="export_controls"] .ws-tiers-cell')
        .innerText(),
    ).toContain('only named participants');
    expect(await takingPart(page, 'rd')).toEqual([
      'United States',
      'Japan',
      'European Union',
      'India',
    ]);
    expect(await page.locator('.workstreams-table tr[data-code="rd"] .ws-limited').count()).toBe(0);
    expect(await takingPart(page, 'quantum')).toEqual(['United States', 'Japan', 'European Union']);
    expect(await page.locator('.workstreams-table tr[data-code="illiberal_tech"]').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('Coalition TECH4 saved.');
    // The token stays in this tab's sessionStorage only, never in localStorage or the URL.
    expect(await page.evaluate(() => sessionStorage.getItem('techalliance.writeToken'))).toBe(
      E2E_WRITE_TOKEN,
    );
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(E2E_WRITE_TOKEN);
    expect(page.url()).not.toContain(E2E_WRITE_TOKEN);

    const gdp = page.locator('.leverage-table tr[data-indicator="gdp_usd"]');
    await gdp.waitFor();
    expect(await gdp.locator('th').innerText()).toContain('GDP (current US$)');
    // By default the coalition counts the economies it lists: the United States and Japan.
    const share = percent(await gdp.locator('td.share').innerText());
    expect(share).toBeGreaterThan(25);
    expect(share).toBeLessThan(40);
    expect(await page.locator('#leverage').innerText()).toContain(
      'World = sum over the economies with data, never a regional aggregate',
    );
    // Every figure is traceable: the section cites the sources of its values.
    expect(await page.locator('#leverage .sources').innerText()).toContain(
      'World Bank, World Development Indicators: GDP (current US$)',
    );
    // The chart is drawn once it is near the viewport, or when the browser is next idle.
    await expect
      .poll(() => page.locator('#leverage svg[aria-label^="TECH4: share of the world"]').count())
      .toBe(1);
    const balanceGdp = page.locator('.balance-table tr[data-indicator="gdp_usd"]');
    await balanceGdp.waitFor();
    expect(await balanceGdp.locator('td.largest').innerText()).toBe('United States');
    await page.locator('.complementarity-table').waitFor();
    expect(await page.locator('.tier-card[data-tier="partner"]').innerText()).toContain('India');

    await page.locator('.site-nav a', { hasText: 'Coalitions' }).click();
    const row = page.locator('.coalitions-table tr[data-code="TECH4"]');
    await row.waitFor();
    expect(await row.innerText()).toContain('Custom');
    expect(await row.innerText()).toContain('Tech 4');

    await row.getByRole('link', { name: 'TECH4' }).click();
    await page.locator('h1', { hasText: 'Tech 4' }).waitFor();
    // Editing shows the coalition's own workstreams, the named participants still ticked.
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    const edited = page.locator('.workstream[data-code="export_controls"]');
    await edited.waitFor();
    expect(await edited.getByLabel('Only:').isChecked()).toBe(true);
    expect(await edited.getByLabel('United States').isChecked()).toBe(true);
    expect(await edited.getByLabel('European Union').isChecked()).toBe(false);
    expect(await page.locator('.workstream[data-code="quantum"]').count()).toBe(1);
    await page.getByRole('link', { name: 'Cancel' }).click();
    await page.locator('h1', { hasText: 'Tech 4' }).waitFor();
    await page.getByRole('button', { name: 'Delete TECH4…' }).click();
    await page.getByRole('button', { name: 'Yes, delete TECH4' }).click();
    await page.locator('.notice-success', { hasText: 'Coalition TECH4 was deleted.' }).waitFor();
    await page.locator('.coalitions-table tbody tr').first().waitFor();
    expect(await page.locator('.coalitions-table tr[data-code="TECH4"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the API’s 401 message when the write token is wrong, and keeps the form', async () => {
    const { page, errors } = await harness.open('/#/coalitions/new');
    await page.locator('.picker-item').first().waitFor();
    await page.getByLabel('Write token').fill('not-the-token-0123456789abcdef');
    await page.getByLabel('Code', { exact: true }).fill('TECH5');
    await page.getByLabel('Name', { exact: true }).fill('Tech 5');
    await addFromList(page, 'Japan', 'Add Japan as member');
    await page.getByRole('button', { name: 'Save coalition' }).click();
    const alert = page.locator('[role="alert"]', { hasText: 'Not saved' });
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('Not saved: the server refused the write');
    expect(text).toContain('the API token is unknown, revoked or expired');
    expect(text).toContain('HTTP 401');
    expect(await page.getByLabel('Write token').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('main').innerText()).toContain(
      'The server did not accept this write token.',
    );
    expect(page.url()).toMatch(/#\/coalitions\/new$/);
    expect(await page.locator('.participant-list .participant').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the API’s validation issues next to the field and the participant they name', async () => {
    const { page, errors } = await harness.open('/#/coalitions/new', {
      before: async (p) => {
        // A rejection the builder cannot provoke by itself (it offers known economies only).
        await p.route('**/api/v1/coalitions', (route) =>
          route.request().method() === 'POST'
            ? route.fulfill({
                status: 400,
                contentType: 'application/json',
                body: JSON.stringify({
                  code: 'validation_failed',
                  message: 'invalid coalition',
                  issues: [
                    { path: 'code', message: "'G7' is a grouping's code; choose another" },
                    {
                      path: 'participants.1.code',
                      message: "unknown economy 'JPN' (expected an ISO 3166 alpha-3 code)",
                    },
                    {
                      path: 'workstreams.3.participants.0',
                      message:
                        'KOR takes part in workstream export_controls but is not a participant of the coalition',
                    },
                  ],
                }),
              })
            : route.continue(),
        );
      },
    });
    await page.locator('.picker-item').first().waitFor();
    await page.getByLabel('Write token').fill(E2E_WRITE_TOKEN);
    await page.getByLabel('Code', { exact: true }).fill('G7');
    await page.getByLabel('Name', { exact: true }).fill('Copy of G7');
    await addFromList(page, 'United States', 'Add United States as member');
    await addFromList(page, 'Japan', 'Add Japan as member');
    await page.getByRole('button', { name: 'Save coalition' }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('#coalition-code-error').innerText()).toBe(
      "'G7' is a grouping's code; choose another",
    );
    expect(await page.getByLabel('Code', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    const japan = page.locator('.participant[data-code="JPN"]');
    expect(await japan.getAttribute('class')).toContain('has-error');
    expect(await japan.locator('.participant-error').innerText()).toContain(
      "unknown economy 'JPN'",
    );
    expect(await page.locator('.participant[data-code="USA"] .participant-error').count()).toBe(0);
    expect(await page.locator('.error-summary').innerText()).toContain('Japan: unknown economy');
    // Workstream issues are shown beside the workstream the path names (the fourth sent).
    const exportControls = page.locator('.workstream[data-code="export_controls"]');
    expect(await exportControls.getAttribute('class')).toContain('has-error');
    expect(await exportControls.locator('.field-error').innerText()).toContain(
      'KOR takes part in workstream export_controls',
    );
    expect(await page.locator('.workstream.has-error').count()).toBe(1);
    expect(await page.locator('.error-summary').innerText()).toContain(
      'Multilateral export controls: KOR takes part',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the comparison of the coalitions ticked in the list', async () => {
    const { page, errors } = await harness.open('/#/coalitions');
    await page.locator('.coalitions-table tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'Compare selected' }).click();
    await page.locator('.compare-status', { hasText: 'Tick at least two' }).waitFor();
    for (const code of ['T12', 'G7', 'QUAD'])
      await page.getByLabel(`Compare ${code}`, { exact: true }).check();
    await page.locator('.compare-status', { hasText: '3 selected.' }).waitFor();
    await page.getByRole('button', { name: 'Compare selected' }).click();
    await page.locator('.compare-table tbody tr').first().waitFor();
    expect(page.url()).toMatch(/#\/coalitions\/compare\?codes=G7,QUAD,T12$/);
    expect(
      await page
        .locator('.compare-table thead th[data-coalition]')
        .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-coalition'))),
    ).toEqual(['G7', 'QUAD', 'T12']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('compares G7, D10 and T12 side by side, exports the CSV, and runs a what-if', async () => {
    const { page, errors } = await harness.open('/#/coalitions/compare?codes=G7,D10,T12');
    await page.locator('.compare-table tbody tr').first().waitFor();
    const columns = await page
      .locator('.compare-table thead th[data-coalition]')
      .evaluateAll((ths) => ths.map((th) => th.getAttribute('data-coalition')));
    expect(columns).toEqual(['G7', 'D10', 'T12']);
    const gdpCells = await page
      .locator('.compare-table tr[data-indicator="gdp_usd"] td[data-coalition]')
      .allInnerTexts();
    expect(gdpCells).toHaveLength(3);
    for (const cell of gdpCells) expect(percent(cell)).toBeGreaterThan(30);
    await page.locator('.compare-results svg').first().waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\r\n');
    expect(csv[0]).toMatch(/^coalition,tier,indicator,indicator_name,unit,year,coalition_value/);
    expect(csv.filter((l) => l.startsWith('D10,member,gdp_usd,'))).toHaveLength(1);

    // What-if, computed by the API: the G7 without Germany has a smaller share of world GDP.
    await page.locator('.whatif-table tr[data-indicator="gdp_usd"]').waitFor();
    await page.locator('#whatif-search').fill('Germany');
    const [answer] = await Promise.all([
      page.waitForResponse(
        (r) => r.url().includes('/api/v1/coalitions/G7/what-if?') && r.url().includes('remove=DEU'),
      ),
      page.getByRole('button', { name: /^Germany · DEU · .*remove$/ }).click(),
    ]);
    expect(answer.status()).toBe(200);
    await page.locator('.whatif-changes', { hasText: 'without Germany' }).waitFor();
    const delta = page.locator('.whatif-table tr[data-indicator="gdp_usd"] td.delta', {
      hasText: /^−/,
    });
    await delta.waitFor();
    expect(await delta.innerText()).toMatch(/^−\d+\.\d\d pp$/);
    // The changes live in the address: a reload (or a shared link) shows the same what-if.
    expect(page.url()).toContain('remove=DEU');
    await page.reload();
    await page.locator('.whatif-changes', { hasText: 'without Germany' }).waitFor();
    // Nothing is computed in the browser any more: no per-indicator values are fetched for it.
    expect(
      await page.evaluate(
        () =>
          performance
            .getEntriesByType('resource')
            .filter((e) => /\/api\/v1\/indicators\/[^?]+\?year=/.test(e.name)).length,
      ),
    ).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('counts the G7 as its seven economies, and the EU as 27 member states only when switched', async () => {
    const { page, errors } = await harness.open('/#/coalitions/G7');
    const gdp = page.locator('.leverage-table tr[data-indicator="gdp_usd"] td.share');
    await gdp.waitFor();
    const shareText = async () => gdp.innerText();
    // 2023 is the latest well-covered year of GDP: the G7's seven economies hold 45.1%.
    expect(await shareText()).toBe('45.1%');
    expect(await page.locator('.tier-card[data-tier="member"]').innerText()).toContain(
      'takes part as a whole; its member states are not counted',
    );
    expect(
      await page.locator('#leverage [data-warning="supranational_not_expanded"]').count(),
    ).toBe(1);
    await page.getByLabel('EU counted as').selectOption('member-states');
    await page.waitForFunction(
      () =>
        document.querySelector('.leverage-table tr[data-indicator="gdp_usd"] td.share')
          ?.textContent === '53.4%',
    );
    expect(page.url()).toContain('eu=member-states');
    expect(await page.locator('.tier-card[data-tier="member"]').innerText()).toContain(
      'counted as its 27 member states',
    );
    expect(await page.locator('#leverage caption').innerText()).toContain(
      'the EU counted as its member states',
    );
    expect(
      await page.locator('.coalition-map path[data-iso3="POL"]').getAttribute('data-role'),
    ).toBe('via-member');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows "—" for members without data, never 0% or 100%, and names indicators by label', async () => {
    const created = await fetch(`${harness.url}/api/v1/coalitions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${E2E_WRITE_TOKEN}` },
      body: JSON.stringify({
        code: 'SPARSE',
        name: 'Sparse data',
        participants: [
          { code: 'Taiwan', tier: 'member' },
          { code: 'Kosovo', tier: 'member' },
        ],
      }),
    });
    expect(created.status).toBe(201);
    const { page, errors } = await harness.open('/#/coalitions/SPARSE');
    const kti = page.locator('.leverage-table tr[data-indicator="kti_value_added_usd"]');
    await kti.waitFor();
    expect(await kti.locator('td.share').innerText()).toBe('—');
    // Warnings name indicators by their labels, not their codes.
    const notes = await page.locator('.leverage-table').innerText();
    expect(notes).not.toContain('kti_value_added_usd');
    expect(notes).toContain('Knowledge- and technology-intensive value added');
    // Taiwan has no World Bank GDP: Kosovo is not "100%" of the coalition's GDP, dominance unknown.
    const balanceGdp = page.locator('.balance-table tr[data-indicator="gdp_usd"]');
    await balanceGdp.waitFor();
    expect(await balanceGdp.locator('td.shares-cell').innerText()).toContain('TWN — (no data)');
    expect(await balanceGdp.locator('[data-dominance="unknown"]').innerText()).toBe('Unknown');
    expect(await balanceGdp.innerText()).not.toContain('Dominant');
    expect(await balanceGdp.innerText()).toContain('of the members with data');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('warns in the builder when an added economy is already counted through the EU', async () => {
    const { page, errors } = await harness.open('/#/coalitions/new');
    await page.locator('h1', { hasText: 'New coalition' }).waitFor();
    await addFromList(page, 'European', 'Add European Union as member');
    await addFromList(page, 'Netherlands', 'Add Netherlands as member');
    expect(await page.locator('.count-notice').innerText()).toContain(
      'The EU takes part as a whole',
    );
    await page.getByLabel('Analyses count').selectOption('member-states');
    expect(await page.locator('.count-notice').innerText()).toContain(
      'Netherlands is already counted through the EU',
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
