// Browser flows: supply chains — the critical-minerals chain page (graph, list, providers chart),
// a disruption recolouring the graph, the API's message beside a bad shock, Monte Carlo, export-
// control coverage, and (when ../shared/data holds it) the semiconductor chain drawn in lanes.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, startBrowserHarness, type BrowserHarness } from './browser-harness.ts';
import { importSemiconductors, semiconductorsAvailable } from './semiconductor-data.ts';

if (chromiumAvailable && !semiconductorsAvailable)
  console.warn(
    'semiconductor browser flows SKIPPED: ../shared/data/semiconductors is absent (the CC BY-NC data is never bundled)',
  );

interface GraphNode {
  id: string;
  colourClass: string;
  background: string;
  selected: boolean;
  x: number;
  classes: string[];
}

/**
 * What the graph drew for `ids`: cytoscape paints on a canvas, so this reads its nodes through the
 * instance cytoscape keeps on its container (`_cyreg.cy`).
 */
const graphNodes = (page: Page, ids: readonly string[]): Promise<GraphNode[]> =>
  page.evaluate((wanted) => {
    interface CyNode {
      empty(): boolean;
      id(): string;
      data(key: string): unknown;
      style(key: string): string;
      hasClass(c: string): boolean;
      classes(): string[];
      position(): { x: number; y: number };
    }
    const container = document.querySelector('.chain-graph') as unknown as {
      _cyreg?: { cy?: { getElementById(id: string): CyNode } };
    };
    const cy = container._cyreg?.cy;
    if (!cy) throw new Error('no graph');
    return wanted.map((id) => {
      const n = cy.getElementById(id);
      if (n.empty()) throw new Error(`no node ${id}`);
      return {
        id: n.id(),
        colourClass: String(n.data('colourClass')),
        background: n.style('background-color'),
        selected: n.hasClass('is-selected'),
        x: n.position().x,
        classes: n.classes(),
      };
    });
  }, ids);

const countNodes = (page: Page, selector: string): Promise<number> =>
  page.evaluate((sel) => {
    const container = document.querySelector('.chain-graph') as unknown as {
      _cyreg: { cy: { nodes(s: string): { length: number } } };
    };
    return container._cyreg.cy.nodes(sel).length;
  }, selector);

/** Waits until the chain page has drawn its graph and coloured its list. */
async function ready(page: Page): Promise<void> {
  await page.locator('.item-row[data-colour-class]').first().waitFor();
  await page.waitForFunction(() =>
    Boolean(
      (document.querySelector('.chain-graph') as unknown as { _cyreg?: { cy?: unknown } } | null)
        ?._cyreg?.cy,
    ),
  );
}

describe.skipIf(!chromiumAvailable)('supply chains', () => {
  let harness: BrowserHarness;
  beforeAll(async () => {
    harness = await startBrowserHarness(
      semiconductorsAvailable ? { prepare: importSemiconductors } : {},
    );
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('lists the critical-minerals chain with its 13 inputs, linked to its page', async () => {
    const { page, errors } = await harness.open('/#/chains');
    const row = page.locator('.chains-table tr[data-chain="critical-minerals"]');
    await row.waitFor();
    expect(await row.locator('td').nth(1).innerText()).toBe('13');
    await row.locator('th a').click();
    await page.locator('h1', { hasText: 'Critical minerals' }).waitFor();
    expect(page.url()).toMatch(/#\/chains\/critical-minerals$/);
    expect(await page.locator('a[data-nav="chains"]').getAttribute('aria-current')).toBe('page');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows 13 critical minerals, gallium as a chokepoint held by China, and gallium’s providers chart when chosen in the list', async () => {
    const { page, errors } = await harness.open('/#/chains/critical-minerals');
    await ready(page);
    expect(await page.locator('.chain-items .item-row').count()).toBe(13);
    expect(await countNodes(page, '.input')).toBe(13);
    const gallium = page.locator('.item-row[data-item="gallium"]');
    const listed = await gallium.innerText();
    expect(listed).toContain('Gallium');
    expect(listed).toContain('CHN 99.0%');
    expect(listed).toContain('2025');
    expect(listed).toContain('chokepoint');
    const [node] = await graphNodes(page, ['gallium']);
    expect(node!.classes).toContain('chokepoint');
    expect(node!.colourClass).toBe('80-100');
    const metricsRow = await page.locator('.metrics-table tr[data-item="gallium"]').innerText();
    expect(metricsRow).toContain('CHN 99.0%');
    expect(metricsRow).toContain('Yes');
    expect(metricsRow).toContain('CHN holds 99% (at least 50%)');
    expect(await page.locator('.chain-legend').innerText()).toContain(
      'Year: latest per input (2025)',
    );

    await gallium.locator('button').click();
    const detail = page.locator('.item-detail[data-item="gallium"]');
    await detail.locator('[data-chart="economies"] svg').first().waitFor();
    expect(await detail.locator('h2').innerText()).toBe('Gallium');
    expect(await detail.locator('[data-fact="top1"]').innerText()).toContain('China (CHN) 99.0%');
    expect(await detail.locator('[data-fact="chokepoint"]').innerText()).toContain('Yes');
    expect(await detail.locator('h3', { hasText: 'Providers by economy, 2025' }).count()).toBe(1);
    const chart = detail.locator('[data-chart="economies"] svg[aria-label]').first();
    expect(await chart.getAttribute('aria-label')).toBe('Gallium: providers by economy, 2025');
    // Shares of the providers' sum (USGS's rounded world total is smaller): never past 100%.
    expect(await chart.getAttribute('aria-description')).toContain(
      'China (CHN): 99.0%; Russia (RUS): 0.7%',
    );
    expect(await detail.locator('[data-chart="economies"] rect').count()).toBeGreaterThanOrEqual(3);
    expect(await gallium.locator('button').getAttribute('aria-pressed')).toBe('true');
    expect((await graphNodes(page, ['gallium']))[0]!.selected).toBe(true);
    expect(page.url()).toContain('item=gallium');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('recolours the graph by availability when China loses 100% of everything, with a before view', async () => {
    const { page, errors } = await harness.open('/#/chains/critical-minerals');
    await ready(page);
    await page.locator('#shock-1-provider').fill('CHN');
    await page.locator('#shock-1-input').selectOption('all');
    await page.locator('#shock-1-fraction').fill('1');
    await page.getByRole('button', { name: 'Run the scenario' }).click();
    const row = page.locator('#affected-items tr[data-item="gallium"]');
    await row.waitFor();
    const cells = await row.locator('th, td').allInnerTexts();
    expect(cells).toEqual([
      'Gallium',
      'Material',
      '2025',
      '100%',
      // China's 99.0% is lost; Russia's and Japan's 1.0% remains (shares of the providers' sum).
      '99.0%',
      '1.0%',
      '1.0%',
      'limited by its own supply',
    ]);
    // Least available first.
    expect(await page.locator('#affected-items tbody tr').first().getAttribute('data-item')).toBe(
      'gallium',
    );
    const listed = page.locator('.item-row[data-item="gallium"]');
    expect(await listed.getAttribute('data-availability')).toBe('1');
    expect(await listed.getAttribute('data-colour-class')).toBe('0-25');
    expect(await listed.innerText()).toContain('1.0% available');
    const [gallium, cobalt] = await graphNodes(page, ['gallium', 'cobalt']);
    expect(gallium!.colourClass).toBe('0-25');
    expect(gallium!.background).toBe('rgb(103,0,13)');
    expect(cobalt!.colourClass).toBe('90-100');
    expect(await page.locator('#chain-colour').inputValue()).toBe('after');
    expect(await page.locator('.chain-legend').innerText()).toContain(
      'After: China (CHN) loses 100.0% of all inputs',
    );
    expect(page.url()).toContain('shock=CHN%3Aall%3A1');

    await page.getByRole('button', { name: 'Before the shock' }).click();
    expect(await listed.getAttribute('data-availability')).toBe('100');
    expect((await graphNodes(page, ['gallium']))[0]!.colourClass).toBe('100');
    expect(await page.locator('#chain-colour').inputValue()).toBe('before');
    await page.getByRole('button', { name: 'After the shock' }).click();
    expect((await graphNodes(page, ['gallium']))[0]!.colourClass).toBe('0-25');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the graph as SVG (with its nodes, labels and arrows) and as PNG, named after the chain and colouring', async () => {
    const { page, errors } = await harness.open('/#/chains/critical-minerals?item=gallium');
    await ready(page);
    const frame = page.locator('figure.chain-graph-chart');
    expect(await frame.locator('figcaption').innerText()).toMatch(
      /^Inputs coloured by Top economy’s share$/,
    );
    const save = async (button: string): Promise<{ name: string; bytes: Buffer }> => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        frame.getByRole('button', { name: button }).click(),
      ]);
      const chunks: Buffer[] = [];
      for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
      return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
    };
    const svg = await save('Download SVG');
    expect(svg.name).toBe('critical-minerals-graph-top1.svg');
    const markup = svg.bytes.toString('utf8');
    expect(markup).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+/);
    expect(markup).toContain('>Gallium</tspan>');
    expect(markup).toContain('CHN 99.0%');
    // Every node drawn (13 inputs at least), the selection's highlight, arrows for the flow.
    expect(markup.match(/<path d=/g)!.length).toBeGreaterThanOrEqual(13);
    expect(markup).toContain('fill-opacity="0.45"');
    expect(markup).toContain('<title>Graph of Critical minerals');
    const png = await save('Download PNG');
    expect(png.name).toBe('critical-minerals-graph-top1.png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // At twice the size of the graph: wider than the page shows it.
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(500);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows each G7 member its own loss when China loses everything, not one figure for all', async () => {
    const { page, errors } = await harness.open('/#/chains/critical-minerals');
    await ready(page);
    await page.locator('#shock-1-provider').fill('CHN');
    await page.locator('#shock-1-fraction').fill('1');
    await page.getByRole('button', { name: 'Run the scenario' }).click();
    const table = page.locator('.members-loss-table');
    await table.waitFor();
    const losses: Record<string, number> = Object.fromEntries(
      await table
        .locator('td[data-member-loss]')
        .evaluateAll((tds) =>
          tds.map((td): [string, number] => [
            td.getAttribute('data-member-loss') ?? '',
            Number(td.textContent),
          ]),
        ),
    );
    // The G7's seven economies (the EU not expanded), each with its own figure.
    expect(Object.keys(losses).sort()).toEqual(['CAN', 'DEU', 'FRA', 'GBR', 'ITA', 'JPN', 'USA']);
    expect(new Set(Object.values(losses)).size).toBeGreaterThan(3);
    // Japan makes some gallium itself, so it loses less than the United Kingdom, which makes none.
    expect(losses.JPN).toBeLessThan(losses.GBR ?? 0);
    expect(losses.USA).toBe(Math.min(...Object.values(losses)));
    expect(await table.innerText()).toContain('makes');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the API’s message beside the shock that names an unknown provider', async () => {
    const { page, errors } = await harness.open('/#/chains/critical-minerals');
    await ready(page);
    await page.locator('#shock-1-provider').fill('CHN');
    await page.getByRole('button', { name: 'Add a shock' }).click();
    await page.locator('#shock-2-provider').fill('XXX');
    await page.getByRole('button', { name: 'Run the scenario' }).click();
    const error = page.locator('.shock[data-shock="2"] .shock-error');
    await error.waitFor();
    expect(await error.innerText()).toContain(
      "unknown economy or provider 'XXX' in chain critical-minerals",
    );
    expect(await page.locator('#shock-2-provider').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.shock[data-shock="1"] .shock-error').isHidden()).toBe(true);
    expect(await page.locator('#affected-items').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs a seeded Monte Carlo and shows mean, p5, p50 and p95 per output', async () => {
    const { page, errors } = await harness.open('/#/chains/critical-minerals');
    await ready(page);
    await page.locator('#mc-trials').fill('2000');
    await page.locator('#mc-seed').fill('7');
    await page.getByRole('button', { name: 'Run the simulation' }).click();
    const rows = page.locator('.montecarlo-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(13);
    expect(await page.locator('.montecarlo-table thead').innerText()).toMatch(
      /Mean\s+p5\s+p50\s+p95/,
    );
    expect(await page.locator('.montecarlo-table caption').innerText()).toContain('2,000 trials');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('judges a G7 control on China ineffective for gallium and ranks gallium first for retaliation', async () => {
    const { page, errors } = await harness.open('/#/controls');
    await page.locator('.coverage-table').waitFor();
    await page.locator('#controls-chain').selectOption('critical-minerals');
    await page.locator('#control-input-gallium').waitFor();
    await page.locator('#controls-coalition').fill('G7');
    await page.locator('#controls-target').fill('CHN');
    await page.locator('#control-input-gallium').check();
    await page.locator('#control-input-cobalt').check();
    await page.getByRole('button', { name: 'Check coverage' }).click();
    await page.locator('.coverage-table tbody tr').nth(1).waitFor();
    await page.waitForFunction(
      () => document.querySelectorAll('.coverage-table tbody tr').length === 2,
    );
    const row = page.locator('.coverage-table tr[data-input="gallium"]');
    expect(await row.locator('.verdict').innerText()).toBe('ineffective');
    const cells = await row.locator('th, td').allInnerTexts();
    // USGS divides by a rounded world total: shares are of the providers' sum, never past 100%.
    expect(cells.slice(0, 4)).toEqual(['Gallium', '2025', '0.3%', '99.0%']);
    expect(cells[6]).toBe('cannot reach the goal');
    expect(
      await page.locator('.coverage-table tr[data-input="cobalt"] .codes-cell').innerText(),
    ).toMatch(/COD, IDN, RUS → 90\.\d%/);
    expect(page.url()).toContain('inputs=gallium%7Ccobalt');
    const first = page.locator('.retaliation-table tbody tr').first();
    expect(await first.getAttribute('data-item')).toBe('gallium');
    expect(await first.innerText()).toContain('99.0%');
    expect(errors).toEqual([]);
    await page.close();
  });

  describe.skipIf(!semiconductorsAvailable)('the semiconductor chain', () => {
    it('draws the three stages as lanes, left to right, with their inputs inside', async () => {
      const { page, errors } = await harness.open('/#/chains/semiconductors');
      await ready(page);
      const lanes = await graphNodes(page, ['lane:S1', 'lane:S2', 'lane:S3', 'lane:outputs']);
      expect(lanes.map((l) => l.x)).toEqual([...lanes.map((l) => l.x)].sort((a, b) => a - b));
      const bounds = await page.evaluate(() => {
        const cy = (
          document.querySelector('.chain-graph') as unknown as {
            _cyreg: {
              cy: {
                getElementById(id: string): {
                  boundingBox(o: object): { x1: number; x2: number };
                };
              };
            };
          }
        )._cyreg.cy;
        const box = (id: string) => cy.getElementById(id).boundingBox({});
        return {
          S1: box('lane:S1'),
          S2: box('lane:S2'),
          S3: box('lane:S3'),
          chipDesign: box('N0'),
          lithography: box('N19'),
          euv: box('N20'),
          testing: box('N78'),
        };
      });
      const inside = (b: { x1: number; x2: number }, lane: { x1: number; x2: number }) =>
        b.x1 >= lane.x1 && b.x2 <= lane.x2;
      expect(inside(bounds.chipDesign, bounds.S1)).toBe(true);
      expect(inside(bounds.lithography, bounds.S2)).toBe(true);
      expect(inside(bounds.euv, bounds.S2)).toBe(true);
      expect(inside(bounds.testing, bounds.S3)).toBe(true);
      expect(await countNodes(page, '.stage')).toBe(3);
      expect(await countNodes(page, '.input')).toBe(126);
      const groups = await page.locator('.item-group-title').allTextContents();
      expect(groups.slice(0, 3)).toEqual([
        'Design (stage)',
        'Fabrication (stage)',
        'Assembly, testing, and packaging (ATP) (stage)',
      ]);
      expect(errors).toEqual([]);
      await page.close();
    });

    it('shows the finished logic chip at 72% availability when Taiwan loses everything', async () => {
      const { page, errors } = await harness.open('/#/chains/semiconductors');
      await ready(page);
      await page.locator('#shock-1-provider').fill('TWN');
      await page.locator('#shock-1-fraction').fill('1.0');
      await page.getByRole('button', { name: 'Run the scenario' }).click();
      const row = page.locator('#affected-items tr[data-item="N99"]');
      await row.waitFor();
      expect(await row.locator('th').innerText()).toBe('Finished logic chip');
      expect(await row.locator('td.availability').innerText()).toBe('72.0%');
      expect(
        await page.locator('.item-row[data-item="N99"]').getAttribute('data-availability'),
      ).toBe('72');
      const [chip] = await graphNodes(page, ['N99']);
      expect(chip!.colourClass).toBe('50-75');
      expect(await page.locator('.scenario-summary').innerText()).toContain(
        'Most affected outputs: Finished logic chip 72.0%',
      );
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});
