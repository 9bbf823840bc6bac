// Routes of conversations under /api/v1/consultations/conversations: a consultation run as an open
// conversation (Pol.is style) — participants write short statements and vote agree, disagree or
// pass on others' — with the opinion map of its groups, what each group agrees on, and what holds
// across groups and across member economies; stratified so no economy or constituency dominates.
// Every answer depends on the caller (confidentiality, the caller's own next statement), so none
// is cached across callers; the map itself is cached by the service per data version, and only
// the caller's own place on it (`me`) is added per call.
import { z } from 'zod';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './api-routes.ts';
import {
  conversationBody,
  conversationInput,
  conversationParam,
  conversationsBody,
  exportBody,
  groupsBody,
  groupsQuery,
  moderationInput,
  nextBody,
  openBody,
  openInput,
  statementBody,
  statementInput,
  statementParam,
  voteBody,
  voteInput,
} from './schemas/conversations.schema.ts';

export function conversationRoutes(add: RouteAdder, services: Services): void {
  const c = services.conversations;
  const tags = ['consultations'];
  const base = '/api/v1/consultations/conversations';

  add({
    method: 'GET',
    url: base,
    summary: 'The conversations the caller may see, with their participants, votes and statements',
    tags,
    response: conversationsBody,
    handler: async ({ principal }) => ({ items: await c.list(principal) }),
  });

  add({
    method: 'POST',
    url: base,
    summary: "Start a conversation with its seed statements (the secretariat's); it opens at once",
    tags,
    permission: 'admin',
    body: conversationInput,
    successStatus: 201,
    response: conversationBody,
    handler: ({ body, principal }) => c.create(principal, body),
  });

  add({
    method: 'GET',
    url: `${base}/:code`,
    summary:
      'One conversation: its statements (pending and rejected ones for the secretariat) and counts',
    tags,
    params: conversationParam,
    response: conversationBody,
    handler: ({ params, principal }) => c.get(principal, params.code),
  });

  add({
    method: 'PUT',
    url: `${base}/:code/open`,
    summary: 'Open or close a conversation to new statements and votes',
    tags,
    permission: 'admin',
    params: conversationParam,
    body: openInput,
    response: openBody,
    handler: ({ params, body, principal }) => c.setOpen(principal, params.code, body.open),
  });

  add({
    method: 'POST',
    url: `${base}/:code/statements`,
    summary:
      'Write a statement (at most 1,000 characters, any language); shown once the secretariat accepts it',
    tags,
    permission: 'read:signed-in',
    params: conversationParam,
    body: statementInput,
    successStatus: 201,
    response: statementBody,
    handler: ({ params, body, principal }) => c.addStatement(principal, params.code, body),
  });

  add({
    method: 'PUT',
    url: `${base}/:code/statements/:id/moderation`,
    summary: 'Accept or reject a statement (the secretariat’s); rejected ones leave the analysis',
    tags,
    permission: 'admin',
    params: statementParam,
    body: moderationInput,
    successStatus: 204,
    response: z.null(),
    handler: async ({ params, body, principal }) => {
      await c.moderate(principal, params.code, params.id, body.moderation);
      return null;
    },
  });

  add({
    method: 'POST',
    url: `${base}/:code/votes`,
    summary: 'Vote agree (1), disagree (−1) or pass (0) on a statement; a later vote replaces it',
    tags,
    permission: 'read:signed-in',
    params: conversationParam,
    body: voteInput,
    response: voteBody,
    handler: ({ params, body, principal }) => c.vote(principal, params.code, body),
  });

  add({
    method: 'GET',
    url: `${base}/:code/next`,
    summary:
      'The next statement for the caller: one it has not voted on, fewest votes first, then newest (null when none is left)',
    tags,
    permission: 'read:signed-in',
    params: conversationParam,
    response: nextBody,
    handler: ({ params, principal }) => c.next(principal, params.code),
  });

  add({
    method: 'GET',
    url: `${base}/:code/groups`,
    summary:
      'The opinion map: participants projected on two components, their groups (k by silhouette) with their participants by economy and constituency, each group’s representative statements, consensus across groups and across member economies, and the caller’s own group; weighted when asked so that every economy or constituency weighs the same, or each economy in proportion to an indicator (weight=indicator&indicator=population[&year=2023])',
    tags,
    params: conversationParam,
    query: groupsQuery,
    response: groupsBody,
    handler: ({ params, query, principal }) => c.groups(principal, params.code, query),
  });

  add({
    method: 'GET',
    url: `${base}/:code/export`,
    summary:
      'The conversation in Polis’s export layout: comments.csv, votes.csv, participants-votes.csv, summary.csv',
    tags,
    params: conversationParam,
    response: exportBody,
    handler: ({ params, principal }) => c.exportPolis(principal, params.code),
  });
}
