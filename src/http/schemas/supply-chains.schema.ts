// Schemas of /api/v1/chains (the chain model and its metrics), /api/v1/scenarios (disruption and
// Monte Carlo) and /api/v1/controls (export-control coverage and retaliation exposure).
import { z } from 'zod';
import {
  SUPRANATIONAL_COUNTINGS,
  type SupranationalCounting,
} from '../../core/coalitions/coalition.ts';
import type { ChokepointReport } from '../../core/supply-chains/chokepoint.ts';
import type { Concentration } from '../../core/supply-chains/concentration.ts';
import type { ControlCoverage } from '../../core/supply-chains/control-coverage.ts';
import type { DisruptionResult } from '../../core/supply-chains/disruption.ts';
import type { EconomyGroup } from '../../core/supply-chains/economy-group.ts';
import type { InputShares } from '../../core/supply-chains/input-shares.ts';
import type { MemberExposureReport } from '../../core/supply-chains/member-exposure.ts';
import type { MonteCarloResult } from '../../core/supply-chains/risk-model.ts';
import type { RetaliationReport } from '../../core/supply-chains/retaliation.ts';
import type { SupplyChainWarning } from '../../core/supply-chains/supply-chain-warning.ts';
import type { SupplyChain, SupplyChainSummary } from '../../core/supply-chains/supply-chain.ts';
import type { ChainMetrics } from '../../services/supply-chain.service.ts';
import { describes, source } from './common.schema.ts';

// ---- Requests ----

const chainCode = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be a supply-chain code, e.g. semiconductors');

export const chainParam = z.object({ code: chainCode });

export const group = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z][A-Za-z0-9_ .'-]{1,59}(,\s*[A-Za-z][A-Za-z0-9_ .'-]{1,59}){0,99}$/,
    'must be a coalition code or comma-separated ISO3 codes or economy names, e.g. G7 or USA,NLD,Taiwan',
  );

export const eu = z
  .enum(SUPRANATIONAL_COUNTINGS)
  .optional()
  .describe(
    'How a supranational participant (the EU) counts — enumerated (default): the economies a coalition lists; member-states: the EU as its member states',
  );

const year = z
  .union([
    z.literal('latest'),
    z.string().regex(/^\d{4}$/, "must be a four-digit year or 'latest'"),
  ])
  .optional()
  .describe("'latest' (default): per input its latest year with a known share");

export const metricsQuery = z.strictObject({
  coalition: group.describe('Coalition code or ISO3 list, e.g. G7'),
  concern: group.optional().describe('Countries of concern (default CHN,RUS,IRN,PRK)'),
  year,
  eu,
});

export const shockBody = z.strictObject({
  chain: chainCode,
  shocks: z
    .array(
      z.strictObject({
        provider: z
          .string()
          .min(1)
          .max(80)
          .describe('ISO3 (TWN), or an organisation or pseudo-provider id or name'),
        input: z.string().min(1).max(120).describe("An input or stage id or name, or 'all'"),
        fractionLost: z.number().describe('0–1'),
      }),
    )
    .min(1, 'give at least one shock')
    .max(200),
  coalition: group.optional().describe('Rank these members by what they lose'),
  year,
  eu,
});

const riskParameters = z.strictObject({
  probability: z.number().min(0).max(1).optional(),
  severity: z.number().min(0).max(1).optional(),
});

export const monteCarloBody = z.strictObject({
  chain: chainCode,
  trials: z.number().int().min(1).max(1_000_000).describe('1 to 1,000,000 trials per request'),
  seed: z.number().int().min(0).max(4_294_967_295),
  defaults: riskParameters.optional(),
  economies: z
    .record(z.string().regex(/^[A-Z]{3}$/, 'keys must be ISO3 codes'), riskParameters)
    .optional(),
});

export const coverageQuery = z.strictObject({
  chain: chainCode,
  coalition: group.describe('The controlling coalition K'),
  target: group.describe('The target T'),
  inputs: z.string().max(2000).optional().describe('Input or stage ids or names, separated by |'),
  goal: z
    .string()
    .regex(/^\d{1,3}(\.\d+)?$/, 'must be a percentage, e.g. 90')
    .optional()
    .describe('Coverage goal in % (default 90)'),
  year,
  eu,
});

export const retaliationQuery = z.strictObject({
  coalition: group,
  target: group,
  chains: z
    .string()
    .max(400)
    .optional()
    .describe('Chain codes, comma-separated (default: every chain)'),
  eu,
});

// ---- The chain model ----

const inputKind = z
  .enum(['design_resource', 'tool', 'material', 'process', 'output'])
  .describe('output: what the chain delivers');

const supplyChain = describes<SupplyChain>()(
  z.object({
    code: z.string(),
    name: z.string(),
    stages: z.array(
      z.object({ id: z.string(), name: z.string(), description: z.string().optional() }),
    ),
    inputs: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: inputKind,
        stage: z.string().nullable().describe('The stage it belongs to; null when not placed'),
        description: z.string().optional(),
      }),
    ),
    edges: z.array(
      z.object({
        kind: z
          .enum(['goes_into', 'is_type_of'])
          .describe('goes_into: from flows into to; is_type_of: from is a variant of to'),
        from: z.string(),
        to: z.string(),
      }),
    ),
    providers: z.array(
      z.discriminatedUnion('kind', [
        z.object({
          kind: z.literal('economy'),
          id: z.string(),
          name: z.string(),
          iso3: z.string(),
        }),
        z.object({
          kind: z.literal('organisation'),
          id: z.string(),
          name: z.string(),
          homeEconomy: z
            .string()
            .nullable()
            .describe('ISO3; null for a provider standing for many firms'),
        }),
        z.object({ kind: z.literal('pseudo'), id: z.string(), name: z.string() }),
      ]),
    ),
    provision: z.array(
      z.object({
        provider: z.string(),
        input: z.string().describe('An input id, or a stage id for stage-level shares'),
        sharePct: z
          .number()
          .nullable()
          .describe('Percent of world supply; null: a major provider, share unknown'),
        year: z.number(),
        sourceId: z.string(),
      }),
    ),
  }),
);

export const chainListBody = z.object({
  items: z.array(
    describes<SupplyChainSummary>()(
      z.object({
        code: z.string(),
        name: z.string(),
        stages: z.number(),
        inputs: z.number(),
        providers: z.number(),
        provisions: z.number().describe('Provision rows (provider, input, year)'),
        updatedAt: z.string(),
      }),
    ),
  ),
});

export const chainBody = z.object({ chain: supplyChain, sources: z.array(source) });

// ---- Analyses ----

const warning = describes<SupplyChainWarning>()(
  z.object({
    code: z.enum([
      'invalid_provision',
      'duplicate_provision',
      'shares_over_100',
      'no_data_in_year',
      'later_year_without_shares',
      'no_known_shares',
      'share_unknown',
      'groups_overlap',
      'organisation_share_capped',
      'shock_without_effect',
      'no_outputs',
      'unused_risk_parameter',
      'goal_unreachable',
    ]),
    message: z.string(),
    ids: z.array(z.string()).describe('Input, stage, provider or ISO3 ids concerned, sorted'),
  }),
);

const itemKind = z.union([inputKind, z.literal('stage')]).describe('stage: stage-level shares');
/** Analyses of coalitions say how they counted them. */
type Counted = { supranational: SupranationalCounting };

const supranational = z
  .enum(SUPRANATIONAL_COUNTINGS)
  .describe('How supranational participants (the EU) of the coalitions were counted');

const shares = describes<InputShares>()(
  z.object({
    item: z.string().describe('An input id or a stage id'),
    name: z.string(),
    year: z.number().nullable().describe('The year used; null without provision rows'),
    basis: z
      .enum(['economies', 'organisations', 'none'])
      .describe('Where the economy shares come from'),
    economies: z
      .array(
        z.object({
          iso3: z.string(),
          sharePct: z.number().nullable().describe('null: a major provider, share unknown'),
          providers: z.array(z.string()).describe('The provider ids the share comes from'),
        }),
      )
      .describe('Largest first; unknown shares last'),
    pseudo: z.array(
      z.object({
        provider: z.string(),
        name: z.string(),
        sharePct: z.number().nullable(),
        europe: z.boolean().describe('True for the Europe aggregate (EUR)'),
      }),
    ),
    organisations: z.array(
      z.object({
        provider: z.string(),
        name: z.string(),
        homeEconomy: z.string().nullable(),
        sharePct: z.number().nullable(),
      }),
    ),
    knownPct: z.number(),
    unattributedPct: z.number(),
    reportedTotalPct: z.number().describe('Known shares as reported, before normalisation'),
    normalised: z.boolean().describe('True when the shares were scaled to sum to 100'),
    sources: z.array(z.string()),
    warnings: z.array(warning),
  }),
);

const concentration = describes<Concentration>()(
  z.object({
    item: z.string(),
    year: z.number().nullable(),
    hhi: z.number().nullable().describe('Herfindahl–Hirschman index over economies, 0–1'),
    top1: z.object({ iso3: z.string(), sharePct: z.number() }).nullable(),
    top3Pct: z.number().nullable(),
    economiesToReach: z
      .number()
      .nullable()
      .describe('The fewest economies whose shares reach reachPct together'),
    reachPct: z.number(),
    economiesWithShare: z.number(),
    economiesPct: z.number(),
  }),
);

const chokepoints = describes<ChokepointReport>()(
  z.object({
    chain: z.string(),
    coalition: z.string(),
    concern: z.string(),
    thresholds: z.object({
      dominantEconomyPct: z.number(),
      hhi: z.number(),
      coalitionBelowPct: z.number(),
      concernAtLeastPct: z.number(),
    }),
    items: z.array(
      z.object({
        item: z.string(),
        name: z.string(),
        kind: itemKind,
        year: z.number().nullable(),
        concentration,
        coalitionPct: z.number(),
        concernPct: z.number(),
        neitherPct: z.number(),
        unattributedPct: z.number(),
        chokepoint: z.boolean(),
        reasons: z.array(
          z.object({
            code: z.enum(['dominant_economy', 'high_hhi', 'concern_over_coalition']),
            message: z.string(),
          }),
        ),
      }),
    ),
    warnings: z.array(warning),
  }),
);

const memberExposure = describes<MemberExposureReport>()(
  z.object({
    chain: z.string(),
    coalition: z.string(),
    concern: z.string(),
    leveragePct: z.number(),
    concernDependencePct: z.number(),
    members: z.array(
      z.object({
        iso3: z.string(),
        dependsOnConcern: z.array(
          z.object({
            item: z.string(),
            name: z.string(),
            concernPct: z.number(),
            memberPct: z.number(),
          }),
        ),
        leverage: z.array(z.object({ item: z.string(), name: z.string(), memberPct: z.number() })),
      }),
    ),
    warnings: z.array(warning),
  }),
);

export const economyGroup = describes<EconomyGroup>()(
  z.object({
    code: z
      .string()
      .describe('The coalition’s code, the economy’s ISO3, or the list as given (upper case)'),
    economies: z.array(z.string()).readonly(),
  }),
);

export const metricsBody = describes<ChainMetrics>()(
  z.object({
    chain: z.string(),
    supranational,
    coalition: economyGroup,
    concern: economyGroup,
    shares: z.array(shares),
    chokepoints,
    members: memberExposure,
  }),
);

const itemDisruption = z.object({
  item: z.string(),
  name: z.string(),
  kind: itemKind,
  stage: z.string().nullable(),
  year: z.number().nullable(),
  lostPct: z.number().describe('Percent of world supply the shocks removed from the item itself'),
  remainingSupplyPct: z.number(),
  availabilityPct: z
    .number()
    .describe('After propagation: the least of its own supply and what it depends on'),
  limitedBy: z.enum(['none', 'own_supply', 'stage_supply', 'input', 'variants']),
  limitingId: z.string().nullable(),
});

export const disruptionBody = describes<DisruptionResult & Counted>()(
  z.object({
    chain: z.string(),
    supranational,
    shocks: z.array(
      z.object({
        provider: z.string().describe('As given'),
        target: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('economy'), iso3: z.string() }),
          z.object({
            kind: z.literal('organisation'),
            provider: z.string(),
            homeEconomy: z.string().nullable(),
          }),
          z.object({ kind: z.literal('pseudo'), provider: z.string() }),
        ]),
        input: z.string(),
        fractionLost: z.number(),
      }),
    ),
    inputs: z.array(itemDisruption),
    stages: z.array(itemDisruption),
    mostAffectedStages: z.array(z.string()),
    mostAffectedOutputs: z.array(z.string()),
    mostAffectedInputs: z.array(z.string()),
    members: z
      .array(
        z.object({
          iso3: z.string(),
          dependentLossPctPoints: z.number(),
          inputsHit: z.number(),
          ownLossPctPoints: z.number(),
          worstInputs: z.array(
            z.object({
              item: z.string(),
              lostElsewherePct: z.number(),
              ownSharePct: z.number(),
              dependencePct: z.number(),
              dependentLossPct: z.number(),
            }),
          ),
        }),
      )
      .describe('Coalition members, largest dependentLossPctPoints first'),
    warnings: z.array(warning),
  }),
);

const availability = z.object({
  item: z.string(),
  name: z.string(),
  kind: z.enum(['stage', 'output']),
  meanPct: z.number(),
  p5Pct: z.number(),
  p50Pct: z.number(),
  p95Pct: z.number(),
  minPct: z.number(),
  shortfallProbability: z
    .number()
    .describe('Fraction of trials (0–1) in which availability was under 100%'),
});

export const monteCarloResultBody = describes<MonteCarloResult>()(
  z.object({
    chain: z.string(),
    trials: z.number(),
    economies: z
      .array(z.object({ iso3: z.string(), probability: z.number(), severity: z.number() }))
      .describe('The economies drawn, in draw order, with their parameters'),
    stages: z.array(availability),
    outputs: z.array(availability),
    warnings: z.array(warning),
  }),
);

export const coverageBody = describes<ControlCoverage & Counted>()(
  z.object({
    chain: z.string(),
    controlling: z.string(),
    target: z.string(),
    supranational,
    goalPct: z.number(),
    thresholds: z.object({ effectivePct: z.number(), ineffectivePct: z.number() }),
    inputs: z.array(
      z.object({
        input: z.string(),
        name: z.string(),
        year: z.number().nullable(),
        coveredPct: z.number().describe('Held by the controlling coalition K'),
        targetPct: z.number().describe('Held by the target T: no control can cut it'),
        foreignAvailabilityPct: z.number().describe('Held by neither'),
        unattributedPct: z.number(),
        foreignHolders: z.array(z.object({ iso3: z.string(), sharePct: z.number() })),
        verdict: z.enum(['effective', 'partial', 'ineffective', 'no_data']),
        addToReachGoal: z
          .array(z.string())
          .nullable()
          .describe('Fewest economies to add for this item; [] if reached; null if impossible'),
        coveredPctWithAdditions: z.number().nullable(),
      }),
    ),
    jointAddition: z
      .object({
        economies: z.array(z.string()),
        method: z.enum(['exact', 'greedy']),
        lowerBound: z.number(),
        optimal: z.boolean(),
        candidates: z.number(),
      })
      .nullable()
      .describe('The fewest economies that bring every item with data to the goal at once'),
    warnings: z.array(warning),
  }),
);

export const retaliationBody = describes<RetaliationReport & Counted>()(
  z.object({
    controlling: z.string(),
    target: z.string(),
    supranational,
    minTargetPct: z.number(),
    exposures: z
      .array(
        z.object({
          rank: z.number().describe('1 = most exposed'),
          chain: z.string(),
          item: z.string(),
          name: z.string(),
          kind: itemKind,
          year: z.number().nullable(),
          targetPct: z.number().describe('Held by T: what a retaliatory cut-off would remove'),
          coalitionPct: z.number(),
          neitherPct: z.number().describe('Held by neither: where K could turn instead'),
        }),
      )
      .describe('Most exposed first'),
    warnings: z.array(warning),
  }),
);
