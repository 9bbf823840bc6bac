// The coalition pages' server data: the response types of the coalition routes (generated from the
// API's schemas) and the calls that fetch them through the typed client.
import {
  api,
  bearer,
  data,
  type QueryOf,
  type RequestBodyOf,
  type ResponseOf,
} from '../../api/client.ts';

export type CoalitionSummary = ResponseOf<'/api/v1/coalitions'>['items'][number];
export type Coalition = ResponseOf<'/api/v1/coalitions/{code}'>;
export type Participant = Coalition['participants'][number];
export type Tier = Participant['tier'];
export type CoalitionWorkstream = Coalition['workstreams'][number];
export type CoalitionDraft = RequestBodyOf<'/api/v1/coalitions', 'post'>;
export type DraftWorkstream = NonNullable<CoalitionDraft['workstreams']>[number];
export type LeverageReport = ResponseOf<'/api/v1/coalitions/{code}/leverage'>;
export type CoalitionWarning = LeverageReport['warnings'][number];
export type BalanceReport = ResponseOf<'/api/v1/coalitions/{code}/balance'>;
export type BalanceItem = BalanceReport['items'][number];
export type ComplementarityReport = ResponseOf<'/api/v1/coalitions/{code}/complementarity'>;
export type RankedMember = NonNullable<
  ComplementarityReport['result']['indicators'][number]['first']
>;
export type WhatIfReport = ResponseOf<'/api/v1/coalitions/{code}/what-if'>;
export type WhatIfChange = WhatIfReport['result']['changes'][number];
export type Economy = ResponseOf<'/api/v1/economies'>['items'][number];
export type CatalogueEntry = ResponseOf<'/api/v1/indicators'>['items'][number];

/** The tier, year and EU counting every coalition analysis takes (`?tier=all&year=2022&eu=…`). */
export type AnalysisOptions = Required<
  Pick<QueryOf<'/api/v1/coalitions/{code}/leverage'>, 'tier' | 'year' | 'eu'>
>;

export const fetchCoalitions = (signal?: AbortSignal) =>
  data(api.GET('/api/v1/coalitions', { signal }), signal);

export const fetchCoalition = (code: string, signal?: AbortSignal) =>
  data(api.GET('/api/v1/coalitions/{code}', { params: { path: { code } }, signal }), signal);

/** The EU's member states (ISO3), the economies it counts as when analyses expand it. */
export const fetchEuStates = async (signal?: AbortSignal): Promise<string[]> => {
  const eu = await data(
    api.GET('/api/v1/groups/{code}', { params: { path: { code: 'EU' } }, signal }),
    signal,
  );
  return eu.members.filter((m) => m.kind === 'economy').map((m) => m.code);
};

export const fetchLeverage = (code: string, query: AnalysisOptions, signal?: AbortSignal) =>
  data(
    api.GET('/api/v1/coalitions/{code}/leverage', { params: { path: { code }, query }, signal }),
    signal,
  );

export const fetchBalance = (code: string, query: AnalysisOptions, signal?: AbortSignal) =>
  data(
    api.GET('/api/v1/coalitions/{code}/balance', { params: { path: { code }, query }, signal }),
    signal,
  );

export const fetchComplementarity = (code: string, query: AnalysisOptions, signal?: AbortSignal) =>
  data(
    api.GET('/api/v1/coalitions/{code}/complementarity', {
      params: { path: { code }, query },
      signal,
    }),
    signal,
  );

/** The coalition's shares of the world with economies (ISO3) added or removed; nothing is saved. */
export const fetchWhatIf = (
  code: string,
  change: { add: readonly string[]; remove: readonly string[] },
  options: AnalysisOptions,
  signal?: AbortSignal,
) => {
  const query: QueryOf<'/api/v1/coalitions/{code}/what-if'> = { ...options };
  if (change.add.length) query.add = change.add.join(',');
  if (change.remove.length) query.remove = change.remove.join(',');
  return data(
    api.GET('/api/v1/coalitions/{code}/what-if', { params: { path: { code }, query }, signal }),
    signal,
  );
};

/** Several coalitions side by side (at most 10 codes). */
export const fetchComparison = (
  codes: readonly string[],
  options: AnalysisOptions,
  signal?: AbortSignal,
) =>
  data(
    api.GET('/api/v1/leverage', {
      params: { query: { coalitions: codes.join(','), ...options } },
      signal,
    }),
    signal,
  );

/** Saves a new custom coalition; `token` '' writes with the signed-in session. */
export const createCoalition = (draft: CoalitionDraft, token: string) =>
  data(api.POST('/api/v1/coalitions', { body: draft, headers: bearer(token) }));

/** Replaces a custom coalition's name, description, participants and workstreams. */
export const updateCoalition = (
  code: string,
  draft: RequestBodyOf<'/api/v1/coalitions/{code}', 'put'>,
  token: string,
) =>
  data(
    api.PUT('/api/v1/coalitions/{code}', {
      params: { path: { code } },
      body: draft,
      headers: bearer(token),
    }),
  );

export const deleteCoalition = (code: string, token: string) =>
  data(
    api.DELETE('/api/v1/coalitions/{code}', { params: { path: { code } }, headers: bearer(token) }),
  );
