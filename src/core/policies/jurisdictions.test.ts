import { describe, expect, it } from 'vitest';
import { JURISDICTION_NAMES, resolveJurisdiction } from './jurisdictions.ts';

describe('resolveJurisdiction', () => {
  it('resolves names whatever their case, spacing, accents and apostrophes', () => {
    expect(resolveJurisdiction('Germany')).toEqual({ code: 'DEU', kind: 'economy' });
    expect(resolveJurisdiction('  united   KINGDOM ')).toEqual({ code: 'GBR', kind: 'economy' });
    expect(resolveJurisdiction('Turkiye')).toEqual({ code: 'TUR', kind: 'economy' });
    expect(resolveJurisdiction("China (People's Republic of)")).toEqual({
      code: 'CHN',
      kind: 'economy',
    });
    expect(resolveJurisdiction('European Union')).toEqual({ code: 'EU', kind: 'eu' });
    expect(resolveJurisdiction('OECD/GPAI')).toEqual({ code: 'OECD', kind: 'organisation' });
    expect(
      resolveJurisdiction('the united nations educational, scientific and cultural organization'),
    ).toEqual({
      code: 'UNESCO',
      kind: 'organisation',
    });
  });

  it('resolves the table’s codes to themselves', () => {
    expect(resolveJurisdiction('deu')).toEqual({ code: 'DEU', kind: 'economy' });
    expect(resolveJurisdiction('G7')).toEqual({ code: 'G7', kind: 'organisation' });
    expect(resolveJurisdiction('EU')).toEqual({ code: 'EU', kind: 'eu' });
  });

  it('gives null for a name it does not know, and never a near miss', () => {
    expect(resolveJurisdiction('Germania')).toBeNull();
    expect(resolveJurisdiction('')).toBeNull();
    expect(resolveJurisdiction('United')).toBeNull();
  });

  it('gives codes of the registry’s shape (ISO3, EU or an upper-case organisation code)', () => {
    for (const [name, j] of Object.entries(JURISDICTION_NAMES)) {
      expect(j.code, name).toMatch(/^[A-Z][A-Z0-9]{1,9}$/);
      if (j.kind === 'economy') expect(j.code, name).toMatch(/^[A-Z]{3}$/);
      if (j.kind === 'eu') expect(j.code).toBe('EU');
    }
  });
});
