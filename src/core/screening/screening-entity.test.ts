import { describe, expect, it } from 'vitest';
import { entityTypeOf } from './screening-entity.ts';

describe('entityTypeOf', () => {
  it.each([
    ['Person', 'person'],
    ['individual', 'person'],
    ['Company', 'organization'],
    ['Organization', 'organization'],
    ['LegalEntity', 'organization'],
    ['PublicBody', 'organization'],
    ['-0-', undefined],
    ['Vessel', 'vessel'],
    ['Airplane', 'aircraft'],
  ])('reads %s as %s', (word, type) => {
    expect(entityTypeOf(word)).toBe(type);
  });
});
