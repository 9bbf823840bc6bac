// The chain pages' calls to /api/v1/chains, /api/v1/scenarios and /api/v1/controls through the
// typed client: each resolves to the response body or rejects with the API's ApiError.
import { queryOptions } from '@tanstack/react-query';
import { ApiError, api, data as clientData, type ApiIssue } from '../api/client.ts';
import type { ControlsSettings } from '../pages/chains-search.ts';
import type { MonteCarloRequest, ShockDraft } from './chain-model.ts';

const isIssue = (x: unknown): x is ApiIssue =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as ApiIssue).path === 'string' &&
  typeof (x as ApiIssue).message === 'string';

/**
 * The client's `data`, keeping the API's error code, message and issues: openapi-fetch has read
 * the failed response's body by the time `data` looks at it, so they are taken from the body it
 * parsed (`error`) — the scenario form places each issue beside the shock it names.
 */
async function data<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
  signal?: AbortSignal,
): Promise<T> {
  try {
    return await clientData(call, signal);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status === 0) throw e;
    const { error } = await call;
    const body = (typeof error === 'object' && error !== null ? error : {}) as {
      code?: unknown;
      message?: unknown;
      issues?: unknown;
    };
    if (typeof body.code !== 'string') throw e;
    throw new ApiError(
      e.status,
      body.code,
      typeof body.message === 'string' ? body.message : e.message,
      Array.isArray(body.issues) ? body.issues.filter(isIssue) : e.issues,
      e.retryAfterSeconds,
    );
  }
}

/** `'latest'` (each input's latest year with a known share) or a four-digit year. */
export type YearChoice = string;

/** The year parameter the API takes: none for 'latest' (its default). */
const yearParam = (year: YearChoice | undefined): string | undefined =>
  year && year !== 'latest' ? year : undefined;

export const chainList = (signal?: AbortSignal) =>
  data(api.GET('/api/v1/chains', { signal }), signal);

export const chainDetail = (code: string, signal?: AbortSignal) =>
  data(api.GET('/api/v1/chains/{code}', { params: { path: { code } }, signal }), signal);

export const chainMetrics = (
  code: string,
  options: { coalition: string; concern?: string; year?: YearChoice },
  signal?: AbortSignal,
) =>
  data(
    api.GET('/api/v1/chains/{code}/metrics', {
      params: {
        path: { code },
        query: {
          coalition: options.coalition,
          ...(options.concern ? { concern: options.concern } : {}),
          ...(yearParam(options.year) ? { year: yearParam(options.year) } : {}),
        },
      },
      signal,
    }),
    signal,
  );

export const disruption = (
  body: { chain: string; shocks: ShockDraft[]; coalition?: string; year?: YearChoice },
  signal?: AbortSignal,
) =>
  data(
    api.POST('/api/v1/scenarios/disruption', {
      body: {
        chain: body.chain,
        shocks: body.shocks,
        ...(body.coalition ? { coalition: body.coalition } : {}),
        ...(yearParam(body.year) ? { year: yearParam(body.year) } : {}),
      },
      signal,
    }),
    signal,
  );

export const monteCarlo = (body: MonteCarloRequest, signal?: AbortSignal) =>
  data(api.POST('/api/v1/scenarios/montecarlo', { body, signal }), signal);

export interface CoverageRequest {
  chain: string;
  coalition: string;
  target: string;
  /** Input ids; none = every input. */
  inputs: readonly string[];
  goal?: string;
  year?: YearChoice;
}

export const controlCoverage = (q: CoverageRequest, signal?: AbortSignal) =>
  data(
    api.GET('/api/v1/controls/coverage', {
      params: {
        query: {
          chain: q.chain,
          coalition: q.coalition,
          target: q.target,
          ...(q.inputs.length ? { inputs: q.inputs.join('|') } : {}),
          ...(q.goal ? { goal: q.goal } : {}),
          ...(yearParam(q.year) ? { year: yearParam(q.year) } : {}),
        },
      },
      signal,
    }),
    signal,
  );

export const retaliation = (q: { coalition: string; target: string }, signal?: AbortSignal) =>
  data(api.GET('/api/v1/controls/retaliation', { params: { query: q }, signal }), signal);

// As query options, so the routes' loaders can start a page's first requests while its code loads.

export const chainsQuery = queryOptions({
  queryKey: ['chains'],
  queryFn: ({ signal }) => chainList(signal),
});

export const chainQuery = (code: string) =>
  queryOptions({
    queryKey: ['chain', code],
    queryFn: ({ signal }) => chainDetail(code, signal),
  });

/** The chain's metrics for a coalition and year (see {@link chainYear}). */
export const metricsQuery = (code: string, coalition: string, year: YearChoice) =>
  queryOptions({
    queryKey: ['chain-metrics', code, coalition, year],
    queryFn: ({ signal }) => chainMetrics(code, { coalition, year }, signal),
  });

/** The coalition a chain page analyses: the address's, else the G7. */
export const chainCoalition = (search: { coalition?: string }): string =>
  search.coalition?.trim() || 'G7';

/** The year a chain page shows: the address's four-digit year, else 'latest'. */
export const chainYear = (search: { year?: string }): YearChoice =>
  /^\d{4}$/.test(search.year ?? '') ? search.year! : 'latest';

/** Coverage of the chain's inputs by the coalition's controls against the target. */
export const coverageQuery = (settings: ControlsSettings) =>
  queryOptions({
    queryKey: ['control-coverage', settings],
    queryFn: ({ signal }) => controlCoverage({ ...settings, goal: settings.goal.trim() }, signal),
  });

/** The coalition's exposure to retaliation by the target. */
export const retaliationQuery = (coalition: string, target: string) =>
  queryOptions({
    queryKey: ['retaliation', coalition, target],
    queryFn: ({ signal }) => retaliation({ coalition, target }, signal),
  });
