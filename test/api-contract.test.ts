// The committed OpenAPI document and the web client's generated types must be what the code
// declares: a route or schema changed without `npm run api:generate` fails here, and a changed
// response type then fails the web build's type check where a page reads the field.
import { describe, expect, it } from 'vitest';
import { staleContractFiles } from '../scripts/api-contract.ts';
import { describeApi } from '../src/http/api-routes.ts';

describe('the API contract', () => {
  it('the committed document and client types match the code (else: npm run api:generate)', async () => {
    expect(await staleContractFiles()).toEqual([]);
  });

  it('has no loose object anywhere in a response schema', () => {
    const doc = describeApi() as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const loose: string[] = [];
    const walk = (schema: unknown, at: string): void => {
      if (Array.isArray(schema)) return schema.forEach((s, i) => walk(s, `${at}[${i}]`));
      if (schema === null || typeof schema !== 'object') return;
      const s = schema as Record<string, unknown>;
      if (s.type === 'object' && s.additionalProperties !== false && !s.propertyNames)
        loose.push(at);
      for (const [k, v] of Object.entries(s)) walk(v, `${at}/${k}`);
    };
    for (const [path, methods] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(methods))
        for (const [status, response] of Object.entries(op.responses))
          if (status.startsWith('2')) walk(response, `${method.toUpperCase()} ${path} ${status}`);
    expect(loose).toEqual([]);
  });
});
