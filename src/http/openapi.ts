// Builds the OpenAPI 3.1 document from the route registry's Zod schemas.
import { z } from 'zod';
import type { RouteRegistry } from './route.ts';

const errorSchema = z.object({
  code: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/**
 * The named schemas of the document (`components/schemas`). Zod writes a recursive or named schema
 * into the `$defs` of each schema it converts, referred to as `#/$defs/<name>`; an OpenAPI document
 * needs them in one place, so they are moved here (the same name with other content — a request's
 * input and a response's output may differ — gets a numbered name).
 */
class Components {
  readonly schemas: Record<string, unknown> = {};

  hoist(schema: Record<string, unknown>): unknown {
    const defs = (schema.$defs ?? {}) as Record<string, unknown>;
    delete schema.$defs;
    delete schema.$schema;
    const names = new Map<string, string>();
    for (const key of Object.keys(defs)) {
      const base = key.startsWith('__schema') ? 'Schema' : key;
      let name = base;
      for (let n = 2; name in this.schemas || [...names.values()].includes(name); n++)
        name = `${base}${n}`;
      names.set(key, name);
    }
    const rewrite = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(rewrite);
      if (value === null || typeof value !== 'object') return value;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/'))
          out[k] = `#/components/schemas/${names.get(v.slice(8)) ?? v.slice(8)}`;
        else out[k] = rewrite(v);
      }
      return out;
    };
    for (const [key, def] of Object.entries(defs)) {
      const content = rewrite(def);
      // The same name with the same content is one schema.
      const same = Object.entries(this.schemas).find(
        ([n, s]) => n.replace(/\d+$/, '') === key && JSON.stringify(s) === JSON.stringify(content),
      );
      if (same) names.set(key, same[0]);
      else this.schemas[names.get(key)!] = content;
    }
    // Names may have changed to an existing equal schema: rewrite with the final names.
    return rewrite(schema);
  }
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): unknown[] {
  if (!schema) return [];
  const js = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
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

export function openApiDocument(
  registry: Pick<RouteRegistry, 'routes'>,
  version: string,
): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const components = new Components();
  const convert = (s: z.ZodType, io: 'input' | 'output'): unknown =>
    components.hoist(z.toJSONSchema(s, { io, unrepresentable: 'any' }));
  const jsonSchema = (s: z.ZodType): unknown => convert(s, 'input');
  const outputSchema = (s: z.ZodType): unknown => convert(s, 'output');
  for (const r of registry.routes) {
    const path = r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const content: Record<string, unknown> = {
      'application/json': { schema: outputSchema(r.response as z.ZodType) },
    };
    for (const type of r.alsoProduces ?? []) content[type] = { schema: { type: 'string' } };
    const ok = String(r.successStatus ?? 200);
    const error = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };
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
          content: error,
        },
        '404': {
          description: 'Not found',
          content: error,
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
      schemas: { ...components.schemas, Error: outputSchema(errorSchema) },
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
