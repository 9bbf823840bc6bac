// Supply chains: stored chains read and analysed — metrics per input, disruption scenarios, Monte
// Carlo risk, export-control coverage and retaliation exposure — with coalitions resolved as
// everywhere else (a code, or a comma list of participants).
import { coalitionEconomies, type SupranationalCounting } from '../core/coalitions/coalition.ts';
import { DomainError, notFound } from '../core/errors.ts';
import type { Source } from '../core/sources/source.ts';
import {
  chainShares,
  type InputShares,
  type SupplyYear,
} from '../core/supply-chains/input-shares.ts';
import { chokepoints, type ChokepointReport } from '../core/supply-chains/chokepoint.ts';
import { controlCoverage, type ControlCoverage } from '../core/supply-chains/control-coverage.ts';
import { disrupt, type DisruptionResult } from '../core/supply-chains/disruption.ts';
import { DEFAULT_CONCERN, type EconomyGroup } from '../core/supply-chains/economy-group.ts';
import {
  memberExposure,
  type MemberExposureReport,
} from '../core/supply-chains/member-exposure.ts';
import { retaliationExposure, type RetaliationReport } from '../core/supply-chains/retaliation.ts';
import type { MonteCarloResult, RiskParameters } from '../core/supply-chains/risk-model.ts';
import type { Shock } from '../core/supply-chains/shock.ts';
import type { SupplyChain, SupplyChainSummary } from '../core/supply-chains/supply-chain.ts';
import type { Store } from '../db/store.ts';
import type { CoalitionService } from './coalition.service.ts';
import { inlineHeavyWork, type HeavyWork } from './worker-pool.ts';

export interface ChainMetrics {
  chain: string;
  /** How supranational participants (the EU) of the coalitions were counted. */
  supranational: SupranationalCounting;
  coalition: EconomyGroup;
  concern: EconomyGroup;
  shares: InputShares[];
  chokepoints: ChokepointReport;
  members: MemberExposureReport;
}

export class SupplyChainService {
  constructor(
    private readonly store: Store,
    private readonly coalitions: CoalitionService,
    /** Where Monte Carlo runs are computed (the worker pool in the server). */
    private readonly heavy: HeavyWork = inlineHeavyWork(),
  ) {}

  list(): Promise<SupplyChainSummary[]> {
    return this.store.supplyChains.list();
  }

  async get(code: string): Promise<{ chain: SupplyChain; sources: Source[] }> {
    const chain = await this.chain(code);
    const sources = await this.store.sources.getMany(chain.provision.map((p) => p.sourceId));
    return { chain, sources };
  }

  /** Shares, concentration, chokepoints and member exposure for every input and stage. */
  async metrics(
    code: string,
    options: {
      coalition: string;
      concern?: string;
      year?: SupplyYear;
      supranational?: SupranationalCounting;
    },
  ): Promise<ChainMetrics> {
    const chain = await this.chain(code);
    const coalition = await this.group(options.coalition, options.supranational);
    const concern = options.concern
      ? await this.group(options.concern, options.supranational)
      : DEFAULT_CONCERN;
    const year = options.year ?? 'latest';
    return {
      chain: chain.code,
      supranational: options.supranational ?? 'enumerated',
      coalition,
      concern,
      shares: chainShares(chain, { year }),
      chokepoints: chokepoints(chain, { coalition, concern, year }),
      members: memberExposure(chain, { coalition, concern, year }),
    };
  }

  async disrupt(
    code: string,
    shocks: readonly Shock[],
    options: { coalition?: string; year?: SupplyYear; supranational?: SupranationalCounting } = {},
  ): Promise<DisruptionResult & { supranational: SupranationalCounting }> {
    const chain = await this.chain(code);
    const result = disrupt(chain, shocks, {
      ...(options.year ? { year: options.year } : {}),
      ...(options.coalition
        ? { coalition: await this.group(options.coalition, options.supranational) }
        : {}),
    });
    return { ...result, supranational: options.supranational ?? 'enumerated' };
  }

  async monteCarlo(
    code: string,
    options: {
      trials: number;
      seed: number;
      defaults?: Partial<RiskParameters>;
      economies?: Record<string, Partial<RiskParameters>>;
    },
  ): Promise<MonteCarloResult> {
    const chain = await this.chain(code);
    return this.heavy.run('monteCarlo', {
      chain,
      trials: options.trials,
      seed: options.seed,
      ...(options.defaults ? { defaults: options.defaults } : {}),
      ...(options.economies ? { economies: options.economies } : {}),
    });
  }

  async coverage(
    code: string,
    options: {
      coalition: string;
      target: string;
      inputs?: string[];
      goalPct?: number;
      year?: SupplyYear;
      supranational?: SupranationalCounting;
    },
  ): Promise<ControlCoverage & { supranational: SupranationalCounting }> {
    const chain = await this.chain(code);
    const result = controlCoverage(chain, {
      controlling: await this.group(options.coalition, options.supranational),
      target: await this.group(options.target, options.supranational),
      ...(options.inputs && options.inputs.length > 0 ? { inputs: options.inputs } : {}),
      ...(options.goalPct !== undefined ? { goalPct: options.goalPct } : {}),
      ...(options.year ? { year: options.year } : {}),
    });
    return { ...result, supranational: options.supranational ?? 'enumerated' };
  }

  /** Where the coalition depends on the target's supply, across every stored chain (or those named). */
  async retaliation(options: {
    coalition: string;
    target: string;
    chains?: string[];
    supranational?: SupranationalCounting;
  }): Promise<RetaliationReport & { supranational: SupranationalCounting }> {
    const codes =
      options.chains && options.chains.length > 0
        ? options.chains
        : (await this.list()).map((c) => c.code);
    const chains = await Promise.all(codes.map((c) => this.chain(c)));
    const result = retaliationExposure(chains, {
      controlling: await this.group(options.coalition, options.supranational),
      target: await this.group(options.target, options.supranational),
    });
    return { ...result, supranational: options.supranational ?? 'enumerated' };
  }

  private async chain(code: string): Promise<SupplyChain> {
    const chain = await this.store.supplyChains.get(code);
    if (!chain) throw notFound('supply chain', code);
    return chain;
  }

  /**
   * A coalition, grouping or comma list as the economies it stands for, counted as every coalition
   * analysis counts them (`coalitionEconomies`: by default the economies enumerated, the EU as its
   * member states only with `member-states`).
   */
  /** The economies of a coalition spec (a code, an ISO3 list, one economy), as metrics read it. */
  economyGroup(spec: string, supranational?: SupranationalCounting): Promise<EconomyGroup> {
    return this.group(spec, supranational);
  }

  private async group(
    spec: string,
    supranational: SupranationalCounting = 'enumerated',
  ): Promise<EconomyGroup> {
    const s = spec.trim();
    if (s === '')
      throw new DomainError('validation_failed', 'a coalition must name at least one economy');
    // A single economy (CHN, or by name: China) is a group of one, not a coalition code.
    if (!s.includes(',')) {
      const iso3 = /^[A-Za-z]{3}$/.test(s)
        ? (await this.store.economies.get(s.toUpperCase()))?.iso3
        : await this.coalitions.economyCode(s);
      if (iso3 !== undefined) return { code: iso3, economies: [iso3] };
    }
    const coalition = await this.coalitions.resolve(s);
    const { economies } = coalitionEconomies(
      coalition,
      ['member'],
      await this.coalitions.supranationalMembers(),
      { supranational },
    );
    return { code: coalition.origin === 'ad-hoc' ? s.toUpperCase() : coalition.code, economies };
  }
}
