// The services the edges (HTTP, CLI) use, built over one platform.
import type { ImportRequest } from '../importers/import-runner.ts';
import type { ImportSummary } from '../core/imports/import-report.ts';
import { AccountService } from './account.service.ts';
import { AuditLog, AuditService } from './audit-log.ts';
import { ConsultationService } from './consultation.service.ts';
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
  power: PowerService;
  accounts: AccountService;
  /** The governance event log: `audit.append(tx, event)` inside store.transaction. */
  audit: AuditService;
  governance: GovernanceService;
  consultations: ConsultationService;
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
  return {
    economies: new EconomyService(store),
    coalitions,
    leverage: new LeverageService(store, coalitions),
    criteria: new CriteriaService(store, coalitions, heavy),
    supplyChains,
    screening,
    controlLists,
    standards: new StandardsService(store, version, coalitions, supplyChains, governance, audit),
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
    indicators: new IndicatorService(store),
    groupings: new GroupingService(store),
    imports: {
      // The importers load with the first import: other commands and requests never need them.
      run: async (req) => (await import('./import-formats.ts')).runImport(store, req),
      formats: async () => (await import('./import-formats.ts')).importFormats(),
    },
    health: async () => ({ database: platform.dialect, economies: await store.economies.count() }),
    dataVersion: () => version.current(),
  };
}
