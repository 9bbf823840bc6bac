// Reads about economies: filtered lists, and one economy with its latest values, series and groups.
import { notFound, DomainError } from '../core/errors.ts';
import { parseIncomeCode, type Economy } from '../core/economies/economy.ts';
import type { Indicator, IndicatorValue } from '../core/indicators/indicator.ts';
import type { Source } from '../core/sources/source.ts';
import type { Membership } from '../core/groupings/grouping.ts';
import type { Store } from '../db/store.ts';
import { economyLookup, economyLookupMessage } from '../core/economies/economy-names.ts';

export interface EconomyListQuery {
  region?: string;
  /** Income group by code (H, UM, LM, L) or World Bank name. */
  income?: string;
  group?: string;
}

export interface IndicatorSeries {
  indicator: Indicator;
  points: { year: number; value: number; sourceId: string }[];
}

export interface EconomyProfile {
  economy: Economy;
  memberships: Membership[];
  /** Every indicator with data, its points in year order; the last point is the latest value. */
  series: IndicatorSeries[];
  sources: Source[];
}

export class EconomyService {
  constructor(private readonly store: Store) {}

  async list(q: EconomyListQuery = {}): Promise<Economy[]> {
    let incomeCode;
    if (q.income !== undefined) {
      incomeCode = parseIncomeCode(q.income);
      if (!incomeCode)
        throw new DomainError('validation_failed', `income: '${q.income}' is not an income group`, [
          { path: 'income', message: 'expected H, UM, LM or L (or the World Bank name)' },
        ]);
    }
    if (q.group !== undefined && !(await this.store.groupings.get(q.group)))
      throw new DomainError('validation_failed', `group: unknown grouping '${q.group}'`, [
        { path: 'group', message: 'see the list of groupings' },
      ]);
    return this.store.economies.list({
      ...(q.region !== undefined ? { region: q.region } : {}),
      ...(incomeCode ? { incomeCode } : {}),
      ...(q.group !== undefined ? { group: q.group } : {}),
    });
  }

  /** One economy by ISO3 code or by name ("JPN", "Taiwan"); 404 saying which when none or several. */
  async profile(codeOrName: string): Promise<EconomyProfile> {
    const found = economyLookup(await this.store.economies.list())(codeOrName);
    if (found.kind !== 'found')
      throw /^[A-Za-z]{3}$/.test(codeOrName.trim()) && found.kind === 'unknown'
        ? notFound('economy', codeOrName)
        : new DomainError('not_found', economyLookupMessage(codeOrName, found));
    const economy = await this.store.economies.get(found.iso3);
    if (!economy) throw notFound('economy', codeOrName);
    const [memberships, values, catalogue] = await Promise.all([
      this.store.groupings.membershipsOf(economy.iso3),
      this.store.indicators.valuesOfEconomy(economy.iso3),
      this.store.indicators.catalogue(),
    ]);
    const byCode = new Map<string, IndicatorValue[]>();
    for (const v of values)
      (byCode.get(v.indicatorCode) ?? byCode.set(v.indicatorCode, []).get(v.indicatorCode)!).push(
        v,
      );
    const series: IndicatorSeries[] = [];
    for (const ind of catalogue) {
      const vs = byCode.get(ind.code);
      if (!vs) continue;
      const indicator = {
        code: ind.code,
        name: ind.name,
        unit: ind.unit,
        description: ind.description,
        higherIsBetter: ind.higherIsBetter,
        category: ind.category,
      };
      series.push({
        indicator,
        points: vs.map((v) => ({ year: v.year, value: v.value, sourceId: v.sourceId })),
      });
    }
    const sources = await this.store.sources.getMany(values.map((v) => v.sourceId));
    return { economy, memberships, series, sources };
  }
}
