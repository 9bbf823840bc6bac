// Governance routes: /api/v1/workstreams and /api/v1/proposals (text, versions and diffs,
// comments, lifecycle, ballots and the tally). Answers depend on the caller (confidentiality), so
// none is cached; what a caller may not see is 404.
import { toCsv } from '../core/csv.ts';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './app.ts';
import { RawBody } from './response-cache.ts';
import {
  ballotBody,
  commentBody,
  commentListResponse,
  commentResponse,
  commitmentReportResponse,
  commitmentsDashboardResponse,
  consultationAnsweredResponse,
  consultationQuestionsBody,
  consultationResponse,
  consultationResponseBody,
  consultationViewResponse,
  diffQuery,
  diffResponse,
  implementationReportBody,
  proposalDraftBody,
  proposalEditBody,
  proposalExportQuery,
  proposalExportResponse,
  proposalIdParam,
  proposalListQuery,
  proposalListResponse,
  proposalResponse,
  proposalVersionResponse,
  proposalVersionsResponse,
  proposalViewResponse,
  tallyViewResponse,
  transitionBody,
  workstreamBody,
  workstreamCodeParam,
  workstreamListResponse,
  workstreamSavedResponse,
} from './schemas/governance.schema.ts';

/** A proposal in a listing: everything but its text. */
const summary = <T extends { text: string }>(p: T): Omit<T, 'text'> => {
  const { text: _text, ...rest } = p;
  return rest;
};

export function governanceRoutes(add: RouteAdder, services: Services): void {
  const g = services.governance;

  add({
    method: 'GET',
    url: '/api/v1/workstreams',
    summary: 'Workstreams with their decision rule and each participating delegation’s rights',
    tags: ['governance'],
    response: workstreamListResponse,
    handler: async () => ({ items: await g.workstreams() }),
  });

  add({
    method: 'PUT',
    url: '/api/v1/workstreams/:code',
    summary:
      'Create or replace a workstream: name, decision rule, participants and their rights (secretariat; audited)',
    tags: ['governance'],
    permission: 'admin',
    params: workstreamCodeParam,
    body: workstreamBody,
    response: workstreamSavedResponse,
    handler: ({ params, body, principal }) =>
      g.saveWorkstream(principal, { ...body, code: params.code }),
  });

  add({
    method: 'GET',
    url: '/api/v1/proposals',
    summary:
      'Proposals the caller may see (newest first), filtered by state, workstream or a search in titles and texts',
    tags: ['governance'],
    query: proposalListQuery,
    response: proposalListResponse,
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
    query: proposalExportQuery,
    alsoProduces: ['text/csv', 'application/x-ndjson'],
    response: proposalExportResponse,
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
    body: proposalDraftBody,
    successStatus: 201,
    response: proposalResponse,
    handler: ({ body, principal }) => g.create(principal, body),
  });

  add({
    method: 'GET',
    url: '/api/v1/proposals/:id',
    summary:
      'One proposal with its current text and what the caller may do with it (404 when the caller may not see it)',
    tags: ['governance'],
    params: proposalIdParam,
    response: proposalViewResponse,
    handler: ({ params, principal }) => g.get(principal, params.id),
  });

  add({
    method: 'PUT',
    url: '/api/v1/proposals/:id/text',
    summary:
      'A new version of the text (and title), with a note; by the proposing delegation or the secretariat, before the vote (audited)',
    tags: ['governance'],
    permission: 'proposal:write',
    params: proposalIdParam,
    body: proposalEditBody,
    response: proposalVersionResponse,
    handler: ({ params, body, principal }) => g.edit(principal, params.id, body),
  });

  add({
    method: 'GET',
    url: '/api/v1/proposals/:id/versions',
    summary: 'Every version of the text, oldest first',
    tags: ['governance'],
    params: proposalIdParam,
    response: proposalVersionsResponse,
    handler: async ({ params, principal }) => ({ items: await g.versions(principal, params.id) }),
  });

  add({
    method: 'GET',
    url: '/api/v1/proposals/:id/diff',
    summary: 'The line diff between two versions, as hunks and as a unified diff',
    tags: ['governance'],
    params: proposalIdParam,
    query: diffQuery,
    response: diffResponse,
    handler: ({ params, query, principal }) => g.diff(principal, params.id, query.from, query.to),
  });

  add({
    method: 'POST',
    url: '/api/v1/proposals/:id/transition',
    summary:
      'Move a proposal through its lifecycle (to, and the window of a consultation or vote); preconditions checked, audited (secretariat)',
    tags: ['governance'],
    permission: 'proposal:transition',
    params: proposalIdParam,
    body: transitionBody,
    response: proposalResponse,
    handler: ({ params, body, principal }) => g.transition(principal, params.id, body),
  });

  add({
    method: 'GET',
    url: '/api/v1/proposals/:id/comments',
    summary: 'Comments on a proposal, oldest first (threads by parentId)',
    tags: ['governance'],
    params: proposalIdParam,
    response: commentListResponse,
    handler: async ({ params, principal }) => ({ items: await g.comments(principal, params.id) }),
  });

  add({
    method: 'POST',
    url: '/api/v1/proposals/:id/comments',
    summary: 'Comment on a proposal (the workstream’s comment right; audited)',
    tags: ['governance'],
    permission: 'comment',
    params: proposalIdParam,
    body: commentBody,
    successStatus: 201,
    response: commentResponse,
    handler: ({ params, body, principal }) => g.comment(principal, params.id, body),
  });

  add({
    method: 'GET',
    url: '/api/v1/proposals/:id/tally',
    summary:
      'The live tally (final once the window has closed), with every threshold, by how much it is met, and the advisory ballots apart',
    tags: ['governance'],
    params: proposalIdParam,
    response: tallyViewResponse,
    handler: ({ params, principal }) => g.tallyView(principal, params.id),
  });

  add({
    method: 'POST',
    url: '/api/v1/proposals/:id/ballot',
    summary:
      'Cast or change the caller’s delegation’s ballot (yes, no, abstain; object under consensus) while the window is open (audited)',
    tags: ['governance'],
    permission: 'ballot',
    params: proposalIdParam,
    body: ballotBody,
    response: tallyViewResponse,
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
    params: proposalIdParam,
    body: consultationQuestionsBody,
    response: consultationResponse,
    handler: ({ params, body, principal }) => c.setQuestions(principal, params.id, body),
  });

  add({
    method: 'GET',
    url: '/api/v1/proposals/:id/consultation',
    summary:
      'The consultation: questions, whether it is open, results raw and weighted per economy (and by constituency), and the caller’s own answers',
    tags: ['governance'],
    params: proposalIdParam,
    response: consultationViewResponse,
    handler: ({ params, principal }) => c.view(principal, params.id),
  });

  add({
    method: 'POST',
    url: '/api/v1/proposals/:id/consultation/responses',
    summary:
      'Answer the consultation (admitted delegations and stakeholders, while it is open); a second answer replaces the first (audited)',
    tags: ['governance'],
    permission: 'consultation:respond',
    params: proposalIdParam,
    body: consultationResponseBody,
    response: consultationAnsweredResponse,
    handler: ({ params, body, principal }) => c.respond(principal, params.id, body),
  });

  add({
    method: 'POST',
    url: '/api/v1/proposals/:id/implementation',
    summary:
      'Report national implementation of an adopted proposal: status, evidence link, date (member delegations; audited)',
    tags: ['governance'],
    permission: 'implementation:report',
    params: proposalIdParam,
    body: implementationReportBody,
    successStatus: 201,
    response: commitmentReportResponse,
    handler: ({ params, body, principal }) => c.report(principal, params.id, body),
  });

  add({
    method: 'GET',
    url: '/api/v1/commitments',
    summary:
      'The commitments dashboard: per adopted proposal the members’ implementation statuses and their divergence; per member its statuses',
    tags: ['governance'],
    response: commitmentsDashboardResponse,
    handler: ({ principal }) => c.dashboard(principal),
  });
}
