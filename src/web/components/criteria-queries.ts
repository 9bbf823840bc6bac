// The criteria page's requests as query options, kept apart from the page so its route's loader can
// start them while the page's code loads.
import { queryOptions } from '@tanstack/react-query';
import { ApiError, api, data } from '../api/client.ts';
import type { CriteriaEvaluationReport } from './criteria-shapes.ts';

/** A year the criteria can be dated at. */
export const isYear = (v: string): boolean =>
  /^\d{4}$/.test(v) && Number(v) >= 1990 && Number(v) <= 2100;

export const setsQuery = queryOptions({
  queryKey: ['criteria', 'sets'],
  queryFn: ({ signal }) => data(api.GET('/api/v1/criteria', { signal }), signal),
});

/** One set's definition, dated at `asOf` ('' for its own date). */
export const setQuery = (code: string, asOf: string) =>
  queryOptions({
    queryKey: ['criteria', 'set', code, asOf],
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/criteria/{code}', {
          params: { path: { code }, query: asOf ? { asOf } : {} },
          signal,
        }),
        signal,
      ),
  });

/** The evaluation with the coalition; when the coalition is refused, without it and why. */
async function evaluate(
  code: string,
  asOf: string,
  coalition: string,
  signal: AbortSignal,
): Promise<{ report: CriteriaEvaluationReport; coalitionError: unknown }> {
  const call = (withCoalition: boolean) =>
    data(
      api.GET('/api/v1/criteria/{code}/evaluation', {
        params: {
          path: { code },
          query: {
            ...(asOf ? { asOf } : {}),
            ...(withCoalition && coalition ? { coalition } : {}),
          },
        },
        signal,
      }),
      signal,
    );
  try {
    return { report: await call(true), coalitionError: null };
  } catch (e) {
    // An unknown coalition should not hide the evaluation: show it without, and say why.
    if (!coalition || !(e instanceof ApiError) || e.status === 0) throw e;
    return { report: await call(false), coalitionError: e };
  }
}

/** A set evaluated over every economy (at `asOf`, '' for the set's date), within `coalition`. */
export const evaluationQuery = (code: string, asOf: string, coalition: string) =>
  queryOptions({
    queryKey: ['criteria', 'evaluation', code, asOf, coalition],
    queryFn: ({ signal }) => evaluate(code, asOf, coalition, signal),
  });
