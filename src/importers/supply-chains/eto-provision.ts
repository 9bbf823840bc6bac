// ETO provision.csv: which provider holds what share of an input (or a whole stage) in a year.
import { z } from 'zod';
import type { TableRow } from '../read-table.ts';
import { ROUNDING_TOLERANCE_PCT } from '../../core/supply-chains/input-shares.ts';
import type { Provider, Provision } from '../../core/supply-chains/supply-chain.ts';
import type { EtoProviders } from './eto-providers.ts';
import type { IssueLog } from './issue-log.ts';
import { optionalText, optionalYear, parseRow, shareCell, textCell } from './source-cells.ts';

const row = z.object({
  provider_id: textCell,
  provided_id: textCell,
  share_provided: shareCell,
  year: optionalYear,
  source: optionalText,
  provider_name: optionalText,
  provided_name: optionalText,
  negligible_market_share: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['', 'negligible'], { error: "must be empty or 'negligible'" }))
    .transform((s) => s === 'negligible'),
});

/** Every column the row schema reads; the ones a file lacks read as empty. */
export const PROVISION_COLUMNS = Object.keys(row.shape);

/** What the provision rows need besides themselves. */
export interface ProvisionContext {
  providers: EtoProviders;
  /** Input and stage ids with their names. */
  items: ReadonlyMap<string, string>;
  /** The year of rows that give none; null: such a row is reported. */
  defaultYear: number | null;
  /** The source id for a row's citation text (null: the row cites none). */
  sourceId: (citation: string | null) => string;
}

/** Reads provision.csv rows. Returns the provisions and how many rows are marked negligible. */
export function parseEtoProvision(
  file: string,
  rows: readonly TableRow[],
  absent: readonly string[],
  log: IssueLog,
  { providers: { providers, names, rejected }, items, defaultYear, sourceId }: ProvisionContext,
): { provisions: Provision[]; negligible: number } {
  const provisions: Provision[] = [];
  let negligible = 0;
  const seen = new Map<string, { line: number; provision: Provision }>();
  for (const tableRow of rows) {
    const { line } = tableRow;
    const r = parseRow(row, file, tableRow, log, absent);
    if (!r) continue;
    const provider = providers.get(r.provider_id);
    const itemName = items.get(r.provided_id);
    const year = r.year ?? defaultYear;
    if (!provider) {
      const at = rejected.get(r.provider_id);
      log.bad(
        file,
        line,
        'provider_id',
        at === undefined
          ? `provider '${r.provider_id}' is not in providers.csv`
          : `provider '${r.provider_id}' was rejected in providers.csv (line ${at})`,
        r.provider_id,
      );
    }
    if (itemName === undefined)
      log.bad(
        file,
        line,
        'provided_id',
        `'${r.provided_id}' is neither an input (inputs.csv) nor a stage (stages.csv)`,
        r.provided_id,
      );
    if (year === null) log.bad(file, line, 'year', 'is empty (give the year its shares describe)');
    if (!provider || itemName === undefined || year === null) continue;
    if (r.provider_name && !names.get(provider.id)?.has(r.provider_name))
      log.noteRename(file, line, provider.id, r.provider_name, provider.name);
    if (r.provided_name && r.provided_name !== itemName)
      log.noteRename(file, line, r.provided_id, r.provided_name, itemName);

    const provision: Provision = {
      provider: provider.id,
      input: r.provided_id,
      sharePct: r.share_provided,
      year,
      sourceId: sourceId(r.source),
    };
    const key = `${provision.provider}|${provision.input}|${year}`;
    const earlier = seen.get(key);
    if (earlier) {
      const what = `${provider.id} '${provider.name}' in ${itemName} ${year}`;
      if (earlier.provision.sharePct === provision.sharePct)
        log.warn(`${file} line ${line}: repeats line ${earlier.line} (${what}); kept once`);
      else
        log.bad(
          file,
          line,
          'share_provided',
          `a second share for ${what} (line ${earlier.line} gives ${earlier.provision.sharePct ?? 'none'})`,
          String(provision.sharePct ?? ''),
        );
      continue;
    }
    seen.set(key, { line, provision });
    provisions.push(provision);
    if (r.negligible_market_share) negligible++;
  }
  log.flushRenames(file, 'a provider or an input');
  return { provisions, negligible };
}

/**
 * Warns where the shares of one item and year pass 100 % by more than the tolerance: among the
 * country-level providers (economies and pseudo-providers) and among organisations, separately.
 */
export function checkShareSums(
  file: string,
  provisions: readonly Provision[],
  providers: ReadonlyMap<string, Provider>,
  items: ReadonlyMap<string, string>,
  log: IssueLog,
): void {
  const sums = new Map<string, number>();
  for (const p of provisions) {
    if (p.sharePct === null) continue;
    const level =
      providers.get(p.provider)!.kind === 'organisation' ? 'organisations' : 'countries';
    const key = `${p.input}|${p.year}|${level}`;
    sums.set(key, (sums.get(key) ?? 0) + p.sharePct);
  }
  for (const [key, sum] of sums) {
    if (sum <= 100 + ROUNDING_TOLERANCE_PCT) continue;
    const [itemId, year, level] = key.split('|') as [string, string, string];
    log.warn(
      `${file}: the shares of ${level} in ${itemId} '${items.get(itemId)}' (${year}) sum to ${Math.round(sum * 10) / 10} %, more than 100 % by over ${ROUNDING_TOLERANCE_PCT} points (analyses scale them to 100 %)`,
    );
  }
}
