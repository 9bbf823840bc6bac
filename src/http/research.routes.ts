// Routes for research and development under /api/v1/research: strengths by field, collaboration
// of two economies, the members' network with their concern dependence, partner suggestions (with
// each suggested institution screened), and an institution resolved to the registry and screened.
// Answers that carry screening decisions depend on the caller and are not cached.
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './api-routes.ts';
import {
  collaborationBody,
  collaborationQuery,
  institutionBody,
  institutionQuery,
  networkBody,
  networkQuery,
  partnersBody,
  proposalBody,
  proposalInput,
  partnersQuery,
  strengthsBody,
  strengthsQuery,
} from './schemas/research.schema.ts';

export function researchRoutes(add: RouteAdder, services: Services): void {
  const s = services.research;
  const tags = ['research'];

  add({
    method: 'GET',
    url: '/api/v1/research/strengths',
    summary:
      "Each economy's articles, world share and specialisation (revealed comparative advantage) in a field and year, and a coalition's world share by field",
    tags,
    cached: true,
    query: strengthsQuery,
    response: strengthsBody,
    handler: ({ query }) => s.strengths(query),
  });

  add({
    method: 'GET',
    url: '/api/v1/research/collaboration',
    summary:
      'Co-authored articles (NSF), works (OpenAlex) and joint Horizon 2020 projects (CORDIS) of two economies per year, with the collaboration index',
    tags,
    cached: true,
    query: collaborationQuery,
    response: collaborationBody,
    handler: ({ query }) => s.collaboration(query.a, query.b),
  });

  add({
    method: 'GET',
    url: '/api/v1/research/network',
    summary:
      "The members' co-authorship network for one source, field and year (centrality, under-connected pairs) and each member's share of international output with countries of concern",
    tags,
    cached: true,
    query: networkQuery,
    response: networkBody,
    handler: ({ query }) => s.network(query),
  });

  add({
    method: 'GET',
    url: '/api/v1/research/partners',
    summary:
      'Partner suggestions for a member in a field, ranked by complementarity and untapped collaboration with their reasons in numbers; for AI, institutions of the pool, each screened against the restricted-party lists',
    tags,
    query: partnersQuery,
    response: partnersBody,
    handler: ({ query, principal }) =>
      s.partners({
        member: query.member,
        field: query.field,
        ...(query.pool !== undefined ? { pool: query.pool } : {}),
        viewer: principal,
      }),
  });

  add({
    method: 'GET',
    url: '/api/v1/research/institution',
    summary:
      'An institution (name, alias, acronym or ROR id) resolved to the research organisation registry and screened against every imported restricted-party list, with why',
    tags,
    query: institutionQuery,
    response: institutionBody,
    handler: ({ query, principal }) => s.institution(query.name, principal),
  });

  add({
    method: 'POST',
    url: '/api/v1/research/proposals',
    summary:
      "Propose a joint research programme between a member and an institution through governance, with the institution's screening in the text",
    tags,
    permission: 'proposal:write',
    body: proposalInput,
    successStatus: 201,
    response: proposalBody,
    handler: ({ body, principal }) =>
      s.proposePartnership(
        {
          member: body.member,
          institution: body.institution,
          field: body.field,
          ...(body.confidentiality !== undefined ? { confidentiality: body.confidentiality } : {}),
        },
        principal,
      ),
  });
}
