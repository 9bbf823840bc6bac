// Reads about indicators: the catalogue with coverage, and values by year (or latest) as a table.
import { toCsv } from '../core/csv.ts';
import { DomainError, notFound } from '../core/errors.ts';
import type { Indicator, IndicatorCoverage } from '../core/indicators/indicator.ts';
import type { Source } from '../core/sources/source.ts';
import type { Store } from '../db/store.ts';
import { economyLookup, economyLookupMessage } from '../core/economies/economy-names.ts';

export interface ValuesQuery {
  code: string;
  year?: number | 'latest';
  economies?: string[];
}

export interface ValueRow {
  iso3: string;
  name: string;
  year: number;
  value: number;
  sourceId: string;
}

export interface IndicatorValues {
  indicator: Indicator;
  /** The year asked for, `latest`, or (when none was asked) the most recent year with data. */
  year: number | 'latest' | null;
  /** Years with data, newest first. */
  years: number[];
  rows: ValueRow[];
  sources: Source[];
}

export class IndicatorService {
  constructor(private readonly store: Store) {}

  catalogue(): Promise<IndicatorCoverage[]> {
    return this.store.indicators.catalogue();
  }

  async values(q: ValuesQuery): Promise<IndicatorValues> {
    const indicator = await this.store.indicators.get(q.code);
    if (!indicator) throw notFound('indicator', q.code);
    const years = await this.store.indicators.years(q.code);
    let economies: string[] | undefined;
    if (q.economies && q.economies.length > 0) {
      // Codes or names ("JPN", "Taiwan"): each unknown or ambiguous one is named.
      const lookup = economyLookup(await this.store.economies.list());
      const issues: { path: string; message: string }[] = [];
      economies = q.economies.map((text) => {
        const r = lookup(text);
        if (r.kind === 'found') return r.iso3;
        issues.push({ path: 'economies', message: economyLookupMessage(text, r) });
        return '';
      });
      if (issues.length > 0)
        throw new DomainError(
          'validation_failed',
          `economies: ${issues.map((i) => i.message).join('; ')}`,
          issues,
        );
    }
    const year = q.year ?? years[0] ?? null;
    if (year === null) return { indicator, year, years, rows: [], sources: [] };
    const values = await this.store.indicators.values({
      code: q.code,
      year,
      ...(economies ? { economies } : {}),
    });
    const rows = values.map((v) => ({
      iso3: v.iso3,
      name: v.economyName,
      year: v.year,
      value: v.value,
      sourceId: v.sourceId,
    }));
    const sources = await this.store.sources.getMany(values.map((v) => v.sourceId));
    return { indicator, year, years, rows, sources };
  }
}

/** Renders values as CSV with a header; the source column cites each value. */
export function valuesToCsv(v: IndicatorValues): string {
  return toCsv(
    ['iso3', 'name', 'indicator', 'year', 'value', 'unit', 'source'],
    v.rows.map((r) => [
      r.iso3,
      r.name,
      v.indicator.code,
      r.year,
      r.value,
      v.indicator.unit,
      r.sourceId,
    ]),
    { eol: '\n' },
  );
}
