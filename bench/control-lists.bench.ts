// Control-list speed on the four real lists: each import (parse and store, next to parsing alone);
// a full diff of two lists as the API answers it (entries read once per data version, the diff
// memoised) next to the naive way — re-parse both files and diff them — for the first request
// and the ones after it; and a search over every list through the index next to a scan of every
// paragraph. Medians of RUNS runs, in one process on a fresh SQLite database.
// Run: npm run bench:control-lists   (SHARED_DATA=<folder> to read the data from elsewhere)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffLists } from '../src/core/control-lists/compare.ts';
import { scanSearch } from '../src/core/control-lists/search.ts';
import { CONTROL_LIST_FORMATS } from '../src/importers/control-lists/control-list-formats.ts';
import { openPlatform } from '../src/services/platform.ts';
import { buildServices } from '../src/services/services.ts';
import { CONTROL_LIST_IMPORTS, CONTROL_LISTS_DIR } from '../test/control-lists-data.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const QUERIES = [
  'EUV',
  'gate-all-around',
  'lithography equipment',
  '"light source wavelength"',
  'quantum',
  'ECAD',
];
const DIFF_GOAL_S = 1;
const SEARCH_GOAL_MS = 50;

if (!existsSync(CONTROL_LISTS_DIR)) {
  console.error(`bench:control-lists: ${CONTROL_LISTS_DIR} not found (set SHARED_DATA)`);
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
const fmt = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1)).padStart(8);
const row = (label: string, ours: number, base: number, goal = ''): void =>
  console.log(
    `${label.padEnd(44)}${fmt(ours)} ms${fmt(base)} ms${`${(base / ours).toFixed(1)}×`.padStart(9)}  ${goal}`,
  );

const dir = mkdtempSync(join(tmpdir(), 'ta-bench-control-'));
const platform = await openPlatform(`sqlite:${join(dir, 'bench.sqlite')}`);
const services = buildServices(platform);
console.log(`bench:control-lists — medians of ${RUNS} runs; baseline measured in the same run\n`);
console.log(
  `${''.padEnd(44)}${'ours'.padStart(11)}${'baseline'.padStart(11)}${'ratio'.padStart(9)}`,
);
try {
  // Imports: parse + store (one transaction), next to parsing alone.
  for (const l of CONTROL_LIST_IMPORTS) {
    const file = join(CONTROL_LISTS_DIR, l.file);
    const format = CONTROL_LIST_FORMATS[l.format];
    const imports: number[] = [];
    const parses: number[] = [];
    for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
      parses.push(await ms(() => format.parse(file, { ...l.options })));
      imports.push(
        await ms(() => services.imports.run({ format: l.format, file, options: { ...l.options } })),
      );
    }
    row(`import ${l.format} (parse + store | parse)`, median(imports), median(parses));
  }

  // A full diff: the API's path (first request after a write, then later ones) vs re-parsing
  // both files and diffing them.
  const [wa, us] = [CONTROL_LIST_IMPORTS[0], CONTROL_LIST_IMPORTS[1]];
  const naiveDiff = (): void => {
    const a = CONTROL_LIST_FORMATS[wa.format].parse(join(CONTROL_LISTS_DIR, wa.file), {
      ...wa.options,
    });
    const b = CONTROL_LIST_FORMATS[us.format].parse(join(CONTROL_LISTS_DIR, us.file), {
      ...us.options,
    });
    diffLists(a, b);
  };
  const first: number[] = [];
  const later: number[] = [];
  const naive: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // A write makes the next request reload the lists and recompute the diff.
    await services.imports.run({
      format: us.format,
      file: join(CONTROL_LISTS_DIR, us.file),
      options: { ...us.options, id: 'us-ccl-bench' },
    });
    first.push(await ms(() => services.controlLists.diff('wa-2025', 'us-ccl-2026')));
    later.push(await ms(() => services.controlLists.diff('wa-2025', 'us-ccl-2026')));
    naive.push(await ms(naiveDiff));
  }
  const firstMs = median(first);
  row(
    'diff wa-2025 us-ccl-2026, first request',
    firstMs,
    median(naive),
    `goal < ${DIFF_GOAL_S} s: ${firstMs < DIFF_GOAL_S * 1000 ? 'met' : 'MISSED'}`,
  );
  row('diff wa-2025 us-ccl-2026, later requests', median(later), median(naive));
  // The diff's own computation, without loading (what the first request spends in core).
  const loaded = await Promise.all(
    ['wa-2025', 'us-ccl-2026'].map(async (id) => ({
      list: (await services.controlLists.lists()).find((l) => l.id === id)!,
      entries: await platform.store.controlLists.entries([id]),
    })),
  );
  const compute: number[] = [];
  for (let i = 0; i < RUNS; i++) compute.push(await ms(() => diffLists(loaded[0]!, loaded[1]!)));
  row('diff computation alone | re-parse and diff', median(compute), median(naive));

  // Search over every list: the index vs a scan of every heading and paragraph.
  const all = await platform.store.controlLists.entries();
  // The first search after a write reads every list and builds the index.
  const cold: number[] = [];
  const coldScan: number[] = [];
  for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
    await services.imports.run({
      format: us.format,
      file: join(CONTROL_LISTS_DIR, us.file),
      options: { ...us.options, id: 'us-ccl-bench' },
    });
    cold.push(await ms(() => services.controlLists.search('EUV')));
    coldScan.push(
      await ms(async () => scanSearch(await platform.store.controlLists.entries(), 'EUV')),
    );
  }
  row(
    'search EUV, first after a write (builds index)',
    median(cold),
    median(coldScan),
    '(baseline: read and scan)',
  );
  for (const q of QUERIES) {
    const ours: number[] = [];
    const scan: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS; i++) {
      ours.push(await ms(async () => (total = (await services.controlLists.search(q)).total)));
      scan.push(await ms(() => scanSearch(all, q)));
    }
    const t = median(ours);
    row(
      `search ${q} (${total} hits)`,
      t,
      median(scan),
      `goal < ${SEARCH_GOAL_MS} ms: ${t < SEARCH_GOAL_MS ? 'met' : 'MISSED'}`,
    );
  }
} finally {
  await platform.close();
  rmSync(dir, { recursive: true, force: true });
}
