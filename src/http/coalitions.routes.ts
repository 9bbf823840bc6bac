// Routes under /api/v1/coalitions: groupings read as coalitions, custom coalitions created,
// edited, copied and deleted (writes authorised in authorize.ts).
import { z } from 'zod';
import type { Coalition } from '../core/coalitions/coalition.ts';
import { workstreamParticipants } from '../core/coalitions/workstream.ts';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './api-routes.ts';
import {
  addBody,
  coalitionBody,
  coalitionCodeParam,
  coalitionListBody,
  copyBody,
  createBody,
  removeBody,
  updateBody,
} from './schemas/coalitions.schema.ts';

/** The coalition as the API shows it: explicit fields, each workstream with who takes part. */
const toCoalitionDto = (c: Coalition): z.input<typeof coalitionBody> => ({
  code: c.code,
  name: c.name,
  description: c.description,
  origin: c.origin,
  participants: c.participants,
  workstreams: (c.workstreams ?? []).map((w) => ({
    code: w.code,
    name: w.name,
    tiers: w.tiers,
    participants: w.participants,
    takingPart: workstreamParticipants(c, w).map((p) => p.code),
  })),
});

export function coalitionRoutes(add: RouteAdder, services: Services): void {
  const s = services.coalitions;

  add({
    method: 'GET',
    url: '/api/v1/coalitions',
    cached: true,
    summary: 'List coalitions: custom ones and every grouping, with participants per tier',
    tags: ['coalitions'],
    response: coalitionListBody,
    handler: async () => ({ items: await s.list() }),
  });

  add({
    method: 'GET',
    url: '/api/v1/coalitions/:code',
    cached: true,
    summary: 'One coalition (custom or grouping) with its participants and tiers',
    tags: ['coalitions'],
    params: coalitionCodeParam,
    response: coalitionBody,
    handler: async ({ params }) => toCoalitionDto(await s.get(params.code)),
  });

  add({
    method: 'POST',
    url: '/api/v1/coalitions',
    summary: 'Create a custom coalition',
    tags: ['coalitions'],
    permission: 'data:write',
    body: createBody,
    successStatus: 201,
    response: coalitionBody,
    handler: async ({ body }) => toCoalitionDto(await s.create(body)),
  });

  add({
    method: 'PUT',
    url: '/api/v1/coalitions/:code',
    summary: 'Replace a custom coalition’s name, description and participants',
    tags: ['coalitions'],
    permission: 'data:write',
    params: coalitionCodeParam,
    body: updateBody,
    response: coalitionBody,
    handler: async ({ params, body }) => toCoalitionDto(await s.update(params.code, body)),
  });

  add({
    method: 'POST',
    url: '/api/v1/coalitions/:code/participants',
    summary: 'Add participants to a custom coalition (or change their tier)',
    tags: ['coalitions'],
    permission: 'data:write',
    params: coalitionCodeParam,
    body: addBody,
    response: coalitionBody,
    handler: async ({ params, body }) =>
      toCoalitionDto(await s.addParticipants(params.code, body.add)),
  });

  add({
    method: 'POST',
    url: '/api/v1/coalitions/:code/participants/remove',
    summary: 'Remove participants from a custom coalition',
    tags: ['coalitions'],
    permission: 'data:write',
    params: coalitionCodeParam,
    body: removeBody,
    response: coalitionBody,
    handler: async ({ params, body }) =>
      toCoalitionDto(await s.removeParticipants(params.code, body.remove)),
  });

  add({
    method: 'POST',
    url: '/api/v1/coalitions/:code/copy',
    summary: 'Copy a coalition or grouping under a new code, with optional additions and removals',
    tags: ['coalitions'],
    permission: 'data:write',
    params: coalitionCodeParam,
    body: copyBody,
    successStatus: 201,
    response: coalitionBody,
    handler: async ({ params, body }) => toCoalitionDto(await s.copy(params.code, body)),
  });

  add({
    method: 'DELETE',
    url: '/api/v1/coalitions/:code',
    summary: 'Delete a custom coalition',
    tags: ['coalitions'],
    permission: 'data:write',
    params: coalitionCodeParam,
    successStatus: 204,
    response: z.null(),
    handler: async ({ params }) => {
      await s.delete(params.code);
      return null;
    },
  });
}
