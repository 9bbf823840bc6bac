// Routes under /api/v1/coalitions: groupings read as coalitions, custom coalitions created,
// edited, copied and deleted (writes authorised in authorize.ts).
import { z } from 'zod';
import {
  coalitionDraftSchema,
  participantDraftSchema,
} from '../core/coalitions/coalition-draft.ts';
import type { Coalition } from '../core/coalitions/coalition.ts';
import { workstreamParticipants } from '../core/coalitions/workstream.ts';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './app.ts';

const codeParam = z.object({
  code: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{1,31}$/, 'must be a coalition or grouping code, e.g. G7'),
});

const participant = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['economy', 'supranational', 'organisation']),
  tier: z.enum(['member', 'partner', 'observer', 'stakeholder']),
});

const coalitionBody = z.object({
  code: z.string(),
  name: z.string(),
  description: z.string(),
  origin: z.enum(['grouping', 'custom', 'ad-hoc']),
  participants: z.array(participant),
  workstreams: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      tiers: z.array(z.enum(['member', 'partner', 'observer', 'stakeholder'])),
      participants: z.array(z.string()).nullable(),
      takingPart: z
        .array(z.string())
        .describe('Participants taking part: of the tiers, and of the list when there is one'),
    }),
  ),
});

/** The coalition as the API shows it: explicit fields, each workstream with who takes part. */
const toCoalitionDto = (c: Coalition) => ({
  code: c.code,
  name: c.name,
  description: c.description,
  origin: c.origin,
  participants: c.participants,
  workstreams: (c.workstreams ?? []).map((w) => ({
    ...w,
    takingPart: workstreamParticipants(c, w).map((p) => p.code),
  })),
});

const tierCounts = z.object({
  member: z.number(),
  partner: z.number(),
  observer: z.number(),
  stakeholder: z.number(),
});

const listBody = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      origin: z.enum(['grouping', 'custom', 'ad-hoc']),
      tiers: tierCounts,
    }),
  ),
});

const updateBody = coalitionDraftSchema.omit({ code: true });
const addBody = z.strictObject({ add: z.array(participantDraftSchema).min(1).max(400) });
const removeBody = z.strictObject({ remove: z.array(z.string().min(2).max(40)).min(1).max(400) });
const copyBody = z.strictObject({
  code: z.string(),
  name: z.string().optional(),
  add: z.array(participantDraftSchema).optional(),
  remove: z.array(z.string()).optional(),
});

export function coalitionRoutes(add: RouteAdder, services: Services): void {
  const s = services.coalitions;

  add({
    method: 'GET',
    url: '/api/v1/coalitions',
    summary: 'List coalitions: custom ones and every grouping, with participants per tier',
    tags: ['coalitions'],
    response: listBody,
    handler: async () => ({ items: await s.list() }),
  });

  add({
    method: 'GET',
    url: '/api/v1/coalitions/:code',
    summary: 'One coalition (custom or grouping) with its participants and tiers',
    tags: ['coalitions'],
    params: codeParam,
    response: coalitionBody,
    handler: async ({ params }) => toCoalitionDto(await s.get(params.code)),
  });

  add({
    method: 'POST',
    url: '/api/v1/coalitions',
    summary: 'Create a custom coalition',
    tags: ['coalitions'],
    permission: 'data:write',
    body: coalitionDraftSchema,
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
    params: codeParam,
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
    params: codeParam,
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
    params: codeParam,
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
    params: codeParam,
    body: copyBody,
    successStatus: 201,
    response: coalitionBody,
    handler: async ({ params, body }) => {
      const b = body;
      return toCoalitionDto(
        await s.copy(params.code, {
          code: b.code,
          ...(b.name !== undefined ? { name: b.name } : {}),
          ...(b.add ? { add: b.add } : {}),
          ...(b.remove ? { remove: b.remove } : {}),
        }),
      );
    },
  });

  add({
    method: 'DELETE',
    url: '/api/v1/coalitions/:code',
    summary: 'Delete a custom coalition',
    tags: ['coalitions'],
    permission: 'data:write',
    params: codeParam,
    successStatus: 204,
    response: z.null(),
    handler: async ({ params }) => {
      await s.delete(params.code);
      return null;
    },
  });
}
