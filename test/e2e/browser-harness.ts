// Shared harness of the browser flows: one server on a fresh temp SQLite file (so it loads the bundled
// starter dataset, as a new user's install does) with a fixed test write token, and one Debian
// Chromium per test file, both closed (and the file deleted) in afterAll. Assumes dist/web is built
// (`npm test` builds it first); builds it once when missing. `expectAccessible` checks a page with
// axe-core.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config.ts';
import { startServer, type RunningServer } from '../../src/main.ts';
import { MISSING_MESSAGE } from '../../src/web/i18n/i18n.tsx';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';

/** Where `vite build` writes the UI and the server serves it from. */
const WEB_DIR = resolve(import.meta.dirname, '../../dist/web');
export { CHROMIUM };
export const chromiumAvailable = existsSync(CHROMIUM);
if (!chromiumAvailable)
  console.warn(
    `browser tests SKIPPED: ${CHROMIUM} is missing (install Debian's chromium package to run them)`,
  );

export interface Viewport {
  width: number;
  height: number;
}

/**
 * The API write token the test server runs with (API_WRITE_TOKEN), so browser flows can write;
 * a fixed test value, never a real secret.
 */
export const E2E_WRITE_TOKEN = 'e2e-write-token-0123456789abcdef';

/** The secretariat account the test server creates on its first start (fixed test values). */
export const E2E_ADMIN = { email: 'secretariat@e2e.test', password: 'e2e-secretariat-password' };

export const DESKTOP: Viewport = { width: 1280, height: 800 };
export const PHONE: Viewport = { width: 390, height: 844 };

export interface BrowserHarness {
  url: string;
  browser: Browser;
  /**
   * A fresh page at `path`; `before` runs first (e.g. to intercept requests). Errors thrown in the
   * page are collected in `errors`.
   */
  open(
    path: string,
    options?: { viewport?: Viewport; before?: (page: Page) => Promise<void> },
  ): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

function ensureWebBuilt(): void {
  if (existsSync(join(WEB_DIR, 'index.html'))) return;
  console.warn('browser tests: dist/web is missing; running `npx vite build` once');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: resolve(WEB_DIR, '../..'),
    stdio: 'inherit',
  });
}

export interface HarnessOptions {
  /**
   * Runs on the fresh database before the server starts (e.g. an import the flows need); gets the
   * `DATABASE_URL`.
   */
  prepare?: (databaseUrl: string) => Promise<void>;
}

export async function startBrowserHarness(options: HarnessOptions = {}): Promise<BrowserHarness> {
  ensureWebBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'techalliance-e2e-'));
  const databaseUrl = `sqlite:${join(dir, 'e2e.sqlite')}`;
  let server: RunningServer | null = null;
  let browser: Browser | null = null;
  try {
    await options.prepare?.(databaseUrl);
    server = await startServer(
      loadConfig({
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: databaseUrl,
        API_WRITE_TOKEN: E2E_WRITE_TOKEN,
        ADMIN_EMAIL: E2E_ADMIN.email,
        ADMIN_PASSWORD: E2E_ADMIN.password,
      }),
      { log: false },
    );
    browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  } catch (e) {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const running = server;
  const openBrowser = browser;
  return {
    url: running.url,
    browser: openBrowser,
    async open(path, { viewport = DESKTOP, before } = {}) {
      const page = await openBrowser.newPage({ viewport });
      await before?.(page);
      const errors = collectErrors(page);
      await page.goto(`${running.url}${path}`);
      return { page, errors };
    },
    async close() {
      await openBrowser.close();
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * What goes wrong in `page` from now on: errors thrown in it, and messages its pages name that the
 * catalogue they loaded does not have (they would show as ids).
 */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && m.text().startsWith(MISSING_MESSAGE)) errors.push(m.text());
  });
  return errors;
}

/** axe-core's browser build, read once. */
let axeSource: string | undefined;
const AXE_PATH = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

/** What a violation of axe-core's rules says, as the failure lists it. */
interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (its default rules: WCAG 2.x A and AA and best practices) on the whole document of
 * `page` as it is now (a long table's rows after the 20th aside), and fails listing every violation of impact `serious` or `critical`: rule,
 * impact, the first elements it names, and what to do. Wait for the page's content first.
 */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // The pages' CSP (script-src 'self') refuses an inline <script>, so page.addScriptTag({ content })
  // cannot inject axe: the source is evaluated through the DevTools protocol, which CSP does not
  // govern (axe itself needs no eval).
  if (!(await page.evaluate(() => 'axe' in window))) {
    axeSource ??= readFileSync(AXE_PATH, 'utf8');
    await page.evaluate(axeSource);
  }
  const violations: Violation[] = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: object, o: object): Promise<AxeResults> } })
      .axe;
    // A long table's rows after the first 20 are left out: the same component draws every row
    // with the same markup, and checking thousands of cells (contrast above all) made one page's
    // check take 15 s. The table itself, its head and its first rows are checked.
    const results = await axe.run(
      { include: [document], exclude: [['tbody > tr:nth-child(n+21)']] },
      { resultTypes: ['violations'] },
    );
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length === 0) return;
  const shown = 3;
  const lines = serious.map(
    (v) =>
      `  - ${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, shown).join(', ')}` +
      (v.targets.length > shown ? ` (+${v.targets.length - shown} more)` : ''),
  );
  throw new Error(
    `${label}: ${serious.length} serious or critical accessibility violation` +
      `${serious.length === 1 ? '' : 's'} (axe-core):\n${lines.join('\n')}`,
  );
}
