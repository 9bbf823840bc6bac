import { describe, expect, it } from 'vitest';
import {
  committeeHref,
  committeeSearch,
  engagementSearch,
  standardsChangesSearch,
  standardsSearch,
} from './standards-search.ts';

describe('the standards pages’ address state', () => {
  it('keeps the committee filters the API takes and drops the others', () => {
    expect(
      standardsSearch({
        body: 'ISO',
        type: 'SC',
        status: 'active',
        tag: 'ai',
        secretariat: 'chn',
        member: 'USA',
        q: '  brain  ',
      }),
    ).toEqual({
      body: 'ISO',
      type: 'SC',
      status: 'active',
      tag: 'ai',
      secretariat: 'CHN',
      member: 'USA',
      q: 'brain',
    });
    expect(
      standardsSearch({ type: 'WG', status: 'gone', tag: 'AI!', secretariat: 'China', q: ' ' }),
    ).toEqual({
      body: undefined,
      type: undefined,
      status: undefined,
      tag: undefined,
      secretariat: undefined,
      member: undefined,
      q: undefined,
    });
  });

  it('reads a committee reference with its slashes and spaces', () => {
    expect(committeeSearch({ ref: 'ISO/IEC JTC 1/SC 42' })).toEqual({ ref: 'ISO/IEC JTC 1/SC 42' });
    expect(committeeSearch({ ref: 'x'.repeat(101) })).toEqual({ ref: undefined });
  });

  it('takes a coalition code or ISO3 list, and concern economies as ISO3 codes only, once each', () => {
    expect(engagementSearch({ coalition: 'G7', concern: 'chn, RUS,CHN,China' })).toEqual({
      coalition: 'G7',
      concern: 'CHN,RUS',
    });
    expect(engagementSearch({ coalition: 'USA,JPN', concern: '' })).toEqual({
      coalition: 'USA,JPN',
      concern: undefined,
    });
    expect(engagementSearch({ coalition: '<script>' })).toEqual({
      coalition: undefined,
      concern: undefined,
    });
  });

  it('takes a snapshot id as a positive whole number', () => {
    expect(standardsChangesSearch({ snapshot: '12' })).toEqual({ snapshot: '12' });
    expect(standardsChangesSearch({ snapshot: 3 })).toEqual({ snapshot: '3' });
    expect(standardsChangesSearch({ snapshot: '0' })).toEqual({ snapshot: undefined });
    expect(standardsChangesSearch({ snapshot: '1; drop' })).toEqual({ snapshot: undefined });
  });

  it('links a committee page with its reference encoded, read back the same', () => {
    const href = committeeHref('ISO/IEC JTC 1/SC 42');
    expect(href).toBe('#/standards/committee?ref=ISO%2FIEC%20JTC%201%2FSC%2042');
    const query = new URLSearchParams(href.split('?')[1]);
    expect(committeeSearch(Object.fromEntries(query))).toEqual({ ref: 'ISO/IEC JTC 1/SC 42' });
  });
});
