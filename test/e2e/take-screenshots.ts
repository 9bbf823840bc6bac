// Takes full-page screenshots of every page at 1280×800 and 390×844 into .screenshots/ (gitignored),
// for a person to look at: `npx tsx test/e2e/take-screenshots.ts [name-regex]` after `npx vite build`. Makes a
// custom coalition (TECH4) through the API first, so its pages can be shown; imports the semiconductor
// chain first when ../shared/data holds it.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DESKTOP, E2E_WRITE_TOKEN, PHONE, startBrowserHarness } from './browser-harness.ts';
import { importFixtureLists } from './screening-data.ts';
import { importSemiconductors, semiconductorsAvailable } from './semiconductor-data.ts';

const OUT = resolve(import.meta.dirname, '../../.screenshots');

/** The chain page has drawn its graph and coloured its list. */
const chainReady = async (p: Page): Promise<void> => {
  await p.locator('.item-row[data-colour-class]').first().waitFor();
  await p.waitForTimeout(300);
};

/** Runs a one-shock disruption on the chain page and waits for the result. */
const disrupt = async (p: Page, provider: string): Promise<void> => {
  await chainReady(p);
  await p.locator('#shock-1-provider').fill(provider);
  await p.getByRole('button', { name: 'Run the scenario' }).click();
  await p.locator('#affected-items').waitFor();
};

const chainShots: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    name: 'chains',
    path: '/#/chains',
    ready: (p) => p.locator('.chains-table tbody tr').first().waitFor(),
  },
  { name: 'chain-critical-minerals-top', path: '/#/chains/critical-minerals', ready: chainReady },
  {
    name: 'chain-critical-minerals-gallium',
    path: '/#/chains/critical-minerals?item=gallium',
    ready: async (p) => {
      await chainReady(p);
      await p.locator('.item-detail [data-chart="economies"] svg').first().waitFor();
    },
  },
  {
    name: 'chain-critical-minerals-disruption',
    path: '/#/chains/critical-minerals',
    ready: async (p) => {
      await disrupt(p, 'CHN');
      await p.locator('.item-row[data-item="gallium"] button').click();
      await p.locator('.item-detail[data-item="gallium"] svg').first().waitFor();
    },
  },
  {
    name: 'controls',
    path: '/#/controls?chain=critical-minerals&coalition=G7&target=CHN',
    ready: (p) => p.locator('.retaliation-table tbody tr').first().waitFor(),
  },
  ...(semiconductorsAvailable
    ? [
        { name: 'chain-semiconductors-top', path: '/#/chains/semiconductors', ready: chainReady },
        {
          name: 'chain-semiconductors-lithography-top',
          path: '/#/chains/semiconductors?item=N19',
          ready: chainReady,
        },
        {
          name: 'chain-semiconductors-twn-top',
          path: '/#/chains/semiconductors?item=N99',
          ready: (p: Page) => disrupt(p, 'TWN'),
        },
        {
          name: 'chain-semiconductors-twn',
          path: '/#/chains/semiconductors?item=N99',
          ready: (p: Page) => disrupt(p, 'TWN'),
        },
        {
          name: 'controls-semiconductors-lithography',
          path: '/#/controls?chain=semiconductors&coalition=USA,NLD,JPN&target=CHN&inputs=N19%7CN20%7CN21%7CN22%7CN33',
          ready: (p: Page) => p.locator('.coverage-table tbody tr').first().waitFor(),
        },
      ]
    : []),
];

const shots: { name: string; path: string; ready: (page: Page) => Promise<void> }[] = [
  {
    name: 'map',
    path: '/',
    ready: (p) => p.locator('path[data-has-value="true"]').first().waitFor(),
  },
  {
    name: 'map-g7-tooltip',
    path: '/#/map?group=G7',
    ready: async (p) => {
      await p.locator('.group-summary strong').waitFor();
      await p.locator('path[data-iso3="DEU"]').hover();
      await p.locator('#map-tooltip').waitFor();
    },
  },
  {
    name: 'economies',
    path: '/#/economies',
    ready: (p) => p.locator('.economies-table tbody tr').nth(50).waitFor(),
  },
  {
    name: 'economy-deu',
    path: '/#/economies/DEU',
    ready: (p) => p.locator('[data-indicator="gdp_usd"] svg').first().waitFor(),
  },
  {
    name: 'economy-deu-top',
    path: '/#/economies/DEU',
    ready: (p) => p.locator('[data-indicator="gdp_usd"] svg').first().waitFor(),
  },
  {
    name: 'economy-not-found',
    path: '/#/economies/ZZZ',
    ready: (p) => p.locator('.notice-not-found').waitFor(),
  },
  { name: 'groups', path: '/#/groups', ready: (p) => p.locator('tbody tr').first().waitFor() },
  { name: 'group-g7', path: '/#/groups/G7', ready: (p) => p.locator('tbody tr').first().waitFor() },
  {
    name: 'coalitions',
    path: '/#/coalitions',
    ready: (p) => p.locator('.coalitions-table tbody tr').first().waitFor(),
  },
  {
    name: 'coalition-tech4',
    path: '/#/coalitions/TECH4',
    ready: async (p) => {
      await p.locator('.balance-table').waitFor();
      await p.locator('.complementarity-table').waitFor();
    },
  },
  {
    name: 'coalition-tech4-top',
    path: '/#/coalitions/TECH4',
    ready: (p) => p.locator('.leverage-table').waitFor(),
  },
  {
    name: 'coalition-new',
    path: '/#/coalitions/new?from=QUAD',
    ready: (p) => p.locator('.participant[data-code="JPN"]').waitFor(),
  },
  {
    name: 'coalition-edit-tech4',
    path: '/#/coalitions/TECH4/edit',
    ready: (p) => p.locator('.participant[data-code="USA"]').waitFor(),
  },
  {
    name: 'coalition-edit-tech4-workstreams',
    path: '/#/coalitions/TECH4/edit',
    ready: async (p) => {
      await p.locator('.workstream[data-code="export_controls"]').waitFor();
      await p.locator('fieldset.workstreams').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'coalition-tech4-workstreams',
    path: '/#/coalitions/TECH4',
    ready: async (p) => {
      await p.locator('.leverage-table').waitFor();
      await p.locator('.workstreams-table').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'coalitions-compare',
    path: '/#/coalitions/compare?codes=G7,D10,T12',
    ready: (p) => p.locator('.whatif-table').waitFor(),
  },
  ...chainShots,
  {
    name: 'screening-name',
    path: '/#/screening',
    ready: async (p) => {
      await p.locator('#screen-name').fill('Ivan Petrovich Example');
      await p.getByRole('button', { name: 'Screen', exact: true }).click();
      await p.locator('.hit summary').first().click();
    },
  },
  {
    name: 'screening-batch',
    path: '/#/screening',
    ready: async (p) => {
      await p.locator('#batch-file').setInputFiles({
        name: 'clients.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'id,name,type\nc1,Example Trading LLC,organization\nc2,,\nc3,Sea Example,vessel\nc4,Nobody Known,\n',
        ),
      });
      await p.locator('#batch-all').check();
      await p.getByRole('button', { name: 'Screen the file' }).click();
      await p.locator('#batch-results tr[data-id="c3"] button').click();
      await p.locator('#batch-review .hit').first().waitFor();
    },
  },
  {
    name: 'screening-reconcile',
    path: '/#/screening/reconcile?a=US&b=EU',
    ready: (p) => p.locator('#same-as-count').waitFor(),
  },
  {
    name: 'power',
    path: '/#/power?rule=double-majority&from=G7&basis=population&membersPct=55&weightPct=65',
    ready: (p) => p.locator('.power-table tbody tr[data-member="USA"]').waitFor(),
  },
];
const only = process.argv[2] ? new RegExp(process.argv[2]) : null;

mkdirSync(OUT, { recursive: true });
const harness = await startBrowserHarness({
  prepare: async (url) => {
    if (semiconductorsAvailable) await importSemiconductors(url);
    await importFixtureLists(url);
  },
});
try {
  // A custom coalition to show, made through the API as a user would.
  const created = await fetch(`${harness.url}/api/v1/coalitions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${E2E_WRITE_TOKEN}` },
    body: JSON.stringify({
      code: 'TECH4',
      name: 'Tech 4',
      description:
        'The United States, Japan and the EU, with India as a partner and the OECD observing.',
      participants: [
        { code: 'USA', tier: 'member' },
        { code: 'JPN', tier: 'member' },
        { code: 'EU', tier: 'member' },
        { code: 'IND', tier: 'partner' },
        { code: 'OECD', tier: 'observer', name: 'OECD', kind: 'organisation' },
      ],
      // The standard five, export controls narrowed to two members, and one custom workstream.
      workstreams: [
        {
          code: 'rd',
          name: 'Research and development',
          tiers: ['member', 'partner', 'observer', 'stakeholder'],
        },
        {
          code: 'supply_chains',
          name: 'Supply-chain diversity and security',
          tiers: ['member', 'partner', 'stakeholder'],
        },
        {
          code: 'standards',
          name: 'Standard-setting',
          tiers: ['member', 'partner', 'observer', 'stakeholder'],
        },
        {
          code: 'export_controls',
          name: 'Multilateral export controls',
          tiers: ['member'],
          participants: ['USA', 'JPN'],
        },
        {
          code: 'illiberal_tech',
          name: 'Countering the illiberal use of technology',
          tiers: ['member', 'partner', 'observer', 'stakeholder'],
        },
        { code: 'quantum', name: 'Quantum technologies', tiers: ['member', 'partner'] },
      ],
    }),
  });
  if (!created.ok) throw new Error(`creating TECH4: ${created.status} ${await created.text()}`);
  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    for (const shot of shots.filter((x) => !only || only.test(x.name))) {
      const { page, errors } = await harness.open(shot.path, { viewport });
      await shot.ready(page);
      const file = `${OUT}/${shot.name}-${label}.png`;
      await page.screenshot({ path: file, fullPage: !/tooltip|top|workstreams/.test(shot.name) });
      console.log(file, errors.length ? `page errors: ${errors.join('; ')}` : '');
      await page.close();
    }
  }
} finally {
  await harness.close();
}
