import { describe, expect, it } from 'vitest';
import { findFormat } from '../formats.ts';
import { isResearchFormat, RESEARCH_FORMATS } from './research-formats.ts';

describe('research formats', () => {
  it("has the issue's formats and NSF's AI articles and institutions, none of them a row format", () => {
    expect(Object.keys(RESEARCH_FORMATS).sort()).toEqual([
      'cordis-pairs',
      'nsf-ai-articles',
      'nsf-ai-institutions',
      'nsf-articles-by-field',
      'nsf-coauthorship',
      'openalex-pairs',
      'ror',
    ]);
    expect(isResearchFormat('openalex-pairs')).toBe(true);
    expect(isResearchFormat('openalex-totals')).toBe(false);
    for (const name of Object.keys(RESEARCH_FORMATS)) expect(findFormat(name)).toBeUndefined();
  });
});
