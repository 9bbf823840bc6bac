// The registry and positions pages keep only the URL values the API would accept.
import { describe, expect, it } from 'vitest';
import {
  instrumentHref,
  instrumentSearch,
  issueSearch,
  matrixSearch,
  policiesSearch,
  policyCompareSearch,
} from './policies-search.ts';

describe('policy and positions search state', () => {
  it('keeps valid filters, upper-cases jurisdictions and drops what the API would refuse', () => {
    expect(
      policiesSearch({
        q: '  safety ',
        jurisdictions: 'deu, eu,,DEU,not a code',
        topic: 'ai.safety',
        types: 'law,treaty',
        statuses: 'in-force',
        binding: 'soft-law',
        source: 'oecd-ai',
        yearFrom: 2019,
        yearTo: '20x1',
        page: '2',
      }),
    ).toEqual({
      q: 'safety',
      jurisdictions: 'DEU,EU',
      topic: 'ai.safety',
      types: 'law',
      statuses: 'in-force',
      binding: 'soft-law',
      source: 'oecd-ai',
      yearFrom: '2019',
      yearTo: undefined,
      page: '2',
    });
    expect(policiesSearch({ topic: 'AI Safety', source: 'wiki', page: '0' })).toMatchObject({
      topic: undefined,
      source: undefined,
      page: undefined,
    });
  });

  it('compares at most six jurisdictions', () => {
    expect(policyCompareSearch({ jurisdictions: 'USA,DEU,EU,FRA,JPN,GBR,CAN' }).jurisdictions).toBe(
      'USA,DEU,EU,FRA,JPN,GBR',
    );
  });

  it('checks ids and the matrix mode', () => {
    expect(instrumentSearch({ id: 'oecd-ai:143dd63b64a0' }).id).toBe('oecd-ai:143dd63b64a0');
    expect(instrumentSearch({ id: 'no id here' }).id).toBeUndefined();
    expect(issueSearch({ id: 'Ai Chips' }).id).toBeUndefined();
    expect(matrixSearch({ use: 'pending-first', workstream: 'export_controls' })).toEqual({
      workstream: 'export_controls',
      use: 'pending-first',
    });
    expect(matrixSearch({ use: 'sometimes' }).use).toBeUndefined();
    expect(instrumentHref('manual:a/b')).toBe('#/policies/instrument?id=manual%3Aa%2Fb');
  });
});
