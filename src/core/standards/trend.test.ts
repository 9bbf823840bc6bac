import { describe, expect, it } from 'vitest';
import type { Committee } from './committee.ts';
import { secretariatTrend } from './trend.ts';

const committee = (
  reference: string,
  created: string | null,
  secretariat: string | null,
  status: Committee['status'] = 'active',
): Committee => ({
  body: 'ISO',
  reference,
  externalId: null,
  type: 'TC',
  parent: null,
  title: reference,
  status,
  created,
  secretariat,
  secretariatBody: secretariat,
  members: [],
});

const COMMITTEES = [
  committee('A', '2020-03-01', 'CHN'),
  committee('B', '2020-11-30', 'DEU'),
  committee('C', '2022-01-15', 'CHN'),
  committee('D', '2023-06-01', 'USA'),
  committee('E', '2023-07-01', null),
  committee('F', '2021-02-02', 'CHN', 'suspended'),
  committee('G', null, 'CHN'),
];

describe('secretariatTrend', () => {
  it('counts active committees by creation year and current secretariat, gaps included', () => {
    expect(secretariatTrend(COMMITTEES, { economies: ['CHN', 'USA', 'JPN', 'CHN'] })).toEqual({
      years: [2020, 2021, 2022, 2023],
      totals: [2, 0, 1, 2],
      series: [
        { kind: 'economy', code: 'CHN', counts: [1, 0, 1, 0], total: 2 },
        { kind: 'economy', code: 'USA', counts: [0, 0, 0, 1], total: 1 },
        { kind: 'economy', code: 'JPN', counts: [0, 0, 0, 0], total: 0 },
      ],
      undated: 1,
    });
  });

  it('draws every secretariat holder by total without economies or groups', () => {
    const t = secretariatTrend(COMMITTEES);
    expect(t.series.map((s) => [s.code, s.total])).toEqual([
      ['CHN', 2],
      ['DEU', 1],
      ['USA', 1],
    ]);
  });

  it('adds one series per group and restricts to the years asked', () => {
    const t = secretariatTrend(COMMITTEES, {
      groups: [
        { code: 'west', economies: ['DEU', 'USA'] },
        { code: 'concern', economies: ['CHN'] },
      ],
      from: 2021,
      to: 2024,
    });
    expect(t.years).toEqual([2021, 2022, 2023, 2024]);
    expect(t.totals).toEqual([0, 1, 2, 0]);
    expect(t.series).toEqual([
      { kind: 'group', code: 'west', counts: [0, 0, 1, 0], total: 1 },
      { kind: 'group', code: 'concern', counts: [0, 1, 0, 0], total: 1 },
    ]);
  });

  it('answers no years without dated committees', () => {
    expect(secretariatTrend([committee('G', null, 'CHN')])).toEqual({
      years: [],
      totals: [],
      series: [],
      undated: 1,
    });
  });
});
