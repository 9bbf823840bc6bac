// The shapes /api/v1/screening answers with, as the web UI reads them.

export interface ListSummary {
  id: string;
  name: string;
  jurisdiction: string;
  publisher: string;
  licence: string;
  date: string | null;
  url: string | null;
  format: string;
  importedAt: string;
  parties: number;
}

export interface PartySummary {
  id: string;
  name: string;
  schema: string;
  aliases: string[];
  listId: string;
  listName: string;
  jurisdiction: string;
  countries: string[];
  birthDates: string[];
  programs: string[];
  listingDate: string | null;
  sourceUrl: string | null;
}

export interface Contribution {
  feature: string;
  value: number;
  weight: number;
  contribution: number;
  detail: string;
}

export interface Explanation {
  matchedName: string;
  nameIndex: number;
  queryNormalised: string;
  candidateNormalised: string;
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
  legalForms: { query: string[]; candidate: string[] };
  contributions: Contribution[];
  threshold: number;
}

export type DecisionValue = 'match' | 'no_match';

export interface Decision {
  queryName: string;
  entityId: string;
  decision: DecisionValue;
  note: string;
  decidedBy: string;
  decidedByName?: string | null;
  decidedAt: string;
}

export interface Hit {
  entityId: string;
  score: number;
  explanation: Explanation;
  entity: PartySummary;
  decision: Decision | null;
}

export interface ScreenQuery {
  name: string;
  type?: string;
  country?: string;
  birth_date?: string;
  lists?: string;
  threshold?: string;
}

export interface ScreenResult {
  query: { name: string };
  threshold: number;
  lists: string[];
  hits: Hit[];
  candidatesScored: number;
  warnings: { code: string; message: string }[];
}

export interface BatchRow {
  id: string;
  query: string;
  entity_id: string;
  entity_name: string;
  list: string;
  score: number | null;
  decision: DecisionValue | '';
}

export interface BatchResult {
  file: string;
  threshold: number;
  lists: string[];
  rowsRead: number;
  screened: number;
  withHits: number;
  hits: number;
  rows: BatchRow[];
  issues: { file: string; line: number; field: string; reason: string; value?: string }[];
}

export interface ReconcileGap {
  count: number;
  byCountry: { country: string | null; count: number }[];
  parties: PartySummary[];
}

export interface ReconcileResult {
  a: { spec: string[]; lists: { id: string; name: string; parties: number }[]; parties: number };
  b: { spec: string[]; lists: { id: string; name: string; parties: number }[]; parties: number };
  threshold: number;
  country: string | null;
  onlyA: ReconcileGap;
  onlyB: ReconcileGap;
  sameAs: {
    count: number;
    pairs: {
      a: PartySummary;
      b: PartySummary;
      score: number;
      queryName: string;
      matchedName: string;
    }[];
  };
}
