// The store: every repository over one connection, and transactions that hand out the same set.
import type { Kysely } from 'kysely';
import { AccountRepository } from './account.repository.ts';
import { WorkstreamAlertRepository } from './alert.repository.ts';
import { AuditLogRepository } from './audit-log.repository.ts';
import { CoalitionRepository } from './coalition.repository.ts';
import { ControlListRepository } from './control-list.repository.ts';
import { ConversationRepository } from './conversation.repository.ts';
import { CriteriaSetRepository } from './criteria-set.repository.ts';
import { bumpAfterWrites, bumpDataVersion, readDataVersion, WriteTracker } from './data-version.ts';
import { DivergenceRepository } from './divergence.repository.ts';
import { EconomyRepository } from './economy.repository.ts';
import { ConsultationRepository, GovernanceRepository } from './governance.repository.ts';
import { GroupingRepository } from './grouping.repository.ts';
import { ImportRunRepository } from './import-run.repository.ts';
import { LoginAttemptRepository } from './login-attempt.repository.ts';
import { MisuseRepository } from './misuse.repository.ts';
import { IndicatorRepository } from './indicator.repository.ts';
import { PolicyRepository } from './policy.repository.ts';
import { PositionRepository } from './position.repository.ts';
import type { Database } from './schema.ts';
import { ResearchRepository } from './research.repository.ts';
import { RestrictedPartyRepository } from './restricted-party.repository.ts';
import { SourceRepository } from './source.repository.ts';
import { StandardsRepository } from './standards.repository.ts';
import { SupplyChainRepository } from './supply-chain.repository.ts';
import { WebhookRepository } from './webhook.repository.ts';

export class Store {
  readonly economies: EconomyRepository;
  readonly indicators: IndicatorRepository;
  readonly groupings: GroupingRepository;
  readonly sources: SourceRepository;
  readonly importRuns: ImportRunRepository;
  readonly coalitions: CoalitionRepository;
  readonly criteriaSets: CriteriaSetRepository;
  readonly supplyChains: SupplyChainRepository;
  readonly restrictedParties: RestrictedPartyRepository;
  readonly controlLists: ControlListRepository;
  readonly standards: StandardsRepository;
  readonly misuse: MisuseRepository;
  readonly research: ResearchRepository;
  readonly auditLog: AuditLogRepository;
  readonly accounts: AccountRepository;
  readonly loginAttempts: LoginAttemptRepository;
  readonly governance: GovernanceRepository;
  readonly consultations: ConsultationRepository;
  readonly policies: PolicyRepository;
  readonly positions: PositionRepository;
  readonly divergences: DivergenceRepository;
  readonly webhooks: WebhookRepository;
  readonly alerts: WorkstreamAlertRepository;
  readonly conversations: ConversationRepository;

  constructor(
    private readonly db: Kysely<Database>,
    /** Set by `transaction`: the transaction's write tracker (the version is bumped before commit). */
    tracker?: WriteTracker,
  ) {
    // Every repository writes through a tracker that notes writes to versioned data (data-version.ts).
    const outside = tracker ? null : new WriteTracker();
    db = db.withPlugin(tracker ?? outside!);
    this.economies = new EconomyRepository(db);
    this.indicators = new IndicatorRepository(db);
    this.groupings = new GroupingRepository(db);
    this.sources = new SourceRepository(db);
    this.importRuns = new ImportRunRepository(db);
    this.coalitions = new CoalitionRepository(db);
    this.criteriaSets = new CriteriaSetRepository(db);
    this.supplyChains = new SupplyChainRepository(db);
    this.restrictedParties = new RestrictedPartyRepository(db);
    this.controlLists = new ControlListRepository(db);
    this.standards = new StandardsRepository(db);
    this.misuse = new MisuseRepository(db);
    this.research = new ResearchRepository(db);
    this.auditLog = new AuditLogRepository(db);
    this.accounts = new AccountRepository(db);
    this.loginAttempts = new LoginAttemptRepository(db);
    this.governance = new GovernanceRepository(db);
    this.consultations = new ConsultationRepository(db);
    this.policies = new PolicyRepository(db);
    this.positions = new PositionRepository(db);
    this.divergences = new DivergenceRepository(db);
    this.webhooks = new WebhookRepository(db);
    this.alerts = new WorkstreamAlertRepository(db);
    this.conversations = new ConversationRepository(db);
    // Outside a transaction, a repository call that wrote versioned data bumps the version before
    // it returns (after the write committed).
    if (outside) bumpAfterWrites(this, ['db'], outside, this.db);
  }

  /** The data version: grows with every committed write that can change a cached answer. */
  dataVersion(): Promise<number> {
    return readDataVersion(this.db);
  }

  /**
   * Runs `work` in one transaction: everything it writes is committed together or not at all,
   * with the data version bumped when it wrote data a cached answer may be built from.
   */
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      const tracker = new WriteTracker();
      const result = await work(new Store(trx, tracker));
      // In the same transaction: another process sees the data and the new version together.
      if (tracker.take()) await bumpDataVersion(trx);
      return result;
    });
  }
}
