// Routes for the illiberal use of technology under /api/v1/misuse: the case registry (each case
// seen by whom its confidentiality admits, so no answer here is cached), a case with its
// versions, suppliers and a supplier's footprint and listing status, a country's profile, the
// surveillance supply map, the technology → control-list map (the secretariat edits it), cases
// recorded by hand (data writers) and a proposal opened from a supplier or a case.
import { z } from 'zod';
import type { Services } from '../services/services.ts';
import type { RouteAdder } from './api-routes.ts';
import {
  caseBody,
  caseInput,
  caseQuery,
  casesBody,
  casesQuery,
  countryBody,
  countryParam,
  mapBody,
  proposalBody,
  proposalInput,
  supplierBody,
  supplierQuery,
  suppliersBody,
  suppliersQuery,
  technologyControlBody,
  technologyControlInput,
  technologyControlKey,
  technologyControlsBody,
} from './schemas/misuse.schema.ts';

export function misuseRoutes(add: RouteAdder, services: Services): void {
  const s = services.misuse;
  const tags = ['illiberal use of technology'];

  add({
    method: 'GET',
    url: '/api/v1/misuse/cases',
    summary:
      'Cases of surveillance, spyware, shutdowns and censorship the caller may see, filtered by country, kind, technology, year, supplier or source; latest first',
    tags,
    query: casesQuery,
    response: casesBody,
    handler: ({ query, principal }) => s.cases(query, principal),
  });

  add({
    method: 'POST',
    url: '/api/v1/misuse/cases',
    summary:
      'Record a case by hand (with its evidence and who may see it); recorded in the governance log',
    tags,
    permission: 'data:write',
    body: caseInput,
    successStatus: 201,
    response: caseBody,
    handler: ({ body, principal }) => s.recordCase(body, principal),
  });

  add({
    method: 'GET',
    url: '/api/v1/misuse/case',
    summary: 'One case (id=…) with every version and the sources its evidence cites',
    tags,
    query: caseQuery,
    response: caseBody,
    handler: ({ query, principal }) => s.case(query.id, principal),
  });

  add({
    method: 'PUT',
    url: '/api/v1/misuse/case',
    summary:
      'Replace a case recorded by hand (id=…): a new version; imported cases change only by import',
    tags,
    permission: 'data:write',
    query: caseQuery,
    body: caseInput,
    response: caseBody,
    handler: ({ query, body, principal }) => s.updateCase(query.id, body, principal),
  });

  add({
    method: 'GET',
    url: '/api/v1/misuse/suppliers',
    summary: 'The suppliers the cases name, most named first (q: words of a name)',
    tags,
    query: suppliersQuery,
    response: suppliersBody,
    handler: async ({ query, principal }) => {
      const all = await s.suppliers(principal, query.q);
      return { items: all.slice(0, query.limit ?? 200), total: all.length };
    },
  });

  add({
    method: 'GET',
    url: '/api/v1/misuse/supplier',
    summary:
      "A supplier's footprint (countries, technologies, years) and its listing status in every imported restricted-party list: listed by, not listed by, hits to review; the divergence among members",
    tags,
    query: supplierQuery,
    response: supplierBody,
    handler: ({ query, principal }) => s.supplier(query.name, principal),
  });

  add({
    method: 'GET',
    url: '/api/v1/misuse/countries/:iso3',
    summary:
      "A country's cases over time by kind, technologies, suppliers by origin, and its Freedom on the Net, digital repression and shutdown indicators",
    tags,
    params: countryParam,
    response: countryBody,
    handler: ({ params, principal }) => s.country(params.iso3, principal),
  });

  add({
    method: 'GET',
    url: '/api/v1/misuse/map',
    summary:
      'Per country, the origins of its surveillance supply (China, the United States, both, other, none named)',
    tags,
    response: mapBody,
    handler: ({ principal }) => s.supplyMap(principal),
  });

  add({
    method: 'GET',
    url: '/api/v1/misuse/technology-controls',
    summary:
      'The map from technology categories to control-list entries, and which imported lists control each',
    tags,
    cached: true,
    response: technologyControlsBody,
    handler: () => s.technologyControls(),
  });

  add({
    method: 'POST',
    url: '/api/v1/misuse/technology-controls',
    summary:
      "Map a technology category to a control-list entry or paragraph (the secretariat's); recorded in the governance log",
    tags,
    permission: 'admin',
    body: technologyControlInput,
    successStatus: 201,
    response: technologyControlBody,
    handler: ({ body, principal }) => s.saveTechnologyControl(body, principal),
  });

  add({
    method: 'POST',
    url: '/api/v1/misuse/technology-controls/remove',
    summary: "Remove a line of the technology → control map (the secretariat's)",
    tags,
    permission: 'admin',
    body: technologyControlKey,
    successStatus: 204,
    response: z.null(),
    handler: async ({ body, principal }) => {
      await s.deleteTechnologyControl(body, principal);
      return null;
    },
  });

  add({
    method: 'POST',
    url: '/api/v1/misuse/proposals',
    summary:
      'Open a proposal from a supplier ("list supplier X") or a case ("control technology Y") with the evidence written into its text',
    tags,
    permission: 'proposal:write',
    body: proposalInput,
    successStatus: 201,
    response: proposalBody,
    handler: ({ body, principal }) =>
      s.openProposal(
        {
          action: body.action,
          ...(body.supplier !== undefined ? { supplier: body.supplier } : {}),
          ...(body.caseId !== undefined ? { caseId: body.caseId } : {}),
          ...(body.confidentiality !== undefined ? { confidentiality: body.confidentiality } : {}),
        },
        principal,
      ),
  });
}
