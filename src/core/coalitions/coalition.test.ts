import { describe, expect, it } from 'vitest';
import {
  coalitionEconomies,
  type Coalition,
  type Participant,
  type ParticipantKind,
  type Tier,
} from './coalition.ts';

const p = (code: string, kind: ParticipantKind, tier: Tier): Participant => ({
  code,
  name: code,
  kind,
  tier,
});
const coalition = (...participants: Participant[]): Coalition => ({
  code: 'TEST',
  name: 'Test',
  description: '',
  participants,
  origin: 'ad-hoc',
});
const SUPRANATIONAL = new Map([['EU', ['AUT', 'DEU', 'FRA']]]);

describe('coalitionEconomies', () => {
  it('counts by default the economies a coalition enumerates, not the EU member states', () => {
    const r = coalitionEconomies(
      coalition(p('DEU', 'economy', 'member'), p('EU', 'supranational', 'member')),
      ['member'],
      SUPRANATIONAL,
    );
    expect(r.economies).toEqual(['DEU']);
    expect(r.supranational).toBe('enumerated');
    expect(r.warnings.map((w) => [w.code, w.codes])).toEqual([
      ['supranational_not_expanded', ['EU']],
    ]);
  });

  it('counts the EU as its member states when asked, Germany once, and warns of the overlap', () => {
    const r = coalitionEconomies(
      coalition(p('DEU', 'economy', 'member'), p('EU', 'supranational', 'member')),
      ['member'],
      SUPRANATIONAL,
      { supranational: 'member-states' },
    );
    expect(r.economies).toEqual(['AUT', 'DEU', 'FRA']);
    expect(r.supranational).toBe('member-states');
    expect(r.warnings.map((w) => [w.code, w.codes])).toEqual([
      ['counted_through_supranational', ['DEU']],
    ]);
    expect(r.warnings[0]!.message).toMatch(/DEU is also counted through EU/);
  });

  it('gives no economy for a coalition of the EU alone unless member states are counted', () => {
    const c = coalition(p('EU', 'supranational', 'member'));
    expect(coalitionEconomies(c, ['member'], SUPRANATIONAL).warnings.map((w) => w.code)).toEqual([
      'supranational_not_expanded',
      'empty_coalition',
    ]);
    expect(
      coalitionEconomies(c, ['member'], SUPRANATIONAL, { supranational: 'member-states' })
        .economies,
    ).toEqual(['AUT', 'DEU', 'FRA']);
  });

  it.each<[string, Coalition, Tier[], string[]]>([
    [
      'keeps only the tiers asked for',
      coalition(p('USA', 'economy', 'member'), p('IND', 'economy', 'partner')),
      ['member'],
      ['USA'],
    ],
    [
      'adds partners when asked for members and partners',
      coalition(p('USA', 'economy', 'member'), p('IND', 'economy', 'partner')),
      ['member', 'partner'],
      ['IND', 'USA'],
    ],
    [
      'never counts an organisation as an economy, whatever its tier',
      coalition(
        p('USA', 'economy', 'member'),
        p('OECD', 'organisation', 'observer'),
        p('GPAI', 'organisation', 'member'),
      ),
      ['member', 'partner', 'observer', 'stakeholder'],
      ['USA'],
    ],
    [
      'counts an economy listed twice once',
      coalition(p('USA', 'economy', 'member'), p('USA', 'economy', 'member')),
      ['member'],
      ['USA'],
    ],
  ])('%s', (_name, c, tiers, expected) => {
    const r = coalitionEconomies(c, tiers, SUPRANATIONAL);
    expect(r.economies).toEqual(expected);
    expect(r.warnings).toEqual([]);
  });

  it('counts a member state once when the EU is member and it is a partner (member states)', () => {
    const r = coalitionEconomies(
      coalition(p('EU', 'supranational', 'member'), p('FRA', 'economy', 'partner')),
      ['member', 'partner'],
      SUPRANATIONAL,
      { supranational: 'member-states' },
    );
    expect(r.economies).toEqual(['AUT', 'DEU', 'FRA']);
    expect(r.warnings.map((w) => w.code)).toEqual(['counted_through_supranational']);
  });

  it('warns about a supranational body without a known member list and adds nothing for it', () => {
    const r = coalitionEconomies(
      coalition(p('USA', 'economy', 'member'), p('AU', 'supranational', 'member')),
      ['member'],
      SUPRANATIONAL,
      { supranational: 'member-states' },
    );
    expect(r.economies).toEqual(['USA']);
    expect(r.warnings.map((w) => [w.code, w.codes])).toEqual([
      ['supranational_without_members', ['AU']],
    ]);
  });

  it.each<[string, Coalition, Tier[]]>([
    ['a coalition without participants', coalition(), ['member']],
    [
      'a coalition of organisations',
      coalition(p('OECD', 'organisation', 'observer')),
      ['observer'],
    ],
    ['no tier at all', coalition(p('USA', 'economy', 'member')), []],
  ])('gives no economy and warns for %s', (_name, c, tiers) => {
    const r = coalitionEconomies(c, tiers, SUPRANATIONAL);
    expect(r.economies).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['empty_coalition']);
  });
});
