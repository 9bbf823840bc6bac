// Shocks in the URL and the API's issue paths mapped back to the shock they name.
import { describe, expect, it } from 'vitest';
import {
  shockFromParam,
  shockIssueTarget,
  shocksFromParam,
  shocksToParam,
  shockToParam,
} from './scenario-shocks.ts';

describe('shockIssueTarget', () => {
  it('reads both the bracket and the dotted form of an issue path', () => {
    expect(shockIssueTarget('shocks[1].provider')).toEqual({ index: 1, field: 'provider' });
    expect(shockIssueTarget('shocks.0.fractionLost')).toEqual({ index: 0, field: 'fractionLost' });
    expect(shockIssueTarget('shocks[12]')).toEqual({ index: 12, field: null });
  });

  it('ignores paths that name no shock', () => {
    expect(shockIssueTarget('chain')).toBeNull();
    expect(shockIssueTarget('(body)')).toBeNull();
    expect(shockIssueTarget('shocks')).toBeNull();
  });
});

describe('shock URL parameters', () => {
  it('round-trips a shock, names with spaces included', () => {
    for (const shock of [
      { provider: 'CHN', input: 'all', fractionLost: 1 },
      { provider: 'Tokyo Electron', input: 'N19', fractionLost: 0.35 },
    ])
      expect(shockFromParam(shockToParam(shock))).toEqual(shock);
  });

  it('rejects a parameter without three parts or with a fraction that is not a number', () => {
    expect(shockFromParam('CHN')).toBeNull();
    expect(shockFromParam('CHN:all')).toBeNull();
    expect(shockFromParam('CHN:all:lots')).toBeNull();
  });

  it('keeps several shocks in one parameter, in order, and drops the unreadable ones', () => {
    const shocks = [
      { provider: 'CHN', input: 'all', fractionLost: 1 },
      { provider: 'Tokyo Electron', input: 'N19', fractionLost: 0.35 },
    ];
    expect(shocksToParam(shocks)).toBe('CHN:all:1;Tokyo Electron:N19:0.35');
    expect(shocksFromParam(shocksToParam(shocks))).toEqual(shocks);
    expect(shocksFromParam('CHN:all:1;nonsense')).toEqual([shocks[0]]);
    expect(shocksFromParam(undefined)).toEqual([]);
  });
});
