// One indicator's values for a year ('latest': each economy's latest; none: the latest year with
// data) as JSON. The route can also answer CSV, so the body's type names both; asked for JSON, a
// string body is a broken answer.
import { api, type ResponseOf, data } from '../../api/client.ts';

export type IndicatorValues = Exclude<ResponseOf<'/api/v1/indicators/{code}'>, string>;

export async function indicatorValues(
  code: string,
  year: string | undefined,
  signal: AbortSignal,
): Promise<IndicatorValues> {
  const body = await data(
    api.GET('/api/v1/indicators/{code}', {
      params: { path: { code }, query: year === undefined ? {} : { year } },
      signal,
    }),
    signal,
  );
  if (typeof body === 'string')
    throw new Error('The server answered CSV where JSON was asked for.');
  return body;
}
