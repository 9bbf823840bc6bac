// Misuse-registry speed on the real illiberal-technology files with two restricted-party lists
// (US DoD 1260H, EU Annex IV): each case import (parse and store | parse alone); a supplier's
// footprint and listing status as the API answers it (cases read once per data version, the
// names screened through the name index) next to the naive way — read every case from the
// database, scan them for the supplier and compare its name with every listed party — and the
// surveillance supply map. Medians of RUNS runs, in one process on a fresh SQLite database.
// Run: npm run bench:misuse   (SHARED_DATA=<folder> to read the data from elsewhere)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANONYMOUS } from '../src/core/accounts/access.ts';
import { supplierFootprint } from '../src/core/misuse/footprint.ts';
import { supplierKey } from '../src/core/misuse/supplier-name.ts';
import { prepareName } from '../src/core/screening/prepared-name.ts';
import { scoreNames } from '../src/core/screening/score-match.ts';
import { MISUSE_FORMATS } from '../src/importers/misuse/misuse-formats.ts';
import { openPlatform } from '../src/services/platform.ts';
import { buildServices } from '../src/services/services.ts';
import { hasMisuseData, MISUSE_CASE_FILES, misuseDataFile } from '../test/misuse-data.ts';
import { sharedFile } from '../test/shared-data.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SUPPLIER = 'Hikvision';
const ANSWER_GOAL_MS = 500;

if (!hasMisuseData) {
  console.error('bench:misuse: the illiberal-tech files were not found (set SHARED_DATA)');
  process.exit(1);
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const ms = async (f: () => unknown): Promise<number> => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};
const fmt = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(2)).padStart(9);
const row = (label: string, ours: number, base: number, goal = ''): void =>
  console.log(
    `${label.padEnd(52)}${fmt(ours)} ms${fmt(base)} ms${`${(base / ours).toFixed(1)}×`.padStart(9)}  ${goal}`,
  );

const dir = mkdtempSync(join(tmpdir(), 'ta-bench-misuse-'));
const platform = await openPlatform(`sqlite:${join(dir, 'bench.sqlite')}`);
const services = buildServices(platform);
console.log(`bench:misuse — medians of ${RUNS} runs; baseline measured in the same run\n`);
console.log(
  `${''.padEnd(52)}${'ours'.padStart(12)}${'baseline'.padStart(12)}${'ratio'.padStart(9)}`,
);
try {
  for (const f of MISUSE_CASE_FILES) {
    const file = misuseDataFile(f.file);
    const imports: number[] = [];
    const parses: number[] = [];
    for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
      parses.push(await ms(() => MISUSE_FORMATS[f.format].parse(file)));
      imports.push(await ms(() => services.imports.run({ format: f.format, file })));
    }
    row(`import ${f.format} (parse + store | parse)`, median(imports), median(parses));
  }
  for (const [format, file] of [
    ['dod-1260h', sharedFile('screening', 'lists', 'us_dod_1260h_chinese_military_companies.csv')],
    ['eu-833-annex-iv', sharedFile('export-controls', 'eu_reg_833_2014_annex_IV_only.csv')],
  ] as const)
    await services.imports.run({ format, file });

  const parties = await platform.store.restrictedParties.parties();
  const naive = async (): Promise<void> => {
    const { items } = await platform.store.misuse.cases({ limit: 1_000_000 });
    supplierFootprint(items, supplierKey(SUPPLIER));
    // Every listed name and alias scored against the supplier's name, as a scan would.
    const query = prepareName(SUPPLIER);
    for (const p of parties)
      for (const n of [p.name, ...p.aliases]) scoreNames(query, prepareName(n));
  };
  const first: number[] = [];
  const later: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // A write (a case recorded by hand) makes the next request read the cases again.
    await services.misuse.recordCase(
      {
        kind: 'surveillance-deployment',
        title: `bench case ${i}`,
        countries: ['FRA'],
        technology: 'other',
        evidence: [{ reference: 'bench', confidence: 'low' }],
        confidentiality: 'public',
      },
      { kind: 'operator' },
    );
    first.push(await ms(() => services.misuse.supplier(SUPPLIER, ANONYMOUS)));
    later.push(await ms(() => services.misuse.supplier(SUPPLIER, ANONYMOUS)));
    base.push(await ms(naive));
  }
  const firstMs = median(first);
  row(
    `supplier ${SUPPLIER}, first request after a write`,
    firstMs,
    median(base),
    `goal < ${ANSWER_GOAL_MS} ms: ${firstMs < ANSWER_GOAL_MS ? 'met' : 'MISSED'}`,
  );
  row(`supplier ${SUPPLIER}, later requests`, median(later), median(base));

  const map: number[] = [];
  const naiveMap: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    map.push(await ms(() => services.misuse.supplyMap(ANONYMOUS)));
    naiveMap.push(await ms(() => platform.store.misuse.cases({ limit: 1_000_000 })));
  }
  row('surveillance supply map | read every case', median(map), median(naiveMap));
} finally {
  await platform.close();
  rmSync(dir, { recursive: true, force: true });
}
