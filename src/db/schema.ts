// Table and row types of the database. Row types stay inside db/: repositories map them to core types.
import type { Generated } from 'kysely';

export interface SourceRow {
  id: string;
  citation: string;
  publisher: string;
  licence: string;
  url: string | null;
  date: string | null;
  notes: string | null;
}

export interface EconomyRow {
  iso3: string;
  iso2: string | null;
  iso_numeric: string | null;
  name: string;
  official_name: string | null;
  region: string | null;
  subregion: string | null;
  income_code: string | null;
  independence: string | null;
}

export interface IndicatorRow {
  code: string;
  name: string;
  unit: string;
  description: string;
  /** 0 or 1: SQLite has no boolean type. */
  higher_is_better: number;
  category: string;
}

export interface IndicatorValueRow {
  iso3: string;
  indicator_code: string;
  year: number;
  value: number;
  source_id: string;
}

export interface GroupingRow {
  code: string;
  name: string;
  kind: string;
  source_id: string;
}

export interface GroupMemberRow {
  group_code: string;
  member_code: string;
  member_name: string;
  member_kind: string;
  status: string;
  as_of: string | null;
  /** Source URLs separated by ` | `, as the compiled file gives them. */
  source_urls: string;
  notes: string | null;
}

export interface ImportRunRow {
  id: Generated<number>;
  format: string;
  file: string;
  finished_at: string;
  rows_read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  set_aside: number;
}

export interface CoalitionRow {
  code: string;
  name: string;
  description: string;
  created_at: string;
  updated_at: string;
}

export interface CoalitionParticipantRow {
  coalition_code: string;
  participant_code: string;
  participant_name: string;
  kind: string;
  tier: string;
  /** Order in which the participants were given. */
  position: number;
}

export interface CoalitionWorkstreamRow {
  coalition_code: string;
  code: string;
  name: string;
  /** Tiers separated by commas. */
  tiers: string;
  /** Participant codes separated by commas; null: every participant of the tiers. */
  participants: string | null;
  position: number;
}

export interface CriteriaSetRow {
  code: string;
  name: string;
  /** The set as JSON, as its schema validated it. */
  definition: string;
  created_at: string;
  updated_at: string;
}

export interface SupplyChainRow {
  code: string;
  name: string;
  /** The chain model as JSON. */
  definition: string;
  updated_at: string;
}

export interface RestrictedListRow {
  id: string;
  name: string;
  jurisdiction: string;
  publisher: string;
  licence: string;
  edition: string | null;
  url: string | null;
  format: string;
  file: string;
  imported_at: string;
}

export interface RestrictedPartyRow {
  id: string;
  list_id: string;
  position: number;
  schema: string;
  name: string;
  /** The party as the model's JSON. */
  definition: string;
}

export interface ControlListRow {
  id: string;
  name: string;
  jurisdiction: string;
  regime: string;
  /** 1 for a regime's own list, 0 for a member's. */
  is_regime_list: number;
  scheme: string;
  version_date: string;
  source_id: string;
  licence_note: string;
  format: string;
  file: string;
  imported_at: string;
}

export interface ControlEntryRow {
  list_id: string;
  canonical_code: string;
  code: string;
  position: number;
  category: string;
  grp: string;
  heading: string;
  status: string;
  /** The entry as the model's JSON (reasons, flags, paragraphs with parameters). */
  definition: string;
}

export interface ControlInputLinkRow {
  canonical_code: string;
  paragraph: string;
  chain_code: string;
  input_id: string;
  note: string;
  created_by: string;
  created_at: string;
}

export interface ScreeningDecisionRow {
  query_key: string;
  entity_id: string;
  query_name: string;
  decision: string;
  note: string;
  decided_by: string;
  decided_at: string;
}

export interface AccountRow {
  id: string;
  email: string;
  name: string;
  role: string;
  delegation: string | null;
  constituency: string | null;
  password_hash: string | null;
  created_at: string;
  disabled_at: string | null;
}

export interface SessionRow {
  token_hash: string;
  account_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokenRow {
  id: string;
  account_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface LoginAttemptRow {
  id: string;
  key_hash: string;
  at: string;
}

export interface SetupTokenRow {
  token_hash: string;
  created_at: string;
  expires_at: string;
}

export interface AuditLogRow {
  /** Assigned by the code: the head's seq + 1. */
  seq: number;
  at: string;
  actor: string;
  type: string;
  /** The payload's canonical JSON. */
  payload: string;
  payload_hash: string;
  prev_hash: string;
  hash: string;
  signature: string;
  /** What the entry is about (`proposal:<id>` …), derived from the payload; null: none. */
  subject: string | null;
}

export interface AuditKeyRow {
  fingerprint: string;
  public_key: string;
  first_seq: number;
  recorded_at: string;
}

export interface AuditSaltRow {
  seq: number;
  name: string;
  salt: string;
}

export interface AuditCheckpointRow {
  seq: number;
  head_hash: string;
  at: string;
  fingerprint: string;
  signature: string;
}

export interface AuditHeadRow {
  /** Always 1: the table has one row. */
  id: number;
  seq: number;
  hash: string;
}

export interface GovWorkstreamRow {
  code: string;
  name: string;
  description: string;
  decision_rule: string | null;
  participants: string;
  created_at: string;
  updated_at: string;
}

export interface ProposalRow {
  id: string;
  workstream: string | null;
  title: string;
  state: string;
  confidentiality: string;
  restricted_to: string;
  decision_rule: string | null;
  consultation_window: string | null;
  voting_window: string | null;
  version: number;
  created_by: string;
  author_delegation: string | null;
  created_at: string;
  updated_at: string;
}

export interface ProposalVersionRow {
  proposal_id: string;
  version: number;
  title: string;
  text: string;
  note: string;
  created_by: string;
  created_at: string;
}

export interface ProposalCommentRow {
  id: string;
  proposal_id: string;
  parent_id: string | null;
  version: number;
  author: string;
  delegation: string | null;
  body: string;
  created_at: string;
}

export interface BallotRow {
  proposal_id: string;
  delegation: string;
  choice: string;
  advisory: number;
  cast_by: string;
  cast_at: string;
}

export interface ConsultationRow {
  proposal_id: string;
  questions: string;
  updated_by: string;
  updated_at: string;
}

export interface ConsultationResponseRow {
  proposal_id: string;
  account_id: string;
  delegation: string | null;
  economy: string | null;
  constituency: string;
  answers: string;
  submitted_at: string;
}

export interface ImplementationReportRow {
  proposal_id: string;
  member: string;
  report_date: string;
  status: string;
  evidence_url: string | null;
  reported_by: string;
  reported_at: string;
}

/** One row (id 1): grows with every committed write that can change a cached answer. */
export interface DataVersionRow {
  id: number;
  version: number;
}

export interface StandardsSnapshotRow {
  id: Generated<number>;
  body: string;
  imported_at: string;
  file: string;
  format: string;
  snapshot_date: string | null;
  committees: number;
  members: number;
  changes: number;
  alerts: number;
}

export interface StandardsCommitteeRow {
  reference: string;
  body: string;
  external_id: string | null;
  type: string;
  parent: string | null;
  title: string;
  status: string;
  created: string | null;
  secretariat: string | null;
  secretariat_body: string | null;
  snapshot_id: number;
}

export interface StandardsMemberRow {
  reference: string;
  member_body: string;
  iso3: string | null;
  role: string;
}

export interface StandardsChangeRow {
  id: Generated<number>;
  snapshot_id: number;
  reference: string;
  kind: string;
  iso3: string | null;
  before: string | null;
  after: string | null;
  /** JSON array of tag codes. */
  tags: string;
}

export interface StandardsTagRow {
  code: string;
  label: string;
  description: string;
  position: number;
}

export interface StandardsTagCommitteeRow {
  tag: string;
  reference: string;
}

/** One row (id 1): the coalition and concern economies the snapshot alerts watch. */
export interface StandardsWatchRow {
  id: number;
  coalition: Generated<string>;
  /** JSON array of ISO3 codes. */
  concern: Generated<string>;
  updated_by: string | null;
  updated_at: string | null;
}

export interface StandardsCoordinationRow {
  id: string;
  reference: string;
  meeting_date: string;
  meeting_place: string | null;
  /** JSON array of ISO3 codes. */
  attending: string;
  position: string;
  proposal_id: string | null;
  outcome: string | null;
  confidentiality: string;
  author_delegation: string | null;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface WorkstreamAlertRow {
  id: Generated<number>;
  workstream: string;
  source: string;
  kind: string;
  subject: string;
  message: string;
  /** JSON object. */
  details: string;
  snapshot_id: number | null;
  created_at: string;
  acknowledged_by: string | null;
  acknowledged_at: string | null;
  /** public, alliance or members. */
  confidentiality: Generated<string>;
}

export interface MisuseCaseRow {
  id: string;
  /** The import format that brought the case, or `manual`. */
  source: string;
  kind: string;
  technology: string;
  year: number | null;
  status: string;
  confidentiality: string;
  author_delegation: string | null;
  /** The MisuseCase as JSON. */
  definition: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface MisuseCaseCountryRow {
  case_id: string;
  iso3: string;
}

export interface MisuseCaseSupplierRow {
  case_id: string;
  supplier_key: string;
  name: string;
}

export interface MisuseCaseVersionRow {
  case_id: string;
  version: number;
  /** The MisuseCase as JSON, as it was in this version. */
  definition: string;
  changed_by: string;
  changed_at: string;
}

export interface MisuseTechnologyControlRow {
  technology: string;
  canonical_code: string;
  paragraph: string;
  note: string;
  created_by: string | null;
  created_at: string | null;
}

export interface ResearchFieldOutputRow {
  source: string;
  field: string;
  iso3: string;
  year: number;
  whole_articles: number;
  fractional_articles: number;
  /** `<format>:<layout>` of the import that brought the row. */
  dataset: string;
}

export interface ResearchPairRow {
  source: string;
  field: string;
  /** The Horizon 2020 part, '' for sources without parts. */
  programme: string;
  a: string;
  b: string;
  first_year: number;
  year: number;
  works: number;
  collaboration_index: number | null;
  dataset: string;
}

export interface ResearchInternationalTotalRow {
  source: string;
  field: string;
  iso3: string;
  first_year: number;
  year: number;
  works: number;
  dataset: string;
}

export interface ResearchParticipationRow {
  source: string;
  iso3: string;
  grp: string;
  participations: number;
  distinct_projects: number;
  /** The HorizonParticipation as JSON. */
  definition: string;
  dataset: string;
}

export interface ResearchOrganisationRow {
  ror_id: string;
  name: string;
  country: string;
  /** `;`-separated. */
  types: string;
  status: string;
  /** `|`-separated ROR ids. */
  parents: string;
  /** The ResearchOrganisation as JSON. */
  definition: string;
  dataset: string;
}

export interface ResearchOrganisationNameRow {
  ror_id: string;
  kind: string;
  name_key: string;
  name: string;
}

export interface ResearchAiInstitutionRow {
  name: string;
  name_key: string;
  rank: number;
  region: string;
  ror_id: string | null;
  country: string | null;
  link_method: string;
  first_year: number;
  year: number;
  whole: number;
  fractional: number;
  multi_institution: number;
  domestic_only: number;
  international: number;
  dataset: string;
}

export interface ResearchAiInstitutionPairRow {
  a: string;
  b: string;
  works: number;
  dataset: string;
}

export interface PolicyInstrumentRow {
  id: string;
  source: string;
  source_id: string | null;
  title: string;
  original_title: string | null;
  description: string;
  jurisdiction: string;
  jurisdiction_kind: string;
  type: string;
  /** 1 or 0. */
  type_model_coded: number;
  binding: string | null;
  /** 1 or 0. */
  binding_model_coded: number;
  status: string;
  /** JSON object: state → date. */
  dates: string;
  year: number | null;
  end_year: number | null;
  /** JSON array of topic codes. */
  topics: string;
  /** JSON array. */
  source_tags: string;
  responsible_body: string;
  /** JSON array. */
  links: string;
  citation: string;
  confidentiality: string;
  author_delegation: string | null;
  version: number;
  updated_by: string;
  updated_at: string;
}

export interface PolicyInstrumentVersionRow {
  instrument_id: string;
  version: number;
  /** The PolicyInstrument as JSON. */
  record: string;
  /** JSON array of field names. */
  changed: string;
  changed_by: string;
  changed_at: string;
}

export interface PolicyTopicRow {
  code: string;
  label: string;
  parent: string | null;
  description: string;
  /** JSON object: {stip, agora, oecdAi}. */
  mappings: string;
  position: number;
}

export interface PolicyIssueRow {
  id: string;
  workstream: string;
  title: string;
  description: string;
  /** JSON array of the options. */
  options: string;
  agreed_option: number | null;
  agreed_by: string | null;
  confidentiality: string;
  created_by: string;
  created_at: string;
}

export interface PolicyPositionRow {
  id: Generated<number>;
  issue_id: string;
  member: string;
  option: number;
  status: string;
  expected_date: string | null;
  /** JSON array of instrument ids. */
  evidence: string;
  note: string;
  confidentiality: string;
  recorded_by: string;
  recorded_at: string;
  /** 1 for a row that withdraws the position, else 0. */
  withdrawn: Generated<number>;
}

export interface DivergenceRow {
  id: Generated<number>;
  source: string;
  key: string;
  kind: string;
  workstream: string;
  title: string;
  summary: string;
  /** JSON array of members. */
  members: string;
  severity: number;
  measure: number;
  /** JSON array of DivergenceEvidence. */
  evidence: string;
  link: string;
  api_link: string | null;
  confidentiality: string;
  state: string;
  proposal_id: string | null;
  state_by: string | null;
  state_at: string | null;
  state_note: string;
  /** 1 or 0. */
  detected: number;
  change: string;
  previous_measure: number | null;
  first_seen: string;
  last_seen: string;
  changed_at: string;
}

export interface DivergenceEventRow {
  id: Generated<number>;
  divergence_id: number;
  at: string;
  actor: string;
  type: string;
  before: string | null;
  after: string;
  note: string;
  proposal_id: string | null;
}

export interface WebhookRow {
  id: string;
  url: string;
  workstream: string | null;
  description: string;
  secret: string;
  /** 1 or 0. */
  active: number;
  created_by: string;
  created_at: string;
}

export interface WebhookDeliveryRow {
  id: Generated<number>;
  webhook_id: string;
  alert_id: number;
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: string | null;
  claimed_until: string | null;
  last_status: number | null;
  last_error: string | null;
  delivered_at: string | null;
  created_at: string;
}

export interface ConversationRow {
  code: string;
  title: string;
  description: string;
  proposal_id: string | null;
  confidentiality: string;
  /** 1 or 0. */
  open: number;
  source: string;
  created_by: string;
  created_at: string;
}

export interface ConversationStatementRow {
  conversation: string;
  id: string;
  text: string;
  language: string | null;
  moderation: string;
  /** 1 or 0. */
  seed: number;
  author: string | null;
  created_at: string;
}

export interface ConversationParticipantRow {
  conversation: string;
  id: string;
  account_id: string | null;
  economy: string | null;
  constituency: string | null;
}

export interface ConversationVoteRow {
  id: Generated<number>;
  conversation: string;
  participant: string;
  statement: string;
  value: number;
  at: string;
}

export interface Database {
  sources: SourceRow;
  economies: EconomyRow;
  indicators: IndicatorRow;
  indicator_values: IndicatorValueRow;
  groupings: GroupingRow;
  group_members: GroupMemberRow;
  import_runs: ImportRunRow;
  coalitions: CoalitionRow;
  coalition_participants: CoalitionParticipantRow;
  criteria_sets: CriteriaSetRow;
  coalition_workstreams: CoalitionWorkstreamRow;
  supply_chains: SupplyChainRow;
  restricted_lists: RestrictedListRow;
  restricted_parties: RestrictedPartyRow;
  screening_decisions: ScreeningDecisionRow;
  control_lists: ControlListRow;
  control_entries: ControlEntryRow;
  control_input_links: ControlInputLinkRow;
  standards_snapshots: StandardsSnapshotRow;
  standards_committees: StandardsCommitteeRow;
  standards_members: StandardsMemberRow;
  standards_changes: StandardsChangeRow;
  standards_tags: StandardsTagRow;
  standards_tag_committees: StandardsTagCommitteeRow;
  standards_watch: StandardsWatchRow;
  standards_coordination: StandardsCoordinationRow;
  workstream_alerts: WorkstreamAlertRow;
  misuse_cases: MisuseCaseRow;
  misuse_case_countries: MisuseCaseCountryRow;
  misuse_case_suppliers: MisuseCaseSupplierRow;
  misuse_case_versions: MisuseCaseVersionRow;
  misuse_technology_controls: MisuseTechnologyControlRow;
  research_field_outputs: ResearchFieldOutputRow;
  research_pairs: ResearchPairRow;
  research_international_totals: ResearchInternationalTotalRow;
  research_participations: ResearchParticipationRow;
  research_organisations: ResearchOrganisationRow;
  research_organisation_names: ResearchOrganisationNameRow;
  research_ai_institutions: ResearchAiInstitutionRow;
  research_ai_institution_pairs: ResearchAiInstitutionPairRow;
  policy_instruments: PolicyInstrumentRow;
  policy_instrument_versions: PolicyInstrumentVersionRow;
  policy_topics: PolicyTopicRow;
  policy_issues: PolicyIssueRow;
  policy_positions: PolicyPositionRow;
  divergences: DivergenceRow;
  divergence_events: DivergenceEventRow;
  webhooks: WebhookRow;
  webhook_deliveries: WebhookDeliveryRow;
  audit_log: AuditLogRow;
  audit_head: AuditHeadRow;
  audit_keys: AuditKeyRow;
  audit_salts: AuditSaltRow;
  audit_checkpoints: AuditCheckpointRow;
  accounts: AccountRow;
  sessions: SessionRow;
  api_tokens: ApiTokenRow;
  setup_tokens: SetupTokenRow;
  login_attempts: LoginAttemptRow;
  data_version: DataVersionRow;
  gov_workstreams: GovWorkstreamRow;
  proposals: ProposalRow;
  proposal_versions: ProposalVersionRow;
  proposal_comments: ProposalCommentRow;
  ballots: BallotRow;
  consultations: ConsultationRow;
  consultation_responses: ConsultationResponseRow;
  implementation_reports: ImplementationReportRow;
  conversations: ConversationRow;
  conversation_statements: ConversationStatementRow;
  conversation_participants: ConversationParticipantRow;
  conversation_votes: ConversationVoteRow;
}
