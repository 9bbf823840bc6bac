// Governance routes: /api/v1/workstreams and /api/v1/proposals (text, versions and diffs,
// comments, lifecycle, ballots and the tally). Answers depend on the caller (confidentiality), so
// none is cached; what a caller may not see is 404.
import { z } from 'zod';
import { toCsv } from '../core/csv.ts';
import { PROPOSAL_STATES, type ProposalState } from '../core/governance/proposal.ts';
import {
  ballotSchema,
  commentSchema,
  editSchema,
  transitionSchema,
  workstreamSchema,
} from '../services/governance.service.ts';
import { proposalDraftSchema } from '../core/governance/proposal.ts';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './app.ts';
import { RawBody } from './response-cache.ts';

const idParam = z.object({ id: z.string().uuid('must be a proposal id') });
const codeParam = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_-]{1,39}$/, 'must be a workstream code'),
});

const proposal = z.looseObject({
  id: z.string(),
  title: z.string(),
  text: z.string(),
  state: z.enum(PROPOSAL_STATES as [ProposalState, ...ProposalState[]]),
  confidentiality: z.string(),
  restrictedTo: z.array(z.string()),
  workstream: z.string().nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const listQuery = z.strictObject({
  state: z.enum(PROPOSAL_STATES as [ProposalState, ...ProposalState[]]).optional(),
  workstream: z.string().max(40).optional(),
  q: z.string().trim().max(200).optional().describe('search in titles and texts'),
});

/** A proposal in a listing: everything but its text. */
const summary = <T extends { text: string }>(p: T): Omit<T, 'text'> => {
  const { text: _text, ...rest } = p;
  return rest;
};

/** A version number in the query: required, a whole number from 1. */
const versionNumber = (name: string) =>
  z
    .string({ error: `${name} is required: a version number, e.g. ${name}=1` })
    .regex(/^[1-9]\d{0,8}$/, `${name} must be a version number (1, 2, …)`)
    .transform(Number)
    .describe('A version number (1 is the first text)');

export function governanceRoutes(add: RouteAdder, services: Services): void {
  const g = services.governance;

  add({
    method: 'GET',
    url: '/api/v1/workstreams',
    summary: 'Workstreams with their decision rule and each participating delegation’s rights',
    tags: ['governance'],
    response: z.object({ items: z.array(z.looseObject({ code: z.string(), name: z.string() })) }),
    handler: async () => ({ items: await g.workstreams() }),
  });

  add({
    method: 'PUT',
    url: '/api/v1/workstreams/:code',
    summary:
      'Create or replace a workstream: name, decision rule, participants and their rights (secretariat; audited)',
    tags: ['governance'],
    permission: 'admin',
    params: codeParam,
    body: workstreamSchema.omit({ code: true }),
    response: z.object({ status: z.enum(['created', 'updated']), workstream: z.looseObject({}) }),
    handler: ({ params, body, principal }) =>
      g.saveWorkstream(principal, { ...body, code: params.code }),
  });

  add({
    method: 'GET',
    url: '/api/v1/proposals',
    summary:
      'Proposals the caller may see (newest first), filtered by state, workstream or a search in titles and texts',
    tags: ['governance'],
    query: listQuery,
    response: z.object({
      items: z.array(z.looseObject({ id: z.string(), title: z.string(), state: z.string() })),
    }),
    handler: async ({ query, principal }) => ({
      items: (
        await g.list(principal, {
          ...(query.state ? { state: query.state } : {}),
          ...(query.workstream ? { workstream: query.workstream } : {}),
          ...(query.q ? { q: query.q } : {}),
        })
      ).map(summary),
    }),
  });

  add({
    method: 'GET',
    url: '/api/v1/proposals/export',
    summary:
      'Export the proposals the caller may see, with their current text: CSV (default) or JSON lines',
    tags: ['governance'],
    query: z.strictObject({ format: z.enum(['csv', 'jsonl']).default('csv') }),
    alsoProduces: ['text/csv', 'application/x-ndjson'],
    response: z.string(),
    handler: async ({ query, principal }) => {
      const items = await g.list(principal);
      if (query.format === 'jsonl')
        return new RawBody(
          'application/x-ndjson; charset=utf-8',
          items.map((p) => JSON.stringify(p)).join('\n') + (items.length ? '\n' : ''),
          {
            'content-disposition': 'attachment; filename="proposals.jsonl"',
          },
        );
      return new RawBody(
        'text/csv; charset=utf-8',
        toCsv(
          [
            'id',
            'title',
            'state',
            'confidentiality',
            'workstream',
            'version',
            'updated_at',
            'text',
          ],
          items.map((p) => [
            p.id,
            p.title,
            p.state,
            p.confidentiality,
            p.workstream,
            p.version,
            p.updatedAt,
            p.text,
          ]),
        ),
        { 'content-disposition': 'attachment; filename="proposals.csv"' },
      );
    },
  });

  add({
    method: 'POST',
    url: '/api/v1/proposals',
    summary:
      'Create a draft proposal: title, text, confidentiality (restrictedTo for restricted), workstream, optional decision rule (audited)',
    tags: ['governance'],
    permission: 'proposal:write',
    body: proposalDraftSchema,
    successStatus: 201,
    response: proposal,
    handler: ({ body, principal }) => g.create(principal, body),
  });

  add({
    method: 'GET',
    url: '/api/v1/proposals/:id',
    summary:
      'One proposal with its current text and what the caller may do with it (404 when the caller may not see it)',
    tags: ['governance'],
    params: idParam,
    response: proposal,
    handler: ({ params, principal }) => g.get(principal, params.id),
  });

  add({
    method: 'PUT',
    url: '/api/v1/proposals/:id/text',
    summary:
      'A new version of the text (and title), with a note; by the proposing delegation or the secretariat, before the vote (audited)',
    tags: ['governance'],
    permission: 'proposal:write',
    params: idParam,
    body: editSchema,
    response: z.looseObject({ version: z.number() }),
    handler: ({ params, body, principal }) => g.edit(principal, params.id, body),
  });

  add({
    method: 'GET',
    url: '/api/v1/proposals/:id/versions',
    summary: 'Every version of the text, oldest first',
    tags: ['governance'],
    params: idParam,
    response: z.object({
      items: z.array(z.looseObject({ version: z.number(), text: z.string() })),
    }),
    handler: async ({ params, principal }) => ({ items: await g.versions(principal, params.id) }),
  });

  add({
    method: 'GET',
    url: '/api/v1/proposals/:id/diff',
    summary: 'The line diff between two versions, as hunks and as a unified diff',
    tags: ['governance'],
    params: idParam,
    query: z.strictObject({
      from: versionNumber('from'),
      to: versionNumber('to'),
    }),
    response: z.object({
      from: z.number(),
      to: z.number(),
      hunks: z.array(z.looseObject({ kind: z.string() })),
      unified: z.string(),
    }),
    handler: ({ params, query, principal }) => g.diff(principal, params.id, query.from, query.to),
  });

  add({
    method: 'POST',
    url: '/api/v1/proposals/:id/transition',
    summary:
      'Move a proposal through its lifecycle (to, and the window of a consultation or vote); preconditions checked, audited (secretariat)',
    tags: ['governance'],
    permission: 'proposal:transition',
    params: idParam,
    body: transitionSchema,
    response: proposal,
    handler: ({ params, body, principal }) => g.transition(principal, params.id, body),
  });

  add({
    method: 'GET',
    url: '/api/v1/proposals/:id/comments',
    summary: 'Comments on a proposal, oldest first (threads by parentId)',
    tags: ['governance'],
    params: idParam,
    response: z.object({ items: z.array(z.looseObject({ id: z.string(), body: z.string() })) }),
    handler: async ({ params, principal }) => ({ items: await g.comments(principal, params.id) }),
  });

  add({
    method: 'POST',
    url: '/api/v1/proposals/:id/comments',
    summary: 'Comment on a proposal (the workstream’s comment right; audited)',
    tags: ['governance'],
    permission: 'comment',
    params: idParam,
    body: commentSchema,
    successStatus: 201,
    response: z.looseObject({ id: z.string() }),
    handler: ({ params, body, principal }) => g.comment(principal, params.id, body),
  });

  add({
    method: 'GET',
    url: '/api/v1/proposals/:id/tally',
    summary:
      'The live tally (final once the window has closed), with every threshold, by how much it is met, and the advisory ballots apart',
    tags: ['governance'],
    params: idParam,
    response: z.looseObject({ tally: z.looseObject({ outcome: z.string() }) }),
    handler: ({ params, principal }) => g.tallyView(principal, params.id),
  });

  add({
    method: 'POST',
    url: '/api/v1/proposals/:id/ballot',
    summary:
      'Cast or change the caller’s delegation’s ballot (yes, no, abstain; object under consensus) while the window is open (audited)',
    tags: ['governance'],
    permission: 'ballot',
    params: idParam,
    body: ballotSchema,
    response: z.looseObject({ tally: z.looseObject({ outcome: z.string() }) }),
    handler: ({ params, body, principal }) => g.vote(principal, params.id, body),
  });

  const c = services.consultations;

  add({
    method: 'PUT',
    url: '/api/v1/proposals/:id/consultation',
    summary:
      'Set the consultation’s questions (free text, single and multiple choice, scales); its window is the proposal’s consultation window (secretariat; audited)',
    tags: ['governance'],
    permission: 'admin',
    params: idParam,
    body: z.looseObject({}),
    response: z.looseObject({ questions: z.array(z.looseObject({ id: z.string() })) }),
    handler: ({ params, body, principal }) => c.setQuestions(principal, params.id, body),
  });

  add({
    method: 'GET',
    url: '/api/v1/proposals/:id/consultation',
    summary:
      'The consultation: questions, whether it is open, results raw and weighted per economy (and by constituency), and the caller’s own answers',
    tags: ['governance'],
    params: idParam,
    response: z.looseObject({
      open: z.boolean(),
      results: z.looseObject({ respondents: z.number() }),
    }),
    handler: ({ params, principal }) => c.view(principal, params.id),
  });

  add({
    method: 'POST',
    url: '/api/v1/proposals/:id/consultation/responses',
    summary:
      'Answer the consultation (admitted delegations and stakeholders, while it is open); a second answer replaces the first (audited)',
    tags: ['governance'],
    permission: 'consultation:respond',
    params: idParam,
    body: z.looseObject({}),
    response: z.looseObject({ replaced: z.boolean() }),
    handler: ({ params, body, principal }) => c.respond(principal, params.id, body),
  });

  add({
    method: 'POST',
    url: '/api/v1/proposals/:id/implementation',
    summary:
      'Report national implementation of an adopted proposal: status, evidence link, date (member delegations; audited)',
    tags: ['governance'],
    permission: 'implementation:report',
    params: idParam,
    body: z.looseObject({}),
    successStatus: 201,
    response: z.looseObject({ status: z.string() }),
    handler: ({ params, body, principal }) => c.report(principal, params.id, body),
  });

  add({
    method: 'GET',
    url: '/api/v1/commitments',
    summary:
      'The commitments dashboard: per adopted proposal the members’ implementation statuses and their divergence; per member its statuses',
    tags: ['governance'],
    response: z.looseObject({
      proposals: z.array(z.looseObject({})),
      members: z.array(z.looseObject({})),
    }),
    handler: ({ principal }) => c.dashboard(principal),
  });
}
