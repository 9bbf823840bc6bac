// Speed of the policy registry, the divergence matrix and the divergence register, each next to a
// straightforward baseline measured in the same run (read the ratios, not the absolute times):
//  (a) registry search on the real OECD.AI + STIP + AGORA records (imported into a fresh SQLite
//      database): the in-memory index (indexInstruments + searchInstruments) for a few queries
//      against a lower-case substring scan over every record's title and description; median and
//      p90 of SEARCH_RUNS runs per query, with the matches each finds (their rules differ: the index
//      folds accents, drops plural s and also reads tags and the responsible body);
//  (b) the divergence matrix with its average-linkage clustering (divergenceMatrix) for 40
//      members × 200 issues generated with a fixed seed, against pairwise loops that recompute each
//      pair from the raw position list and a naive O(n³) average linkage (checked to agree);
//  (c) a full recomputation of the register through the service once the real control lists,
//      the DoD 1260H and EU Annex IV lists and the generated positions are stored: the first run
//      (everything new) against a second one with nothing changed, and the register as
//      `GET /api/v1/divergences` reads it (`register(OPERATOR, {})`, one page, and every row) next
//      to reading the stored rows alone.
// Parts (a) and (c) need the shared data and say so when it is absent; (b) needs nothing.
// Run: npm run bench:divergences   (SHARED_DATA=<folder>; BENCH_RUNS=<n>)
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OPERATOR } from '../src/core/accounts/access.ts';
import type { PolicyInstrument } from '../src/core/policies/instrument.ts';
import { indexInstruments, searchInstruments } from '../src/core/policies/search.ts';
import { divergenceMatrix } from '../src/core/positions/divergence-matrix.ts';
import type { PolicyIssue, Position } from '../src/core/positions/position.ts';
import { runImport } from '../src/services/import-formats.ts';
import { openPlatform } from '../src/services/platform.ts';
import { buildServices } from '../src/services/services.ts';
import { CONTROL_LIST_IMPORTS, CONTROL_LISTS_DIR } from '../test/control-lists-data.ts';
import { hasSharedData, sharedFile } from '../test/shared-data.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SEARCH_RUNS = 50;
const MEMBERS = 40;
const ISSUES = 200;
const SEED = 20261207;
const QUERIES = [
  'artificial intelligence',
  '"artificial intelligence act"',
  'data protection',
  'semiconductor export',
  'national strategy research',
];
const POLICY_FILES = [
  ['oecd-ai', sharedFile('policies', 'oecd_ai_policy_corpus_llm_scored_2216.csv')],
  ['stip', sharedFile('policies', 'oecd_stip_compass_covid_sti_initiatives_hackathon_extract.csv')],
  ['agora', sharedFile('policies', 'eto_agora_us_congress_ai_laws_2020-2025.csv')],
] as const;
const PARTY_LISTS = [
  ['dod-1260h', sharedFile('screening', 'lists', 'us_dod_1260h_chinese_military_companies.csv')],
  ['eu-833-annex-iv', sharedFile('export-controls', 'eu_reg_833_2014_annex_IV_only.csv')],
] as const;
const withData =
  hasSharedData &&
  [...POLICY_FILES, ...PARTY_LISTS].every(([, f]) => existsSync(f)) &&
  existsSync(CONTROL_LISTS_DIR);

const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);
const median = (xs: readonly number[]): number => {
  const s = sorted(xs);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const p90 = (xs: readonly number[]): number => sorted(xs)[Math.ceil(xs.length * 0.9) - 1]!;
const ms = async (f: () => unknown): Promise<number> => {
  const t = performance.now();
  await f();
  return performance.now() - t;
};
const fmt = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(2)).padStart(9);
const WIDTH = 58;
const header = (title: string, ours = 'ours', base = 'baseline'): void =>
  console.log(
    `\n${title.padEnd(WIDTH)}${ours.padStart(12)}${base.padStart(12)}${'ratio'.padStart(9)}`,
  );
const row = (label: string, ours: number, base: number, note = ''): void =>
  console.log(
    `${label.padEnd(WIDTH)}${fmt(ours)} ms${fmt(base)} ms${`${(base / ours).toFixed(1)}×`.padStart(9)}  ${note}`,
  );

/** A small fixed-seed generator (mulberry32): the same data on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 200 issues of 2–7 options and 40 members' positions: most answer, some twice, some pending. */
function generate(members: readonly string[]): { issues: PolicyIssue[]; positions: Position[] } {
  const next = random(SEED);
  const at = (day: number): string => new Date(Date.UTC(2026, 0, 1 + day)).toISOString();
  const issues: PolicyIssue[] = Array.from({ length: ISSUES }, (_, n) => ({
    id: `bench-issue-${String(n).padStart(3, '0')}`,
    workstream: ['ai', 'export_controls', 'standards', 'research_security'][n % 4]!,
    title: `Generated issue ${n}`,
    description: '',
    options: Array.from({ length: 2 + Math.floor(next() * 6) }, (__, o) => `option ${o}`),
    agreedOption: null,
    agreedBy: null,
    confidentiality: 'alliance',
    createdBy: 'bench',
    createdAt: at(0),
  }));
  const positions: Position[] = [];
  const position = (issue: PolicyIssue, member: string, status: Position['status'], day: number) =>
    positions.push({
      issueId: issue.id,
      member,
      option: Math.floor(next() * issue.options.length),
      status,
      expectedDate: status === 'pending' ? '2027-06-30' : null,
      evidence: [],
      note: '',
      confidentiality: 'alliance',
      recordedBy: 'bench',
      recordedAt: at(day),
    });
  for (const issue of issues)
    for (const member of members) {
      if (next() < 0.15) continue;
      // An older position the member changed since: the latest one counts.
      if (next() < 0.1) position(issue, member, 'current', 1);
      position(issue, member, 'current', 2 + Math.floor(next() * 100));
      if (next() < 0.1) position(issue, member, 'pending', 150);
    }
  return { issues, positions };
}

/** The baseline matrix: each pair recomputed from the raw list, then a naive average linkage. */
function naiveMatrix(
  issues: readonly PolicyIssue[],
  positions: readonly Position[],
  members: readonly string[],
): { cells: (number | null)[][]; order: string[] } {
  const byId = new Map(issues.map((i) => [i.id, i]));
  const cells: (number | null)[][] = members.map(() => members.map(() => null));
  for (let a = 0; a < members.length; a++) {
    cells[a]![a] = 0;
    for (let b = a + 1; b < members.length; b++) {
      // The two members' current positions, the latest recorded per issue, from the whole list.
      const latest = (member: string): Map<string, Position> => {
        const m = new Map<string, Position>();
        for (const p of positions)
          if (p.member === member && p.status === 'current') {
            const before = m.get(p.issueId);
            if (!before || before.recordedAt <= p.recordedAt) m.set(p.issueId, p);
          }
        return m;
      };
      const pa = latest(members[a]!);
      const pb = latest(members[b]!);
      let sum = 0;
      let count = 0;
      for (const [issueId, x] of pa) {
        const y = pb.get(issueId);
        if (!y) continue;
        const issue = byId.get(issueId)!;
        sum += Math.abs(x.option - y.option) / (issue.options.length - 1);
        count += 1;
      }
      cells[a]![b] = cells[b]![a] = count === 0 ? null : sum / count;
    }
  }
  // Average linkage from the definition: at each step, every two clusters' mean distance over
  // every pair of their members (a missing cell counts as 1), the closest pair joined; ties to the
  // clusters whose smallest codes come first, as divergenceMatrix breaks them.
  const index = new Map(members.map((m, i) => [m, i]));
  let clusters = [...members].sort().map((m) => [m]);
  const d = (x: string, y: string): number => cells[index.get(x)!]![index.get(y)!] ?? 1;
  while (clusters.length > 1) {
    let best = { i: 0, j: 1, d: Infinity };
    for (let i = 0; i < clusters.length; i++)
      for (let j = i + 1; j < clusters.length; j++) {
        let s = 0;
        for (const x of clusters[i]!) for (const y of clusters[j]!) s += d(x, y);
        const mean = s / (clusters[i]!.length * clusters[j]!.length);
        if (mean < best.d - 1e-9) best = { i, j, d: mean };
      }
    const joined = [...clusters[best.i]!, ...clusters[best.j]!];
    clusters = clusters.filter((_, k) => k !== best.i && k !== best.j);
    clusters.push(joined);
    clusters.sort((p, q) => (p[0]! < q[0]! ? -1 : 1));
  }
  return { cells, order: clusters[0] ?? [] };
}

/** The baseline search: every query word (or quoted phrase) a substring of title + description. */
function substringSearch(instruments: readonly PolicyInstrument[], q: string): PolicyInstrument[] {
  const needles: string[] = [];
  const rest = q.replace(/"([^"]*)"/g, (_, phrase: string) => {
    needles.push(phrase.toLowerCase());
    return ' ';
  });
  needles.push(...rest.toLowerCase().split(/\s+/).filter(Boolean));
  return instruments.filter((i) => {
    const text = `${i.title} ${i.description}`.toLowerCase();
    return needles.every((n) => text.includes(n));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'ta-bench-divergences-'));
const platform = await openPlatform(`sqlite:${join(dir, 'bench.sqlite')}`);
const services = buildServices(platform);
console.log(`bench:divergences — baseline measured in the same run; read the ratios`);
try {
  // ——— (a) registry search ———
  if (!withData)
    console.log(
      `\n(a) registry search: skipped — the policy files of ${sharedFile()} were not found (set SHARED_DATA)`,
    );
  else {
    for (const [format, file] of POLICY_FILES) await runImport(platform.store, { format, file });
    const instruments = await platform.store.policies.instruments();
    const topics = await platform.store.policies.topics();
    const build: number[] = [];
    let index = indexInstruments(instruments);
    for (let i = 0; i < RUNS; i++)
      build.push(await ms(() => (index = indexInstruments(instruments))));
    header(
      `(a) search over ${instruments.length} records (median | p90 of ${SEARCH_RUNS})`,
      'index',
      'scan',
    );
    console.log(`${'index build (once per data version)'.padEnd(WIDTH)}${fmt(median(build))} ms`);
    for (const q of QUERIES) {
      const ours: number[] = [];
      const base: number[] = [];
      let found = 0;
      let scanned = 0;
      for (let i = 0; i < SEARCH_RUNS; i++) {
        ours.push(await ms(() => (found = searchInstruments(index, { q }, topics).total)));
        base.push(await ms(() => (scanned = substringSearch(instruments, q).length)));
      }
      row(`${q} — median`, median(ours), median(base), `matches: ${found} | ${scanned}`);
      row(`${q} — p90`, p90(ours), p90(base));
    }
    const service: number[] = [];
    for (let i = 0; i < SEARCH_RUNS; i++)
      service.push(await ms(() => services.policies.search(OPERATOR, { q: QUERIES[0]! })));
    const scan: number[] = [];
    for (let i = 0; i < SEARCH_RUNS; i++)
      scan.push(await ms(() => substringSearch(instruments, QUERIES[0]!)));
    row(`through the service, "${QUERIES[0]}" — median`, median(service), median(scan));
  }

  // ——— (b) the divergence matrix ———
  const economies = (await platform.store.economies.list()).map((e) => e.iso3).sort();
  const members = economies.slice(0, MEMBERS);
  const { issues, positions } = generate(members);
  const ours: number[] = [];
  const base: number[] = [];
  let m = divergenceMatrix(issues, positions, { use: 'current' });
  let naive = naiveMatrix(issues, positions, members);
  for (let i = 0; i < RUNS; i++) {
    ours.push(await ms(() => (m = divergenceMatrix(issues, positions, { use: 'current' }))));
    if (i < 3) base.push(await ms(() => (naive = naiveMatrix(issues, positions, members))));
  }
  const sameCells = m.cells.every((r, i) =>
    r.every((v, j) =>
      v === null ? naive.cells[i]![j] === null : Math.abs(v - naive.cells[i]![j]!) < 1e-12,
    ),
  );
  const sameOrder = m.order.join() === naive.order.join();
  header(`(b) ${MEMBERS} members × ${ISSUES} issues, ${positions.length} positions (seed ${SEED})`);
  row(
    'matrix + average-linkage clustering (median)',
    median(ours),
    median(base),
    `agree: cells ${sameCells ? 'yes' : 'NO'}, order ${sameOrder ? 'yes' : 'NO'}`,
  );

  // ——— (c) the register ———
  if (!withData)
    console.log(
      `\n(c) register: skipped — the lists of ${sharedFile()} were not found (set SHARED_DATA)`,
    );
  else {
    // Stored straight through the importers and the store, so that the register is first
    // computed by the recomputation timed here (an import through the service recomputes its
    // source at once).
    for (const l of CONTROL_LIST_IMPORTS)
      await runImport(platform.store, {
        format: l.format,
        file: join(CONTROL_LISTS_DIR, l.file),
        options: { ...l.options },
      });
    for (const [format, file] of PARTY_LISTS) await runImport(platform.store, { format, file });
    await platform.store.transaction(async (tx) => {
      for (const issue of issues) await tx.positions.saveIssue(issue);
      for (const p of [...positions].sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : 1)))
        await tx.positions.savePosition(p);
    });
    const firstMs = await ms(async () => {
      const r = await services.divergences.recompute({ actor: 'bench' });
      const failed = r.sources.filter((s) => s.error !== null);
      if (failed.length > 0) console.log('sources that failed:', failed);
    });
    const seconds: number[] = [];
    let found = 0;
    for (let i = 0; i < Math.min(RUNS, 3); i++)
      seconds.push(
        await ms(async () => {
          const r = await services.divergences.recompute({ actor: 'bench' });
          found = r.sources.reduce((s, x) => s + x.detected, 0);
          const changed = r.sources.reduce((s, x) => s + x.new + x.grown + x.shrunk + x.closed, 0);
          if (changed > 0) console.log(`a second recomputation changed ${changed} divergences`);
        }),
      );
    const all = (await platform.store.divergences.all()).length;
    header(`(c) register: ${found} divergences found, ${all} stored`, 'ours', 'first run');
    row('recompute every source, nothing changed | first run', median(seconds), firstMs);
    // Where a recomputation with nothing changed spends its time, source by source.
    for (const { id } of services.divergences.sourceList()) {
      const t = await ms(() => services.divergences.recompute({ sources: [id], actor: 'bench' }));
      console.log(`${`  of which ${id} (one run)`.padEnd(WIDTH)}${fmt(t)} ms`);
    }
    const page: number[] = [];
    const every: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      page.push(await ms(() => services.divergences.register(OPERATOR, {})));
      every.push(await ms(() => services.divergences.register(OPERATOR, { limit: all })));
      raw.push(await ms(() => platform.store.divergences.all()));
    }
    header('', 'register', 'read rows');
    row('register(OPERATOR, {}) — first 100 | read the rows', median(page), median(raw));
    row(`register(OPERATOR, {limit: ${all}}) | read the rows`, median(every), median(raw));
  }
} finally {
  await platform.close();
  rmSync(dir, { recursive: true, force: true });
}
