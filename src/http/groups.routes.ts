// Routes under /api/v1/groups.
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './api-routes.ts';
import { codeParam } from './schemas/common.schema.ts';
import { groupBody, groupListBody } from './schemas/groups.schema.ts';

export function groupRoutes(add: RouteAdder, services: Services): void {
  add({
    method: 'GET',
    url: '/api/v1/groups',
    cached: true,
    summary: 'List groupings (forums, alliances, export-control regimes, proposals)',
    tags: ['groups'],
    response: groupListBody,
    handler: async () => ({
      items: (await services.groupings.list()).map((g) => ({
        code: g.code,
        name: g.name,
        kind: g.kind,
        memberCount: g.memberCount,
      })),
    }),
  });

  add({
    method: 'GET',
    url: '/api/v1/groups/:code',
    cached: true,
    summary: 'One grouping with its members (economies and supranational bodies) and source',
    tags: ['groups'],
    params: codeParam,
    response: groupBody,
    handler: async ({ params }) => {
      const g = await services.groupings.get(params.code);
      return { code: g.code, name: g.name, kind: g.kind, source: g.source, members: g.members };
    },
  });
}
