// Leverage, inner balance and complementarity of coalitions, over the stored values: reads what
// the pure analytics in core/coalitions need and hands them over.
import { isAdditiveIndicator } from '../core/coalitions/additive-indicators.ts';
import {
  coalitionEconomies,
  type Coalition,
  type SupranationalCounting,
  type Tier,
} from '../core/coalitions/coalition.ts';
import { complementarity, type Complementarity } from '../core/coalitions/complementarity.ts';
import {
  DERIVED_RESEARCHERS_CODE,
  derivedResearchers,
} from '../core/coalitions/derived-researchers.ts';
import { innerBalance, type InnerBalance } from '../core/coalitions/inner-balance.ts';
import { coalitionLeverage, type CoalitionLeverage } from '../core/coalitions/leverage.ts';
import { whatIf, type WhatIfResult } from '../core/coalitions/what-if.ts';
import type { CoalitionWarning } from '../core/coalitions/coalition-warning.ts';
import type { YearPolicy } from '../core/coalitions/year-policy.ts';
import { DomainError } from '../core/errors.ts';
import type { IndicatorValue } from '../core/indicators/indicator.ts';
import type { Source } from '../core/sources/source.ts';
import type { Store } from '../db/store.ts';
import type { CoalitionService } from './coalition.service.ts';

/**
 * Which participants count: `member` — members only; `all` — members and partners. Observers and
 * stakeholders are organisations and never count as economies.
 */
export type TierScope = 'member' | 'all';

const TIERS: Record<TierScope, Tier[]> = { member: ['member'], all: ['member', 'partner'] };

/** The leverage indicators, in the order the issue lists them (those with data are reported). */
export const LEVERAGE_INDICATORS = [
  'gdp_usd',
  'gdp_ppp_2021',
  'population',
  'gerd_ppp_usd',
  DERIVED_RESEARCHERS_CODE,
  'articles_fractional',
  'ai_articles',
  'pct_applications',
  'uspto_semiconductor_patents',
  'kti_value_added_usd',
  'iso_secretariats_total',
  'iso_tc_secretariats',
  'top500_systems',
  'top500_rmax_tflops',
] as const;

/** Capabilities compared within a coalition (complementarity). */
export const CAPABILITY_INDICATORS = [
  'gdp_usd',
  'gerd_ppp_usd',
  'gerd_pct_gdp',
  'researchers_per_million',
  'articles_fractional',
  'ai_articles',
  'pct_applications',
  'uspto_semiconductor_patents',
  'kti_value_added_usd',
  'iso_secretariats_total',
  'top500_rmax_tflops',
] as const;

export interface AnalysisOptions {
  tier?: TierScope;
  year?: YearPolicy;
  /** How the EU (a supranational participant) counts; default `enumerated`: not expanded. */
  supranational?: SupranationalCounting;
}

export interface CoalitionHeader {
  code: string;
  name: string;
  origin: Coalition['origin'];
  tier: TierScope;
  /** How supranational participants were counted: `enumerated` or `member-states`. */
  supranational: SupranationalCounting;
  /** The economies counted (with `member-states`, the EU as its member states), sorted. */
  economies: string[];
  warnings: CoalitionWarning[];
}

export interface LeverageReport extends CoalitionHeader {
  items: CoalitionLeverage[];
  /** The sources of every value the items used, with citation and licence. */
  sources: Source[];
}

/** How each additive indicator's coalition total divides among the members. */
export interface BalanceReport extends CoalitionHeader {
  items: InnerBalance[];
  /** The sources the items cite. */
  sources: Source[];
}

export class LeverageService {
  constructor(
    private readonly store: Store,
    private readonly coalitions: CoalitionService,
  ) {}

  /** Share of the world per leverage indicator, for each coalition (codes or ad-hoc lists). */
  async leverage(
    specs: readonly string[],
    options: AnalysisOptions = {},
  ): Promise<LeverageReport[]> {
    if (specs.length === 0)
      throw new DomainError('validation_failed', 'name at least one coalition', [
        { path: 'coalitions', message: 'required' },
      ]);
    const universe = await this.universe();
    const series = await this.leverageSeries();
    const reports: LeverageReport[] = [];
    for (const spec of specs) {
      const header = await this.header(spec, options);
      const items = [...series].map(([indicator, values]) =>
        coalitionLeverage({
          indicator,
          economies: header.economies,
          values,
          universe,
          year: options.year ?? 'latest',
          additive: isAdditiveIndicator(indicator),
        }),
      );
      const sources = await this.store.sources.getMany(items.flatMap((i) => i.sources));
      reports.push({ ...header, items, sources });
    }
    return reports;
  }

  /** How each additive indicator's coalition total divides among members, in its leverage year. */
  async balance(spec: string, options: AnalysisOptions = {}): Promise<BalanceReport> {
    const [report] = await this.leverage([spec], options);
    const series = await this.leverageSeries();
    const items: InnerBalance[] = [];
    for (const l of report!.items) {
      if (l.year === null) continue;
      items.push(
        innerBalance({
          indicator: l.indicator,
          economies: report!.economies,
          values: series.get(l.indicator) ?? [],
          year: l.year,
          additive: isAdditiveIndicator(l.indicator),
        }),
      );
    }
    const { items: _leverage, sources: _sources, ...header } = report!;
    const sources = await this.store.sources.getMany(items.flatMap((i) => i.sources));
    return { ...header, items, sources };
  }

  /** Which members rank first and second in each capability: every member's strengths. */
  async complementarity(
    spec: string,
    options: AnalysisOptions = {},
  ): Promise<CoalitionHeader & { result: Complementarity }> {
    const header = await this.header(spec, options);
    const catalogue = new Map((await this.store.indicators.catalogue()).map((i) => [i.code, i]));
    const indicators = [];
    for (const code of CAPABILITY_INDICATORS) {
      const entry = catalogue.get(code);
      if (!entry || entry.valueCount === 0) continue;
      indicators.push({
        code,
        higherIsBetter: entry.higherIsBetter,
        values: await this.store.indicators.series(code),
      });
    }
    return {
      ...header,
      result: complementarity({
        economies: header.economies,
        indicators,
        universe: await this.universe(),
        year: options.year ?? 'latest',
      }),
    };
  }

  /**
   * What if economies joined or left: the coalition's shares before and after, per leverage
   * indicator, in share points. `add` and `remove` are ISO3 codes or economy names; the base counts
   * the EU as the options say (with `member-states`, removing FRA from a coalition with the EU
   * removes France's values, and adding it is `already_member`).
   */
  async whatIf(
    spec: string,
    change: { add: readonly string[]; remove: readonly string[] },
    options: AnalysisOptions = {},
  ): Promise<CoalitionHeader & { result: WhatIfResult }> {
    const header = await this.header(spec, options);
    // Economies by ISO3 code or by name; unknown or ambiguous ones are a 400 naming add or remove.
    const add = await this.coalitions.economyCodes(change.add, 'add');
    const remove = await this.coalitions.economyCodes(change.remove, 'remove');
    const series = await this.leverageSeries();
    const result = whatIf(header.economies, add, remove, {
      indicators: [...series].map(([indicator, values]) => ({
        indicator,
        values,
        additive: isAdditiveIndicator(indicator),
      })),
      universe: await this.universe(),
      year: options.year ?? 'latest',
    });
    return { ...header, result };
  }

  private async header(spec: string, options: AnalysisOptions): Promise<CoalitionHeader> {
    const tier = options.tier ?? 'member';
    const coalition = await this.coalitions.resolve(spec);
    const { economies, warnings, supranational } = coalitionEconomies(
      coalition,
      TIERS[tier],
      await this.coalitions.supranationalMembers(),
      { supranational: options.supranational ?? 'enumerated' },
    );
    return {
      code: coalition.code,
      name: coalition.name,
      origin: coalition.origin,
      tier,
      supranational,
      economies,
      warnings,
    };
  }

  private async universe(): Promise<string[]> {
    return [...(await this.store.economies.codes())];
  }

  /** Values of every leverage indicator that has data, researchers derived from per million. */
  private async leverageSeries(): Promise<Map<string, IndicatorValue[]>> {
    const out = new Map<string, IndicatorValue[]>();
    for (const code of LEVERAGE_INDICATORS) {
      const values =
        code === DERIVED_RESEARCHERS_CODE
          ? derivedResearchers(
              await this.store.indicators.series('researchers_per_million'),
              await this.store.indicators.series('population'),
            ).values
          : await this.store.indicators.series(code);
      if (values.length > 0) out.set(code, values);
    }
    return out;
  }
}
