// Routes of members' positions under /api/v1/positions: the policy issues (kept by the
// secretariat, with the agreed option set from an adopted proposal), each member's current and
// pending position with its history, and the analyses — the divergence matrix with the members
// ordered by similarity, the issues that split the alliance, the distance from what was agreed,
// a member's outliers. Positions can be members-only: every answer depends on the caller.
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './api-routes.ts';
import {
  agreedInput,
  historyBody,
  historyQuery,
  issueBody,
  issueInput,
  issueParam,
  issueReplaceInput,
  issuesBody,
  issuesQuery,
  matrixBody,
  matrixQuery,
  outliersBody,
  outliersQuery,
  positionInput,
  positionsBody,
  positionsQuery,
  withdrawInput,
} from './schemas/divergences.schema.ts';

export function positionRoutes(add: RouteAdder, services: Services): void {
  const s = services.positions;
  const tags = ['positions'];

  add({
    method: 'GET',
    url: '/api/v1/positions/issues',
    summary:
      'The policy issues (one workstream’s when named): options in order, the agreed option, members answered and how far apart they are',
    tags,
    query: issuesQuery,
    response: issuesBody,
    handler: async ({ query, principal }) => ({ items: await s.issues(principal, query) }),
  });

  add({
    method: 'POST',
    url: '/api/v1/positions/issues',
    summary: "Create a policy issue with its ordered options (the secretariat's); logged",
    tags,
    permission: 'admin',
    body: issueInput,
    successStatus: 201,
    response: issueBody,
    handler: ({ body, principal }) => s.saveIssue(principal, body),
  });

  add({
    method: 'GET',
    url: '/api/v1/positions/issues/:id',
    summary:
      "One issue with every member's current and pending position, its evidence, the agreed option and pending positions that would move away from it",
    tags,
    params: issueParam,
    response: issueBody,
    handler: ({ params, principal }) => s.issue(principal, params.id),
  });

  add({
    method: 'PUT',
    url: '/api/v1/positions/issues/:id',
    summary:
      'Replace an issue’s title, description, options or confidentiality (options in use stay)',
    tags,
    permission: 'admin',
    params: issueParam,
    body: issueReplaceInput,
    response: issueBody,
    handler: ({ params, body, principal }) => s.saveIssue(principal, { ...body, id: params.id }),
  });

  add({
    method: 'PUT',
    url: '/api/v1/positions/issues/:id/agreed',
    summary:
      'Record the option the alliance agreed, from an adopted proposal (or clear it); pending positions moving away from it raise alerts',
    tags,
    permission: 'admin',
    params: issueParam,
    body: agreedInput,
    response: issueBody,
    handler: ({ params, body, principal }) => s.setAgreed(principal, params.id, body),
  });

  add({
    method: 'POST',
    url: '/api/v1/positions/issues/:id/positions',
    summary:
      "Record a member's position (a delegate its own delegation's; the secretariat any member's): current or pending with an expected date, with evidence; kept in the history and logged",
    tags,
    permission: 'position:write',
    params: issueParam,
    body: positionInput,
    response: issueBody,
    handler: ({ params, body, principal }) => s.setPosition(principal, params.id, body),
  });

  add({
    method: 'POST',
    url: '/api/v1/positions/issues/:id/withdraw',
    summary: "Withdraw a member's current or pending position (its history stays)",
    tags,
    permission: 'position:write',
    params: issueParam,
    body: withdrawInput,
    response: issueBody,
    handler: ({ params, body, principal }) =>
      s.withdrawPosition(principal, params.id, body.member, body.status),
  });

  add({
    method: 'GET',
    url: '/api/v1/positions/issues/:id/history',
    summary: 'Every position recorded on an issue (one member’s when named), newest first',
    tags,
    params: issueParam,
    query: historyQuery,
    response: historyBody,
    handler: async ({ params, query, principal }) => ({
      items: await s.history(principal, params.id, query.member),
    }),
  });

  add({
    method: 'GET',
    url: '/api/v1/positions',
    summary: 'Live positions (current and pending) by issue or member',
    tags,
    query: positionsQuery,
    response: positionsBody,
    handler: async ({ query, principal }) => ({
      items: await s.positions(principal, {
        ...(query.issue !== undefined ? { issueId: query.issue } : {}),
        ...(query.member !== undefined ? { member: query.member } : {}),
      }),
    }),
  });

  add({
    method: 'GET',
    url: '/api/v1/positions/matrix',
    summary:
      'The pairwise divergence matrix (|a − b| / (options − 1), averaged over shared issues), members ordered by similarity (average-linkage clustering), the issues that split the alliance and each member’s distance from agreed options',
    tags,
    query: matrixQuery,
    response: matrixBody,
    handler: ({ query, principal }) => s.matrix(principal, query),
  });

  add({
    method: 'GET',
    url: '/api/v1/positions/outliers',
    summary: "A member's outliers: the issues where it stands furthest from the other members",
    tags,
    query: outliersQuery,
    response: outliersBody,
    handler: ({ query, principal }) => s.outliers(principal, query.member, query.workstream),
  });
}
