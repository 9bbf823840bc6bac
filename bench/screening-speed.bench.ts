// Screening speed: index build and names per second for a batch of 10,000 names against every
// restricted list of the shared data, read through the project's parsers and mapped by
// `partyEntity` (what the server screens); next to a full scan (every entity scored per query) on a
// sample, and to PostgreSQL's pg_trgm over the same names (GIN index) when a server is given
// (TEST_DATABASE_URL or BENCH_DATABASE_URL), at equal false positives.
// Run: npm run bench:screening-speed   (SHARED_DATA=<folder> to read the data from elsewhere)
import pg from 'pg';
import { buildNameIndex, type NameIndex } from '../src/core/screening/name-index.ts';
import { normaliseName } from '../src/core/screening/normalise-name.ts';
import { DEFAULT_THRESHOLD } from '../src/core/screening/score-match.ts';
import { screen, type ScreeningResult } from '../src/core/screening/screen.ts';
import { screenReference } from '../src/core/screening/screen.reference.ts';
import type { ScreeningEntity, ScreeningQuery } from '../src/core/screening/screening-entity.ts';
import { mulberry32 } from '../src/core/supply-chains/random.ts';
import {
  CONGRESS,
  countNames,
  f3,
  hitsPer1000,
  int,
  loadLists,
  median,
  NEGATIVES,
  nameMatchingCsv,
  nameMatchingLines,
  oracleRecall,
  requireSharedData,
  RIGOUR_PUTIN,
  RIGOUR_SAMPLE,
  screenOracle,
  timed,
  UN_POSITIVES,
  unOracle,
  verdict,
} from './screening-data.ts';

const BATCH = 10_000;
const FULL_SCAN_SAMPLE = 60;
const BUILD_RUNS = 3;
const TIMED_RUNS = 5;
const GOAL_NAMES_PER_SECOND = 2_000;
const PG_CHUNK = 500;

requireSharedData('bench:screening-speed');

// --- The lists ---------------------------------------------------------------------------------
const load = timed(() => loadLists());
const lists = load.result;
const entities: ScreeningEntity[] = lists.flatMap((l) => l.entities);
const nameCount = countNames(entities);

console.log('bench:screening-speed');
console.log(
  `  lists: ${lists.length} files read by the project's parsers (RESTRICTED_LIST_FORMATS) and partyEntity ` +
    `in ${load.seconds.toFixed(1)} s — ${int(entities.length)} entities, ${int(nameCount)} names ` +
    '(primary, aliases, original script)',
);
for (const l of lists)
  console.log(
    `    ${l.format.padEnd(17)} ${l.file.padEnd(62)} ${l.listId.padEnd(24)} ` +
      `${int(l.entities.length).padStart(6)} entities ${int(l.names).padStart(6)} names` +
      (l.issues > 0 ? `  (${l.issues} bad rows left out)` : ''),
  );

// --- 1. Index build ----------------------------------------------------------------------------
let index: NameIndex | undefined;
const buildSeconds: number[] = [];
for (let i = 0; i < BUILD_RUNS; i++) {
  const t = timed(() => buildNameIndex(entities));
  buildSeconds.push(t.seconds);
  index = t.result;
}
console.log('');
console.log(
  `1. Index build: ${int(entities.length)} entities, ${int(index!.variants)} names, ${int(index!.postings.size)} blocking keys — ` +
    `median ${median(buildSeconds).toFixed(2)} s of ${BUILD_RUNS}`,
);

// --- The batch: real names, then typos of them -------------------------------------------------
const unPositives = nameMatchingCsv(UN_POSITIVES);
const congress = nameMatchingCsv(CONGRESS);
const negatives = nameMatchingCsv(NEGATIVES);
const real: string[] = [
  ...unPositives.map((r) => r.full_name!),
  ...congress.map((r) => r.full_name!),
  ...negatives.map((r) => r.full_name!),
  ...nameMatchingCsv(RIGOUR_SAMPLE).map((r) => r.name!),
  ...nameMatchingLines(RIGOUR_PUTIN),
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

// --- 2. Timed runs: the engine and pg_trgm alternately, then the full scan ---------------------
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
  `2. Batch of ${int(BATCH)} names (${int(real.length)} real: UN, US Congress, negatives, rigour; the rest typos of them, seed 42), threshold ${DEFAULT_THRESHOLD}`,
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

// --- 3. pg_trgm at equal false positives -------------------------------------------------------
const sdn = lists.find((l) => l.format === 'ofac-sdn')!;
const oracle = unOracle(unPositives, sdn.entities);
const unName = screenOracle(index!, oracle, false);
const unRecall = oracleRecall(oracle, unName, DEFAULT_THRESHOLD);
const unCandidateRecall = oracleRecall(oracle, unName, 0);
const fpName = hitsPer1000(index!, negatives, false);
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
if (!trigram) console.log(`3. pg_trgm: skipped — ${trigramSkipped}`);
else {
  try {
    const un = await trigram.run(oracle.map((o) => normalisedForPg(o.name)));
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
      "3. pg_trgm over the same names (GIN index, `%` at its default 0.3, top 10 per name by similarity(), the engine's normalisation)",
    );
    console.log(
      `  pg_trgm                 ${int(trgm.rate).padStart(7)} names/s  (fastest of ${TIMED_RUNS} runs, alternating with the engine's; ${PG_CHUNK} names per statement)`,
    );
    console.log(`  engine                  ${int(engineRate).padStart(7)} names/s`);
    console.log(
      `  recall on the ${oracle.length} UN persons of the SDN list (${UN_POSITIVES}, the oracle of bench:screening-accuracy), ` +
        `false positives on ${NEGATIVES}, both against all the lists above:`,
    );
    console.log(
      `  top 10 as candidates:   recall pg_trgm ${f3(trgm.candidateRecall)}, engine ${f3(unCandidateRecall)}; ` +
        `negatives with a candidate per 1,000: pg_trgm ${trgm.candidatesPer1000.toFixed(0)}`,
    );
    console.log(
      `  as hits, at equal false positives (≤ ${fpName.toFixed(0)} per 1,000 negatives: engine at ${DEFAULT_THRESHOLD}, pg_trgm similarity ≥ ${trgm.equalThreshold}): ` +
        `recall pg_trgm ${f3(trgm.equalRecall)}, engine ${f3(unRecall)}`,
    );
  } finally {
    await trigram.close();
  }
}

// --- Goals -------------------------------------------------------------------------------------
console.log('');
console.log('Goals (issue 6, "Quality and speed")');
console.log(
  `  ${verdict(engineRate >= GOAL_NAMES_PER_SECOND)} at least ${int(GOAL_NAMES_PER_SECOND)} names/s on a batch of ${int(BATCH)}: ${int(engineRate)}`,
);
if (trgm)
  console.log(
    `  ${verdict(engineRate > trgm.rate && unRecall >= trgm.equalRecall)} faster than pg_trgm at equal or better recall: ` +
      `${int(engineRate)} against ${int(trgm.rate)} names/s; recall ${f3(unRecall)} against ${f3(trgm.equalRecall)} at equal false positives`,
  );
else
  console.log(
    '  —      faster than pg_trgm at equal or better recall: not measured (no PostgreSQL)',
  );
