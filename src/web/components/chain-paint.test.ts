// One paint per item for the chosen colouring: metrics, and availability before and after a shock.
import { describe, expect, it } from 'vitest';
import type { ChainMetrics, ChokepointItem, DisruptionResult } from './chain-model.ts';
import { LIGHT_FALLBACKS } from '../ui/token-colour.ts';
import { paintItems, scaleFor } from './chain-paint.ts';

const chokepoint = (item: string, top1Pct: number | null): ChokepointItem => ({
  item,
  name: item,
  kind: 'material',
  year: 2025,
  concentration: {
    item,
    year: 2025,
    hhi: top1Pct === null ? null : (top1Pct / 100) ** 2,
    top1: top1Pct === null ? null : { iso3: 'CHN', sharePct: top1Pct },
    top3Pct: top1Pct,
    economiesToReach: 1,
    reachPct: 75,
    economiesWithShare: top1Pct === null ? 0 : 1,
    economiesPct: top1Pct ?? 0,
  },
  coalitionPct: 0,
  concernPct: top1Pct ?? 0,
  neitherPct: 0,
  unattributedPct: 0,
  chokepoint: top1Pct !== null && top1Pct >= 50,
  reasons: [],
});

const metrics: ChainMetrics = {
  chain: 'test',
  supranational: 'enumerated',
  coalition: { code: 'G7', economies: ['USA'] },
  concern: { code: 'CONCERN', economies: ['CHN', 'RUS'] },
  shares: [],
  chokepoints: {
    chain: 'test',
    coalition: 'G7',
    concern: 'CONCERN',
    thresholds: { dominantEconomyPct: 50, hhi: 0.25, coalitionBelowPct: 50, concernAtLeastPct: 25 },
    items: [chokepoint('gallium', 98), chokepoint('cobalt', 10), chokepoint('mystery', null)],
    warnings: [],
  },
  members: {
    chain: 'test',
    coalition: 'G7',
    concern: 'CONCERN',
    leveragePct: 0,
    concernDependencePct: 0,
    members: [],
    warnings: [],
  },
};

const row = (item: string, availabilityPct: number) => ({
  item,
  name: item,
  kind: 'material' as const,
  stage: null,
  year: 2025,
  lostPct: 100 - availabilityPct,
  remainingSupplyPct: availabilityPct,
  availabilityPct,
  limitedBy: 'own_supply' as const,
  limitingId: null,
});

const result: DisruptionResult = {
  chain: 'test',
  supranational: 'enumerated',
  shocks: [],
  inputs: [row('gallium', 2), row('cobalt', 90), row('mystery', 100)],
  stages: [],
  mostAffectedStages: [],
  mostAffectedOutputs: [],
  mostAffectedInputs: [],
  members: [],
  warnings: [],
};

const ids = ['gallium', 'cobalt', 'mystery'];

describe('paintItems', () => {
  it('colours by a metric, with items of no known share apart', () => {
    const paints = paintItems('top1', ids, metrics, null);
    expect(paints.get('gallium')).toMatchObject({
      colourClass: '80-100',
      text: 'CHN 98.0%',
      chokepoint: true,
      noData: false,
      availabilityPct: null,
    });
    expect(paints.get('cobalt')!.colourClass).toBe('0-20');
    expect(paints.get('mystery')).toMatchObject({ colourClass: 'no-data', noData: true });
  });

  it('shows every item whole before the shock and what is left after it', () => {
    const before = paintItems('before', ids, metrics, result);
    expect([...before.values()].map((p) => p.availabilityPct)).toEqual([100, 100, 100]);
    const after = paintItems('after', ids, metrics, result);
    expect(ids.map((id) => after.get(id)!.colourClass)).toEqual(['0-25', '90-100', '100']);
    expect(after.get('gallium')!.text).toBe('2.0% available');
    expect(after.get('gallium')!.ink).toBe(LIGHT_FALLBACKS['--color-data-ink-light']);
  });

  it('names the countries of concern by their codes in the default group', () => {
    expect(scaleFor('concern', metrics).title).toBe(
      'Share held by countries of concern (CHN, RUS)',
    );
    expect(scaleFor('before', metrics).title).toContain('before the shock');
  });
});
