// ETO providers.csv: countries (ISO3 codes and pseudo-providers) and organisations with their home
// economy. A provider id repeated on several rows is one provider with several aliases.
import { z } from 'zod';
import { providerEconomy, type Provider } from '../../core/supply-chains/supply-chain.ts';
import type { TableRow } from '../read-table.ts';
import { etoCountry, type EconomyLookup, type PseudoKind } from './eto-provider-codes.ts';
import type { IssueLog } from './issue-log.ts';
import { optionalText, parseRow, textCell } from './source-cells.ts';

const row = z.object({
  provider_id: textCell,
  provider_name: textCell,
  provider_type: z
    .string()
    .trim()
    .toLowerCase()
    .transform((s) => (s === 'organisation' ? 'organization' : s))
    .pipe(z.enum(['country', 'organization'], { error: "must be 'country' or 'organization'" })),
  country: optionalText,
  alias: optionalText,
});

export const PROVIDER_COLUMNS = Object.keys(row.shape);

type ProviderRow = z.output<typeof row>;

export interface EtoProviders {
  providers: Map<string, Provider>;
  /** Every name and alias rows give a provider, by id (provision rows may use any). */
  names: Map<string, Set<string>>;
  /** What each pseudo-provider stands for, by id. */
  pseudo: Map<string, PseudoKind>;
  /** Ids whose rows were rejected, with the line: provision rows naming them say so. */
  rejected: Map<string, number>;
}

/** The provider a row describes, or null after reporting why it cannot be read. */
function providerOf(
  r: ProviderRow,
  file: string,
  line: number,
  log: IssueLog,
  lookup: EconomyLookup,
): { provider: Provider; pseudo?: PseudoKind } | null {
  const { provider_id: id, provider_name: name } = r;
  if (r.provider_type === 'country') {
    const c = etoCountry(name, lookup);
    switch (c.kind) {
      case 'economy': {
        const byAlias = r.alias ? lookup.resolveName(r.alias) : undefined;
        if (byAlias && byAlias !== c.iso3)
          log.warn(
            `${file} line ${line}: ${id} has code ${name} (${c.iso3}) but alias '${r.alias}', which is ${byAlias}; the code is used`,
          );
        return { provider: { kind: 'economy', id, name, iso3: c.iso3 } };
      }
      case 'pseudo':
        return { provider: { kind: 'pseudo', id, name }, pseudo: c.pseudo };
      case 'unknown':
        log.bad(
          file,
          line,
          'provider_name',
          `'${name}' is neither an economy's ISO3 code, a name nor a pseudo-provider (see ETO_CODE_ALIASES and ETO_PSEUDO_PROVIDERS)`,
          name,
        );
        return null;
    }
  }
  if (r.country === null) {
    log.warn(`${file} line ${line}: organisation ${id} '${name}' has no home economy`);
    return { provider: { kind: 'organisation', id, name, homeEconomy: null } };
  }
  const home = etoCountry(r.country, lookup);
  switch (home.kind) {
    case 'economy':
      return { provider: { kind: 'organisation', id, name, homeEconomy: home.iso3 } };
    case 'pseudo':
      log.warn(
        `${file} line ${line}: organisation ${id} '${name}' has home '${r.country}', not an economy; its share is unattributed`,
      );
      return { provider: { kind: 'organisation', id, name, homeEconomy: null } };
    case 'unknown':
      log.bad(file, line, 'country', `'${r.country}' is not a known economy code`, r.country);
      return null;
  }
}

const describe = (p: Provider): string =>
  `'${p.name}', ${p.kind}${providerEconomy(p) ? ` ${providerEconomy(p)}` : ''}`;

/**
 * Reads providers.csv rows into providers keyed by id. Rows repeating an id with the same name,
 * type and economy are that provider's aliases (the current release lists former names so);
 * a repeat that differs is reported.
 */
export function parseEtoProviders(
  file: string,
  rows: readonly TableRow[],
  absent: readonly string[],
  log: IssueLog,
  lookup: EconomyLookup,
): EtoProviders {
  const out: EtoProviders = {
    providers: new Map(),
    names: new Map(),
    pseudo: new Map(),
    rejected: new Map(),
  };
  const firstLine = new Map<string, number>();
  for (const tableRow of rows) {
    const r = parseRow(row, file, tableRow, log, absent);
    const read = r && providerOf(r, file, tableRow.line, log, lookup);
    if (!r || !read) {
      const id = tableRow.record['provider_id']?.trim();
      if (id && !out.providers.has(id)) out.rejected.set(id, tableRow.line);
      continue;
    }
    const p = read.provider;
    const earlier = out.providers.get(p.id);
    if (earlier && describe(earlier) !== describe(p)) {
      log.bad(
        file,
        tableRow.line,
        'provider_id',
        `${p.id} is defined differently on line ${firstLine.get(p.id)} (${describe(earlier)})`,
        p.id,
      );
      continue;
    }
    if (!earlier) {
      out.providers.set(p.id, p);
      if (read.pseudo) out.pseudo.set(p.id, read.pseudo);
      firstLine.set(p.id, tableRow.line);
      out.rejected.delete(p.id);
    }
    const names = out.names.get(p.id) ?? new Set<string>();
    out.names.set(p.id, names);
    for (const n of [r.provider_name, r.alias]) if (n) names.add(n);
  }
  return out;
}
