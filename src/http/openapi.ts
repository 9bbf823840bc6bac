// Builds the OpenAPI 3.1 document from the route registry's Zod schemas.
import { z } from 'zod';
import type { RouteRegistry } from './route.ts';

const errorSchema = z.object({
  code: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

const jsonSchema = (s: z.ZodType): unknown =>
  z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });
const outputSchema = (s: z.ZodType): unknown =>
  z.toJSONSchema(s, { io: 'output', unrepresentable: 'any' });

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): unknown[] {
  if (!schema) return [];
  const js = jsonSchema(schema) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (js.required ?? []).includes(name),
    schema: s,
    ...(typeof (s as { description?: string }).description === 'string'
      ? { description: (s as { description: string }).description }
      : {}),
  }));
}

export function openApiDocument(registry: RouteRegistry, version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of registry.routes) {
    const path = r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const content: Record<string, unknown> = {
      'application/json': { schema: outputSchema(r.response) },
    };
    for (const type of r.alsoProduces ?? []) content[type] = { schema: { type: 'string' } };
    const ok = String(r.successStatus ?? 200);
    const error = { 'application/json': { schema: outputSchema(errorSchema) } };
    (paths[path] ??= {})[r.method.toLowerCase()] = {
      summary: r.summary,
      tags: r.tags,
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(r.body) } },
            },
          }
        : {}),
      ...((r.permission ?? 'read') !== 'read'
        ? { security: [{ bearer: [] }, { session: [] }], 'x-permission': r.permission }
        : {}),
      responses: {
        [ok]: ok === '204' ? { description: 'Done' } : { description: 'OK', content },
        ...((r.permission ?? 'read') !== 'read'
          ? {
              '401': { description: 'Not signed in, or an unknown token', content: error },
              '403': { description: 'The caller’s role may not do this', content: error },
              '409': { description: 'Conflict', content: error },
            }
          : {}),
        '400': {
          description: 'Invalid input',
          content: { 'application/json': { schema: outputSchema(errorSchema) } },
        },
        '404': {
          description: 'Not found',
          content: { 'application/json': { schema: outputSchema(errorSchema) } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'techalliance API',
      version,
      description:
        'Facts, analyses and decisions of an alliance of tech-leading democracies. Every value carries its year and source.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'A personal API token, or the operator’s API_WRITE_TOKEN',
        },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'ta_session',
          description: 'After POST /api/v1/auth/login; writes also send the x-csrf-token header',
        },
      },
    },
    paths,
  };
}
