// The services the edges (HTTP, CLI) use, built over one platform.
import type { ImportRequest } from '../importers/import-runner.ts';
import type { ImportSummary } from '../core/imports/import-report.ts';
import { AccountService } from './account.service.ts';
import { AuditLog, AuditService } from './audit-log.ts';
import { ConsultationService } from './consultation.service.ts';
import { ConversationService } from './conversation.service.ts';
import { GovernanceService } from './governance.service.ts';
import { CoalitionService } from './coalition.service.ts';
import { ControlListService } from './control-list.service.ts';
import { CriteriaService } from './criteria.service.ts';
import { DataVersion } from './data-version.ts';
import { LeverageService } from './leverage.service.ts';
import { PowerService } from './power.service.ts';
import { ScreeningService } from './screening.service.ts';
import { MisuseService } from './misuse.service.ts';
import { ResearchService } from './research.service.ts';
import { StandardsService } from './standards.service.ts';
import { AlertService } from './alert.service.ts';
import { DivergenceService } from './divergence.service.ts';
import type { DivergenceSource } from './divergence-sources/source.ts';
import { controlListSource } from './divergence-sources/control-lists.source.ts';
import { positionSource } from './divergence-sources/positions.source.ts';
import { restrictedPartySource } from './divergence-sources/restricted-parties.source.ts';
import { standardsSource } from './divergence-sources/standards.source.ts';
import { PolicyService } from './policy.service.ts';
import { PositionService } from './position.service.ts';
import { SupplyChainService } from './supply-chain.service.ts';
import { EconomyService } from './economy.service.ts';
import { GroupingService } from './grouping.service.ts';
import { IndicatorService } from './indicator.service.ts';
import type { Platform } from './platform.ts';
import { inlineHeavyWork, type HeavyWork } from './worker-pool.ts';

export interface Services {
  economies: EconomyService;
  coalitions: CoalitionService;
  leverage: LeverageService;
  criteria: CriteriaService;
  supplyChains: SupplyChainService;
  screening: ScreeningService;
  controlLists: ControlListService;
  standards: StandardsService;
  misuse: MisuseService;
  research: ResearchService;
  policies: PolicyService;
  positions: PositionService;
  divergences: DivergenceService;
  alerts: AlertService;
  power: PowerService;
  accounts: AccountService;
  /** The governance event log: `audit.append(tx, event)` inside store.transaction. */
  audit: AuditService;
  governance: GovernanceService;
  consultations: ConsultationService;
  /** Conversations (Pol.is style) and their opinion maps. */
  conversations: ConversationService;
  indicators: IndicatorService;
  groupings: GroupingService;
  imports: {
    run(req: ImportRequest): Promise<ImportSummary>;
    formats(): Promise<{ name: string; description: string }[]>;
  };
  health(): Promise<{ database: string; economies: number }>;
  /** Grows with every committed write that can change a cached answer, in any process sharing
   *  the database (db/data-version.ts); read caches compare it to know when they are stale. */
  dataVersion(): Promise<number>;
}

/** `heavy`: where CPU-heavy work runs (the server passes its worker pool; default in-process). */
export function buildServices(platform: Platform, heavy: HeavyWork = inlineHeavyWork()): Services {
  const { store } = platform;
  const audit = new AuditService(store, new AuditLog(platform.auditKey));
  const governance = new GovernanceService(store, audit);
  const version = new DataVersion(store);
  const coalitions = new CoalitionService(store);
  const supplyChains = new SupplyChainService(store, coalitions, heavy);
  const screening = new ScreeningService(store, version, audit, heavy);
  const controlLists = new ControlListService(store, version, supplyChains, audit);
  const standards = new StandardsService(
    store,
    version,
    coalitions,
    supplyChains,
    governance,
    audit,
  );
  const policies = new PolicyService(store, version, audit);
  const alerts = new AlertService(store, audit);
  const positions = new PositionService(store, governance, policies, alerts, audit);
  // Economies' names for the sources' titles, read with the first recomputation.
  const names = new Map<string, string>();
  const named = (source: DivergenceSource): DivergenceSource => ({
    ...source,
    detect: async () => {
      if (names.size === 0) for (const e of await store.economies.list()) names.set(e.iso3, e.name);
      return source.detect();
    },
  });
  const divergences = new DivergenceService(
    store,
    [
      positionSource(positions),
      named(controlListSource(controlLists, { names })),
      named(restrictedPartySource(screening, { names })),
      named(standardsSource(standards, { names })),
    ],
    governance,
    audit,
  );
  // A position or an issue that changed: the register's positions are recomputed at once.
  positions.afterChange = async (actor) => {
    await divergences.recompute({ sources: ['positions'], actor });
  };
  return {
    economies: new EconomyService(store),
    coalitions,
    leverage: new LeverageService(store, coalitions),
    criteria: new CriteriaService(store, coalitions, heavy),
    supplyChains,
    screening,
    controlLists,
    standards,
    policies,
    positions,
    divergences,
    alerts,
    research: new ResearchService(store, version, coalitions, supplyChains, screening, governance),
    misuse: new MisuseService(
      store,
      version,
      coalitions,
      screening,
      controlLists,
      governance,
      audit,
    ),
    power: new PowerService(store, heavy),
    accounts: new AccountService(store, audit),
    audit,
    governance,
    consultations: new ConsultationService(store, audit, governance),
    conversations: new ConversationService(store, version, heavy, audit),
    indicators: new IndicatorService(store),
    groupings: new GroupingService(store),
    imports: {
      // The importers load with the first import: other commands and requests never need them.
      run: async (req) => {
        const formats = await import('./import-formats.ts');
        const startedAt = new Date().toISOString();
        const summary = await formats.runImport(store, req);
        // What the import changed reaches the register (marked new, grown, closed …) and the
        // alerts it raised reach the webhooks.
        const source = formats.divergenceSourceOf(req.format);
        if (summary.written && source !== null) {
          const r = await divergences.recompute({ sources: [source] });
          const failed = r.sources.filter((x) => x.error !== null);
          await alerts.queueRaisedSince(startedAt);
          if (failed.length > 0)
            return {
              ...summary,
              warnings: [
                ...summary.warnings,
                ...failed.map((x) => `the divergence register could not read ${x.id}: ${x.error}`),
              ],
            };
        }
        return summary;
      },
      formats: async () => (await import('./import-formats.ts')).importFormats(),
    },
    health: async () => ({ database: platform.dialect, economies: await store.economies.count() }),
    dataVersion: () => version.current(),
  };
}
