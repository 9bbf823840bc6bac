// Routes of the policy registry under /api/v1/policies: full-text search with filters and facets,
// one instrument with its versions, several jurisdictions side by side on one topic, the topic
// taxonomy (edited by the secretariat), and instruments entered by delegations. Every answer
// holds only the records the caller's confidentiality admits, so none is cached across callers.
import { z } from 'zod';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './api-routes.ts';
import {
  compareBody,
  compareQuery,
  instrumentBody,
  instrumentInput,
  instrumentQuery,
  policySearchBody,
  policySearchQuery,
  topicBody,
  topicInput,
  topicParam,
  topicsBody,
} from './schemas/policies.schema.ts';

export function policyRoutes(add: RouteAdder, services: Services): void {
  const p = services.policies;
  const tags = ['policies'];

  add({
    method: 'GET',
    url: '/api/v1/policies',
    summary:
      'Search the policy registry: words in the title, description and tags, with filters (jurisdictions, topics, types, statuses, bindingness, source, years) and facet counts',
    tags,
    query: policySearchQuery,
    response: policySearchBody,
    handler: ({ query, principal }) => p.search(principal, query),
  });

  add({
    method: 'GET',
    url: '/api/v1/policies/instrument',
    summary:
      'One instrument (id=oecd-ai:143dd63b64a0) with every version an import or an edit made, and which attributes a model assigned',
    tags,
    query: instrumentQuery,
    response: instrumentBody,
    handler: ({ query, principal }) => p.instrument(principal, query.id),
  });

  add({
    method: 'GET',
    url: '/api/v1/policies/compare',
    summary:
      'The instruments of several jurisdictions on one topic side by side, with counts by type and bindingness and a timeline by year',
    tags,
    query: compareQuery,
    response: compareBody,
    handler: ({ query, principal }) => p.compare(principal, query),
  });

  add({
    method: 'GET',
    url: '/api/v1/policies/topics',
    summary:
      'The topic taxonomy: each topic with its parent, the source themes and tags that land on it, and the records on it (sub-topics included)',
    tags,
    response: topicsBody,
    handler: async ({ principal }) => ({ items: await p.topics(principal) }),
  });

  add({
    method: 'PUT',
    url: '/api/v1/policies/topics/:code',
    summary: "Create or replace a topic (the secretariat's); the tree must stay a tree",
    tags,
    permission: 'admin',
    params: topicParam,
    body: topicInput,
    response: topicBody,
    handler: ({ params, body, principal }) =>
      p.saveTopic(principal, { ...body, code: params.code }),
  });

  add({
    method: 'DELETE',
    url: '/api/v1/policies/topics/:code',
    summary: 'Remove a topic that has no sub-topics',
    tags,
    permission: 'admin',
    params: topicParam,
    successStatus: 204,
    response: z.null(),
    handler: async ({ params, principal }) => {
      await p.deleteTopic(principal, params.code);
      return null;
    },
  });

  add({
    method: 'POST',
    url: '/api/v1/policies/instruments',
    summary:
      "Enter an instrument on the platform (a delegation its own jurisdiction's; the secretariat any): kept with its versions and logged",
    tags,
    permission: 'data:write',
    body: instrumentInput,
    successStatus: 201,
    response: instrumentBody,
    handler: ({ body, principal }) => p.saveInstrument(principal, body),
  });

  add({
    method: 'PUT',
    url: '/api/v1/policies/instrument',
    summary: 'A new version of an instrument entered on the platform (id=manual:…)',
    tags,
    permission: 'data:write',
    query: instrumentQuery,
    body: instrumentInput,
    response: instrumentBody,
    handler: ({ query, body, principal }) => p.saveInstrument(principal, body, query.id),
  });
}
