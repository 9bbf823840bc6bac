// API throughput: GET /api/v1/indicators/gdp_usd?year=2023 next to a bare route on the same server
// that sends a precomputed body of the same bytes, both loaded with autocannon over loopback.
// Run: npm run bench:api   (SHARED_DATA=<folder> when the database must be filled from elsewhere)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../src/config.ts';
import { buildApp } from '../src/http/app.ts';
import { openPlatform } from '../src/services/platform.ts';
import { buildServices } from '../src/services/services.ts';
import { STARTER_DIR } from '../src/services/starter-dataset.ts';

const REAL = '/api/v1/indicators/gdp_usd?year=2023';
const BARE = '/bench/bare';
const SECONDS = 10;
const CONNECTIONS = 50;
const GOAL_RATIO = 0.5;
const GOAL_P99_MS = 25;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.SHARED_DATA ?? join(root, '../shared/data'));

interface Figures {
  rps: number;
  p99: number;
  failures: number;
}

/** Fills an empty database with countries.csv and World Bank GDP (current US$). */
async function fillDatabase(url: string): Promise<void> {
  const files = {
    countries: join(shared, 'countries/countries.csv'),
    gdp: join(shared, 'economy/wb_gdp_current_usd_1960_2023.csv'),
  };
  for (const f of Object.values(files))
    if (!existsSync(f))
      throw new Error(`${f} not found (set SHARED_DATA to the shared data folder)`);
  const platform = await openPlatform(url, { loadStarter: false });
  try {
    const { imports } = buildServices(platform);
    for (const req of [
      { format: 'countries', file: files.countries },
      { format: 'worldbank', file: files.gdp, options: { indicator: 'gdp_usd' } },
    ]) {
      const s = await imports.run(req);
      if (!s.written) throw new Error(`${req.file} did not import: ${s.issues[0]?.reason ?? '?'}`);
    }
  } finally {
    await platform.close();
  }
}

async function load(base: string, path: string, seconds = SECONDS): Promise<Figures> {
  const r = await autocannon({ url: base + path, connections: CONNECTIONS, duration: seconds });
  return {
    rps: r.requests.average,
    p99: r.latency.p99,
    failures: r.errors + r.timeouts + r.non2xx,
  };
}

const work = mkdtempSync(join(tmpdir(), 'ta-bench-api-'));
const config = loadConfig({
  ...process.env,
  PORT: '0',
  DATABASE_URL: `sqlite:${join(work, 'api.sqlite')}`,
});
const platform = await openPlatform(config.databaseUrl, {
  loadStarter: existsSync(join(STARTER_DIR, 'sources.json')),
});
let app: FastifyInstance | undefined;
try {
  app = await buildApp(buildServices(platform), { logger: false });
  // Routes must be added before the first request; the body is filled in before any load.
  let bareBody = '';
  let bareType = 'application/json';
  app.get(BARE, (_request, reply) => reply.type(bareType).send(bareBody));
  const count = async (): Promise<number> =>
    (JSON.parse((await app!.inject({ url: REAL })).body) as { count?: number }).count ?? 0;
  if ((await count()) === 0) {
    console.log(
      'bench:api: no GDP values for 2023 (starter dataset absent or without them): importing',
    );
    await fillDatabase(config.databaseUrl);
    if ((await count()) === 0) throw new Error(`${REAL} still returns no values after the import`);
  }

  const real = await app.inject({ url: REAL });
  const contentType = String(real.headers['content-type']);
  bareBody = real.body; // precomputed once: the bare route only sends these bytes
  bareType = contentType;
  const base = await app.listen({ port: config.port, host: '127.0.0.1' });
  const bare = await app.inject({ url: BARE });
  if (bare.rawPayload.length !== real.rawPayload.length)
    throw new Error(`bare body ${bare.rawPayload.length} B, real ${real.rawPayload.length} B`);

  console.log(`bench:api — GET ${REAL} (${real.rawPayload.length} B, ${contentType})`);
  console.log(
    `  ${CONNECTIONS} connections, ${SECONDS} s per run, runs alternate bare/real on one server`,
  );
  await load(base, BARE, 2); // warm-up, not counted
  await load(base, REAL, 2);
  const runs: { bare: Figures[]; real: Figures[] } = { bare: [], real: [] };
  for (let i = 0; i < 2; i++) {
    runs.bare.push(await load(base, BARE));
    runs.real.push(await load(base, REAL));
  }

  const mean = (xs: Figures[], k: 'rps' | 'p99'): number =>
    xs.reduce((a, f) => a + f[k], 0) / xs.length;
  const failures = [...runs.bare, ...runs.real].reduce((a, f) => a + f.failures, 0);
  const line = (name: string, xs: Figures[]): string =>
    `  ${name.padEnd(28)} ${Math.round(mean(xs, 'rps')).toLocaleString('en-US').padStart(8)} req/s` +
    `   p99 ${mean(xs, 'p99').toFixed(1).padStart(5)} ms   (runs: ${xs.map((f) => Math.round(f.rps)).join(', ')} req/s)`;
  console.log(line('bare (same bytes)', runs.bare));
  console.log(line('real (gdp_usd, 2023)', runs.real));
  const ratio = mean(runs.real, 'rps') / mean(runs.bare, 'rps');
  const p99 = mean(runs.real, 'p99');
  console.log(
    `  throughput ${(ratio * 100).toFixed(1)}% of bare — goal ≥ ${GOAL_RATIO * 100}%: ${ratio >= GOAL_RATIO ? 'PASS' : 'BELOW'}`,
  );
  console.log(
    `  real p99 ${p99.toFixed(1)} ms — goal < ${GOAL_P99_MS} ms: ${p99 < GOAL_P99_MS ? 'PASS' : 'BELOW'}`,
  );
  if (failures > 0)
    console.log(`  warning: ${failures} failed requests (errors, timeouts or non-2xx)`);
} finally {
  await app?.close();
  await platform.close();
  rmSync(work, { recursive: true, force: true });
}
