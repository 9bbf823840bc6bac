// Routes for standards committees under /api/v1/standards: the committees with filters, one
// committee with its members by role, a coalition's engagement, the secretariat trend, what each
// imported snapshot changed and the alerts it raised, the strategic tags and the watch setting
// (the secretariat's), and the coordination records of a committee's meetings (seen by whom each
// record's confidentiality admits; written by data writers and recorded in the governance log).
import { z } from 'zod';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './api-routes.ts';
import {
  alertBody,
  alertParam,
  alertsBody,
  alertsQuery,
  changesBody,
  changesQuery,
  committeeBody,
  committeeQuery,
  committeesBody,
  committeesQuery,
  coordinationBody,
  coordinationInput,
  coordinationListBody,
  coordinationParam,
  coordinationPatch,
  coordinationQuery,
  engagementBody,
  engagementQuery,
  tagBody,
  tagInput,
  tagParam,
  tagsBody,
  trendBody,
  trendQuery,
  watchBody,
  watchInput,
} from './schemas/standards.schema.ts';

export function standardsRoutes(add: RouteAdder, services: Services): void {
  const s = services.standards;
  const tags = ['standards'];

  add({
    method: 'GET',
    url: '/api/v1/standards/committees',
    summary:
      'Standards committees of every imported body, filtered by body, type, status, tag, secretariat, member or words of the reference and title',
    tags,
    cached: true,
    query: committeesQuery,
    response: committeesBody,
    handler: ({ query }) => s.committees(query),
  });

  add({
    method: 'GET',
    url: '/api/v1/standards/committee',
    summary:
      'One committee by reference (ref=ISO/IEC JTC 1/SC 42): members by role, secretariat, parent, subcommittees, tags and the snapshot changes that named it',
    tags,
    cached: true,
    query: committeeQuery,
    response: committeeBody,
    handler: ({ query }) => s.committee(query.ref),
  });

  add({
    method: 'GET',
    url: '/api/v1/standards/engagement',
    summary:
      "A coalition's engagement in the active committees: secretariats by member and type, participation coverage, committees a concern economy leads where no member participates, and the same per strategic tag",
    tags,
    cached: true,
    query: engagementQuery,
    response: engagementBody,
    handler: ({ query }) => s.engagement(query),
  });

  add({
    method: 'GET',
    url: '/api/v1/standards/trend',
    summary:
      'Secretariats of committees by creation year: the coalition, the concern economies and each economy asked for (who has been taking the new committees)',
    tags,
    cached: true,
    query: trendQuery,
    response: trendBody,
    handler: ({ query }) => s.trend(query),
  });

  add({
    method: 'GET',
    url: '/api/v1/standards/changes',
    summary:
      'The imported snapshots, and what one changed: new and removed committees, status and secretariat changes, members joining, leaving or changing role',
    tags,
    cached: true,
    query: changesQuery,
    response: changesBody,
    handler: ({ query }) => s.changes(query),
  });

  add({
    method: 'GET',
    url: '/api/v1/standards/alerts',
    summary:
      "The standards workstream's alerts: a concern economy taking a strategic committee's secretariat, a member leaving a strategic committee",
    tags,
    cached: true,
    query: alertsQuery,
    response: alertsBody,
    handler: async ({ query }) => ({ items: await s.alerts(query) }),
  });

  add({
    method: 'POST',
    url: '/api/v1/standards/alerts/:id/acknowledge',
    summary: 'Mark an alert as seen; recorded against the caller in the governance log',
    tags,
    permission: 'data:write',
    params: alertParam,
    response: alertBody,
    handler: ({ params, principal }) => s.acknowledgeAlert(params.id, principal),
  });

  add({
    method: 'GET',
    url: '/api/v1/standards/tags',
    summary:
      'The strategic technology tags, each with the committees it names and the committees it covers (their subcommittees included)',
    tags,
    cached: true,
    response: tagsBody,
    handler: async () => ({ items: await s.tags() }),
  });

  add({
    method: 'PUT',
    url: '/api/v1/standards/tags/:code',
    summary: "Create or replace a tag (the secretariat's); recorded in the governance log",
    tags,
    permission: 'admin',
    params: tagParam,
    body: tagInput,
    response: tagBody,
    handler: ({ params, body, principal }) => s.saveTag({ ...body, code: params.code }, principal),
  });

  add({
    method: 'DELETE',
    url: '/api/v1/standards/tags/:code',
    summary: "Remove a tag (the secretariat's); recorded in the governance log",
    tags,
    permission: 'admin',
    params: tagParam,
    successStatus: 204,
    response: z.null(),
    handler: async ({ params, principal }) => {
      await s.deleteTag(params.code, principal);
      return null;
    },
  });

  add({
    method: 'GET',
    url: '/api/v1/standards/watch',
    summary:
      'The coalition and the concern economies that the alerts of an imported snapshot watch',
    tags,
    cached: true,
    response: watchBody,
    handler: () => s.watch(),
  });

  add({
    method: 'PUT',
    url: '/api/v1/standards/watch',
    summary:
      "Set what the snapshot alerts watch (the secretariat's); recorded in the governance log",
    tags,
    permission: 'admin',
    body: watchInput,
    response: watchBody,
    handler: ({ body, principal }) => s.setWatch(body, principal),
  });

  add({
    method: 'GET',
    url: '/api/v1/standards/coordination',
    summary:
      "A committee's coordination history, newest meeting first: members attending, the shared position and its proposal, the outcome (the records the caller may see)",
    tags,
    query: coordinationQuery,
    response: coordinationListBody,
    handler: async ({ query, principal }) => ({
      items: await s.coordination(query.ref, principal),
    }),
  });

  add({
    method: 'POST',
    url: '/api/v1/standards/coordination',
    summary:
      "Record a committee meeting's coordination: members attending, the shared position (with its governance proposal); recorded in the governance log",
    tags,
    permission: 'data:write',
    body: coordinationInput,
    successStatus: 201,
    response: coordinationBody,
    handler: ({ body, principal }) => s.addCoordination(body, principal),
  });

  add({
    method: 'POST',
    url: '/api/v1/standards/coordination/:id',
    summary:
      'Change a coordination record (the fields given): the outcome after the meeting, or the plan before it; recorded in the governance log',
    tags,
    permission: 'data:write',
    params: coordinationParam,
    body: coordinationPatch,
    response: coordinationBody,
    handler: ({ params, body, principal }) => s.updateCoordination(params.id, body, principal),
  });
}
