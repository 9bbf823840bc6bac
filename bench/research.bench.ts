// Research speed on the real files (NSF, OpenAlex, CORDIS, the ROR subset) with the BIS Entity
// List extract: each import (parse and store | parse alone); an institution resolved through the
// stored name keys next to building the resolver over all 22,021 organisations (the naive way);
// the collaboration of two economies and Germany's AI partner suggestions (every suggested
// institution screened) as the API answers them, first request after a write and later, next to
// reading every stored record and computing. Medians of RUNS runs, one process, fresh SQLite.
// Run: npm run bench:research   (SHARED_DATA=<folder> to read the data from elsewhere)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANONYMOUS } from '../src/core/accounts/access.ts';
import { pairCollaboration } from '../src/core/research/collaboration.ts';
import { institutionResolver } from '../src/core/research/institutions.ts';
import { RESEARCH_FORMATS } from '../src/importers/research/research-formats.ts';
import { openPlatform } from '../src/services/platform.ts';
import { buildServices } from '../src/services/services.ts';
import {
  AI_CROSSWALK_FILE,
  hasResearchData,
  RESEARCH_FILES,
  researchDataFile,
} from '../test/research-data.ts';
import { sharedFile } from '../test/shared-data.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const INSTITUTION = 'Beijing University of Aeronautics and Astronautics (BUAA)';

if (!hasResearchData) {
  console.error('bench:research: the research files were not found (set SHARED_DATA)');
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
const row = (label: string, ours: number, base: number): void =>
  console.log(
    `${label.padEnd(56)}${fmt(ours)} ms${fmt(base)} ms${`${(base / ours).toFixed(1)}×`.padStart(9)}`,
  );

const dir = mkdtempSync(join(tmpdir(), 'ta-bench-research-'));
const platform = await openPlatform(`sqlite:${join(dir, 'bench.sqlite')}`);
const services = buildServices(platform);
console.log(`bench:research — medians of ${RUNS} runs; baseline measured in the same run\n`);
console.log(
  `${''.padEnd(56)}${'ours'.padStart(12)}${'baseline'.padStart(12)}${'ratio'.padStart(9)}`,
);
try {
  const economies = (await platform.store.economies.list()).map((e) => ({
    iso3: e.iso3,
    iso2: e.iso2,
    name: e.name,
    officialName: e.officialName,
  }));
  for (const f of RESEARCH_FILES) {
    const file = researchDataFile(f.file);
    const options =
      f.format === 'nsf-ai-institutions' ? { crosswalk: researchDataFile(AI_CROSSWALK_FILE) } : {};
    const format = RESEARCH_FORMATS[f.format];
    const t0 = await ms(() => format.parse(file, { ...options, economies }));
    const t1 = await ms(() => services.imports.run({ format: f.format, file, options }));
    row(`import ${f.format} ${f.file.slice(0, 22)}… (store | parse)`, t1, t0);
  }
  await services.imports.run({
    format: 'bis-extract',
    file: sharedFile(
      'export-controls',
      'us_bis_entity_list_china_universities_extract_20260330.json',
    ),
  });

  const resolved: number[] = [];
  const naive: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    resolved.push(
      await ms(async () => {
        const r = await platform.store.research.resolverRecords(INSTITUTION);
        institutionResolver(r.organisations, r.crosswalk).resolve(INSTITUTION);
      }),
    );
    naive.push(
      await ms(async () => {
        const all = await platform.store.research.allOrganisations();
        institutionResolver(all, await platform.store.research.crosswalk()).resolve(INSTITUTION);
      }),
    );
  }
  row('resolve an institution (stored keys | resolver over all)', median(resolved), median(naive));

  const first: number[] = [];
  const later: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await services.standards.setWatch({ coalition: 'T12', concern: ['CHN'] }, { kind: 'operator' });
    first.push(await ms(() => services.research.collaboration('USA', 'CHN')));
    later.push(await ms(() => services.research.collaboration('USA', 'CHN')));
    base.push(
      await ms(async () => {
        const [pairs, totals] = await Promise.all([
          platform.store.research.pairs(),
          platform.store.research.internationalTotals(),
        ]);
        pairCollaboration({ pairs, totals }, 'USA', 'CHN');
      }),
    );
  }
  row('collaboration USA–CHN, first request after a write', median(first), median(base));
  row('collaboration USA–CHN, later requests', median(later), median(base));

  const partners: number[] = [];
  for (let i = 0; i < RUNS; i++)
    partners.push(
      await ms(() =>
        services.research.partners({
          member: 'DEU',
          field: 'ai',
          pool: 'CHN,USA,JPN,GBR,FRA',
          viewer: ANONYMOUS,
        }),
      ),
    );
  row('partners DEU in AI, institutions screened | read+compute', median(partners), median(base));
} finally {
  await platform.close();
  rmSync(dir, { recursive: true, force: true });
}
