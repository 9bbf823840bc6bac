// Routes under /api/v1/economies.
import { INCOME_GROUPS, type Economy } from '../core/economies/economy.ts';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './api-routes.ts';
import { iso3Param } from './schemas/common.schema.ts';
import { economyBody, economyListBody, economyListQuery } from './schemas/economies.schema.ts';

export const toEconomyDto = (e: Economy) => ({
  ...e,
  incomeGroup: e.incomeCode ? INCOME_GROUPS[e.incomeCode] : null,
});

export function economyRoutes(add: RouteAdder, services: Services): void {
  add({
    method: 'GET',
    url: '/api/v1/economies',
    cached: true,
    summary: 'List economies, filtered by region, income group or grouping',
    tags: ['economies'],
    query: economyListQuery,
    response: economyListBody,
    handler: async ({ query }) => {
      const items = await services.economies.list(query);
      return { count: items.length, items: items.map(toEconomyDto) };
    },
  });

  add({
    method: 'GET',
    url: '/api/v1/economies/:iso3',
    cached: true,
    summary: 'One economy: latest value of each indicator, series, memberships and sources',
    tags: ['economies'],
    params: iso3Param,
    response: economyBody,
    handler: async ({ params }) => {
      const p = await services.economies.profile(params.iso3);
      return {
        economy: toEconomyDto(p.economy),
        memberships: p.memberships,
        latest: p.series.map((s) => {
          const last = s.points[s.points.length - 1]!;
          return {
            indicator: s.indicator,
            year: last.year,
            value: last.value,
            sourceId: last.sourceId,
          };
        }),
        series: p.series,
        sources: p.sources,
      };
    },
  });
}
