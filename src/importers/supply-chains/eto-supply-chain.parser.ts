// Parser for the CSET/ETO Supply Chain Explorer files (stages, inputs, sequence, providers,
// provision): the current release and the 2021-report release under `historical/`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../core/errors.ts';
import { economyNameResolver, type NamedEconomy } from '../../core/economies/economy-names.ts';
import { validateChain, type SupplyChain } from '../../core/supply-chains/supply-chain.ts';
import {
  INPUT_COLUMNS,
  SEQUENCE_COLUMNS,
  STAGE_COLUMNS,
  parseEtoInputs,
  parseEtoSequence,
  parseEtoStages,
} from './eto-graph.ts';
import { PROVIDER_COLUMNS, parseEtoProviders, type EtoProviders } from './eto-providers.ts';
import { PROVISION_COLUMNS, checkShareSums, parseEtoProvision } from './eto-provision.ts';
import { EtoSources } from './eto-sources.ts';
import { IssueLog } from './issue-log.ts';
import type { ParsedSupplyChain } from './parsed-supply-chain.ts';
import { readSourceCsv, type EncodingPolicy, type SourceCsv } from '../read-source-csv.ts';

export interface EtoSupplyChainOptions {
  /** The chain's code, e.g. `semiconductors`. */
  code: string;
  /** Display name; defaults to the dataset's name. */
  name?: string;
  /**
   * The economies the platform holds: codes outside them are reported, and a provider written as
   * a name is joined to one. Without them any three-capital-letter code is taken as ISO3.
   */
  economies?: readonly NamedEconomy[];
  /**
   * The year of provision rows that give none. Required when provision.csv has no `year` column:
   * the 2021-report release (`historical/`) has none, and its shares describe 2019.
   */
  year?: number;
}

export interface EtoCounts {
  /** Data records in the five files. */
  rowsRead: number;
  /** Rows left out because of an issue. */
  rejectedRows: number;
  stages: number;
  inputs: number;
  goesIntoEdges: number;
  isTypeOfEdges: number;
  economies: number;
  organisations: number;
  pseudoProviders: number;
  provisions: number;
  /** Provision rows with a share; the rest are major providers whose share is unknown. */
  sharesGiven: number;
  sharesUnknown: number;
  /** Rows the 2021-report release marks `negligible` (kept; the model has no flag for it). */
  negligible: number;
}

interface EtoFile {
  name: string;
  /** Columns without which the file is refused. */
  required: string[];
  /** Every column read; those the file lacks read as empty. */
  columns: string[];
  /** Prose files may be legacy-encoded (the 2021 release's inputs.csv is Mac Roman). */
  policy: EncodingPolicy;
}

const FILES = {
  stages: {
    name: 'stages.csv',
    required: ['stage_id', 'stage_name'],
    columns: STAGE_COLUMNS,
    policy: 'utf-8-or-legacy',
  },
  inputs: {
    name: 'inputs.csv',
    required: ['input_id', 'input_name', 'type'],
    columns: INPUT_COLUMNS,
    policy: 'utf-8-or-legacy',
  },
  sequence: {
    name: 'sequence.csv',
    required: ['input_id', 'goes_into_id', 'is_type_of_id'],
    columns: SEQUENCE_COLUMNS,
    policy: 'utf-8',
  },
  providers: {
    name: 'providers.csv',
    required: ['provider_id', 'provider_name', 'provider_type', 'country'],
    columns: PROVIDER_COLUMNS,
    policy: 'utf-8',
  },
  provision: {
    name: 'provision.csv',
    required: ['provider_id', 'provided_id', 'share_provided'],
    columns: PROVISION_COLUMNS,
    policy: 'utf-8',
  },
} satisfies Record<string, EtoFile>;

type EtoFiles = Record<keyof typeof FILES, SourceCsv & { absent: string[] }>;

export const ETO_DEFAULT_NAME = 'Advanced semiconductors (CSET/ETO Supply Chain Explorer)';

/** Reads the five files; throws naming every missing file, or a file's missing column. */
function readFiles(dir: string, log: IssueLog, year: number | undefined): EtoFiles {
  const keys = Object.keys(FILES) as (keyof typeof FILES)[];
  const missing = keys.map((k) => join(dir, FILES[k].name)).filter((f) => !existsSync(f));
  if (missing.length > 0)
    throw new DomainError(
      'bad_file',
      `${dir}: missing file${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      missing.map((f) => ({ path: f, message: 'file not found' })),
    );
  const out = {} as EtoFiles;
  for (const k of keys) {
    const spec: EtoFile = FILES[k];
    const csv = readSourceCsv(join(dir, spec.name), spec.required, spec.policy);
    log.addIssues(csv.issues);
    csv.warnings.forEach((w) => log.warn(w));
    out[k] = { ...csv, absent: spec.columns.filter((c) => !csv.columns.includes(c)) };
  }
  const { file, absent } = out.provision;
  if (absent.includes('year')) {
    if (year === undefined)
      throw new DomainError(
        'bad_file',
        `${file}: no 'year' column; give the year its shares describe (option 'year'; the 2021-report release describes 2019)`,
        [{ path: 'year', line: 1, message: 'missing column; give the year as an option' }],
      );
    log.warn(`${file}: no 'year' column; every provision row is given the year ${year}`);
  }
  if (absent.includes('source'))
    log.warn(`${file}: no 'source' column; provision rows cite the dataset as their source`);
  return out;
}

/** Says how many shares a region (EUR) holds: kept as a pseudo-provider, not split. */
function warnRegions(file: string, chain: SupplyChain, providers: EtoProviders, log: IssueLog) {
  const held = chain.provision.filter((p) => providers.pseudo.get(p.provider) === 'region');
  if (held.length === 0) return;
  const names = [...new Set(held.map((p) => providers.providers.get(p.provider)!.name))];
  log.warn(
    `${file}: ${held.length} share${held.length > 1 ? 's are' : ' is'} held by a region (${names.join(', ')}), not by economies; ` +
      'kept as a pseudo-provider, not split among economies',
  );
}

function countsOf(f: EtoFiles, chain: SupplyChain, log: IssueLog, negligible: number): EtoCounts {
  const ofKind = (k: string): number => chain.providers.filter((p) => p.kind === k).length;
  const sharesGiven = chain.provision.filter((p) => p.sharePct !== null).length;
  return {
    rowsRead: Object.values(f).reduce((n, csv) => n + csv.records, 0),
    rejectedRows: log.rejectedRows,
    stages: chain.stages.length,
    inputs: chain.inputs.length,
    goesIntoEdges: chain.edges.filter((e) => e.kind === 'goes_into').length,
    isTypeOfEdges: chain.edges.filter((e) => e.kind === 'is_type_of').length,
    economies: ofKind('economy'),
    organisations: ofKind('organisation'),
    pseudoProviders: ofKind('pseudo'),
    provisions: chain.provision.length,
    sharesGiven,
    sharesUnknown: chain.provision.length - sharesGiven,
    negligible,
  };
}

/**
 * Reads an ETO Supply Chain Explorer folder into a supply chain. Never throws on bad rows: they
 * are left out and reported with file, line and column. Throws a DomainError naming the file
 * when a file or a required column is missing, or a file cannot be read as CSV.
 */
export function parseEtoSupplyChain(
  dir: string,
  options: EtoSupplyChainOptions,
): ParsedSupplyChain<EtoCounts> {
  const log = new IssueLog();
  const f = readFiles(dir, log, options.year);
  const lookup = {
    known: options.economies ? new Set(options.economies.map((e) => e.iso3)) : undefined,
    resolveName: economyNameResolver(options.economies ?? []),
  };
  const sources = new EtoSources(options.code);

  const stages = parseEtoStages(f.stages.file, f.stages.rows, f.stages.absent, log);
  const inputs = parseEtoInputs(f.inputs.file, f.inputs.rows, f.inputs.absent, log, stages);
  const inputNames = new Map(inputs.map((i) => [i.id, i.name]));
  const items = new Map([...stages.map((s): [string, string] => [s.id, s.name]), ...inputNames]);
  const { sequence: seq, providers: prov, provision: pr } = f;
  const edges = parseEtoSequence(seq.file, seq.rows, seq.absent, log, inputNames);
  const providers = parseEtoProviders(prov.file, prov.rows, prov.absent, log, lookup);
  const { provisions, negligible } = parseEtoProvision(pr.file, pr.rows, pr.absent, log, {
    providers,
    items,
    defaultYear: options.year ?? null,
    sourceId: (citation) => sources.idFor(citation),
  });
  checkShareSums(pr.file, provisions, providers.providers, items, log);

  const chain: SupplyChain = {
    code: options.code,
    name: options.name ?? ETO_DEFAULT_NAME,
    stages,
    inputs,
    edges,
    providers: [...providers.providers.values()],
    provision: provisions,
  };
  warnRegions(pr.file, chain, providers, log);
  for (const i of validateChain(chain)) log.warn(`chain check (${i.severity}): ${i.message}`);
  return {
    chain,
    sources: sources.list(),
    issues: log.issues,
    warnings: log.warnings,
    counts: countsOf(f, chain, log, negligible),
  };
}
