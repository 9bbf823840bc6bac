// Standards speed on ISO Open Data's committees: the import (parse, compare with the stored
// snapshot and store) next to parsing alone; a coalition's engagement as the API answers it
// (committees read once per data version, the result memoised) for the first request after a
// write and the ones after it, next to the naive way — read every committee from the database
// and compute, on every request; and the committees table filtered by a tag and a word.
// Medians of RUNS runs, in one process on a fresh SQLite database.
// Run: npm run bench:standards   (SHARED_DATA=<folder> to read the data from elsewhere)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { standardsEngagement } from '../src/core/standards/engagement.ts';
import { parseIsoCommittees } from '../src/importers/standards/iso-committees.parser.ts';
import { openPlatform } from '../src/services/platform.ts';
import { buildServices } from '../src/services/services.ts';
import { sharedFile } from '../test/shared-data.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const DIR = sharedFile('standards');
const FILES = {
  committees: join(DIR, 'iso_committees_opendata.csv'),
  participation: join(DIR, 'iso_committee_participation_long.csv'),
  bodies: join(DIR, 'iso_member_body_acronym_to_iso3.csv'),
};
const G7 = 'USA,JPN,DEU,FRA,GBR,ITA,CAN';
const ANSWER_GOAL_MS = 200;

if (!existsSync(FILES.committees)) {
  console.error(`bench:standards: ${FILES.committees} not found (set SHARED_DATA)`);
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
    `${label.padEnd(50)}${fmt(ours)} ms${fmt(base)} ms${`${(base / ours).toFixed(1)}×`.padStart(9)}  ${goal}`,
  );

const dir = mkdtempSync(join(tmpdir(), 'ta-bench-standards-'));
const platform = await openPlatform(`sqlite:${join(dir, 'bench.sqlite')}`);
const services = buildServices(platform);
console.log(`bench:standards — medians of ${RUNS} runs; baseline measured in the same run\n`);
console.log(
  `${''.padEnd(50)}${'ours'.padStart(12)}${'baseline'.padStart(12)}${'ratio'.padStart(9)}`,
);
try {
  const importRequest = {
    format: 'iso-committees',
    file: FILES.committees,
    options: { participation: FILES.participation, bodies: FILES.bodies },
  };
  const imports: number[] = [];
  const parses: number[] = [];
  for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
    parses.push(await ms(() => parseIsoCommittees(FILES)));
    imports.push(await ms(() => services.imports.run(importRequest)));
  }
  row('import iso-committees (parse + compare + store | parse)', median(imports), median(parses));

  const naive = async (): Promise<void> => {
    const [committees, tags] = await Promise.all([
      platform.store.standards.committees(),
      platform.store.standards.tags(),
    ]);
    standardsEngagement(committees, { members: G7.split(','), concern: ['CHN'], tags });
  };
  const first: number[] = [];
  const later: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // A write (the watch setting) makes the next request reload the committees and recompute.
    await services.standards.setWatch({ coalition: 'T12', concern: ['CHN'] }, { kind: 'operator' });
    first.push(await ms(() => services.standards.engagement({ coalition: G7, concern: 'CHN' })));
    later.push(await ms(() => services.standards.engagement({ coalition: G7, concern: 'CHN' })));
    base.push(await ms(naive));
  }
  const firstMs = median(first);
  row(
    'engagement G7 vs CHN, first request after a write',
    firstMs,
    median(base),
    `goal < ${ANSWER_GOAL_MS} ms: ${firstMs < ANSWER_GOAL_MS ? 'met' : 'MISSED'}`,
  );
  row('engagement G7 vs CHN, later requests', median(later), median(base));

  const committees = await platform.store.standards.committees();
  const tags = await platform.store.standards.tags();
  const compute: number[] = [];
  for (let i = 0; i < RUNS; i++)
    compute.push(
      await ms(() =>
        standardsEngagement(committees, { members: G7.split(','), concern: ['CHN'], tags }),
      ),
    );
  row('engagement computation alone | read + compute', median(compute), median(base));

  const filtered: number[] = [];
  const naiveFilter: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    filtered.push(await ms(() => services.standards.committees({ tag: 'ai', q: 'artificial' })));
    naiveFilter.push(
      await ms(async () => {
        const all = await platform.store.standards.committees();
        all.filter((c) => c.title.toLowerCase().includes('artificial'));
      }),
    );
  }
  row('committees ?tag=ai&q=artificial | read + scan', median(filtered), median(naiveFilter));
} finally {
  await platform.close();
  rmSync(dir, { recursive: true, force: true });
}
