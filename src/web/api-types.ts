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
