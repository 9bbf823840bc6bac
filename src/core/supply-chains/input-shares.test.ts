import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { chainShares, inputShares, ROUNDING_TOLERANCE_PCT } from './input-shares.ts';
import type { SupplyChain } from './supply-chain.ts';
import { chainOf } from './test-chains.ts';

const economies = (chain: SupplyChain, item: string, year?: number) =>
  inputShares(chain, item, year === undefined ? {} : { year: { year } }).economies.map((e) => [
    e.iso3,
    e.sharePct,
  ]);

describe('inputShares', () => {
  it('lists economies largest first, ties by ISO3, unknown shares last', () => {
    const chain = chainOf({
      inputs: ['A'],
      shares: { A: { USA: 30, KOR: 30, JPN: 40, CHN: null } },
    });
    expect(economies(chain, 'A')).toEqual([
      ['JPN', 40],
      ['KOR', 30],
      ['USA', 30],
      ['CHN', null],
    ]);
  });

  it('keeps pseudo-providers apart and never as economies', () => {
    const chain = chainOf({
      inputs: ['A'],
      shares: { A: { USA: 60, EUR: 25, 'Various countries': 10 } },
    });
    const s = inputShares(chain, 'A');
    expect(s.economies.map((e) => e.iso3)).toEqual(['USA']);
    expect(s.pseudo).toEqual([
      { provider: 'EUR', name: 'EUR', sharePct: 25, europe: true },
      { provider: 'Various countries', name: 'Various countries', sharePct: 10, europe: false },
    ]);
    expect([s.knownPct, s.unattributedPct]).toEqual([95, 5]);
  });

  it('uses economy rows and only lists firms when both breakdowns have shares', () => {
    const chain = chainOf({
      inputs: ['L'],
      shares: { L: { NLD: 80, JPN: 20, ASML: 80, Nikon: 20 } },
      organisations: { ASML: 'NLD', Nikon: 'JPN' },
    });
    const s = inputShares(chain, 'L');
    expect(s.basis).toBe('economies');
    expect(economies(chain, 'L')).toEqual([
      ['NLD', 80],
      ['JPN', 20],
    ]);
    expect(s.knownPct).toBe(100);
    expect(s.organisations.map((o) => [o.provider, o.homeEconomy, o.sharePct])).toEqual([
      ['ASML', 'NLD', 80],
      ['Nikon', 'JPN', 20],
    ]);
  });

  it('attributes firms to their home economy when no economy row has a share', () => {
    const chain = chainOf({
      inputs: ['W'],
      shares: { W: { ShinEtsu: 50, SUMCO: 30, GlobalWafers: 15, Various: 5, JPN: null } },
      organisations: { ShinEtsu: 'JPN', SUMCO: 'JPN', GlobalWafers: 'TWN', Various: null },
    });
    const s = inputShares(chain, 'W');
    expect(s.basis).toBe('organisations');
    expect(s.economies).toEqual([
      { iso3: 'JPN', sharePct: 80, providers: ['JPN', 'SUMCO', 'ShinEtsu'] },
      { iso3: 'TWN', sharePct: 15, providers: ['GlobalWafers'] },
    ]);
    // The firm of no economy is part of the unattributed rest.
    expect(s.unattributedPct).toBe(5);
  });

  it('names the home economies of firms without shares as providers of unknown share', () => {
    const chain = chainOf({
      inputs: ['X'],
      shares: { X: { Intel: null, TSMC: null } },
      organisations: { Intel: 'USA', TSMC: 'TWN' },
    });
    const s = inputShares(chain, 'X');
    expect(s.basis).toBe('none');
    expect(economies(chain, 'X')).toEqual([
      ['TWN', null],
      ['USA', null],
    ]);
    expect(s.warnings.map((w) => w.code)).toEqual(['no_known_shares']);
  });

  it.each<[string, Record<string, number>, boolean, number[]]>([
    ['keeps shares summing to exactly 100', { USA: 50, JPN: 50 }, false, [50, 50]],
    [
      'scales shares over 100 within rounding (3 points) to the providers’ sum',
      { USA: 52, JPN: 51 },
      true,
      [(52 / 103) * 100, (51 / 103) * 100],
    ],
    [
      'scales a capped 100% share and its rounded-total neighbours (USGS gallium 2025)',
      { CHN: 100, RUS: 6000 / 9000, JPN: 3000 / 9000 },
      true,
      [(900 / 909) * 100, (6 / 909) * 100, (3 / 909) * 100],
    ],
    ['normalises shares more than 3 points over 100', { USA: 100, JPN: 25 }, true, [80, 20]],
  ])('%s', (_, shares, normalised, after) => {
    const s = inputShares(chainOf({ inputs: ['A'], shares: { A: shares } }), 'A');
    expect(s.normalised).toBe(normalised);
    expect(s.economies.map((e) => e.sharePct)).toHaveLength(after.length);
    s.economies.forEach((e, i) => expect(e.sharePct).toBeCloseTo(after[i]!, 10));
    expect(s.knownPct).toBeCloseTo(normalised ? 100 : s.reportedTotalPct, 10);
    expect(s.warnings.map((w) => w.code)).toEqual(normalised ? ['shares_over_100'] : []);
    expect(s.unattributedPct).toBe(0);
  });

  it('says in the warning when the excess is within rounding', () => {
    const s = inputShares(chainOf({ inputs: ['A'], shares: { A: { USA: 52, JPN: 51 } } }), 'A');
    expect(s.warnings[0]!.message).toMatch(/103%, past 100% by rounding/);
  });

  it('sets the rounding tolerance at 3 points', () => {
    expect(ROUNDING_TOLERANCE_PCT).toBe(3);
  });

  it('reports the reported total before normalisation', () => {
    const s = inputShares(chainOf({ inputs: ['A'], shares: { A: { USA: 100, JPN: 25 } } }), 'A');
    expect([s.reportedTotalPct, s.knownPct]).toEqual([125, 100]);
  });

  describe('years', () => {
    const chain = chainOf({ inputs: ['A'] });
    chain.providers.push(
      { kind: 'economy', id: 'CHN', name: 'CHN', iso3: 'CHN' },
      { kind: 'economy', id: 'USA', name: 'USA', iso3: 'USA' },
    );
    const row = (provider: string, sharePct: number | null, year: number) => ({
      provider,
      input: 'A',
      sharePct,
      year,
      sourceId: `src${year}`,
    });
    chain.provision.push(
      row('CHN', 90, 2024),
      row('USA', 10, 2024),
      row('CHN', 95, 2025),
      row('USA', 5, 2025),
      row('CHN', null, 2026),
    );

    it('takes the latest year with a known share by default, and says why it skipped a later one', () => {
      const s = inputShares(chain, 'A');
      expect([s.year, s.sources]).toEqual([2025, ['src2025']]);
      expect(s.warnings.map((w) => w.code)).toEqual(['later_year_without_shares']);
    });

    it('takes any year on request', () => {
      expect(economies(chain, 'A', 2024)).toEqual([
        ['CHN', 90],
        ['USA', 10],
      ]);
    });

    it('warns when the year asked for has no row', () => {
      const s = inputShares(chain, 'A', { year: { year: 2019 } });
      expect([s.year, s.basis, s.economies, s.unattributedPct]).toEqual([2019, 'none', [], 100]);
      expect(s.warnings.map((w) => w.code)).toEqual(['no_data_in_year']);
    });
  });

  it('gives year null for an item without provision rows', () => {
    const s = inputShares(chainOf({ inputs: ['A'] }), 'A');
    expect([s.year, s.basis, s.unattributedPct, s.warnings]).toEqual([null, 'none', 100, []]);
  });

  it('leaves out invalid rows with a warning naming the provider, never a crash', () => {
    const chain = chainOf({ inputs: ['A'], shares: { A: { USA: -5, JPN: 40, KOR: 140 } } });
    const s = inputShares(chain, 'A');
    expect(economies(chain, 'A')).toEqual([['JPN', 40]]);
    expect(s.warnings.map((w) => [w.code, w.ids])).toEqual([
      ['invalid_provision', ['A', 'KOR', 'USA']],
    ]);
  });

  it('uses the first of two rows of one provider and warns', () => {
    const chain = chainOf({ inputs: ['A'], shares: { A: { USA: 40 } } });
    chain.provision.push({ ...chain.provision[0]!, sharePct: 70 });
    const s = inputShares(chain, 'A');
    expect(economies(chain, 'A')).toEqual([['USA', 40]]);
    expect(s.warnings.map((w) => [w.code, w.ids])).toEqual([['duplicate_provision', ['A', 'USA']]]);
  });

  it('gives the shares of a stage', () => {
    const chain = chainOf({ inputs: ['A'], stages: ['S2'], shares: { S2: { TWN: 47, USA: 27 } } });
    expect(economies(chain, 'S2')).toEqual([
      ['TWN', 47],
      ['USA', 27],
    ]);
  });

  it('throws not_found for an id that is neither an input nor a stage', () => {
    expect(() => inputShares(chainOf({ inputs: ['A'] }), 'Z')).toThrow(
      new DomainError('not_found', "input or stage 'Z' not found"),
    );
  });

  it('lists every input, then the stages that have shares', () => {
    const chain = chainOf({
      inputs: ['A', 'B'],
      stages: ['S1', 'S2'],
      shares: { S2: { TWN: 60 } },
    });
    expect(chainShares(chain).map((s) => s.item)).toEqual(['A', 'B', 'S2']);
  });
});
