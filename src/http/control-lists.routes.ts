// Routes for item control lists under /api/v1/control-lists: the imported lists, a list's entries,
// one entry across lists, the diff of two lists, unilateral controls, adoption lag, the alignment
// matrix, search, and the links from entries to supply-chain inputs with what they show. Lists
// arrive by import; links are written here (data:write, recorded in the governance log).
import { z } from 'zod';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './api-routes.ts';
import {
  alignBody,
  alignQuery,
  diffBody,
  diffQuery,
  entryBody,
  entryParam,
  entryQuery,
  inputsBody,
  inputsQuery,
  lagBody,
  linkBody,
  linkResponse,
  linksBody,
  linksQuery,
  unlinkBody,
  listBody,
  listParam,
  listsBody,
  memberQuery,
  searchBody,
  searchQuery,
  unilateralBody,
} from './schemas/control-lists.schema.ts';

export function controlListRoutes(add: RouteAdder, services: Services): void {
  const s = services.controlLists;
  const tags = ['control lists'];

  add({
    method: 'GET',
    url: '/api/v1/control-lists',
    summary: 'The imported item control lists (regime lists first), with version date and size',
    tags,
    cached: true,
    response: listsBody,
    handler: async () => ({ items: await s.lists() }),
  });

  add({
    method: 'GET',
    url: '/api/v1/control-lists/diff',
    summary:
      'Diff of two lists: entries only in A or B; for shared entries, paragraphs only in A or B ("not used" counts as absent), texts that differ (word diff), and numbers that differ',
    tags,
    cached: true,
    query: diffQuery,
    response: diffBody,
    handler: ({ query }) => s.diff(query.a, query.b),
  });

  add({
    method: 'GET',
    url: '/api/v1/control-lists/unilateral',
    summary:
      "Unilateral controls: a member's entries and paragraphs with no counterpart in the regime's list",
    tags,
    cached: true,
    query: memberQuery,
    response: unilateralBody,
    handler: ({ query }) => s.unilateral(query.list, query.regime),
  });

  add({
    method: 'GET',
    url: '/api/v1/control-lists/lag',
    summary:
      "Adoption lag: the regime's controlled entries and paragraphs a member's list lacks, with both lists' dates",
    tags,
    cached: true,
    query: memberQuery,
    response: lagBody,
    handler: ({ query }) => s.lag(query.list, query.regime),
  });

  add({
    method: 'GET',
    url: '/api/v1/control-lists/alignment',
    summary:
      "Alignment matrix: per member list and category, the regime's entries present and implemented identically, paragraphs with the same numbers, and one score per member",
    tags,
    cached: true,
    query: alignQuery,
    response: alignBody,
    handler: ({ query }) =>
      s.align({
        ...(query.regime ? { regime: query.regime } : {}),
        ...(query.lists ? { lists: query.lists } : {}),
      }),
  });

  add({
    method: 'GET',
    url: '/api/v1/control-lists/search',
    summary: 'Full-text search across every list’s headings and paragraphs',
    tags,
    cached: true,
    query: searchQuery,
    response: searchBody,
    handler: ({ query }) =>
      s.search(query.q, {
        ...(query.lists ? { lists: query.lists } : {}),
        ...(query.limit !== undefined ? { limit: query.limit } : {}),
      }),
  });

  add({
    method: 'GET',
    url: '/api/v1/control-lists/links',
    summary: 'The links from list entries (or paragraphs) to supply-chain inputs, kept as data',
    tags,
    cached: true,
    query: linksQuery,
    response: linksBody,
    handler: async ({ query }) => ({ items: await s.links(query.chain) }),
  });

  add({
    method: 'POST',
    url: '/api/v1/control-lists/links',
    summary:
      'Link an entry or paragraph to a supply-chain input (or replace its note); recorded against the caller in the governance log',
    tags,
    permission: 'data:write',
    body: linkBody,
    successStatus: 201,
    response: linkResponse,
    handler: ({ body, principal }) =>
      s.saveLink(
        {
          code: body.code,
          chain: body.chain,
          input: body.input,
          ...(body.paragraph !== undefined ? { paragraph: body.paragraph } : {}),
          ...(body.note !== undefined ? { note: body.note } : {}),
        },
        principal,
      ),
  });

  add({
    method: 'POST',
    url: '/api/v1/control-lists/links/remove',
    summary: 'Remove a link; recorded against the caller in the governance log',
    tags,
    permission: 'data:write',
    body: unlinkBody,
    successStatus: 204,
    response: z.null(),
    handler: async ({ body, principal }) => {
      await s.deleteLink(
        {
          code: body.code,
          chain: body.chain,
          input: body.input,
          ...(body.paragraph !== undefined ? { paragraph: body.paragraph } : {}),
        },
        principal,
      );
      return null;
    },
  });

  add({
    method: 'GET',
    url: '/api/v1/control-lists/inputs',
    summary:
      "Per linked input of a chain: the member lists that control it, the regime lists, the coalition's suppliers and whether each one's list controls it, and where one member controls alone",
    tags,
    cached: true,
    query: inputsQuery,
    response: inputsBody,
    handler: ({ query }) =>
      s.inputControls(query.chain, query.coalition ? { coalition: query.coalition } : {}),
  });

  add({
    method: 'GET',
    url: '/api/v1/control-lists/entries/:code',
    summary:
      'One entry (3B001, 3.B.1., 8B301) in each list that has it, with its paragraph tree and the numbers read from each paragraph',
    tags,
    cached: true,
    params: entryParam,
    query: entryQuery,
    response: entryBody,
    handler: ({ params, query }) => s.entry(params.code, query.lists),
  });

  add({
    method: 'GET',
    url: '/api/v1/control-lists/:id',
    summary: "One list's entries in code order, with counts per category",
    tags,
    cached: true,
    params: listParam,
    response: listBody,
    handler: ({ params }) => s.list(params.id),
  });
}
