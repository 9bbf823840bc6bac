import { describe, expect, it } from 'vitest';
import { RESTRICTED_LIST_FORMATS } from './restricted-list-formats.ts';
import { fixture } from './restricted-lists.test-support.ts';

describe('RESTRICTED_LIST_FORMATS', () => {
  it('offers the format names of the export-controls issue', () => {
    expect(Object.keys(RESTRICTED_LIST_FORMATS).sort()).toEqual([
      'bis-extract',
      'cn-export-control',
      'dod-1260h',
      'eu-833-annex-iv',
      'fcc-covered',
      'ftm',
      'inksna',
      'jp-meti',
      'ndaa',
      'ofac-sdn',
    ]);
  });

  it('parses a file by format name', () => {
    const r = RESTRICTED_LIST_FORMATS['jp-meti'].parse(fixture('jp-meti-mini.txt'));
    expect(r.list.id).toBe('jp-meti-third-country');
    expect(r.counts.parties).toBe(4);
  });
});
