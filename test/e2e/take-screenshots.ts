// Takes full-page screenshots of every page at 1280×800 and 390×844 into .screenshots/ (gitignored),
// for a person to look at: `npx tsx test/e2e/take-screenshots.ts` after `npx vite build`.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, startBrowserHarness } from './browser-harness.ts';

const OUT = resolve(import.meta.dirname, '../../.screenshots');

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
];

mkdirSync(OUT, { recursive: true });
const harness = await startBrowserHarness();
try {
  for (const [label, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    for (const shot of shots) {
      const { page, errors } = await harness.open(shot.path, { viewport });
      await shot.ready(page);
      const file = `${OUT}/${shot.name}-${label}.png`;
      await page.screenshot({ path: file, fullPage: !/tooltip|top/.test(shot.name) });
      console.log(file, errors.length ? `page errors: ${errors.join('; ')}` : '');
      await page.close();
    }
  }
} finally {
  await harness.close();
}
