// Screening quality and speed: the engine's comparator over the nomenklatura name bench next to
// OpenSanctions' logic-v2 (its frozen run); the index against a full scan (every entity scored per
// query) over the US screening lists in the same run; recall on UN-listed persons screened against
// the OFAC SDN list, false positives on synthetic negatives; and PostgreSQL's pg_trgm over the same
// names when a server is given (TEST_DATABASE_URL or BENCH_DATABASE_URL).
// Run: npm run bench:screening   (SHARED_DATA=<folder> to read the data from elsewhere)
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import pg from 'pg';
import { compareBirthDates } from '../src/core/screening/birth-date.ts';
import {
  baselineResultFromRow,
  benchCaseFromRow,
  benchSplit,
  bestF1Threshold,
  compareWithBaseline,
  evaluateBench,
  metricsAt,
  type BaselineResult,
  type BenchCase,
  type BenchMetrics,
} from '../src/core/screening/evaluate-bench.ts';
import { buildNameIndex, type NameIndex } from '../src/core/screening/name-index.ts';
import { normaliseName } from '../src/core/screening/normalise-name.ts';
import { tokenKind } from '../src/core/screening/prepared-name.ts';
import { DEFAULT_THRESHOLD } from '../src/core/screening/score-match.ts';
import { screen, type ScreeningResult } from '../src/core/screening/screen.ts';
import { screenReference } from '../src/core/screening/screen.reference.ts';
import {
  entityTypeOf,
  type EntityType,
  type ScreeningEntity,
  type ScreeningQuery,
} from '../src/core/screening/screening-entity.ts';
import { mulberry32 } from '../src/core/supply-chains/random.ts';

const BATCH = 10_000;
const FULL_SCAN_SAMPLE = 60;
const BUILD_RUNS = 3;
const TIMED_RUNS = 5;
const GOAL_NAMES_PER_SECOND = 2_000;
const PG_CHUNK = 500;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.SHARED_DATA ?? join(root, '../shared/data'));
const nameMatching = join(shared, 'screening', 'name_matching');
const lists = join(shared, 'screening', 'lists');
if (!existsSync(nameMatching) || !existsSync(lists)) {
  console.error(
    `bench:screening: ${join(shared, 'screening')} not found (set SHARED_DATA to the shared data ` +
      'folder, which holds screening/name_matching and screening/lists)',
  );
  process.exit(1);
}

const csv = (file: string): Record<string, string>[] =>
  parse<Record<string, string>>(readFileSync(file), {
    columns: true,
    relax_column_count: true,
    bom: true,
  });
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
function timed<T>(f: () => T): { seconds: number; result: T } {
  const started = performance.now();
  const result = f();
  return { seconds: (performance.now() - started) / 1000, result };
}
const f3 = (x: number): string => x.toFixed(3);
const prf = (m: BenchMetrics): string =>
  `P ${f3(m.precision)}  R ${f3(m.recall)}  F1 ${f3(m.f1)}  (TP ${m.truePositives} FP ${m.falsePositives} FN ${m.falseNegatives} TN ${m.trueNegatives})`;
const verdict = (ok: boolean): string => (ok ? 'PASS' : 'BELOW');
const int = (n: number): string => Math.round(n).toLocaleString('en-US');

// --- The lists ---------------------------------------------------------------------------------
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** OFAC "DOB 10 Dec 1948", "DOB Dec 1948", "DOB 1948" (also "alt. DOB", "circa") as ISO. */
function ofacBirthDates(remarks: string): string[] {
  const out: string[] = [];
  for (const m of remarks.matchAll(/DOB (?:circa )?(?:(\d{1,2}) )?(?:([A-Za-z]{3}) )?(\d{4})/g)) {
    const month = m[2] ? MONTHS.indexOf(m[2].toLowerCase()) + 1 : 0;
    const pad = (n: number): string => String(n).padStart(2, '0');
    if (month === 0) out.push(m[3]!);
    else out.push(m[1] ? `${m[3]}-${pad(month)}-${pad(Number(m[1]))}` : `${m[3]}-${pad(month)}`);
  }
  return out;
}

/** OFAC SDN legacy CSV (no header): ent_num, SDN_Name, SDN_Type, …, Remarks (a.k.a.s, DOB). */
function readSdn(file: string): ScreeningEntity[] {
  const rows: string[][] = parse(readFileSync(file), {
    relax_column_count: true,
    relax_quotes: true,
  });
  const types: Record<string, EntityType> = {
    individual: 'person',
    vessel: 'vessel',
    aircraft: 'aircraft',
  };
  return rows
    .filter((r) => r.length >= 12 && /^\d+$/.test(r[0]!.trim()))
    .map((r) => {
      const remarks = r[11] === '-0- ' ? '' : r[11]!;
      const akas = [...remarks.matchAll(/a\.k\.a\. '([^']+)'/g)].map((m) => m[1]!);
      return {
        id: `ofac-sdn-${r[0]!.trim()}`,
        names: [r[1]!.trim(), ...akas],
        type: types[r[2]!.trim()] ?? 'organization',
        birthDates: ofacBirthDates(remarks),
      };
    });
}

/** The DoD 1260H list: Name, Clean Name, Alias, Previous Name. */
function read1260h(file: string): ScreeningEntity[] {
  return csv(file).map((r, i) => ({
    id: `us-1260h-${i + 1}`,
    names: [r['Clean Name'] || r.Name!, r.Alias, r['Previous Name']].filter(
      (n): n is string => !!n,
    ),
    type: 'organization',
  }));
}

/** OpenSanctions' curated CSVs: schema, name, aliases (;-separated). */
function readCurated(file: string, prefix: string): ScreeningEntity[] {
  return csv(file).map((r, i) => {
    const type = entityTypeOf(r.schema ?? '');
    return {
      id: `${prefix}-${i + 1}`,
      names: [r.name!, ...(r.aliases ?? '').split(';').map((a) => a.trim())].filter(
        (n) => n !== '',
      ),
      ...(type ? { type } : {}),
    };
  });
}

const sdn = readSdn(join(lists, 'us_ofac_sdn_20240503.csv'));
const entities: ScreeningEntity[] = [
  ...sdn,
  ...read1260h(join(lists, 'us_dod_1260h_chinese_military_companies.csv')),
  ...[
    'us_fcc_covered_list',
    'us_ndaa_fy2019_section_889',
    'us_ndaa_fy2023_section_5949_semiconductors',
    'us_ndaa_fy2024_section_154_batteries',
    'us_ndaa_fy2019_section_1286_foreign_talent_institutions',
    'us_state_inksna_nonproliferation',
  ]
    .filter((f) => f !== 'us_fcc_covered_list')
    .flatMap((f) => readCurated(join(lists, `${f}.csv`), f)),
];
const nameCount = entities.reduce((s, e) => s + e.names.length, 0);

console.log('bench:screening');
console.log(
  `  lists: OFAC SDN 2024-05-03 (${int(sdn.length)} entities), DoD 1260H, NDAA §889/§5949/§154/§1286, INKSNA — ` +
    `${int(entities.length)} entities, ${int(nameCount)} names (primary + a.k.a.)`,
);

// --- 1. Accuracy on the nomenklatura name bench ------------------------------------------------
const cases = csv(join(nameMatching, 'nomenklatura_name_bench_cases.csv'))
  .map(benchCaseFromRow)
  .filter((c): c is BenchCase => typeof c !== 'string');
const frozen = csv(join(nameMatching, 'nomenklatura_name_bench_logicv2_frozen_results.csv'))
  .map(baselineResultFromRow)
  .filter((r): r is BaselineResult => typeof r !== 'string');
const evaluation = evaluateBench(cases, DEFAULT_THRESHOLD);
const comparison = compareWithBaseline(evaluation.scored, frozen, DEFAULT_THRESHOLD);
const half = (split: 'tune' | 'holdout') =>
  evaluation.scored.filter((c) => benchSplit(c) === split);

console.log('');
console.log(
  `1. Name comparator on nomenklatura_name_bench_cases.csv (${cases.length} labelled pairs), threshold ${DEFAULT_THRESHOLD}`,
);
console.log(`  engine, all cases             ${prf(evaluation.atThreshold)}`);
console.log(
  `  engine, tune half (${half('tune').length})       ${prf(metricsAt(half('tune'), DEFAULT_THRESHOLD))}`,
);
console.log(
  `  engine, held-out half (${half('holdout').length})   ${prf(metricsAt(half('holdout'), DEFAULT_THRESHOLD))}`,
);
const bestAll = evaluation.best!;
const bestTune = bestF1Threshold(half('tune'))!;
console.log(
  `  best-F1 threshold: ${f3(bestAll.threshold)} on all cases (F1 ${f3(bestAll.f1)}), ${f3(bestTune.threshold)} on the tune half (F1 ${f3(bestTune.f1)})`,
);
console.log(
  `  logic-v2 frozen run, as run (${frozen.length} cases, its labels)  ${prf(comparison.baselineAsRun)}`,
);
console.log(
  `  same ${comparison.common} cases, today's labels (${comparison.relabelled} relabelled; ${comparison.onlyInBench} cases newer than the run):`,
);
console.log(`    logic-v2                    ${prf(comparison.baseline)}`);
console.log(`    engine                      ${prf(comparison.engine)}`);

// --- 2. Index build ----------------------------------------------------------------------------
let index: NameIndex | undefined;
const buildSeconds: number[] = [];
for (let i = 0; i < BUILD_RUNS; i++) {
  const t = timed(() => buildNameIndex(entities));
  buildSeconds.push(t.seconds);
  index = t.result;
}
console.log('');
console.log(
  `2. Index build: ${int(entities.length)} entities, ${int(index!.variants)} names, ${int(index!.postings.size)} blocking keys — ` +
    `median ${median(buildSeconds).toFixed(2)} s of ${BUILD_RUNS}`,
);

// --- 3. The batch: names per second, index against full scan ----------------------------------
const people = (file: string): Record<string, string>[] => csv(join(nameMatching, file));
const unPositives = people('yente_positives_un_untreated.csv');
const congress = people('yente_positives_us_congress_untreated.csv');
const negatives = people('yente_negatives_us_1000.csv');
const real: string[] = [
  ...unPositives.map((r) => r.full_name!),
  ...congress.map((r) => r.full_name!),
  ...negatives.map((r) => r.full_name!),
  ...csv(join(nameMatching, 'rigour_sample_names.csv')).map((r) => r.name!),
  ...readFileSync(join(nameMatching, 'rigour_putin_names.txt'), 'utf8').split('\n'),
].filter((n) => n.trim() !== '');

/** A typo of a name: one deletion, transposition or substitution, or two words swapped. */
function perturb(name: string, next: () => number): string {
  const at = Math.floor(next() * name.length);
  switch (Math.floor(next() * 4)) {
    case 0:
      return name.slice(0, at) + name.slice(at + 1);
    case 1:
      return name.slice(0, at) + (name[at + 1] ?? '') + (name[at] ?? '') + name.slice(at + 2);
    case 2:
      return name.slice(0, at) + 'aeiourstn'[Math.floor(next() * 9)] + name.slice(at + 1);
    default: {
      const words = name.split(' ');
      return words.length > 1 ? [...words.slice(1), words[0]].join(' ') : name;
    }
  }
}
const random = mulberry32(42);
const batch: ScreeningQuery[] = real.map((name) => ({ name }));
while (batch.length < BATCH)
  batch.push({ name: perturb(real[batch.length % real.length]!, () => random.next()) });

// --- The oracle: UN persons on the SDN list ----------------------------------------------------
const sdnPersons = sdn.filter((e) => e.type === 'person');
const tokensOf = (n: string): Set<string> =>
  new Set(normaliseName(n).tokens.filter((t) => tokenKind(t) === 'word'));
const sdnTokens = sdnPersons.map((e) => ({ e, tokens: e.names.map(tokensOf) }));
/**
 * The oracle, independent of the fuzzy comparator: an SDN person "contains" a UN person when
 * their birth dates agree and one of the SDN names holds, exactly (after normalisation), at least
 * two of the UN name's words and at least half of them (particles, initials and numbers aside).
 */
const oracle = unPositives.flatMap((r) => {
  const mine = [...tokensOf(r.full_name!)];
  const hits = sdnTokens.filter(
    ({ e, tokens }) =>
      compareBirthDates([r.date_of_birth!], e.birthDates ?? []).result === 'agree' &&
      tokens.some((t) => {
        const shared = mine.filter((x) => t.has(x)).length;
        return shared >= 2 && shared * 2 >= mine.length;
      }),
  );
  return hits.length > 0 ? [{ r, ids: new Set(hits.map((h) => h.e.id)) }] : [];
});

// --- pg_trgm, set up before the timed runs so that they alternate with the engine's -----------
/** A pg_trgm database over the same names; `run` returns each name's top 10 with similarity. */
interface Trigram {
  run(names: readonly string[]): Promise<Map<number, { entity: string; similarity: number }[]>>;
  close(): Promise<void>;
}
const normalisedForPg = (n: string): string => normaliseName(n).tokens.join(' ');

async function openTrigram(url: string): Promise<Trigram> {
  const database = `techalliance_bench_screening_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const target = new URL(url);
  target.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: target.toString() });
  const close = async (): Promise<void> => {
    await client.end().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${database}`);
    await admin.end();
  };
  try {
    await client.connect();
    await client.query('CREATE EXTENSION pg_trgm');
    await client.query('CREATE TABLE names (entity text NOT NULL, name text NOT NULL)');
    // pg_trgm gets the engine's normalisation (ASCII, lower case, legal forms out): its best case.
    const rows = entities.flatMap((e) => e.names.map((n) => [e.id, normalisedForPg(n)] as const));
    for (let i = 0; i < rows.length; i += 5_000) {
      const chunk = rows.slice(i, i + 5_000);
      await client.query('INSERT INTO names SELECT * FROM unnest($1::text[], $2::text[])', [
        chunk.map((r) => r[0]),
        chunk.map((r) => r[1]),
      ]);
    }
    await client.query('CREATE INDEX names_trgm ON names USING gin (name gin_trgm_ops)');
    await client.query('ANALYZE names');
  } catch (e) {
    await close();
    throw e;
  }
  const sql =
    'SELECT q.i::int AS i, n.entity, n.similarity FROM unnest($1::text[]) WITH ORDINALITY AS q(name, i), ' +
    'LATERAL (SELECT entity, similarity(name, q.name) AS similarity FROM names WHERE name % q.name ' +
    'ORDER BY similarity DESC LIMIT 10) n';
  return {
    async run(names) {
      const out = new Map<number, { entity: string; similarity: number }[]>();
      for (let i = 0; i < names.length; i += PG_CHUNK) {
        const res = await client.query<{ i: number; entity: string; similarity: number }>(sql, [
          names.slice(i, i + PG_CHUNK),
        ]);
        for (const row of res.rows) {
          const k = i + row.i - 1;
          out.set(k, [...(out.get(k) ?? []), { entity: row.entity, similarity: row.similarity }]);
        }
      }
      return out;
    },
    close,
  };
}

const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
let trigram: Trigram | null = null;
let trigramSkipped = pgUrl
  ? ''
  : 'set TEST_DATABASE_URL (or BENCH_DATABASE_URL) to a PostgreSQL server';
if (pgUrl)
  try {
    trigram = await openTrigram(pgUrl);
  } catch (e) {
    trigramSkipped = (e as Error).message;
  }

// --- 3. Timed runs: the engine and pg_trgm alternately, then the full scan ---------------------
const engineRun = (): { seconds: number; cpuSeconds: number; results: ScreeningResult[] } => {
  const cpu = process.cpuUsage();
  const t = timed(() => batch.map((q) => screen(index!, q)));
  const used = process.cpuUsage(cpu);
  return { seconds: t.seconds, cpuSeconds: (used.user + used.system) / 1e6, results: t.result };
};
engineRun(); // warm-up (JIT, scratch buffers)
const pgNames = batch.map((q) => normalisedForPg(q.name));
if (trigram) await trigram.run(pgNames.slice(0, PG_CHUNK)); // warm-up
const engineSeconds: number[] = [];
const engineCpu: number[] = [];
const pgSeconds: number[] = [];
let batchResults: ScreeningResult[] = [];
for (let run = 0; run < TIMED_RUNS; run++) {
  const e = engineRun();
  engineSeconds.push(e.seconds);
  engineCpu.push(e.cpuSeconds);
  batchResults = e.results;
  if (trigram) {
    const started = performance.now();
    await trigram.run(pgNames);
    pgSeconds.push((performance.now() - started) / 1000);
  }
}
const engineRate = BATCH / Math.min(...engineSeconds);
const hitsInBatch = batchResults.filter((r) => r.hits.length > 0).length;
const candidatesInBatch = batchResults.reduce((s, r) => s + r.candidatesScored, 0);

// Every k-th real name: the UN, US Congress, negatives and rigour names in proportion.
const sample = Array.from(
  { length: FULL_SCAN_SAMPLE },
  (_, i) => batch[Math.floor((i * real.length) / FULL_SCAN_SAMPLE)]!,
);
const scan = timed(() => sample.map((q) => screenReference(index!, q)));
const scanRate = FULL_SCAN_SAMPLE / scan.seconds;
const sampleByIndex = sample.map((q) => screen(index!, q));
const agreement = (least: number): { scan: number; found: number } => {
  let scanHits = 0;
  let found = 0;
  scan.result.forEach((r, i) => {
    const ids = new Set(sampleByIndex[i]!.hits.map((h) => h.entityId));
    const hits = r.hits.filter((h) => h.score >= least);
    scanHits += hits.length;
    found += hits.filter((h) => ids.has(h.entityId)).length;
  });
  return { scan: scanHits, found };
};
const atThreshold = agreement(DEFAULT_THRESHOLD);
const strong = agreement(0.8);

console.log('');
console.log(
  `3. Batch of ${int(BATCH)} names (${int(real.length)} real: UN, US Congress, negatives, rigour; the rest typos of them, seed 42), threshold ${DEFAULT_THRESHOLD}`,
);
console.log(
  `  index + exact scoring   ${int(engineRate).padStart(7)} names/s  (fastest of ${TIMED_RUNS} runs; median ${int(BATCH / median(engineSeconds))}; ` +
    `${int(BATCH / median(engineCpu))} per CPU-second)`,
);
console.log(
  `                          ${(candidatesInBatch / BATCH).toFixed(1)} candidates scored per name; ${int(hitsInBatch)} names with a hit`,
);
console.log(
  `  full scan (baseline)    ${scanRate.toFixed(1).padStart(7)} names/s  (${FULL_SCAN_SAMPLE} of the real names, every entity scored: ${int(entities.length)} per name)`,
);
console.log(
  `  speed-up ${int(engineRate / scanRate)}×; on those ${FULL_SCAN_SAMPLE} names the index finds ${atThreshold.found} of the full scan's ${atThreshold.scan} hits ` +
    `(${strong.found} of ${strong.scan} scoring 0.8 or more)`,
);

// --- 4. UN persons on the SDN list, negatives --------------------------------------------------
const top10 = (q: ScreeningQuery): ScreeningResult =>
  screen(index!, q, { threshold: 0, limit: 10 });
const found = (results: readonly ScreeningResult[], least: number): number =>
  oracle.filter(({ ids }, k) =>
    results[k]!.hits.some((h) => h.score >= least && ids.has(h.entityId)),
  ).length / oracle.length;
const unName = oracle.map(({ r }) => top10({ name: r.full_name!, type: 'person' }));
const unDated = oracle.map(({ r }) =>
  top10({ name: r.full_name!, type: 'person', birthDate: r.date_of_birth! }),
);
const unRecallName = found(unName, DEFAULT_THRESHOLD);
const unRecallDated = found(unDated, DEFAULT_THRESHOLD);
const unCandidateRecall = found(unName, 0);
const flagged = (people: readonly Record<string, string>[], withDates: boolean): number =>
  people.filter(
    (r) =>
      screen(index!, {
        name: r.full_name!,
        type: 'person',
        ...(withDates && r.date_of_birth ? { birthDate: r.date_of_birth } : {}),
      }).hits.length > 0,
  ).length;
const fpName = (flagged(negatives, false) * 1000) / negatives.length;
const fpDated = (flagged(negatives, true) * 1000) / negatives.length;
const congressName = (flagged(congress, false) * 1000) / congress.length;
const congressDated = (flagged(congress, true) * 1000) / congress.length;
console.log('');
console.log(
  `4. yente_positives_un_untreated.csv against the lists: ${oracle.length} of ${unPositives.length} UN persons are on the SDN list ` +
    "(oracle: birth dates agree, an SDN name has two and half of the UN name's words)",
);
console.log(
  `  recall at ${DEFAULT_THRESHOLD}: ${f3(unRecallName)} by name, ${f3(unRecallDated)} by name and birth date; ` +
    `the SDN entry among the top 10 at any score: ${f3(unCandidateRecall)}`,
);
console.log(
  `  yente_negatives_us_1000.csv: ${fpName.toFixed(0)} names with a hit per 1,000 by name, ${fpDated.toFixed(0)} by name and birth date`,
);
console.log(
  `  yente_positives_us_congress_untreated.csv (${congress.length} members of Congress, whom these lists do not name; never looked at while tuning): ` +
    `${congressName.toFixed(0)} with a hit per 1,000 by name, ${congressDated.toFixed(0)} by name and birth year`,
);

// --- 5. pg_trgm --------------------------------------------------------------------------------
interface TrigramFigures {
  rate: number;
  candidateRecall: number;
  candidatesPer1000: number;
  /** The least similarity at which pg_trgm flags no more negatives than the engine does. */
  equalThreshold: number;
  equalRecall: number;
}
let trgm: TrigramFigures | null = null;
console.log('');
if (!trigram) console.log(`5. pg_trgm: skipped — ${trigramSkipped}`);
else {
  try {
    const un = await trigram.run(oracle.map(({ r }) => normalisedForPg(r.full_name!)));
    const neg = await trigram.run(negatives.map((r) => normalisedForPg(r.full_name!)));
    const recallAt = (t: number): number =>
      oracle.filter(({ ids }, k) =>
        (un.get(k) ?? []).some((h) => h.similarity >= t && ids.has(h.entity)),
      ).length / oracle.length;
    const flaggedPer1000 = (t: number): number =>
      ([...neg.values()].filter((hits) => hits.some((h) => h.similarity >= t)).length * 1000) /
      negatives.length;
    let equalThreshold = 1;
    for (let t = 0.3; t <= 1.0001; t += 0.01)
      if (flaggedPer1000(t) <= fpName) {
        equalThreshold = Math.round(t * 100) / 100;
        break;
      }
    trgm = {
      rate: BATCH / Math.min(...pgSeconds),
      candidateRecall: recallAt(0),
      candidatesPer1000: flaggedPer1000(0),
      equalThreshold,
      equalRecall: recallAt(equalThreshold),
    };
    console.log(
      "5. pg_trgm over the same names (GIN index, `%` at its default 0.3, top 10 per name by similarity(), the engine's normalisation)",
    );
    console.log(
      `  pg_trgm                 ${int(trgm.rate).padStart(7)} names/s  (fastest of ${TIMED_RUNS} runs, alternating with the engine's; ${PG_CHUNK} names per statement)`,
    );
    console.log(`  engine                  ${int(engineRate).padStart(7)} names/s`);
    console.log(
      `  top 10 as candidates:   recall pg_trgm ${f3(trgm.candidateRecall)}, engine ${f3(unCandidateRecall)}; ` +
        `negatives with a candidate per 1,000: pg_trgm ${trgm.candidatesPer1000.toFixed(0)}`,
    );
    console.log(
      `  as hits, at equal false positives (≤ ${fpName.toFixed(0)} per 1,000 negatives, pg_trgm similarity ≥ ${trgm.equalThreshold}): ` +
        `recall pg_trgm ${f3(trgm.equalRecall)}, engine ${f3(unRecallName)}`,
    );
  } finally {
    await trigram.close();
  }
}

// --- Goals -------------------------------------------------------------------------------------
console.log('');
console.log('Goals (issue 6, "Quality and speed")');
console.log(
  `  ${verdict(comparison.engine.f1 >= comparison.baseline.f1).padEnd(6)} F1 at least logic-v2's on the same cases: ${f3(comparison.engine.f1)} against ${f3(comparison.baseline.f1)}`,
);
console.log(
  `  ${verdict(engineRate >= GOAL_NAMES_PER_SECOND).padEnd(6)} at least ${int(GOAL_NAMES_PER_SECOND)} names/s on a batch of ${int(BATCH)}: ${int(engineRate)}`,
);
if (trgm)
  console.log(
    `  ${verdict(engineRate > trgm.rate && unRecallName >= trgm.equalRecall).padEnd(6)} faster than pg_trgm at equal or better recall: ` +
      `${int(engineRate)} against ${int(trgm.rate)} names/s; recall ${f3(unRecallName)} against ${f3(trgm.equalRecall)} at equal false positives`,
  );
else
  console.log(
    '  —      faster than pg_trgm at equal or better recall: not measured (no PostgreSQL)',
  );
console.log(
  `  —      recall on the UN persons of the SDN list ${f3(unRecallName)}, false positives per 1,000 negatives ${fpName.toFixed(0)}: reported, the issue sets no target`,
);
