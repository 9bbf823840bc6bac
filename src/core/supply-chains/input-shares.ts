// Who supplies one input (or stage) in one year: shares by economy, pseudo-providers apart, the
// unattributed rest, and the firms behind them.
import { notFound } from '../errors.ts';
import { chainWarning, fmt, type SupplyChainWarning } from './supply-chain-warning.ts';
import type { Provider, Provision, SupplyChain } from './supply-chain.ts';

/**
 * Which year of an item's provision rows to use:
 *
 * - `'latest'` — the latest year with at least one known share (so that a later year that only
 *   names providers does not hide an earlier year's shares; a warning says so);
 * - `{ year }` — exactly that year; an item without rows in it has no shares (with a warning).
 */
export type SupplyYear = 'latest' | { year: number };

/**
 * Shares of one item may sum past 100% by rounding: the Supply Chain Explorer rounds shares
 * between 0 and 1% up to 1%, and USGS divides by a rounded world total. Shares that sum past 100
 * are always scaled to sum to 100 (each share of the providers' sum) with a `shares_over_100`
 * warning; up to this many points over 100 the warning puts it down to rounding, beyond it says
 * that the excess is more than rounding explains (importers warn from the same threshold).
 */
export const ROUNDING_TOLERANCE_PCT = 3;

/** Sums within this much of 100 are 100 (floating-point noise, not an excess). */
const SUM_EPSILON_PCT = 1e-9;

/**
 * The pseudo-provider code for Europe as a whole (a provider's `id` or `name`). Policy: "EUR" is
 * never an economy and never split among European economies (the source does not say how). It
 * stays a pseudo-provider; an analysis counts it for one coalition only when the caller names that
 * coalition in `eurCountsFor` (for a coalition that includes the EU). See `groupShare`.
 */
export const EUROPE_PSEUDO_CODE = 'EUR';

/** An economy's share of an item. */
export interface EconomyShare {
  iso3: string;
  /** Percent of world supply (after normalisation); null = major provider, share unknown. */
  sharePct: number | null;
  /** The provider ids the share comes from (the economy's own row, or its firms'), sorted. */
  providers: string[];
}

/** A pseudo-provider's share: "Various countries", "EUR". Never an economy. */
export interface PseudoShare {
  provider: string;
  name: string;
  sharePct: number | null;
  /** True for the Europe aggregate ({@link EUROPE_PSEUDO_CODE}). */
  europe: boolean;
}

/** A firm's share, with the economy it is attributed to (null: none, e.g. "Various companies"). */
export interface OrganisationShare {
  provider: string;
  name: string;
  homeEconomy: string | null;
  sharePct: number | null;
}

/**
 * Where the economy shares come from:
 *
 * - `economies` — rows of economy and pseudo providers with known shares (the Supply Chain
 *   Explorer gives country shares and firm shares as two parallel breakdowns of the same 100%;
 *   adding both would count supply twice, so when country rows have shares, firm rows are only
 *   listed in `organisations`);
 * - `organisations` — no economy or pseudo row has a share, so firms' known shares are summed by
 *   home economy;
 * - `none` — no known share at all (providers may still be named, with null shares).
 */
export type ShareBasis = 'economies' | 'organisations' | 'none';

/** The supply of one item in one year. */
export interface InputShares {
  /** An input id or a stage id. */
  item: string;
  name: string;
  /** The year used; null when the item has no provision row at all. */
  year: number | null;
  basis: ShareBasis;
  /** Largest first; unknown shares last; equal shares by ISO3. */
  economies: EconomyShare[];
  pseudo: PseudoShare[];
  organisations: OrganisationShare[];
  /** Sum of the known economy and pseudo shares, after normalisation. */
  knownPct: number;
  /** 100 − knownPct, at least 0: supply no row attributes (including firms of no economy). */
  unattributedPct: number;
  /** Sum of the known economy and pseudo shares as reported, before normalisation. */
  reportedTotalPct: number;
  /** True when the shares were scaled to sum to 100 (the reported total was over 100). */
  normalised: boolean;
  /** Source ids of the rows used, sorted. */
  sources: string[];
  warnings: SupplyChainWarning[];
}

export interface InputSharesOptions {
  /** Default `'latest'`. */
  year?: SupplyYear;
}

/** The chain's provision rows by item, with the rows that cannot be used set aside. */
export interface ProvisionIndex {
  chain: SupplyChain;
  providers: ReadonlyMap<string, Provider>;
  rows: ReadonlyMap<string, Provision[]>;
  /** Per item, the ids of providers of rows left out as invalid. */
  invalid: ReadonlyMap<string, string[]>;
}

/** Indexes a chain's provision by item; invalid rows are kept aside for a warning. */
export function provisionIndex(chain: SupplyChain): ProvisionIndex {
  const providers = new Map<string, Provider>();
  for (const p of chain.providers) if (!providers.has(p.id)) providers.set(p.id, p);
  const rows = new Map<string, Provision[]>();
  const invalid = new Map<string, string[]>();
  for (const row of chain.provision) {
    const s = row.sharePct;
    const ok =
      providers.has(row.provider) &&
      Number.isInteger(row.year) &&
      (s === null || (Number.isFinite(s) && s >= 0 && s <= 100));
    if (ok) push(rows, row.input, row);
    else push(invalid, row.input, row.provider);
  }
  return { chain, providers, rows, invalid };
}

/**
 * The shares of one input or stage in one year. Organisations are attributed to their home
 * economy only when no economy row has a share (see {@link ShareBasis}); pseudo-providers are
 * reported apart and never as economies; the rest no row attributes is `unattributedPct`. Shares
 * summing past 100 are scaled to sum to 100 with a warning (see {@link ROUNDING_TOLERANCE_PCT}).
 * Throws `not_found` for an id that is neither an input nor a stage.
 */
export function inputShares(
  chain: SupplyChain,
  item: string,
  options: InputSharesOptions = {},
): InputShares {
  return sharesOf(provisionIndex(chain), item, options.year ?? 'latest');
}

/** The shares of every input (chain order), then of every stage that has provision rows. */
export function chainShares(chain: SupplyChain, options: InputSharesOptions = {}): InputShares[] {
  const index = provisionIndex(chain);
  const year = options.year ?? 'latest';
  return [
    ...chain.inputs.map((i) => sharesOf(index, i.id, year)),
    ...chain.stages.filter((s) => index.rows.has(s.id)).map((s) => sharesOf(index, s.id, year)),
  ];
}

/** The shares of one item from an index (see {@link inputShares}). */
export function sharesOf(index: ProvisionIndex, item: string, year: SupplyYear): InputShares {
  const { chain, providers } = index;
  const name =
    chain.inputs.find((i) => i.id === item)?.name ?? chain.stages.find((s) => s.id === item)?.name;
  if (name === undefined) throw notFound('input or stage', item);
  const warnings: SupplyChainWarning[] = [];
  const bad = index.invalid.get(item) ?? [];
  if (bad.length > 0)
    warnings.push(
      chainWarning(
        'invalid_provision',
        `${item}: ${bad.length} provision row(s) with an unknown provider, a bad year or a share outside 0–100 left out`,
        [item, ...bad],
      ),
    );

  const all = index.rows.get(item) ?? [];
  const chosen = chooseYear(item, all, year, providers, warnings);
  const rows = firstPerProvider(
    item,
    all.filter((r) => r.year === chosen),
    warnings,
  );
  const shares = attribute(rows, providers);
  const reportedTotalPct = sum(shares.economies) + sum(shares.pseudo);
  let normalised = false;
  if (reportedTotalPct > 100 + SUM_EPSILON_PCT) {
    normalised = true;
    const factor = 100 / reportedTotalPct;
    for (const s of [...shares.economies, ...shares.pseudo])
      if (s.sharePct !== null) s.sharePct *= factor;
    warnings.push(
      chainWarning(
        'shares_over_100',
        reportedTotalPct > 100 + ROUNDING_TOLERANCE_PCT
          ? `${item} (${chosen}): shares sum to ${fmt(reportedTotalPct)}%, more than rounding allows; scaled to 100%`
          : `${item} (${chosen}): shares sum to ${fmt(reportedTotalPct)}%, past 100% by rounding (a rounded world total); scaled to the providers' sum, 100%`,
        [item],
      ),
    );
  }
  const orgTotal = sum(shares.organisations);
  if (orgTotal > 100 + SUM_EPSILON_PCT)
    for (const o of shares.organisations) if (o.sharePct !== null) o.sharePct *= 100 / orgTotal;
  if (rows.length > 0 && shares.basis === 'none')
    warnings.push(
      chainWarning(
        'no_known_shares',
        `${item} (${chosen}): providers are named but no share is known`,
        [item],
      ),
    );
  const knownPct = sum(shares.economies) + sum(shares.pseudo);
  return {
    item,
    name,
    year: chosen,
    basis: shares.basis,
    economies: shares.economies.sort(byShare((e) => e.iso3)),
    pseudo: shares.pseudo.sort(byShare((p) => p.provider)),
    organisations: shares.organisations.sort(byShare((o) => o.provider)),
    knownPct,
    unattributedPct: Math.max(0, 100 - knownPct),
    reportedTotalPct,
    normalised,
    sources: [...new Set(rows.map((r) => r.sourceId))].sort(),
    warnings,
  };
}

/** True for the Europe aggregate pseudo-provider ("EUR" as id or name). */
export function isEuropeAggregate(provider: Provider): boolean {
  return (
    provider.kind === 'pseudo' &&
    (provider.id === EUROPE_PSEUDO_CODE || provider.name === EUROPE_PSEUDO_CODE)
  );
}

function chooseYear(
  item: string,
  rows: readonly Provision[],
  policy: SupplyYear,
  providers: ReadonlyMap<string, Provider>,
  warnings: SupplyChainWarning[],
): number | null {
  if (policy !== 'latest') {
    if (!rows.some((r) => r.year === policy.year))
      warnings.push(
        chainWarning('no_data_in_year', `${item}: no provision row in ${policy.year}`, [item]),
      );
    return policy.year;
  }
  if (rows.length === 0) return null;
  const latest = Math.max(...rows.map((r) => r.year));
  const withShares = rows.filter((r) => r.sharePct !== null && providers.has(r.provider));
  if (withShares.length === 0) return latest;
  const chosen = Math.max(...withShares.map((r) => r.year));
  if (chosen < latest)
    warnings.push(
      chainWarning(
        'later_year_without_shares',
        `${item}: ${latest} names providers without shares; used ${chosen}, the latest year with shares`,
        [item],
      ),
    );
  return chosen;
}

function firstPerProvider(
  item: string,
  rows: readonly Provision[],
  warnings: SupplyChainWarning[],
): Provision[] {
  const seen = new Set<string>();
  const kept: Provision[] = [];
  const repeated: string[] = [];
  for (const r of rows) {
    if (seen.has(r.provider)) repeated.push(r.provider);
    else kept.push(r);
    seen.add(r.provider);
  }
  if (repeated.length > 0)
    warnings.push(
      chainWarning(
        'duplicate_provision',
        `${item}: more than one row for ${[...new Set(repeated)].sort().join(', ')} in one year; the first is used`,
        [item, ...repeated],
      ),
    );
  return kept;
}

interface Attributed {
  basis: ShareBasis;
  economies: EconomyShare[];
  pseudo: PseudoShare[];
  organisations: OrganisationShare[];
}

/** Splits one year's rows into economies, pseudo-providers and firms (see {@link ShareBasis}). */
function attribute(
  rows: readonly Provision[],
  providers: ReadonlyMap<string, Provider>,
): Attributed {
  const economies = new Map<string, EconomyShare>();
  const pseudo: PseudoShare[] = [];
  const organisations: OrganisationShare[] = [];
  const add = (iso3: string, share: number | null, provider: string): void => {
    const e = economies.get(iso3) ?? { iso3, sharePct: null, providers: [] };
    if (share !== null) e.sharePct = (e.sharePct ?? 0) + share;
    if (!e.providers.includes(provider)) e.providers.push(provider);
    economies.set(iso3, e);
  };
  let direct = false;
  for (const r of rows) {
    const p = providers.get(r.provider)!;
    if (p.kind === 'economy') add(p.iso3, r.sharePct, p.id);
    else if (p.kind === 'pseudo')
      pseudo.push({
        provider: p.id,
        name: p.name,
        sharePct: r.sharePct,
        europe: isEuropeAggregate(p),
      });
    else
      organisations.push({
        provider: p.id,
        name: p.name,
        homeEconomy: p.homeEconomy,
        sharePct: r.sharePct,
      });
    if (p.kind !== 'organisation' && r.sharePct !== null) direct = true;
  }
  const fromFirms = !direct && organisations.some((o) => o.sharePct !== null);
  if (!direct)
    for (const o of organisations)
      if (o.homeEconomy !== null) add(o.homeEconomy, fromFirms ? o.sharePct : null, o.provider);
  const basis: ShareBasis = direct ? 'economies' : fromFirms ? 'organisations' : 'none';
  for (const e of economies.values()) e.providers.sort();
  return { basis, economies: [...economies.values()], pseudo, organisations };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

const sum = (list: readonly { sharePct: number | null }[]): number =>
  list.reduce((s, x) => s + (x.sharePct ?? 0), 0);

/** Largest share first, unknown shares last, ties by key. */
const byShare =
  <T extends { sharePct: number | null }>(key: (x: T) => string) =>
  (a: T, b: T): number =>
    (b.sharePct ?? -1) - (a.sharePct ?? -1) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
