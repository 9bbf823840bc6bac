// Imports of supply chains (`eto-supply-chain`, `minerals`): parse the files into the chain model,
// then write the chain and its sources in one transaction — or nothing, when a row is bad and bad
// rows were not to be skipped. The same guarantees and summary as the row-by-row formats.
import { finishImport } from './write-import.ts';
import { relative } from 'node:path';
import { DomainError } from '../core/errors.ts';
import type { ImportSummary } from '../core/imports/import-report.ts';
import type { Store } from '../db/store.ts';
import type { ImportRequest } from './import-runner.ts';
import { parseEtoSupplyChain } from './supply-chains/eto-supply-chain.parser.ts';
import { parseMineralsProduction } from './supply-chains/minerals.parser.ts';
import type { ParsedSupplyChain } from './supply-chains/parsed-supply-chain.ts';

/** The supply-chain formats and the code their chain is stored under by default. */
export const CHAIN_FORMATS: Readonly<Record<string, { defaultCode: string; description: string }>> =
  {
    'eto-supply-chain': {
      defaultCode: 'semiconductors',
      description:
        'CSET/ETO Supply Chain Explorer folder (stages, inputs, sequence, providers, provision); --code, --year for the 2021 release',
    },
    minerals: {
      defaultCode: 'critical-minerals',
      description: 'USGS mineral commodity production by economy and year (long CSV); --code',
    },
  };

export const isChainFormat = (format: string): boolean => format in CHAIN_FORMATS;

const CODE = /^[a-z][a-z0-9-]{1,39}$/;

/** Parses the files of a chain format (no writing). */
export async function parseChain(
  store: Store,
  req: ImportRequest,
): Promise<{
  code: string;
  parsed: ParsedSupplyChain<{ rowsRead: number; rejectedRows: number }>;
}> {
  const spec = CHAIN_FORMATS[req.format];
  if (!spec)
    throw new DomainError('validation_failed', `unknown supply-chain format '${req.format}'`);
  const code = req.options?.code ?? spec.defaultCode;
  if (!CODE.test(code))
    throw new DomainError(
      'validation_failed',
      `--code: '${code}' must be 2–40 lower-case letters, digits or -`,
      [{ path: 'code', message: 'e.g. semiconductors' }],
    );
  const economies = (await store.economies.list()).map((e) => ({
    iso3: e.iso3,
    name: e.name,
    officialName: e.officialName,
  }));
  let year: number | undefined;
  if (req.options?.year !== undefined) {
    year = Number(req.options.year);
    if (!/^\d{4}$/.test(req.options.year))
      throw new DomainError(
        'validation_failed',
        `--year: '${req.options.year}' is not a four-digit year`,
        [{ path: 'year', message: 'expected YYYY' }],
      );
  }
  const parsed =
    req.format === 'minerals'
      ? parseMineralsProduction(req.file, { code, economies })
      : parseEtoSupplyChain(req.file, { code, economies, ...(year !== undefined ? { year } : {}) });
  return { code, parsed };
}

/** Imports a supply chain: checked first, then one transaction; a bad row stops it unless skipped. */
export async function importChain(store: Store, req: ImportRequest): Promise<ImportSummary> {
  const started = performance.now();
  const { parsed } = await parseChain(store, req);
  const file = relative(process.cwd(), req.file) || req.file;
  const rejected = new Set(parsed.issues.map((i) => `${i.file}:${i.line}`)).size;
  const base = {
    format: req.format,
    file,
    rowsRead: parsed.counts.rowsRead,
    rejected,
    setAside: {},
    issues: parsed.issues,
    warnings: parsed.warnings,
  };
  return finishImport(
    store,
    base,
    { skipBadRows: req.skipBadRows ?? false, started },
    async (tx) => {
      await tx.sources.upsert(parsed.sources);
      return tx.supplyChains.save(parsed.chain, new Date().toISOString());
    },
  );
}
