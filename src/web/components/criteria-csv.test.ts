// The criteria table's CSV: one row per economy in the order given, every criterion's evidence in
// the order given (absent evidence as empty cells), the result in the reader's words.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../csv-file.ts';
import { criteriaCsv } from './criteria-csv.ts';
import type { CriterionEvidence, EconomyEvaluation } from './criteria-shapes.ts';

const evidence = (over: Partial<CriterionEvidence>): CriterionEvidence =>
  ({
    id: 'member.gdp_world_share',
    tier: 'member',
    label: 'GDP share',
    indicator: 'NY.GDP.MKTP.CD',
    comparator: '>=',
    threshold: { kind: 'world_share_pct', value: 1, indicatorValue: 1.1e12 },
    outcome: 'pass',
    value: 4.2e12,
    year: 2023,
    compared: 4.1,
    sourceId: 'wb-wdi',
    reason: null,
    ...over,
  }) as CriterionEvidence;

const japan = {
  iso3: 'JPN',
  name: 'Japan',
  result: 'eligible_member',
  reason: 'member tier passes',
  criteria: [evidence({})],
} as unknown as EconomyEvaluation;

describe('criteriaCsv', () => {
  it('writes each economy with its region, result and every criterion’s evidence', () => {
    const { header, body } = criteriaCsv(
      [japan],
      ['member.gdp_world_share', 'partner.rule_of_law'],
      () => 'Asia',
      (r) => (r === 'eligible_member' ? 'Eligible member' : r),
    );
    expect(header.slice(0, 6)).toEqual([
      'iso3',
      'economy',
      'region',
      'result',
      'reason',
      'member.gdp_world_share.outcome',
    ]);
    expect(header).toContain('partner.rule_of_law.source');
    expect(header).toHaveLength(5 + 2 * 8);
    expect(body).toEqual([
      [
        'JPN',
        'Japan',
        'Asia',
        'Eligible member',
        'member tier passes',
        'pass',
        4.2e12,
        2023,
        4.1,
        '>= 1 (world_share_pct)',
        1.1e12,
        'wb-wdi',
        null,
        ...Array<null>(8).fill(null),
      ],
    ]);
    expect(toCsv(header, body).split('\r\n')[1]).toMatch(
      /^JPN,Japan,Asia,Eligible member,member tier passes,pass,/,
    );
  });
});
