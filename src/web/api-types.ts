// The JSON shapes the server's /api/v1 routes answer with (see /api/openapi.json).

export type IncomeCode = 'H' | 'UM' | 'LM' | 'L';

export interface Economy {
  iso3: string;
  iso2: string | null;
  /** ISO 3166-1 numeric, zero-padded to three digits ("004"). */
  isoNumeric: string | null;
  name: string;
  officialName: string | null;
  region: string | null;
  subregion: string | null;
  incomeCode: IncomeCode | null;
  incomeGroup: string | null;
  independence: string | null;
}

export interface Source {
  id: string;
  citation: string;
  publisher: string;
  licence: string;
  url: string | null;
  date: string | null;
  notes: string | null;
}

export interface Indicator {
  code: string;
  name: string;
  unit: string;
  description: string;
  higherIsBetter: boolean;
  category: string;
}

export interface CatalogueEntry extends Indicator {
  valueCount: number;
  economyCount: number;
  firstYear: number | null;
  lastYear: number | null;
}

export interface SeriesPoint {
  year: number;
  value: number;
  sourceId: string;
}

export interface EconomyProfile {
  economy: Economy;
  memberships: { groupCode: string; groupName: string; status: string }[];
  latest: (SeriesPoint & { indicator: Indicator })[];
  series: { indicator: Indicator; points: SeriesPoint[] }[];
  sources: Source[];
}

export interface IndicatorValue extends SeriesPoint {
  iso3: string;
  name: string;
}

export interface IndicatorValues {
  indicator: Indicator;
  year: number | 'latest' | null;
  /** Years with at least one value, most recent first. */
  years: number[];
  count: number;
  items: IndicatorValue[];
  sources: Source[];
}

export interface GroupSummary {
  code: string;
  name: string;
  kind: string;
  memberCount: number;
}

export interface GroupMember {
  code: string;
  name: string;
  kind: 'economy' | 'supranational';
  status: string;
  asOf: string | null;
  sourceUrls: string[];
  notes: string | null;
}

export interface Group {
  code: string;
  name: string;
  kind: string;
  source: Source | null;
  members: GroupMember[];
}

export interface EconomyFilter {
  region?: string;
  income?: string;
  group?: string;
}

/** A participant's standing in a coalition. */
export type Tier = 'member' | 'partner' | 'observer' | 'stakeholder';
export type ParticipantKind = 'economy' | 'supranational' | 'organisation';
/** `grouping`: from the reference data, read-only; `custom`: made by users; `ad-hoc`: not stored. */
export type CoalitionOrigin = 'grouping' | 'custom' | 'ad-hoc';
/** Which participants an analysis counts: members only, or members and partners. */
export type TierScope = 'member' | 'all';

export interface Participant {
  code: string;
  name: string;
  kind: ParticipantKind;
  tier: Tier;
}

/** A field of cooperation (R&D, export controls …) and who may take part in it. */
export interface Workstream {
  /** Lower-case, 2–32 letters, digits or _, unique within the coalition, e.g. `export_controls`. */
  code: string;
  name: string;
  /** Tiers that take part (at least one). */
  tiers: Tier[];
  /** When set, only these participants (of those tiers) take part; null: every participant of the tiers. */
  participants: string[] | null;
}

/** A workstream as GET /api/v1/coalitions/:code shows it, with the codes of who takes part. */
export interface CoalitionWorkstream extends Workstream {
  takingPart: string[];
}

export interface Coalition {
  code: string;
  name: string;
  description: string;
  origin: CoalitionOrigin;
  participants: Participant[];
  workstreams: CoalitionWorkstream[];
}

export interface CoalitionSummary {
  code: string;
  name: string;
  origin: CoalitionOrigin;
  tiers: Record<Tier, number>;
}

/** What POST /api/v1/coalitions takes; PUT takes the same without `code`. */
export interface CoalitionDraft {
  code: string;
  name: string;
  description: string;
  participants: { code: string; tier: Tier; name?: string; kind?: ParticipantKind }[];
  /** Absent: the standard five workstreams. */
  workstreams?: Workstream[];
}

export interface CoalitionWarning {
  code: string;
  message: string;
  codes: string[];
}

export interface ShareUnavailable {
  reason: string;
  message: string;
}

interface AnalysisHeader {
  code: string;
  name: string;
  origin: string;
  tier: TierScope;
  /** The economies counted (the EU expanded to its member states), sorted. */
  economies: string[];
  warnings: CoalitionWarning[];
}

export interface LeverageItem {
  indicator: string;
  year: number | null;
  coalitionValue: number | null;
  worldValue: number | null;
  sharePct: number | null;
  economiesWithData: number;
  coalitionEconomiesWithData: number;
  coalitionEconomiesMissing: string[];
  sources: string[];
  worldBasis: 'sum-of-economies';
  shareUnavailable: ShareUnavailable | null;
  warnings: CoalitionWarning[];
}

export interface LeverageReport extends AnalysisHeader {
  items: LeverageItem[];
  /** Citations of every value the items used. */
  sources: Source[];
}

export interface MemberShare {
  iso3: string;
  value: number;
  sharePct: number;
}

export interface BalanceItem {
  indicator: string;
  year: number;
  coalitionValue: number | null;
  /** Largest first. */
  members: MemberShare[];
  largest: MemberShare | null;
  /** Herfindahl–Hirschman index of the members' shares, 0–1. */
  hhi: number | null;
  dominant: boolean;
  /** The share of the coalition total (0–1) above which a member is dominant. */
  dominanceThreshold: number;
  missing: string[];
  sources: string[];
  shareUnavailable: ShareUnavailable | null;
  warnings: CoalitionWarning[];
}

export interface BalanceReport extends AnalysisHeader {
  items: BalanceItem[];
}

export interface RankedMember {
  iso3: string;
  value: number;
  rank: number;
}

export interface ComplementarityReport extends AnalysisHeader {
  result: {
    indicators: {
      indicator: string;
      year: number | null;
      higherIsBetter: boolean;
      first: RankedMember | null;
      second: RankedMember | null;
      ranking: RankedMember[];
      missing: string[];
      tieBrokenByCode: boolean;
    }[];
    members: {
      iso3: string;
      strengths: { indicator: string; rank: number }[];
      indicatorsWithoutData: string[];
    }[];
    membersWithoutData: string[];
    warnings: CoalitionWarning[];
  };
}

/** One indicator before and after a what-if change. */
export interface WhatIfChange {
  indicator: string;
  before: LeverageItem;
  after: LeverageItem;
  /** after.sharePct − before.sharePct, in percentage points; null when either share is null. */
  deltaSharePoints: number | null;
}

/** GET /api/v1/coalitions/:code/what-if: the coalition with economies added or removed. */
export interface WhatIfReport extends AnalysisHeader {
  result: {
    /** The coalition's economies, sorted. */
    base: string[];
    /** The economies after the change, sorted. */
    economies: string[];
    /** Economies actually added (not already in), sorted. */
    added: string[];
    /** Economies actually removed (that were in), sorted. */
    removed: string[];
    changes: WhatIfChange[];
    warnings: CoalitionWarning[];
  };
}

/** Options of the leverage, balance and complementarity calls. */
export interface AnalysisOptions {
  tier: TierScope;
  /** 'latest', or a four-digit year. */
  year: string;
}
