// Browser flow: the membership criteria page — summary, filters, evidence and a coalition check.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, startBrowserHarness, type BrowserHarness } from './browser-harness.ts';

describe.skipIf(!chromiumAvailable)('criteria page', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  const rows = (page: Page) => page.locator('.criteria-table tbody tr.criteria-row');
  const ready = async (page: Page): Promise<void> => {
    await page.locator('.criteria-summary', { hasText: 'Data up to' }).waitFor();
    await rows(page).first().waitFor();
  };

  it('shows the summary with counts and a table with at least 200 rows', async () => {
    const { page, errors } = await harness.open('/#/criteria');
    await ready(page);
    const summary = await page.locator('.criteria-summary').innerText();
    const m =
      /^Data up to (\d{4}): (\d+) eligible members?, (\d+) eligible partners?, (\d+) not eligible, (\d+) undetermined\.$/.exec(
        summary,
      );
    expect(m, summary).not.toBeNull();
    const total = [m![2], m![3], m![4], m![5]].reduce((s, n) => s + Number(n), 0);
    expect(await rows(page).count()).toBe(total);
    expect(total).toBeGreaterThanOrEqual(200);
    expect(await page.locator('.criteria-table caption').innerText()).toContain(
      `${total} of ${total} economies`,
    );
    // One column per member-tier criterion, with real headers.
    expect(await page.locator('.criteria-table thead th[scope="col"]').count()).toBeGreaterThan(2);
    expect(await page.locator('a[data-nav="criteria"]').getAttribute('aria-current')).toBe('page');
    expect(await page.locator('a', { hasText: 'Criteria (JSON)' }).getAttribute('href')).toBe(
      '/api/v1/criteria/default',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows only undetermined rows, each with a reason, when "undetermined" is chosen', async () => {
    const { page, errors } = await harness.open('/#/criteria');
    await ready(page);
    const label = await page.locator('#criteria-result option[value="undetermined"]').innerText();
    const expected = Number(/\((\d+)\)/.exec(label)![1]);
    expect(expected).toBeGreaterThan(0);
    await page.locator('#criteria-result').selectOption('undetermined');
    await page.locator('.result-count', { hasText: `${expected} economies shown` }).waitFor();
    expect(await rows(page).count()).toBe(expected);
    const badges = await rows(page).locator('.result-badge').allInnerTexts();
    expect(new Set(badges)).toEqual(new Set(['Undetermined']));
    const reasons = await rows(page).locator('.criteria-reason').allInnerTexts();
    expect(reasons).toHaveLength(expected);
    for (const reason of reasons) expect(reason).toMatch(/tier undetermined: .+ for /);
    expect(page.url()).toContain('result=undetermined');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows Taiwan as undetermined with "no value" for GDP when "Taiwan" is searched', async () => {
    const { page, errors } = await harness.open('/#/criteria');
    await ready(page);
    await page.locator('#criteria-search').fill('Taiwan');
    await page.locator('.result-count', { hasText: '1 economy shown' }).waitFor();
    const row = rows(page).first();
    expect(await row.locator('th[scope="row"] a').innerText()).toBe('Taiwan');
    expect(await row.locator('.result-badge').innerText()).toBe('Undetermined');
    expect(await row.locator('.criteria-reason').innerText()).toContain('no value for GDP');
    for (const id of ['member.gdp_world_share', 'member.gdp_rank'])
      expect(await row.locator(`td[data-criterion="${id}"]`).innerText()).toContain('no value');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a row’s evidence with value, year, source and the threshold', async () => {
    const { page, errors } = await harness.open('/#/criteria?q=Italy');
    await page.locator('.result-count', { hasText: '1 economy shown' }).waitFor();
    const toggle = page.locator('.criteria-toggle[data-iso3="ITA"]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const evidence = await page.locator('#evidence-ITA').innerText();
    expect(evidence).toContain('Member tier fails — Rule of law');
    expect(evidence).toMatch(/Rule of law fails\s+Indicator\s+WGI rule of law/);
    expect(evidence).toContain('wb-wgi-2024');
    expect(evidence).toMatch(/≥ 0\.8 \(as stated\)/);
    expect(evidence).toMatch(
      /of the world total of [\d.]+ trn US\$, \d+ economies with data in \d{4}/,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows Italy among the G7 members who fail, naming Rule of law, and the EU as not evaluated', async () => {
    const { page, errors } = await harness.open('/#/criteria');
    await ready(page);
    await page.locator('#criteria-coalition:not([disabled])').selectOption('G7');
    const panel = page.locator('.criteria-coalition');
    await panel.waitFor();
    expect(await panel.locator('h2').innerText()).toBe('G7 against the default criteria');
    const members = panel.locator('[data-finding="finding-members"]');
    const italy = await members.locator('li[data-iso3="ITA"]').first().innerText();
    expect(italy).toContain('Italy');
    expect(italy).toContain('Rule of law');
    const eu = await panel
      .locator('[data-finding="finding-not-evaluated"] li[data-code="EU"]')
      .innerText();
    expect(eu).toContain('European Union');
    expect(page.url()).toContain('coalition=G7');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the rows shown as CSV with every criterion’s evidence', async () => {
    const { page, errors } = await harness.open('/#/criteria?q=Japan');
    await page.locator('.result-count', { hasText: '1 economy shown' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button', { hasText: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^criteria-default-\d{4}\.csv$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const [header, row, ...rest] = Buffer.concat(chunks).toString('utf8').trim().split('\r\n');
    expect(rest).toEqual([]);
    expect(header).toMatch(/^iso3,economy,region,result,reason,member\.gdp_world_share\.outcome,/);
    expect(header).toContain('partner.rule_of_law.source');
    expect(row).toMatch(/^JPN,Japan,Asia,Eligible member,member tier passes,pass,/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts by result with aria-sort and restores its filters from the address', async () => {
    const { page, errors } = await harness.open(
      '/#/criteria?coalition=G7&result=eligible_member&sort=result',
    );
    await ready(page);
    await page.locator('.criteria-coalition').waitFor();
    expect(await page.locator('#criteria-result').inputValue()).toBe('eligible_member');
    expect(await page.locator('#criteria-coalition').inputValue()).toBe('G7');
    const header = page.locator('th:has(button[data-sort="result"])');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await page.locator('#criteria-result').selectOption('');
    await page.locator('button[data-sort="result"]').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const badges = await rows(page).locator('.result-badge').allInnerTexts();
    expect(badges[0]).toBe('Not eligible');
    expect(badges.at(-1)).toBe('Eligible member');
    expect(errors).toEqual([]);
    await page.close();
  });
});
