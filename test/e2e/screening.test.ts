// Browser flow: screening — a name with its explanation, a batch uploaded with malformed rows and
// its hits downloaded, a hit reviewed and decided (remembered on the next screening), and the
// reconciliation of the US list with the EU one.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  E2E_WRITE_TOKEN,
  startBrowserHarness,
  type BrowserHarness,
} from './browser-harness.ts';
import { importFixtureLists } from './screening-data.ts';

describe.skipIf(!chromiumAvailable)('screening page', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness({ prepare: importFixtureLists });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('screens one name and shows why it hit', async () => {
    const { page, errors } = await harness.open('/#/screening');
    await page.locator('#screen-name').fill('Ivan Petrovich Example');
    await page.locator('#screen-type').selectOption('person');
    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    const hit = page.locator('.hit[data-entity="us-ofac-sdn:101"]');
    await hit.waitFor();
    expect(await hit.locator('h3').innerText()).toBe('EXAMPLE, Ivan Petrovich');
    await hit.locator('summary', { hasText: 'Why this score' }).click();
    expect(await hit.locator('.hit-features tbody tr').count()).toBeGreaterThan(1);
    expect(await hit.locator('.hit-features tfoot').innerText()).toMatch(/threshold 0\.7/);
    expect(await page.locator('a[data-nav="screening"]').getAttribute('aria-current')).toBe('page');
    expect(errors).toEqual([]);
  });

  it('screens an uploaded batch, reports its malformed rows, and records a decision on a hit', async () => {
    const { page, errors } = await harness.open('/#/screening');
    await page.locator('#batch-file').setInputFiles({
      name: 'clients.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'id,name,type\n' +
          'c1,Example Trading LLC,organization\n' +
          'c2,,\n' +
          'c3,Sea Example,vessel\n' +
          'c4,Nobody Known At All,\n',
      ),
    });
    await page.locator('#batch-all').check();
    await page.getByRole('button', { name: 'Screen the file' }).click();
    await page.locator('#batch-summary').waitFor();
    expect(await page.locator('#batch-summary').innerText()).toMatch(/4 rows read, 3 screened/);
    expect(await page.locator('.batch-issues').innerText()).toMatch(
      /clients\.csv, line 3: name is empty/,
    );
    const rows = page.locator('#batch-results tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('#batch-results tr[data-id="c4"]').innerText()).toMatch(/no hit/);

    // The hits download as CSV with the documented columns.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#batch-download').click(),
    ]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('id,query,entity_id,entity_name,list,score,decision');
    expect(csv).toMatch(/c3,Sea Example,us-ofac-sdn:103,SEA EXAMPLE,us-ofac-sdn,/);

    // Review the vessel's hit and mark it a match.
    await page.locator('#screening-token').fill(E2E_WRITE_TOKEN);
    await page.locator('#batch-results tr[data-id="c3"] button', { hasText: 'Review' }).click();
    const hit = page.locator('#batch-review .hit[data-entity="us-ofac-sdn:103"]');
    await hit.waitFor();
    await hit.locator('input[type="text"]').fill('same IMO number');
    await hit.getByRole('button', { name: 'Match', exact: true }).click();
    await hit.locator('.badge-decision-match').waitFor();
    expect(await hit.locator('.hit-decision-state').innerText()).toMatch(/Match by the operator/);
    expect(await page.locator('#batch-results tr[data-id="c3"] .batch-decision').innerText()).toBe(
      'Match',
    );

    // A later screening of the same name shows the decision.
    await page.locator('#screen-name').fill('SEA EXAMPLE');
    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    const again = page.locator('.analysis-content .hit[data-entity="us-ofac-sdn:103"]').first();
    await again.locator('.badge-decision-match').waitFor();
    expect(await again.locator('.hit-decision-state').innerText()).toMatch(/same IMO number/);
    expect(errors).toEqual([]);
  });

  it('shows a refused token rather than recording the decision', async () => {
    const { page } = await harness.open('/#/screening');
    await page.locator('#screening-token').fill('wrong-token');
    await page.locator('#screen-name').fill('Example Trading LLC');
    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    const hit = page.locator('.hit').first();
    await hit.waitFor();
    await hit.getByRole('button', { name: 'No match' }).click();
    await hit.locator('.field-error:not([hidden])').waitFor();
    expect(await page.locator('#screening-token').getAttribute('aria-invalid')).toBe('true');
    expect(await hit.locator('.hit-decision-state').innerText()).toBe('Not reviewed');
  });

  it('reconciles the US list with the EU one', async () => {
    const { page, errors } = await harness.open('/#/screening/reconcile?a=US&b=EU');
    await page.locator('#same-as-count').waitFor();
    expect(await page.locator('#same-as-count').innerText()).toMatch(/^1 pairs/);
    expect(await page.locator('#only-a-heading .gap-count').innerText()).toBe('2');
    expect(await page.locator('#only-b-heading .gap-count').innerText()).toBe('2');
    await page.locator('#reconcile-country').fill('CHN');
    await page.getByRole('button', { name: 'Reconcile' }).click();
    await page.waitForFunction(() => location.hash.includes('country=CHN'));
    await page.locator('.reconcile-gap', { hasText: 'Shenzhen Sample Electronics' }).waitFor();
    expect(errors).toEqual([]);
  });
});
