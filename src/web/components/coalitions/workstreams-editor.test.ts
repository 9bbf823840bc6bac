import { describe, expect, it } from 'vitest';
import { countedTwice } from '../../pages/coalition-builder-page.tsx';
import type { Participant } from './coalition-data.ts';
import { workstreamRows, workstreamsValue } from './workstreams-editor.tsx';

const participants: Participant[] = [
  { code: 'USA', name: 'United States', kind: 'economy', tier: 'member' },
  { code: 'IND', name: 'India', kind: 'economy', tier: 'partner' },
  { code: 'NLD', name: 'Netherlands', kind: 'economy', tier: 'member' },
  { code: 'EU', name: 'European Union', kind: 'supranational', tier: 'member' },
];

describe('the builder’s workstreams', () => {
  it('starts from the standard five, each open to everyone of its tiers', () => {
    const rows = workstreamRows();
    expect(rows.map((r) => r.code)).toEqual([
      'rd',
      'supply_chains',
      'standards',
      'export_controls',
      'illiberal_tech',
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(5);
    expect(workstreamsValue(rows, participants).every((w) => w.participants === null)).toBe(true);
  });

  it('sends an "Only:" list restricted to participants of the ticked tiers, in tier order', () => {
    const [row] = workstreamRows([
      {
        code: 'quantum',
        name: 'Quantum',
        tiers: ['partner', 'member'],
        participants: ['usa', 'IND'],
      },
    ]);
    expect(row!.only).toEqual(['USA', 'IND']);
    expect(workstreamsValue([row!], participants)).toEqual([
      {
        code: 'quantum',
        name: 'Quantum',
        tiers: ['member', 'partner'],
        participants: ['USA', 'IND'],
      },
    ]);
    // India is a partner: with members only ticked it no longer takes part.
    expect(
      workstreamsValue([{ ...row!, tiers: ['member'] }], participants)[0]!.participants,
    ).toEqual(['USA']);
  });
});

describe('economies counted twice through the EU', () => {
  const euStates = ['DEU', 'FRA', 'NLD'];
  it('names the EU member states also listed, only when the EU counts as its member states', () => {
    expect(countedTwice(participants, euStates, 'member-states')).toEqual(['NLD']);
    expect(countedTwice(participants, euStates, 'enumerated')).toEqual([]);
  });
  it('names none when the EU is not a member', () => {
    const withoutEu = participants.filter((p) => p.code !== 'EU');
    expect(countedTwice(withoutEu, euStates, 'member-states')).toEqual([]);
  });
});
