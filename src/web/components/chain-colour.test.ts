// Colour classes of the supply-chain graph: metric bands, availability, missing data, ink.
import { describe, expect, it } from 'vitest';
import type { ChokepointItem } from './chain-model.ts';
import { LIGHT_FALLBACKS as light } from '../ui/token-colour.ts';
import {
  availabilityScale,
  inkFor,
  metricScale,
  metricText,
  metricValue,
  NO_DATA,
} from './chain-colour.ts';

const item = (over: Partial<ChokepointItem> = {}, hhi: number | null = 0.6): ChokepointItem => ({
  item: 'gallium',
  name: 'Gallium',
  kind: 'material',
  year: 2025,
  concentration: {
    item: 'gallium',
    year: 2025,
    hhi,
    top1: hhi === null ? null : { iso3: 'CHN', sharePct: 77.78 },
    top3Pct: 86,
    economiesToReach: 1,
    reachPct: 75,
    economiesWithShare: 3,
    economiesPct: 97,
  },
  coalitionPct: 0.5,
  concernPct: 79.6,
  neitherPct: 19.9,
  unattributedPct: 2.6,
  chokepoint: true,
  reasons: [],
  ...over,
});

describe('metric colour classes', () => {
  it('puts shares into fifths, 100% and over in the top one', () => {
    const scale = metricScale('top1', 'G7', 'CHN, RUS');
    expect([0, 19.99, 20, 79.9, 80, 101].map((v) => scale.classOf(v).key)).toEqual([
      '0-20',
      '0-20',
      '20-40',
      '60-80',
      '80-100',
      '80-100',
    ]);
  });

  it('bands HHI at 0.15, 0.25 and 0.5', () => {
    const scale = metricScale('hhi', 'G7', 'CHN');
    expect([0.1, 0.15, 0.249, 0.25, 0.5, 1].map((v) => scale.classOf(v).key)).toEqual([
      'low',
      'moderate',
      'moderate',
      'high',
      'very-high',
      'very-high',
    ]);
  });

  it('gives items without a known share the "no data" class in every metric', () => {
    const unknown = item({}, null);
    for (const metric of ['top1', 'hhi', 'coalition', 'concern', 'chokepoint'] as const) {
      expect(metricValue(metric, unknown)).toBeNull();
      expect(metricScale(metric, 'G7', 'CHN').classOf(metricValue(metric, unknown))).toBe(NO_DATA);
      expect(metricText(metric, unknown)).toBe('no known share');
    }
    expect(metricValue('top1', undefined)).toBeNull();
  });

  it('says the value in words', () => {
    expect(metricText('top1', item())).toBe('CHN 77.8%');
    expect(metricText('hhi', item())).toBe('HHI 0.60');
    expect(metricText('chokepoint', item())).toBe('chokepoint');
    expect(metricValue('chokepoint', item({ chokepoint: false }))).toBe(0);
  });
});

describe('availability classes', () => {
  it('keeps 100% apart from any loss and darkens as less is left', () => {
    const scale = availabilityScale();
    expect([100, 99.9, 90, 72, 50, 24.9, 0].map((v) => scale.classOf(v).key)).toEqual([
      '100',
      '90-100',
      '90-100',
      '50-75',
      '50-75',
      '0-25',
      '0-25',
    ]);
  });
});

describe('inkFor', () => {
  it('writes white on dark fills and dark ink on light ones', () => {
    const white = light['--color-data-ink-light'];
    const dark = light['--color-data-ink-dark'];
    expect(inkFor(light['--color-avail-1'])).toBe(white);
    expect(inkFor(light['--color-seq-blue-7'])).toBe(white);
    expect(inkFor(light['--color-seq-red-1'])).toBe(dark);
    expect(inkFor(light['--color-avail-6'])).toBe(dark);
    expect(inkFor('not a colour')).toBe(dark);
  });
});
