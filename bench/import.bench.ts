// Import throughput: the WGI long file through importFile into a fresh SQLite file, next to the
// ceiling measured in the same run: plain better-sqlite3 prepared INSERTs of the same values.
// Run: npm run bench:import   (SHARED_DATA=<folder> to read the data from elsewhere)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import type { IndicatorValue } from '../src/core/indicators/indicator.ts';
import { findFormat } from '../src/importers/formats.ts';
import { importFile, prepareImport, type ImportRequest } from '../src/importers/import-runner.ts';
import { openPlatform } from '../src/services/platform.ts';

const RUNS = 5;
const GOAL = 0.4;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.SHARED_DATA ?? join(root, '../shared/data'));
const countries = join(shared, 'countries/countries.csv');

// The `wgi` format is the subject; until it is registered, the World Bank population file stands in.
const request: ImportRequest = findFormat('wgi')
  ? { format: 'wgi', file: join(shared, 'democracy/wgi_2024update_2010_2023_long.csv') }
  : {
      format: 'worldbank',
      file: join(shared, 'economy/wb_population_1960_2024.csv'),
      options: { indicator: 'population' },
    };

for (const file of [countries, request.file]) {
  if (!existsSync(file)) {
    console.error(`bench:import: ${file} not found (set SHARED_DATA to the shared data folder)`);
    process.exit(1);
  }
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const work = mkdtempSync(join(tmpdir(), 'ta-bench-import-'));
let dbCount = 0;

/** A fresh SQLite file, migrated, with the catalogue and countries.csv imported. */
async function freshDatabase() {
  const file = join(work, `run-${++dbCount}.sqlite`);
  const platform = await openPlatform(`sqlite:${file}`, { loadStarter: false });
  const c = await importFile(platform.store, { format: 'countries', file: countries });
  if (!c.written) throw new Error(`countries.csv did not import: ${c.issues[0]?.reason ?? '?'}`);
  return { file, platform };
}

/** The importer, end to end: read, parse, check, one transaction. Returns seconds. */
async function timeImport(): Promise<{ seconds: number; rows: number }> {
  const { platform } = await freshDatabase();
  try {
    const started = performance.now();
    const s = await importFile(platform.store, { ...request, skipBadRows: true });
    const seconds = (performance.now() - started) / 1000;
    if (!s.written) throw new Error('the import wrote nothing');
    return { seconds, rows: s.inserted };
  } finally {
    await platform.close();
  }
}

/** The ceiling: the same values by one prepared INSERT in one transaction. Returns seconds. */
async function timeCeiling(values: readonly IndicatorValue[]): Promise<number> {
  const { file, platform } = await freshDatabase();
  // Register the source the values cite, as the import does, then leave the file to raw SQLite.
  const { sources } = prepareImport(request, await platform.store.economies.codes());
  await platform.store.sources.upsert(sources);
  await platform.close();
  const db = new SQLite(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    const insert = db.prepare(
      'INSERT INTO indicator_values (iso3, indicator_code, year, value, source_id) VALUES (?, ?, ?, ?, ?)',
    );
    const insertAll = db.transaction((vs: readonly IndicatorValue[]) => {
      for (const v of vs) insert.run(v.iso3, v.indicatorCode, v.year, v.value, v.sourceId);
    });
    const started = performance.now();
    insertAll(values);
    return (performance.now() - started) / 1000;
  } finally {
    db.close();
  }
}

try {
  const probe = await freshDatabase();
  const prepared = prepareImport(request, await probe.platform.store.economies.codes());
  await probe.platform.close();
  const values = prepared.values;

  console.log(`bench:import — ${request.format} ${prepared.file}`);
  console.log(
    `  ${prepared.rowsRead} rows read, ${values.length} values to store, ` +
      `${new Set(prepared.issues.map((i) => i.line)).size} rows rejected; median of ${RUNS} runs each`,
  );

  const imports: number[] = [];
  const ceilings: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const imp = await timeImport();
    if (imp.rows !== values.length)
      throw new Error(`import stored ${imp.rows} values, expected ${values.length}`);
    imports.push(values.length / imp.seconds);
    ceilings.push(values.length / (await timeCeiling(values)));
  }

  const importRate = median(imports);
  const ceilingRate = median(ceilings);
  const ratio = importRate / ceilingRate;
  const fmt = (n: number): string => Math.round(n).toLocaleString('en-US').padStart(12);
  console.log(`  importFile (end to end)        ${fmt(importRate)} values/s`);
  console.log(`  ceiling (prepared INSERTs)     ${fmt(ceilingRate)} values/s`);
  console.log(
    `  ratio ${(ratio * 100).toFixed(1)}% of the ceiling — goal ≥ ${GOAL * 100}%: ${ratio >= GOAL ? 'PASS' : 'BELOW'}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
