// Web UI speed: for each main page, the time from navigation start to the page's content shown, in
// headless Chromium with a cold cache, and the JavaScript the page loaded; the current build
// (dist/web) next to the build of a git ref (BASELINE_REF, default d524b8d), both served by one
// process on one database (the starter dataset), signed in as the secretariat, loads alternating.
// Median and p90 of BENCH_RUNS runs (default 7) after one warm-up load per page and build.
// Run: npm run bench:web   (builds dist/web first when src/web changed since its last build)
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Response } from 'playwright-core';
import { buildApp } from '../src/http/app.ts';
import { SESSION_COOKIE } from '../src/http/authorize.ts';
import { openPlatform } from '../src/services/platform.ts';
import { buildServices } from '../src/services/services.ts';
import { createWorkerPool, workerThreadsFromEnv } from '../src/services/worker-pool.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/e2e/chromium.ts';
import { importFixtureLists } from '../test/e2e/screening-data.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BASELINE_REF = process.env.BASELINE_REF ?? 'd524b8d';
/** A page whose content is not shown after this long counts as failed (its figures print as —). */
const SHOWN_TIMEOUT_MS = 30_000;
const GOAL_PAGE_MS = 1000;
const GOAL_FIRST_JS_KB = 200;
const WORK = join(root, 'var/bench-web');
const CURRENT_DIST = join(root, 'dist/web');

/** The secretariat the bench signs in as (fixed bench values, never a real secret). */
const SECRETARIAT = {
  email: 'secretariat@bench.test',
  name: 'Secretariat',
  role: 'secretariat',
  password: 'bench-secretariat-password',
};

/**
 * One condition of "content shown": at least `min` (default 1) elements match `css` (a selector
 * list is an "or"), and contain `text` when given. Every condition of a page must hold, and no
 * element of #main may be `aria-busy="true"` (the loading states of both UIs carry it).
 */
interface Shown {
  css: string;
  min?: number;
  text?: string;
}

interface PageSpec {
  name: string;
  /** The hash route, e.g. `/economies/USA`. */
  path: string;
  shown: Shown[];
  /** Loaded without the session cookie. */
  anonymous?: boolean;
}

// Each page's "content shown" names what appears only once the page's data has arrived and been
// drawn: table rows, painted map shapes, a heading holding a name read from the API.
const PAGES: PageSpec[] = [
  // The world map: the country shapes and the table of the indicator's values behind them.
  {
    name: 'map',
    path: '/map',
    shown: [
      { css: '#main svg path', min: 100 },
      { css: '#main tbody tr', min: 100 },
    ],
  },
  // Every economy of the starter dataset (250) as table rows.
  { name: 'economies', path: '/economies', shown: [{ css: '#main tbody tr', min: 100 }] },
  // One economy: its name from the API as the heading, its groupings linked, and at least one
  // indicator drawn (a chart or a table row).
  {
    name: 'economy (USA)',
    path: '/economies/USA',
    shown: [
      { css: '#main h1', text: 'United States' },
      { css: '#main a[href^="#/groups/"]' },
      { css: '#main svg, #main tbody tr' },
    ],
  },
  // The groupings (16 in the starter dataset) as table rows.
  { name: 'groupings', path: '/groups', shown: [{ css: '#main tbody tr', min: 10 }] },
  // One grouping: its name as the heading and its 7 members as rows.
  {
    name: 'grouping (G7)',
    path: '/groups/G7',
    shown: [
      { css: '#main h1', text: 'Group of Seven' },
      { css: '#main tbody tr', min: 7 },
    ],
  },
  // The coalitions (16 in the starter dataset) as table rows.
  { name: 'coalitions', path: '/coalitions', shown: [{ css: '#main tbody tr', min: 10 }] },
  // One coalition: its name, its map, and its four analyses (workstreams, leverage, inner balance,
  // complementarity) each as a table with rows.
  {
    name: 'coalition (G7)',
    path: '/coalitions/G7',
    shown: [
      { css: '#main h1', text: 'Group of Seven' },
      { css: '#main svg path', min: 100 },
      { css: '#main table:has(tbody tr)', min: 4 },
    ],
  },
  // The default criteria set evaluated over every economy, as table rows.
  { name: 'criteria', path: '/criteria', shown: [{ css: '#main tbody tr', min: 100 }] },
  // The supply chains: a row linking to the bundled chain.
  {
    name: 'supply chains',
    path: '/chains',
    shown: [{ css: '#main tbody tr' }, { css: '#main a[href^="#/chains/critical-minerals"]' }],
  },
  // One chain: its name, its metrics table (13 inputs) and the drawn graph.
  {
    name: 'chain (critical minerals)',
    path: '/chains/critical-minerals',
    shown: [
      { css: '#main h1', text: 'Critical minerals' },
      { css: '#main tbody tr', min: 10 },
      { css: '#main canvas, #main svg' },
    ],
  },
  // Export-control coverage: the coverage table's rows.
  { name: 'controls', path: '/controls', shown: [{ css: '#main tbody tr', min: 5 }] },
  // Screening: the form, once the imported lists (two fixture lists) are offered as checkboxes.
  {
    name: 'screening',
    path: '/screening',
    shown: [{ css: '#main form input[type="checkbox"]', min: 2 }],
  },
  // Voting power of the G7 members weighted by population, quota 50%: the indices, one row each.
  {
    name: 'voting power (G7)',
    path: '/power?from=G7&basis=population&quotaPct=50',
    shown: [{ css: '#main tbody tr', min: 7 }],
  },
  // Proposals: the seeded proposal listed with its link.
  { name: 'proposals', path: '/proposals', shown: [{ css: '#main a[href^="#/proposals/"]' }] },
  // Commitments: the table, or the notice that no proposal is adopted yet (the bench's case).
  { name: 'commitments', path: '/commitments', shown: [{ css: '#main tbody tr, #main .notice' }] },
  // The governance event log: its entries as rows (the secretariat reads them all).
  { name: 'audit', path: '/audit', shown: [{ css: '#main tbody tr' }] },
  // Sign in, for a reader not signed in: the password field.
  {
    name: 'login',
    path: '/login',
    anonymous: true,
    shown: [{ css: '#main input[type="password"]' }],
  },
];

/** BENCH_PAGES=map,login: only the pages whose names start with one of these. */
const wanted = process.env.BENCH_PAGES?.split(',').map((w) => w.trim().toLowerCase());
const SELECTED = wanted ? PAGES.filter((p) => wanted.some((w) => p.name.startsWith(w))) : PAGES;

// --- Builds ---------------------------------------------------------------------------------------

function run(command: string, args: string[], cwd = root): void {
  const r = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status})`);
}

function git(args: string[]): string {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout.trim();
}

/** The newest modification time of the files under `paths`. */
function newest(paths: string[]): number {
  let t = 0;
  const walk = (p: string): void => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
    else t = Math.max(t, s.mtimeMs);
  };
  for (const p of paths) walk(p);
  return t;
}

/**
 * dist/web, rebuilt when a source of the UI (src/web, the core constants it imports, the Vite
 * config) changed after its index.html; copied to var/bench-web/current-dist so a rebuild by
 * someone else during the run cannot pull files from under the server.
 */
function currentBuild(): string {
  const index = join(CURRENT_DIST, 'index.html');
  const sources = ['src/web', 'src/core', 'vite.config.ts'].map((p) => join(root, p));
  if (!existsSync(index) || newest(sources) > statSync(index).mtimeMs) {
    console.log('  dist/web is older than its sources: npm run build:web');
    run('npm', ['run', 'build:web', '--silent']);
  }
  const copy = join(WORK, 'current-dist');
  rmSync(copy, { recursive: true, force: true });
  cpSync(CURRENT_DIST, copy, { recursive: true });
  return copy;
}

/**
 * The UI as of `ref`: its src/ and Vite config extracted with `git archive` into
 * var/bench-web/baseline-src and built with this checkout's node_modules into baseline-dist
 * (kept, with the commit it was built from, until the ref names another commit).
 */
function baselineBuild(ref: string): { dir: string; commit: string } {
  const commit = git(['rev-parse', '--verify', `${ref}^{commit}`]);
  const src = join(WORK, 'baseline-src');
  const dist = join(WORK, 'baseline-dist');
  const stamp = join(dist, '.bench-commit');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === commit) return { dir: dist, commit };
  console.log(`  building the baseline UI of ${ref} (${commit.slice(0, 10)})`);
  rmSync(src, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  const present = new Set(git(['ls-tree', '--name-only', commit]).split('\n'));
  const paths = ['src', 'vite.config.ts', 'tsconfig.json'].filter((p) => present.has(p));
  const tar = spawnSync('git', ['archive', '--format=tar', commit, ...paths], {
    cwd: root,
    maxBuffer: 1 << 30,
  });
  if (tar.status !== 0) throw new Error(`git archive ${commit}: ${tar.stderr.toString()}`);
  const untar = spawnSync('tar', ['-x', '-C', src], { input: tar.stdout });
  if (untar.status !== 0) throw new Error(`tar: ${untar.stderr.toString()}`);
  // Vite resolves the config's `root` from the working folder, packages upwards (node_modules).
  run(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      join(src, 'vite.config.ts'),
      '--outDir',
      dist,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    src,
  );
  writeFileSync(stamp, commit);
  return { dir: dist, commit };
}

// --- Measuring -------------------------------------------------------------------------------------

interface JsBytes {
  /** Response bodies as they travelled (compressed as served). */
  transferred: number;
  /** Decoded. */
  raw: number;
  /** The decoded bodies gzip'd (level 6), whatever the server chose to send. */
  gzip: number;
  encodings: Set<string>;
  files: number;
  /** Each script's file name and gzip'd size, largest first. */
  largest: { name: string; gzip: number }[];
}

interface Load {
  /** Milliseconds from navigation start to the content shown; null when it never was. */
  ms: number | null;
  errors: string[];
  js?: JsBytes;
}

/** The in-page watcher: records `performance.now()` the first time every condition holds. */
function detector(shown: Shown[]): string {
  return `(() => {
    const shown = ${JSON.stringify(shown)};
    const holds = () => {
      const main = document.getElementById('main');
      if (!main || main.matches('[aria-busy="true"]') || main.querySelector('[aria-busy="true"]'))
        return false;
      return shown.every((c) => {
        let n = 0;
        for (const e of document.querySelectorAll(c.css))
          if (!c.text || (e.textContent || '').includes(c.text)) n++;
        return n >= (c.min || 1);
      });
    };
    const check = () => {
      if (window.__benchShownAt !== undefined || !holds()) return;
      window.__benchShownAt = performance.now();
      observer.disconnect();
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  })();`;
}

const isJs = (r: Response): boolean =>
  /javascript/.test(r.headers()['content-type'] ?? '') || /\.m?js(\?|$)/.test(r.url());

async function jsBytes(responses: Response[]): Promise<JsBytes> {
  const out: JsBytes = {
    transferred: 0,
    raw: 0,
    gzip: 0,
    encodings: new Set(),
    files: 0,
    largest: [],
  };
  for (const r of responses.filter(isJs)) {
    await r.finished();
    const body = await r.body();
    out.transferred += (await r.request().sizes()).responseBodySize;
    out.raw += body.length;
    const gzip = gzipSync(body).length;
    out.gzip += gzip;
    out.largest.push({ name: new URL(r.url()).pathname.split('/').pop() ?? r.url(), gzip });
    out.encodings.add(r.headers()['content-encoding'] ?? 'identity');
    out.files++;
  }
  out.largest.sort((a, b) => b.gzip - a.gzip);
  return out;
}

async function load(
  browser: Browser,
  base: string,
  spec: PageSpec,
  cookie: string,
  withBytes: boolean,
): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    if (!spec.anonymous)
      await context.addCookies([{ name: SESSION_COOKIE, value: cookie, url: base }]);
    await context.addInitScript({ content: detector(spec.shown) });
    const page = await context.newPage();
    const errors: string[] = [];
    const responses: Response[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => responses.push(r));
    await page.goto(`${base}/#${spec.path}`, { waitUntil: 'commit' });
    let ms: number | null = null;
    try {
      // A function, not a string: the pages' CSP forbids eval, which a string predicate needs.
      const handle = await page.waitForFunction(
        () => (window as { __benchShownAt?: number }).__benchShownAt,
        undefined,
        { timeout: SHOWN_TIMEOUT_MS },
      );
      ms = Number(await handle.jsonValue());
    } catch {
      errors.push(`content not shown after ${SHOWN_TIMEOUT_MS / 1000} s`);
    }
    const alerts = await page.locator('#main [role="alert"]').allInnerTexts();
    errors.push(...alerts.map((t) => `alert: ${t.replace(/\s+/g, ' ').slice(0, 120)}`));
    if (!withBytes) return { ms, errors };
    // Chunks a page fetches after its first paint count too: wait until the network is quiet.
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
    return { ms, errors, js: await jsBytes(responses) };
  } finally {
    await context.close();
  }
}

// --- Figures -----------------------------------------------------------------------------------

const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo]! + (s[Math.ceil(i)]! - s[lo]!) * (i - lo);
};
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const ms = (x: number | undefined): string => (x === undefined ? '—' : x.toFixed(0));

interface Result {
  times: number[];
  errors: Set<string>;
  js?: JsBytes;
}

function table(rows: string[][], right: boolean[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]): string =>
    `| ${r.map((cell, c) => (right[c] ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (right[c] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

// --- Main ----------------------------------------------------------------------------------------

if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (Debian's chromium package)`);
mkdirSync(WORK, { recursive: true });
console.log('bench:web');
console.log(
  `  machine: ${availableParallelism()} CPUs, load average ${loadavg()[0]!.toFixed(1)} at start ` +
    '(figures scale with the load; compare the columns of one run)',
);
const current = currentBuild();
const baseline = baselineBuild(BASELINE_REF);

const dir = mkdtempSync(join(tmpdir(), 'ta-bench-web-'));
const databaseUrl = `sqlite:${join(dir, 'bench.sqlite')}`;
const apps: FastifyInstance[] = [];
let browser: Browser | undefined;
let closePlatform: (() => Promise<void>) | undefined;
let closePool: (() => Promise<void>) | undefined;
try {
  // The starter dataset loads on open; the two fixture lists give the screening page its form.
  await importFixtureLists(databaseUrl);
  const platform = await openPlatform(databaseUrl);
  closePlatform = () => platform.close();
  const pool = createWorkerPool({ threads: workerThreadsFromEnv(process.env) });
  closePool = () => pool.close();
  const services = buildServices(platform, pool);
  // The secretariat, a workstream and one proposal, so the governance pages have rows to show.
  await services.accounts.create(SECRETARIAT);
  const operator = { kind: 'operator' } as const;
  await services.governance.saveWorkstream(operator, {
    code: 'chips',
    name: 'Semiconductor supply',
    description: '',
    decisionRule: { kind: 'unanimity' },
    participants: [{ delegation: 'DEU', rights: ['read', 'propose', 'comment', 'vote'] }],
  });
  await services.governance.create(operator, {
    title: 'Export-control alignment',
    text: 'Align the lists.\n',
    confidentiality: 'public',
    restrictedTo: [],
    workstream: 'chips',
    decisionRule: null,
  });
  const { sessionToken } = await services.accounts.login(
    SECRETARIAT.email,
    SECRETARIAT.password,
    '127.0.0.1',
  );

  // One server per build on the same services (one database, one worker pool).
  const serve = async (webDir: string): Promise<string> => {
    const app = await buildApp(services, { webDir, logger: false });
    apps.push(app);
    return app.listen({ port: 0, host: '127.0.0.1' });
  };
  const builds = [
    { name: 'baseline', url: await serve(baseline.dir) },
    { name: 'current', url: await serve(current) },
  ] as const;

  browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  console.log(
    `  baseline: ${BASELINE_REF} (${baseline.commit.slice(0, 10)}), built into ${baseline.dir}`,
  );
  console.log(`  current: ${CURRENT_DIST} (served from a copy)`);
  console.log(
    `  ${SELECTED.length} pages, each: 1 warm-up load per build (not timed; JS counted), then ${RUNS} ` +
      'timed loads per build, alternating; a fresh browser context (cold cache) per load',
  );
  const results = new Map<string, [Result, Result]>();
  for (const spec of SELECTED) {
    const pair: [Result, Result] = [
      { times: [], errors: new Set() },
      { times: [], errors: new Set() },
    ];
    results.set(spec.name, pair);
    for (let round = 0; round <= RUNS; round++) {
      // Alternate which build goes first, so neither always follows the other.
      const order = round % 2 ? [1, 0] : [0, 1];
      for (const b of order) {
        const r = await load(browser, builds[b]!.url, spec, sessionToken, round === 0);
        const into = pair[b]!;
        for (const e of r.errors) into.errors.add(e);
        if (r.js) into.js = r.js;
        if (round > 0 && r.ms !== null) into.times.push(r.ms);
      }
    }
    const [base, cur] = pair;
    process.stdout.write(
      `  ${spec.name}: ${ms(base.times.length ? quantile(base.times, 0.5) : undefined)} → ` +
        `${ms(cur.times.length ? quantile(cur.times, 0.5) : undefined)} ms\n`,
    );
  }

  const stat = (r: Result, q: number): number | undefined =>
    r.times.length ? quantile(r.times, q) : undefined;
  console.log('');
  console.log(
    `  time: navigation start → content shown, median (p90) of ${RUNS}; ratio = current ÷ baseline; ` +
      'JS: all scripts the page loaded, gzip (level 6) of the decoded bodies',
  );
  console.log('');
  const rows: string[][] = [
    [
      'page',
      'baseline median ms',
      'current median ms',
      'ratio',
      'baseline p90 ms',
      'current p90 ms',
      'baseline JS KB (gz)',
      'current JS KB (gz)',
    ],
  ];
  for (const spec of SELECTED) {
    const [base, cur] = results.get(spec.name)!;
    const bm = stat(base, 0.5);
    const cm = stat(cur, 0.5);
    rows.push([
      spec.name,
      ms(bm),
      ms(cm),
      bm !== undefined && cm !== undefined ? `${(cm / bm).toFixed(2)}×` : '—',
      ms(stat(base, 0.9)),
      ms(stat(cur, 0.9)),
      base.js ? kb(base.js.gzip) : '—',
      cur.js ? kb(cur.js.gzip) : '—',
    ]);
  }
  console.log(table(rows, [false, true, true, true, true, true, true, true]));

  console.log('');
  console.log('  JS per page as served (content-encoding the server chose) and decoded:');
  const bytesRows: string[][] = [
    [
      'page',
      'baseline files',
      'baseline KB served',
      'baseline KB raw',
      'current files',
      'current KB served',
      'current KB raw',
    ],
  ];
  const encodings = new Set<string>();
  for (const spec of SELECTED) {
    const [base, cur] = results.get(spec.name)!;
    for (const j of [base.js, cur.js]) for (const e of j?.encodings ?? []) encodings.add(e);
    bytesRows.push([
      spec.name,
      String(base.js?.files ?? '—'),
      base.js ? kb(base.js.transferred) : '—',
      base.js ? kb(base.js.raw) : '—',
      String(cur.js?.files ?? '—'),
      cur.js ? kb(cur.js.transferred) : '—',
      cur.js ? kb(cur.js.raw) : '—',
    ]);
  }
  console.log(table(bytesRows, [false, true, true, true, true, true, true]));
  console.log(`  (content-encoding of the scripts: ${[...encodings].join(', ')})`);

  const problems = SELECTED.flatMap((spec) =>
    results
      .get(spec.name)!
      .flatMap((r, b) => [...r.errors].map((e) => `  ${spec.name} (${builds[b]!.name}): ${e}`)),
  );
  if (problems.length) {
    console.log('');
    console.log('  problems seen while loading:');
    console.log(problems.join('\n'));
  }

  console.log('');
  const slow = SELECTED.filter((p) => {
    const m = stat(results.get(p.name)![1], 0.5);
    return m === undefined || m >= GOAL_PAGE_MS;
  });
  console.log(
    `  goal: every main page < ${GOAL_PAGE_MS} ms (current, median): ` +
      (slow.length
        ? `missed (${slow.map((p) => `${p.name} ${ms(stat(results.get(p.name)![1], 0.5))} ms`).join(', ')})`
        : 'met'),
  );
  // The first page a visitor sees: `/` opens the map.
  const first = results.get('map')?.[1].js;
  console.log(
    `  goal: first page (map) JS < ${GOAL_FIRST_JS_KB} KB compressed (current): ` +
      (first
        ? `${first.gzip < GOAL_FIRST_JS_KB * 1024 ? 'met' : 'missed'} (${kb(first.gzip)} KB gzip, ` +
          `${kb(first.transferred)} KB as served, ${kb(first.raw)} KB decoded)`
        : 'not measured (map not among BENCH_PAGES)'),
  );
  const [baseMap, curMap] = results.get('map') ?? [];
  for (const [name, js] of [
    ['baseline', baseMap?.js],
    ['current', curMap?.js],
  ] as const)
    if (js)
      console.log(
        `  map's largest scripts (${name}, KB gzip): ` +
          js.largest
            .slice(0, 6)
            .map((f) => `${f.name} ${kb(f.gzip)}`)
            .join(', '),
      );
  console.log(`  load average at the end: ${loadavg()[0]!.toFixed(1)}`);
} finally {
  await browser?.close();
  for (const app of apps) await app.close();
  await closePool?.();
  await closePlatform?.();
  rmSync(dir, { recursive: true, force: true });
}
