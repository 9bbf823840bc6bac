import { describe, expect, it } from 'vitest';
import {
  institutionHref,
  institutionSearch,
  networkSearch,
  partnersHref,
  partnersSearch,
  strengthsSearch,
} from './research-search.ts';

describe('the research pages’ address state', () => {
  it('keeps the strengths choices the API takes and drops the others', () => {
    expect(strengthsSearch({ coalition: ' g7 ', year: '2022', field: 'physics' })).toEqual({
      coalition: 'G7',
      year: 2022,
      field: 'physics',
    });
    expect(strengthsSearch({ coalition: 'G7;drop', year: '22', field: 'alchemy' })).toEqual({
      coalition: undefined,
      year: undefined,
      field: undefined,
    });
    expect(strengthsSearch({ year: 2003 }).year).toBe(2003);
    expect(strengthsSearch({ year: '1899' }).year).toBeUndefined();
  });

  it('reads the network’s source, field and members as a coalition or an ISO3 list', () => {
    expect(networkSearch({ coalition: 'usa, jpn,deu', source: 'openalex', field: 'ai' })).toEqual({
      coalition: 'USA,JPN,DEU',
      source: 'openalex',
      field: 'ai',
      year: undefined,
    });
    expect(networkSearch({ source: 'arxiv', field: 'physics' })).toMatchObject({
      source: undefined,
      field: undefined,
    });
  });

  it('reads partner suggestions and links them and institutions, read back the same', () => {
    expect(partnersSearch({ member: ' DEU ', field: 'ai', pool: 'chn,usa' })).toEqual({
      member: 'DEU',
      field: 'ai',
      pool: 'CHN,USA',
    });
    const p = partnersHref('DEU', 'ai');
    expect(p).toBe('#/research/partners?member=DEU&field=ai');
    const name = 'Harbin Institute of Technology & Co / HIT';
    const href = institutionHref(name);
    expect(institutionSearch(Object.fromEntries(new URLSearchParams(href.split('?')[1])))).toEqual({
      name,
    });
    expect(institutionSearch({ name: ' ' })).toEqual({ name: undefined });
    expect(institutionSearch({ name: 'x'.repeat(301) })).toEqual({ name: undefined });
  });
});
