import { describe, expect, it } from 'vitest';
import { NSF_FIELDS, WORLD, type FieldOutput, type ResearchField } from './research.ts';
import { aiSpanOutputs, coalitionFieldShares, fieldStrengths, fieldTrend } from './strengths.ts';

/** An economy's 14 NSF fields in a year: the counts given, 0 elsewhere (whole = fractional + extra). */
function outputs(
  iso3: string,
  year: number,
  counts: Partial<Record<ResearchField, number>>,
  extraWhole = 0,
): FieldOutput[] {
  const fields: ResearchField[] = [...NSF_FIELDS.map((f) => f.code)];
  if (counts.ai !== undefined) fields.push('ai');
  return fields.map((field) => ({
    iso3,
    field,
    year,
    fractionalArticles: counts[field] ?? 0,
    wholeArticles: (counts[field] ?? 0) + (counts[field] ? extraWhole : 0),
    source: 'nsf',
  }));
}

// World 2022: physics 100, chemistry 300 (400 in all); USA 30 + 30; CHN 10 + 90; JPN nothing.
const data: FieldOutput[] = [
  ...outputs(WORLD, 2022, { physics: 100, chemistry: 300, ai: 50 }),
  ...outputs('USA', 2022, { physics: 30, chemistry: 30, ai: 10 }, 10),
  ...outputs('CHN', 2022, { physics: 10, chemistry: 90 }),
  ...outputs('JPN', 2022, {}),
  ...outputs(WORLD, 2020, { physics: 100, chemistry: 100 }),
  ...outputs('USA', 2020, { physics: 20, chemistry: 10 }),
  ...outputs('USA', 2021, { physics: 25, chemistry: 10 }),
];

const find = (rows: ReturnType<typeof fieldStrengths>, iso3: string, field: string, year = 2022) =>
  rows.find((r) => r.iso3 === iso3 && r.field === field && r.year === year);

describe('fieldStrengths', () => {
  const rows = fieldStrengths(data);

  it('gives the world share and the RCA in fractional counts', () => {
    expect(find(rows, 'USA', 'physics')).toEqual({
      iso3: 'USA',
      field: 'physics',
      year: 2022,
      articles: 30,
      worldArticles: 100,
      sharePct: 30,
      rca: 2, // (30/60) / (100/400)
    });
    expect(find(rows, 'USA', 'chemistry')!.rca).toBeCloseTo(2 / 3, 12);
    expect(find(rows, 'CHN', 'physics')!.rca).toBeCloseTo(0.4, 12);
    expect(find(rows, 'CHN', 'chemistry')!.rca).toBeCloseTo(1.2, 12);
  });

  it('measures AI against the 14 fields without adding it to them', () => {
    // (10 / 60) / (50 / 400)
    expect(find(rows, 'USA', 'ai')!.rca).toBeCloseTo(4 / 3, 12);
    expect(find(rows, 'USA', 'ai')!.sharePct).toBe(20);
  });

  it('gives null, never NaN, for an economy without articles and a year without the world', () => {
    expect(find(rows, 'JPN', 'physics')).toMatchObject({ sharePct: 0, rca: null });
    expect(find(rows, 'USA', 'physics', 2021)).toMatchObject({
      worldArticles: null,
      sharePct: null,
      rca: null,
    });
  });

  it('never lists the world as an economy, and reads whole counts when asked', () => {
    expect(rows.some((r) => r.iso3 === WORLD)).toBe(false);
    const whole = fieldStrengths(data, { count: 'whole', economies: ['USA'], years: [2022] });
    expect(find(whole, 'USA', 'physics')).toMatchObject({ articles: 40, sharePct: 40, rca: 2 }); // (40/80) / (100/400)
  });
});

describe('fieldTrend', () => {
  it('lists every year of the span, with the missing ones, and the change in points', () => {
    const t = fieldTrend(data, 'USA', 'physics', 2019, 2022);
    expect(t.points.map((p) => p.sharePct)).toEqual([null, 20, null, 30]);
    expect(t.points[1]!.rca).toBeCloseTo(20 / 30 / (100 / 200), 12);
    expect(t.missingYears).toEqual([2019, 2021]);
    expect(t.first).toEqual({ year: 2020, sharePct: 20 });
    expect(t.last).toEqual({ year: 2022, sharePct: 30 });
    expect(t.changePp).toBe(10);
  });

  it('has no change with fewer than two shares', () => {
    expect(fieldTrend(data, 'CHN', 'physics', 2020, 2022).changePp).toBeNull();
    expect(fieldTrend(data, 'KOR', 'physics', 2020, 2022)).toMatchObject({
      first: null,
      changePp: null,
    });
  });
});

describe('coalitionFieldShares', () => {
  it("sums the members' fractional counts over the world's and names the members without data", () => {
    const shares = coalitionFieldShares(data, ['USA', 'CHN', 'KOR'], { fields: ['physics'] });
    expect(shares).toEqual([
      {
        field: 'physics',
        year: 2020,
        articles: 20,
        worldArticles: 100,
        sharePct: 20,
        rca: 20 / 30 / (100 / 200),
        counted: ['USA'],
        missing: ['CHN', 'KOR'],
      },
      {
        field: 'physics',
        year: 2022,
        articles: 40,
        worldArticles: 100,
        sharePct: 40,
        rca: 1, // (40 / 160) / (100 / 400)
        counted: ['CHN', 'USA'],
        missing: ['KOR'],
      },
    ]);
  });

  it('has no record for a year without the world, and no share for an empty coalition', () => {
    expect(coalitionFieldShares(data, ['USA'], { years: [2021] })).toEqual([]);
    expect(coalitionFieldShares(data, [], { fields: ['physics'], years: [2022] })[0]).toMatchObject(
      {
        articles: 0,
        sharePct: 0,
        rca: null,
      },
    );
  });
});

describe('aiSpanOutputs', () => {
  // AI 2003–2022 as one figure under 2022; the 14 fields per year.
  const spanned = aiSpanOutputs(
    [
      ...outputs(WORLD, 2021, { physics: 100, chemistry: 100 }),
      ...outputs(WORLD, 2022, { physics: 100, chemistry: 200, ai: 40 }),
      ...outputs('USA', 2021, { physics: 30, chemistry: 30 }),
      ...outputs('USA', 2022, { physics: 30, chemistry: 30, ai: 20 }),
      ...outputs('USA', 2002, { physics: 1000 }),
    ],
    2003,
  );

  it('sums the 14 fields over the span, filed under its last year, beside AI', () => {
    const usaPhysics = spanned.find((o) => o.iso3 === 'USA' && o.field === 'physics')!;
    expect([usaPhysics.year, usaPhysics.fractionalArticles]).toEqual([2022, 60]);
    const rows = fieldStrengths(spanned, { fields: ['ai'] });
    const usa = rows.find((r) => r.iso3 === 'USA')!;
    // AI 20 of the USA's 120 articles over the span, the world's 40 of 500: RCA 2.08 (against
    // 2022 alone it would read 2.5); the 2002 physics, before the span, is left out.
    expect(usa.rca).toBeCloseTo(20 / 120 / (40 / 500), 10);
    expect(usa.sharePct).toBe(50);
  });

  it('is empty without AI outputs', () => {
    expect(aiSpanOutputs(outputs('USA', 2022, { physics: 1 }), 2003)).toEqual([]);
  });
});
