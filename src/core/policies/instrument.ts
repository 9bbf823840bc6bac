// The policy registry: what each member does — its laws, regulations, executive orders,
// strategies, guidelines, programmes, export-control rules, investment-screening rules and
// standards mandates — in one shape, whatever registry a record came from (OECD.AI, STIP Compass,
// AGORA, or a delegation's own entry). Each record keeps where it came from and which of its
// attributes a model assigned rather than an official source.

/** The registry a record came from; `manual` is a record entered on the platform. */
export type InstrumentSource = 'oecd-ai' | 'stip' | 'agora' | 'manual';
export const INSTRUMENT_SOURCES: readonly InstrumentSource[] = [
  'oecd-ai',
  'stip',
  'agora',
  'manual',
];

/** What kind of instrument. */
export type InstrumentType =
  | 'law'
  | 'regulation'
  | 'executive-order'
  | 'strategy'
  | 'guideline'
  | 'programme'
  | 'export-control-rule'
  | 'control-list-version'
  | 'investment-screening-rule'
  | 'standards-mandate'
  | 'body'
  | 'other';

export const INSTRUMENT_TYPES: readonly InstrumentType[] = [
  'law',
  'regulation',
  'executive-order',
  'strategy',
  'guideline',
  'programme',
  'export-control-rule',
  'control-list-version',
  'investment-screening-rule',
  'standards-mandate',
  'body',
  'other',
];

/**
 * Where an instrument stands. `proposed` (tabled, drafted) and `pending` (adopted, not yet in
 * force) are the states early warnings look at: they have not taken effect.
 */
export type InstrumentStatus =
  'proposed' | 'pending' | 'adopted' | 'in-force' | 'expired' | 'repealed';

export const INSTRUMENT_STATUSES: readonly InstrumentStatus[] = [
  'proposed',
  'pending',
  'adopted',
  'in-force',
  'expired',
  'repealed',
];

/** Whether it binds: `binding` (hard law), `soft-law`, `non-binding`; null when unknown. */
export type Bindingness = 'binding' | 'soft-law' | 'non-binding';
export const BINDINGNESS: readonly Bindingness[] = ['binding', 'soft-law', 'non-binding'];

/** Who an instrument belongs to: an economy (ISO3), the EU, or an organisation (OECD, UN, G7 …). */
export type JurisdictionKind = 'economy' | 'eu' | 'organisation';

/** A record in the registry. */
export interface PolicyInstrument {
  /** Stable id: `<source>:<source id>` for imported records (`oecd-ai:143dd63b64a0`), `manual:<uuid>` otherwise. */
  id: string;
  source: InstrumentSource;
  /** The id in the source (OECD.AI entry id, STIP initiative URI, AGORA id); null for manual records. */
  sourceId: string | null;
  title: string;
  /** The title in its original language, when the source gives one. */
  originalTitle: string | null;
  description: string;
  /** ISO3, `EU`, or an organisation's code (`OECD`, `UN`, `G7`, `GPAI`, `AU`, `ASEAN` …). */
  jurisdiction: string;
  jurisdictionKind: JurisdictionKind;
  type: InstrumentType;
  /** True when `type` was assigned by a model (OECD.AI corpus `policy_type`), not by an official source. */
  typeModelCoded: boolean;
  binding: Bindingness | null;
  /** True when `binding` was assigned by a model (OECD.AI corpus `binding_nature`). */
  bindingModelCoded: boolean;
  status: InstrumentStatus;
  /** Dates of the states it has passed, ISO 8601 (`2024`, `2024-05`, `2024-05-21`): as precise as the source. */
  dates: Partial<Record<InstrumentStatus, string>>;
  /** The year the source gives (OECD.AI's start year, STIP's start date), for the timeline; null when none. */
  year: number | null;
  /** End year (STIP's end date), or null. */
  endYear: number | null;
  /** Topic codes of the taxonomy (core/policies/taxonomy.ts), most specific first. */
  topics: string[];
  /** The source's own tags or themes, verbatim (`Strategies: Input controls: Compute circulation`). */
  sourceTags: string[];
  /** The responsible organisation(s), as the source names them; empty when none. */
  responsibleBody: string;
  /** http(s) links: the official text, the source's page. */
  links: string[];
  /** A citation of the source (`OECD.AI Policy Observatory via lsempe77/ai-governance-capacity`). */
  citation: string;
  /** public, alliance or members (who may see it: core/accounts/access.ts canSee); imports are public. */
  confidentiality: 'public' | 'alliance' | 'members';
  /** Delegation of the account that entered a manual record; null for imports. */
  authorDelegation: string | null;
}

/** A version of a record: what it was after an import or an edit changed it. */
export interface InstrumentVersion {
  instrumentId: string;
  version: number;
  /** The record as it stood after the change. */
  record: PolicyInstrument;
  /** `import:<run id>` or an actor (`account:<id>`, `operator`). */
  changedBy: string;
  changedAt: string;
  /** The fields that differ from the previous version; every field for version 1. */
  changed: string[];
}

/**
 * A topic of the taxonomy (core/policies/taxonomy.ts holds the default tree). `mappings` says
 * which source themes and tags land on it, so an imported record gets its topics.
 */
export interface PolicyTopic {
  /** Dotted path, lower case (`ai`, `ai.safety`, `export-controls.semiconductors`). */
  code: string;
  label: string;
  /** The parent's code, or null for a root. */
  parent: string | null;
  description: string;
  mappings: {
    /** STIP Compass theme names (`Theme(s)` values) that land here. */
    stip: string[];
    /** AGORA tags (`Applications: Security`, `Strategies: Input controls: Compute circulation`). */
    agora: string[];
    /** OECD.AI corpus `policy_type` values or title keywords that land here. */
    oecdAi: string[];
  };
}
