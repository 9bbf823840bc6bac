// The response check every HTTP test runs through: a body that does not match its route's
// schema, or holds fields the schema does not name, is refused.
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { checkResponse, undocumentedKeys } from './route.ts';

const spec = {
  method: 'GET',
  url: '/api/v1/things/:code',
  response: z.object({
    code: z.string(),
    items: z.array(z.object({ name: z.string(), share: z.number().nullable() })),
  }),
};

describe('checkResponse', () => {
  it('accepts a body that matches its schema exactly', () => {
    expect(() =>
      checkResponse(spec, { code: 'x', items: [{ name: 'a', share: null }] }),
    ).not.toThrow();
  });

  it('refuses a body with a field the schema omits, naming where it is', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() =>
      checkResponse(spec, { code: 'x', items: [{ name: 'a', share: 1, secret: 'y' }] }),
    ).toThrow(/has fields its schema omits: items\[0\]\.secret/);
    quiet.mockRestore();
  });

  it('refuses a body of the wrong shape', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => checkResponse(spec, { code: 1, items: [] })).toThrow(
      /GET \/api\/v1\/things\/:code does not match its schema: code:/,
    );
    quiet.mockRestore();
  });

  it('checks the body as it travels (dates as strings, undefined fields dropped)', () => {
    const dated = { ...spec, response: z.object({ at: z.string(), note: z.string().optional() }) };
    expect(() => checkResponse(dated, { at: new Date(0), note: undefined })).not.toThrow();
  });
});

describe('undocumentedKeys', () => {
  it('lists keys present in what was sent but not in what the schema kept', () => {
    expect(undocumentedKeys({ a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { c: 2 } })).toEqual(['b.d']);
    expect(undocumentedKeys([{ a: 1 }], [{}])).toEqual(['[0].a']);
  });
});
