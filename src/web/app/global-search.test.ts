import { describe, expect, it } from 'vitest';
import { rankHits, type SearchHit } from './global-search.tsx';

const hit = (kind: SearchHit['kind'], label: string, detail: string): SearchHit => ({
  kind,
  label,
  detail,
  href: `#/${kind}/${detail}`,
});

const index = [
  hit('economy', 'Korea, Republic of', 'KOR'),
  hit('economy', 'Côte d’Ivoire', 'CIV'),
  hit('economy', 'Japan', 'JPN'),
  hit('group', 'Chip 4 Alliance', 'CHIP4'),
  hit('coalition', 'Tech 4', 'TECH4'),
  hit('chain', 'Semiconductors', 'semiconductors'),
];

describe('the global search', () => {
  it('puts an exact code first, then names starting with the query, then names containing it', () => {
    expect(rankHits(index, 'jpn').map((h) => h.detail)).toEqual(['JPN']);
    expect(rankHits(index, 'ch').map((h) => h.detail)).toEqual(['CHIP4', 'TECH4']);
    expect(rankHits(index, 'tech4')[0]?.kind).toBe('coalition');
  });

  it('ignores accents and case', () => {
    expect(rankHits(index, 'cote').map((h) => h.detail)).toEqual(['CIV']);
    expect(rankHits(index, 'KOREA').map((h) => h.detail)).toEqual(['KOR']);
  });

  it('finds nothing for a blank query and caps the list', () => {
    expect(rankHits(index, '   ')).toEqual([]);
    expect(rankHits(index, 'a', 2)).toHaveLength(2);
  });
});
