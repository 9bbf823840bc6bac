// Typed calls to /api/v1/chains, /api/v1/scenarios and /api/v1/controls; failures carry the API's
// message and issues (ApiError).
import { request } from '../api-client.ts';
import type {
  ChainDetail,
  ChainMetrics,
  ChainSummary,
  ControlCoverage,
  CoverageQuery,
  DisruptionResult,
  MonteCarloRequest,
  MonteCarloResult,
  RetaliationReport,
  ShockDraft,
} from '../supply-chain-types.ts';

/** The query string of the defined, non-empty parameters ("" when none). */
const query = (params: Record<string, string | undefined>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
};

const chainPath = (code: string): string => `/api/v1/chains/${encodeURIComponent(code)}`;

/** `'latest'` (each input's latest year with a known share) or a four-digit year. */
export type YearChoice = string;

export const supplyChainApi = {
  chains: (signal?: AbortSignal) =>
    request<{ items: ChainSummary[] }>('/api/v1/chains', { signal }),
  chain: (code: string, signal?: AbortSignal) => request<ChainDetail>(chainPath(code), { signal }),
  metrics: (
    code: string,
    options: { coalition: string; concern?: string; year?: YearChoice },
    signal?: AbortSignal,
  ) =>
    request<ChainMetrics>(
      `${chainPath(code)}/metrics${query({
        coalition: options.coalition,
        concern: options.concern,
        year: options.year === 'latest' ? undefined : options.year,
      })}`,
      { signal },
    ),
  disrupt: (
    body: { chain: string; shocks: ShockDraft[]; coalition?: string; year?: YearChoice },
    signal?: AbortSignal,
  ) =>
    request<DisruptionResult>('/api/v1/scenarios/disruption', {
      method: 'POST',
      body: {
        chain: body.chain,
        shocks: body.shocks,
        ...(body.coalition ? { coalition: body.coalition } : {}),
        ...(body.year && body.year !== 'latest' ? { year: body.year } : {}),
      },
      signal,
    }),
  monteCarlo: (body: MonteCarloRequest, signal?: AbortSignal) =>
    request<MonteCarloResult>('/api/v1/scenarios/montecarlo', { method: 'POST', body, signal }),
  coverage: (q: CoverageQuery, signal?: AbortSignal) =>
    request<ControlCoverage>(
      `/api/v1/controls/coverage${query({
        chain: q.chain,
        coalition: q.coalition,
        target: q.target,
        inputs: q.inputs.length ? q.inputs.join('|') : undefined,
        goal: q.goal,
        year: q.year === 'latest' ? undefined : q.year,
      })}`,
      { signal },
    ),
  retaliation: (q: { coalition: string; target: string }, signal?: AbortSignal) =>
    request<RetaliationReport>(`/api/v1/controls/retaliation${query(q)}`, { signal }),
};
