// The default criteria on real data: the bundled starter dataset (derived from ../shared/data and
// committed, so this suite always runs), evaluated as of 2024 for every economy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// eslint-disable-next-line no-restricted-imports -- a real-data test opens the platform; the code under test stays pure
import { openPlatform, type Platform } from '../../services/platform.ts';
import type { IndicatorValue } from '../indicators/indicator.ts';
import { checkCoalition } from './coalition-check.ts';
import { criteriaWithPaths } from './criteria-set.ts';
import { defaultCriteriaSet } from './default-criteria.ts';
import type { CriterionEvidence } from './evaluate-criterion.ts';
import {
  evaluateCriteria,
  readable,
  type CriteriaEvaluation,
  type EconomyEvaluation,
} from './evaluate-criteria.ts';

const AS_OF = 2024;
const G7 = ['CAN', 'DEU', 'FRA', 'GBR', 'ITA', 'JPN', 'USA'];

let platform: Platform;
let evaluation: CriteriaEvaluation;
const economy = (iso3: string): EconomyEvaluation =>
  evaluation.economies.find((e) => e.iso3 === iso3)!;
const evidence = (iso3: string, id: string): CriterionEvidence =>
  economy(iso3).criteria.find((c) => c.id === id)!;

beforeAll(async () => {
  platform = await openPlatform('sqlite::memory:');
  const set = defaultCriteriaSet(AS_OF);
  const values: IndicatorValue[] = [];
  // Every year of every indicator used, so that a too-old value shows as stale, not as absent.
  for (const code of new Set(criteriaWithPaths(set).map((l) => l.criterion.indicator)))
    for (const year of await platform.store.indicators.years(code))
      values.push(...(await platform.store.indicators.values({ code, year })));
  evaluation = evaluateCriteria(set, {
    economies: await platform.store.economies.list(),
    indicators: await platform.store.indicators.catalogue(),
    values,
  });
}, 60_000);

afterAll(async () => {
  await platform.close();
});

function table(iso3s: readonly string[]): string {
  const thresholdText = (c: CriterionEvidence): string => {
    const t = c.threshold;
    const inUnit = t.indicatorValue === null ? '' : ` (= ${readable(t.indicatorValue)})`;
    return `${c.comparator} ${t.value}${t.kind === 'world_share_pct' ? '%' : ''} ${t.kind}${inUnit}`;
  };
  const rows = iso3s.flatMap((iso3) => {
    const e = economy(iso3);
    return [
      `${iso3} ${e.name}: ${e.result}`,
      ...e.criteria.map(
        (c) =>
          `  ${c.id.padEnd(24)} ${c.outcome.padEnd(8)} ${(c.value === null ? '—' : readable(c.value)).padEnd(12)} ${String(c.year ?? '—').padEnd(5)} ${(c.sourceId ?? '—').padEnd(40)} ${(c.compared === null ? '' : readable(c.compared)).padEnd(8)} ${thresholdText(c)}${c.reason ? `  [${c.reason}]` : ''}`,
      ),
    ];
  });
  return rows.join('\n');
}

describe('default criteria on the starter dataset, as of 2024', () => {
  it('evaluates every economy without data warnings', () => {
    expect(evaluation.economies.length).toBeGreaterThan(200);
    expect(evaluation.warnings).toEqual([]);
  });

  it('finds six G7 economies eligible as members and Italy as a partner, by its rule of law', () => {
    console.log(`Default criteria, asOf ${AS_OF}: G7\n${table(G7)}`);
    expect(Object.fromEntries(G7.map((iso3) => [iso3, economy(iso3).result]))).toEqual({
      CAN: 'eligible_member',
      DEU: 'eligible_member',
      FRA: 'eligible_member',
      GBR: 'eligible_member',
      ITA: 'eligible_partner',
      JPN: 'eligible_member',
      USA: 'eligible_member',
    });
    expect(economy('ITA').tiers[0]).toMatchObject({
      outcome: 'fail',
      decisive: ['member.rule_of_law'],
    });
    expect(evidence('ITA', 'member.rule_of_law')).toMatchObject({
      outcome: 'fail',
      year: 2023,
      sourceId: 'wb-wgi-2024',
    });
    expect(evidence('ITA', 'member.rule_of_law').value).toBeCloseTo(0.39, 2);
  });

  it.each(G7)(
    'gives %s evidence with value, year, source and threshold for every criterion',
    (iso3) => {
      for (const c of economy(iso3).criteria) {
        if (c.outcome === 'missing')
          expect(c.reason).toMatch(/older than 5 years before 2024|no value/);
        else {
          expect(c.value).not.toBeNull();
          expect(c.year).toBeGreaterThanOrEqual(AS_OF - 5);
          expect(c.sourceId).toBeTruthy();
          expect(c.threshold.indicatorValue).not.toBeNull();
        }
      }
      // Size: each G7 economy holds over 1% of world GDP in 2023 and is among the 10 largest.
      expect(evidence(iso3, 'member.gdp_world_share')).toMatchObject({
        outcome: 'pass',
        year: 2023,
      });
      expect(evidence(iso3, 'member.gdp_rank').compared).toBeLessThanOrEqual(10);
    },
  );

  it('checks the G7 as a coalition: Italy fails as a member, eight outsiders qualify as members', () => {
    const check = checkCoalition({ members: G7, partners: [] }, evaluation);
    expect(check.members.map((f) => [f.iso3, f.outcome, f.criteria.map((c) => c.id)])).toEqual([
      ['ITA', 'fail', ['member.rule_of_law']],
    ]);
    expect(check.outsiders.filter((o) => o.qualifiesAs === 'member').map((o) => o.iso3)).toEqual([
      'AUS',
      'BEL',
      'CHE',
      'ESP',
      'IRL',
      'KOR',
      'NLD',
      'SWE',
    ]);
  });

  it('computes 1% of world GDP and the 25th-largest GDP in US$ from the 2023 cross-section', () => {
    const share = evidence('USA', 'member.gdp_world_share');
    expect(share.threshold.economiesWithData).toBeGreaterThan(150);
    expect(share.threshold.indicatorValue).toBeCloseTo(share.threshold.worldTotal! / 100, 0);
    expect(share.compared).toBeGreaterThan(20);
    const rank = evidence('USA', 'member.gdp_rank');
    expect(rank).toMatchObject({ outcome: 'pass', compared: 1 });
    expect(rank.threshold.indicatorValue).toBeGreaterThan(0);
  });

  it('lets the United Kingdom pass technology capability although its researcher count is stale', () => {
    expect(evidence('GBR', 'member.researchers')).toMatchObject({
      outcome: 'missing',
      year: 2017,
      reason: 'latest value 2017 older than 5 years before 2024',
    });
    expect(evidence('GBR', 'member.gerd').outcome).toBe('pass');
    expect(economy('GBR').result).toBe('eligible_member');
  });

  it('finds Puerto Rico, a territory V-Dem does not cover, undetermined with the reason', () => {
    const pri = economy('PRI');
    console.log(`PRI: ${pri.result} — ${pri.reason}`);
    expect(pri.result).toBe('undetermined');
    expect(pri.highestPassingTier).toBeNull();
    expect(pri.tiers.map((t) => [t.tier, t.outcome])).toEqual([
      ['member', 'fail'],
      ['partner', 'undetermined'],
    ]);
    expect(pri.tiers[1]!.decisive).toEqual(['partner.libdem', 'partner.civil_liberties']);
    expect(pri.reason).toContain(
      'partner tier undetermined: Liberal democracy, partner level (vdem_libdem): no value; Civil liberties, partner level (vdem_civil_liberties): no value',
    );
  });

  it('finds Taiwan undetermined as a member for want of World Bank GDP, and at least a partner', () => {
    const twn = economy('TWN');
    expect(twn).toMatchObject({ result: 'undetermined', highestPassingTier: 'partner' });
    expect(twn.tiers[0]!.decisive).toEqual(['member.gdp_world_share', 'member.gdp_rank']);
    expect(twn.reason).toBe(
      'member tier undetermined: GDP at least 1% of the world (gdp_usd): no value; GDP among the 25 largest (gdp_usd): no value. partner tier passes',
    );
  });
});
