import { describe, expect, it } from 'vitest';
import { economyLookup } from '../economies/economy-names.ts';
import { DomainError } from '../errors.ts';
import {
  buildCoalition,
  draftOf,
  editDraft,
  parseCoalitionDraft,
  type DraftContext,
} from './coalition-draft.ts';
import { STANDARD_WORKSTREAMS, workstreamParticipants } from './workstream.ts';

const ctx: DraftContext = {
  economies: new Map([
    ['USA', 'United States'],
    ['JPN', 'Japan'],
    ['IND', 'India'],
    ['NLD', 'Netherlands'],
  ]),
  supranational: new Map([['EU', 'European Union']]),
  reservedCodes: new Set(['G7', 'T12']),
};

const issuesOf = (input: unknown): { path: string; message: string }[] => {
  try {
    buildCoalition(parseCoalitionDraft(input), ctx);
  } catch (e) {
    if (e instanceof DomainError) return [...e.issues];
    throw e;
  }
  return [];
};

describe('custom coalitions with economies given by name', () => {
  const named: DraftContext = {
    ...ctx,
    economies: new Map([...ctx.economies, ['KOR', 'South Korea'], ['PRK', 'North Korea']]),
    lookup: economyLookup(
      [...ctx.economies, ['KOR', 'South Korea'], ['PRK', 'North Korea']].map(([iso3, name]) => ({
        iso3: iso3!,
        name: name!,
        officialName: null,
      })),
    ),
  };
  const build = (participants: unknown[]) =>
    buildCoalition(parseCoalitionDraft({ code: 'NAMED', name: 'Named', participants }), named);

  it('accepts names where codes are accepted, and counts "Japan" and "JPN" as one', () => {
    const c = build([
      { code: 'Netherlands', tier: 'member' },
      { code: 'south korea', tier: 'partner' },
    ]);
    expect(c.participants.map((p) => [p.code, p.name, p.tier])).toEqual([
      ['NLD', 'Netherlands', 'member'],
      ['KOR', 'South Korea', 'partner'],
    ]);
    expect(() =>
      build([
        { code: 'JPN', tier: 'member' },
        { code: 'Japan', tier: 'member' },
      ]),
    ).toThrow('JPN is listed twice');
  });

  it('rejects an ambiguous or unknown name, naming the participant', () => {
    try {
      build([
        { code: 'Korea', tier: 'member' },
        { code: 'Atlantis', tier: 'member' },
      ]);
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).issues).toEqual([
        { path: 'participants.0.code', message: "'Korea' could be KOR or PRK: give the ISO3 code" },
        {
          path: 'participants.1.code',
          message:
            "unknown economy 'Atlantis' (expected an ISO 3166 alpha-3 code or an economy's name)",
        },
      ]);
    }
  });
});

describe('custom coalitions', () => {
  it('builds a coalition with names from the reference data and kinds inferred from codes', () => {
    const c = buildCoalition(
      parseCoalitionDraft({
        code: 'tech_4',
        name: 'Tech 4',
        participants: [
          { code: 'usa', tier: 'member' },
          { code: 'EU', tier: 'member' },
          { code: 'IND', tier: 'partner' },
          { code: 'GPAI', tier: 'observer', name: 'Global Partnership on AI' },
        ],
      }),
      ctx,
    );
    expect(c).toEqual({
      code: 'TECH_4',
      name: 'Tech 4',
      description: '',
      origin: 'custom',
      participants: [
        { code: 'USA', name: 'United States', kind: 'economy', tier: 'member' },
        { code: 'EU', name: 'European Union', kind: 'supranational', tier: 'member' },
        { code: 'IND', name: 'India', kind: 'economy', tier: 'partner' },
        { code: 'GPAI', name: 'Global Partnership on AI', kind: 'organisation', tier: 'observer' },
      ],
      workstreams: STANDARD_WORKSTREAMS,
    });
  });

  it.each([
    [
      { code: 'X1', name: 'x', participants: [{ code: 'XYZ', tier: 'member' }] },
      'participants.0.code',
      "unknown economy 'XYZ'",
    ],
    [
      {
        code: 'X1',
        name: 'x',
        participants: [
          { code: 'USA', tier: 'member' },
          { code: 'USA', tier: 'partner' },
        ],
      },
      'participants.1.code',
      'USA is both member and partner',
    ],
    [
      {
        code: 'X1',
        name: 'x',
        participants: [
          { code: 'JPN', tier: 'member' },
          { code: 'jpn', tier: 'member' },
        ],
      },
      'participants.1.code',
      'JPN is listed twice',
    ],
    [
      { code: 'X1', name: 'x', participants: [{ code: 'USA', tier: 'observer' }] },
      'participants.0.tier',
      'cannot be observer',
    ],
    [
      { code: 'X1', name: 'x', participants: [{ code: 'EU', tier: 'partner' }] },
      'participants.0.tier',
      'cannot be partner',
    ],
    [
      { code: 'X1', name: 'x', participants: [{ code: 'ACME', tier: 'stakeholder' }] },
      'participants.0.name',
      'needs a name',
    ],
    [{ code: 'G7', name: 'x', participants: [] }, 'code', "'G7' is a grouping's code"],
  ])('rejects %j naming %s', (input, path, message) => {
    const issues = issuesOf(input);
    expect(issues.map((i) => i.path)).toEqual([path]);
    expect(issues[0]!.message).toContain(message);
  });

  it.each([
    [{ name: 'x', participants: [] }, 'code'],
    [{ code: '1X', name: 'x', participants: [] }, 'code'],
    [{ code: 'X1', name: '', participants: [] }, 'name'],
    [
      { code: 'X1', name: 'x', participants: [{ code: 'USA', tier: 'boss' }] },
      'participants.0.tier',
    ],
    [{ code: 'X1', name: 'x', participants: [], colour: 'red' }, 'colour'],
  ])('rejects the malformed draft %j naming %s', (input, path) => {
    expect(() => parseCoalitionDraft(input)).toThrow(DomainError);
    try {
      parseCoalitionDraft(input);
    } catch (e) {
      expect((e as DomainError).issues[0]!.path).toBe(path);
    }
  });

  it('copies a coalition with one more member and one removed ("T12 plus NLD")', () => {
    const base = buildCoalition(
      parseCoalitionDraft({
        code: 'BASE',
        name: 'b',
        participants: [
          { code: 'USA', tier: 'member' },
          { code: 'JPN', tier: 'member' },
        ],
      }),
      ctx,
    );
    const edited = editDraft(
      { ...draftOf(base), code: 'COPY' },
      { add: [{ code: 'NLD', tier: 'member' }], remove: ['jpn'] },
    );
    expect(buildCoalition(edited, ctx).participants.map((p) => p.code)).toEqual(['USA', 'NLD']);
  });

  it('changes a tier by adding the same code again', () => {
    const base = parseCoalitionDraft({
      code: 'BASE',
      name: 'b',
      participants: [{ code: 'IND', tier: 'partner' }],
    });
    const edited = editDraft(base, { add: [{ code: 'IND', tier: 'member' }] });
    expect(buildCoalition(edited, ctx).participants).toEqual([
      { code: 'IND', name: 'India', kind: 'economy', tier: 'member' },
    ]);
  });
});

describe('workstreams', () => {
  const draft = (workstreams: unknown) =>
    parseCoalitionDraft({
      code: 'WS',
      name: 'ws',
      participants: [
        { code: 'USA', tier: 'member' },
        { code: 'IND', tier: 'partner' },
        { code: 'GPAI', tier: 'observer', name: 'GPAI' },
      ],
      workstreams,
    });

  it('takes the standard five when none are given, export controls for members only', () => {
    const c = buildCoalition(draft(undefined), ctx);
    const ec = c.workstreams!.find((w) => w.code === 'export_controls')!;
    expect(workstreamParticipants(c, ec).map((p) => p.code)).toEqual(['USA']);
    const rd = c.workstreams!.find((w) => w.code === 'rd')!;
    expect(workstreamParticipants(c, rd).map((p) => p.code)).toEqual(['USA', 'IND', 'GPAI']);
  });

  it('limits a workstream to named participants of its tiers (variable geometry)', () => {
    const c = buildCoalition(
      draft([{ code: 'ai', name: 'AI', tiers: ['member', 'partner'], participants: ['ind'] }]),
      ctx,
    );
    expect(workstreamParticipants(c, c.workstreams![0]!).map((p) => p.code)).toEqual(['IND']);
  });

  it('rejects a workstream participant who is not in the coalition, and a code given twice', () => {
    expect(() =>
      buildCoalition(
        draft([
          { code: 'ai', name: 'AI', tiers: ['member'], participants: ['JPN'] },
          { code: 'ai', name: 'AI again', tiers: ['member'] },
        ]),
        ctx,
      ),
    ).toThrow(
      /JPN takes part in workstream ai but is not a participant.*workstream ai is listed twice/,
    );
  });

  it('keeps the case of an organisation code that a workstream names in another case', () => {
    const c = buildCoalition(
      parseCoalitionDraft({
        code: 'ORG',
        name: 'o',
        participants: [
          {
            code: 'acme',
            tier: 'stakeholder',
            kind: 'organisation',
            name: 'Acme Industry Association',
          },
        ],
        workstreams: [{ code: 'rd', name: 'R&D', tiers: ['stakeholder'], participants: ['ACME'] }],
      }),
      ctx,
    );
    expect(workstreamParticipants(c, c.workstreams![0]!).map((p) => p.code)).toEqual(['acme']);
  });

  it('drops a removed participant from the workstreams too', () => {
    const d = draft([
      { code: 'ai', name: 'AI', tiers: ['member', 'partner'], participants: ['USA', 'IND'] },
    ]);
    const c = buildCoalition(editDraft(d, { remove: ['IND'] }), ctx);
    expect(c.workstreams![0]!.participants).toEqual(['USA']);
  });
});
