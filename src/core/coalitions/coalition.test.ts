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
  it.each<[string, Coalition, Tier[], string[]]>([
    [
      'counts the EU as its member states and Germany once, though it is also a member itself',
      coalition(p('DEU', 'economy', 'member'), p('EU', 'supranational', 'member')),
      ['member'],
      ['AUT', 'DEU', 'FRA'],
    ],
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
    [
      'counts a member state once when the EU is both member and partner',
      coalition(p('EU', 'supranational', 'member'), p('FRA', 'economy', 'partner')),
      ['member', 'partner'],
      ['AUT', 'DEU', 'FRA'],
    ],
  ])('%s', (_name, c, tiers, expected) => {
    const r = coalitionEconomies(c, tiers, SUPRANATIONAL);
    expect(r.economies).toEqual(expected);
    expect(r.warnings).toEqual([]);
  });

  it('warns about a supranational body without a known member list and adds nothing for it', () => {
    const r = coalitionEconomies(
      coalition(p('USA', 'economy', 'member'), p('AU', 'supranational', 'member')),
      ['member'],
      SUPRANATIONAL,
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
