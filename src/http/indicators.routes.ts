// Routes under /api/v1/indicators.
import type { Services } from '../services/services.ts';
import { valuesToCsv } from '../services/indicator.service.ts';
import type { RouteAdder } from './api-routes.ts';
import { codeParam } from './schemas/common.schema.ts';
import { catalogueBody, valuesBody, valuesQuery } from './schemas/indicators.schema.ts';
import { RawBody } from './response-cache.ts';

export function indicatorRoutes(add: RouteAdder, services: Services): void {
  add({
    method: 'GET',
    url: '/api/v1/indicators',
    cached: true,
    summary: 'The indicator catalogue, with how many values and which years each has',
    tags: ['indicators'],
    response: catalogueBody,
    handler: async () => ({ items: await services.indicators.catalogue() }),
  });

  add({
    method: 'GET',
    url: '/api/v1/indicators/:code',
    cached: true,
    summary: 'Values of one indicator for a year (or each economy’s latest), as JSON or CSV',
    tags: ['indicators'],
    params: codeParam,
    query: valuesQuery,
    response: valuesBody,
    alsoProduces: ['text/csv'],
    handler: async ({ params, query }) => {
      const v = await services.indicators.values({
        code: params.code,
        ...(query.year !== undefined
          ? { year: query.year === 'latest' ? 'latest' : Number(query.year) }
          : {}),
        ...(query.economies !== undefined ? { economies: query.economies.split(',') } : {}),
      });
      if (query.format === 'csv') {
        return new RawBody('text/csv; charset=utf-8', valuesToCsv(v), {
          'content-disposition': `attachment; filename="${v.indicator.code}-${v.year ?? 'none'}.csv"`,
        });
      }
      return {
        indicator: v.indicator,
        year: v.year,
        years: v.years,
        count: v.rows.length,
        items: v.rows,
        sources: v.sources,
      };
    },
  });
}
