// Loads the bundled starter dataset (data/starter) in one transaction, through the import runner.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { DomainError } from '../core/errors.ts';
import type { Committee } from '../core/standards/committee.ts';
import type { SupplyChain } from '../core/supply-chains/supply-chain.ts';
import { validateChain } from '../core/supply-chains/validate-chain.ts';
import type { Store } from '../db/store.ts';
import { prepareImport, writePrepared } from '../importers/import-runner.ts';
import { readText } from '../importers/read-table.ts';
import {
  readStarterCommittees,
  STARTER_BODIES_FILE,
  STARTER_COMMITTEES_FILE,
} from '../importers/standards/starter-committees.ts';

export const STARTER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/starter');

export interface StarterLoadResult {
  chains: number;
  economies: number;
  values: number;
  groupings: number;
  sources: number;
  /** Standards committees, every body together (each body's first snapshot). */
  committees: number;
}

const sourcesSchema = z.array(
  z.object({
    id: z.string().min(1),
    citation: z.string().min(1),
    publisher: z.string(),
    licence: z.string().min(1),
    url: z.string().nullable(),
    date: z.string().nullable(),
    notes: z.string().nullable(),
  }),
);

/** Reads, checks and writes the starter dataset; any bad row aborts with nothing written. */
export async function loadStarterDataset(
  store: Store,
  dir = STARTER_DIR,
): Promise<StarterLoadResult> {
  const sourcesFile = join(dir, 'sources.json');
  const parsed = sourcesSchema.safeParse(JSON.parse(readText(sourcesFile)));
  if (!parsed.success)
    throw new DomainError(
      'bad_file',
      `${sourcesFile}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    );
  const economies = prepareImport(
    { format: 'starter-economies', file: join(dir, 'economies.csv') },
    new Set(),
  );
  const known = new Set(economies.economies.map((e) => e.iso3));
  const values = prepareImport({ format: 'starter-values', file: join(dir, 'values.csv') }, known);
  const groupings = prepareImport(
    { format: 'starter-groupings', file: join(dir, 'groupings.csv') },
    known,
  );
  const issues = [...economies.issues, ...values.issues, ...groupings.issues];
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new DomainError(
      'import_rejected',
      `starter dataset has ${issues.length} bad rows; first: ${first.file} line ${first.line}, ${first.field}: ${first.reason}`,
    );
  }
  economies.sources = parsed.data;
  const chains = readStarterChains(join(dir, 'chains.json'));
  const committees = readStarterStandards(dir);
  await store.transaction(async (tx) => {
    for (const p of [economies, values, groupings]) {
      const counts = await writePrepared(tx, p);
      await tx.importRuns.record({
        format: p.format,
        file: p.file,
        finishedAt: new Date().toISOString(),
        rowsRead: p.rowsRead,
        ...counts,
        rejected: 0,
        setAside: 0,
      });
    }
    for (const chain of chains) {
      const counts = await tx.supplyChains.save(chain, new Date().toISOString());
      await tx.importRuns.record({
        format: 'starter-chain',
        file: `chains.json#${chain.code}`,
        finishedAt: new Date().toISOString(),
        rowsRead: chain.provision.length,
        ...counts,
        rejected: 0,
        setAside: 0,
      });
    }
    for (const body of new Set(committees.map((c) => c.body))) {
      const list = committees.filter((c) => c.body === body);
      const dates = list.map((c) => c.created).filter((d) => d !== null);
      const now = new Date().toISOString();
      const {
        removed: _,
        snapshot: __,
        ...counts
      } = await tx.standards.saveSnapshot(
        body,
        list,
        {
          file: STARTER_COMMITTEES_FILE,
          format: 'starter-standards',
          importedAt: now,
          snapshotDate: dates.length > 0 ? dates.reduce((a, b) => (a > b ? a : b)) : null,
        },
        [],
        [],
      );
      await tx.importRuns.record({
        format: 'starter-standards',
        file: `${STARTER_COMMITTEES_FILE}#${body}`,
        finishedAt: now,
        rowsRead: list.length,
        ...counts,
        rejected: 0,
        setAside: 0,
      });
    }
  });
  return {
    chains: chains.length,
    economies: economies.economies.length,
    values: values.values.length,
    groupings: groupings.groupings.length,
    sources: parsed.data.length,
    committees: committees.length,
  };
}

/** The bundled standards committees (none when the bundle has no such files). */
function readStarterStandards(dir: string): Committee[] {
  const committees = join(dir, STARTER_COMMITTEES_FILE);
  const bodies = join(dir, STARTER_BODIES_FILE);
  if (!existsSync(committees) || !existsSync(bodies)) return [];
  return readStarterCommittees(committees, bodies);
}

/** The bundled supply chains; each must pass the chain checks (no error-level issue). */
function readStarterChains(file: string): SupplyChain[] {
  if (!existsSync(file)) return [];
  const chains = JSON.parse(readText(file)) as SupplyChain[];
  for (const chain of chains) {
    const errors = validateChain(chain).filter((i) => i.severity === 'error');
    if (errors.length > 0)
      throw new DomainError('bad_file', `${file}: chain ${chain.code}: ${errors[0]!.message}`);
  }
  return chains;
}
