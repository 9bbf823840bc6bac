import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  mostConfidential,
  parseIssueDraft,
  parsePositionInput,
  positionFromInput,
  resolveOption,
} from './issue-input.ts';
import type { PolicyIssue } from './position.ts';

const chips: PolicyIssue = {
  id: 'ai-chip-controls',
  workstream: 'export-controls',
  title: 'Controls on advanced AI chips',
  description: 'How members control exports of advanced AI chips to countries of concern.',
  options: ['none', 'licence review', 'presumption of denial', 'embargo'],
  agreedOption: null,
  agreedBy: null,
  confidentiality: 'alliance',
  createdBy: 'account:1',
  createdAt: '2026-11-02T10:00:00Z',
};

/** The issues of a refused parse, as `path: message`; fails the test when it is accepted. */
function problems(parse: () => unknown): string[] {
  try {
    parse();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    const error = e as DomainError;
    expect(error.code).toBe('validation_failed');
    return error.issues.map((i) => `${i.path}: ${i.message}`);
  }
  throw new Error('expected the input to be refused');
}

describe('parseIssueDraft', () => {
  const draft = {
    id: 'ai-chip-controls',
    workstream: 'export-controls',
    title: '  Controls on advanced AI chips ',
    options: ['none', 'licence review', 'presumption of denial', 'embargo'],
  };

  it('accepts a draft, trims text and defaults the description and confidentiality', () => {
    expect(parseIssueDraft(draft)).toEqual({
      id: 'ai-chip-controls',
      workstream: 'export-controls',
      title: 'Controls on advanced AI chips',
      description: '',
      options: ['none', 'licence review', 'presumption of denial', 'embargo'],
      confidentiality: 'alliance',
    });
    expect(parseIssueDraft({ ...draft, confidentiality: 'members' }).confidentiality).toBe(
      'members',
    );
  });

  it('refuses a bad id, too few or repeated options, and names every field', () => {
    const issues = problems(() =>
      parseIssueDraft({
        id: 'AI chips',
        workstream: 'Export Controls',
        title: '',
        options: ['embargo'],
        confidentiality: 'secret',
        owner: 'x',
      }),
    );
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^id: must be 2–60 lower-case letters/),
        expect.stringMatching(/^workstream: must be 2–40 lower-case/),
        'title: must not be empty',
        'options: give at least 2 options',
        'confidentiality: must be one of: public, alliance, members',
        'owner: unknown field',
      ]),
    );
    expect(problems(() => parseIssueDraft({ ...draft, id: 'a' }))).toHaveLength(1);
    expect(problems(() => parseIssueDraft({ ...draft, id: 'x'.repeat(61) }))).toHaveLength(1);
    expect(parseIssueDraft({ ...draft, id: 'x'.repeat(60) }).id).toHaveLength(60);
    expect(
      problems(() => parseIssueDraft({ ...draft, options: ['none', 'Embargo', 'embargo '] })),
    ).toEqual(["options.2: 'embargo' repeats option 1 ('Embargo'): options must be distinct"]);
    expect(
      problems(() => parseIssueDraft({ ...draft, options: Array.from({ length: 13 }, String) })),
    ).toEqual(['options: give at most 12 options']);
    expect(problems(() => parseIssueDraft({ ...draft, options: ['none', ' '] }))).toEqual([
      'options.1: must not be empty',
    ]);
  });

  it('refuses unprintable characters: none in a title or option, only line breaks in a description', () => {
    expect(problems(() => parseIssueDraft({ ...draft, title: 'Chips\u202e' }))[0]).toMatch(
      /^title: must be one line/,
    );
    expect(
      problems(() => parseIssueDraft({ ...draft, options: ['none', 'em\nbargo'] }))[0],
    ).toMatch(/^options\.1: must be one line/);
    expect(parseIssueDraft({ ...draft, description: 'Two\nlines' }).description).toBe('Two\nlines');
    expect(problems(() => parseIssueDraft({ ...draft, description: 'bell\u0007' }))[0]).toMatch(
      /^description: must not contain control/,
    );
  });

  it('says what the input should be when it is not an object', () => {
    expect(problems(() => parseIssueDraft('x'))).toEqual([
      '(root): must be a policy issue (an object)',
    ]);
  });
});

describe('parsePositionInput', () => {
  it('accepts a current position by index with defaults', () => {
    const parsed = parsePositionInput({ option: 3 });
    expect(parsed).toEqual({
      option: 3,
      status: 'current',
      expectedDate: null,
      evidence: [],
      note: '',
    });
    expect([parsed.member, parsed.confidentiality]).toEqual([undefined, undefined]);
    expect(parsePositionInput({ option: 3, member: null, confidentiality: null }).member).toBe(
      undefined,
    );
  });

  it('accepts a pending position by text, with a member upper-cased and its evidence', () => {
    expect(
      parsePositionInput({
        member: 'deu',
        option: ' embargo ',
        status: 'pending',
        expectedDate: '2027-03-01',
        evidence: ['oecd-ai:143dd63b64a0'],
        note: 'Cabinet draft.\nExpected in spring.',
        confidentiality: 'members',
      }),
    ).toEqual({
      member: 'DEU',
      option: 'embargo',
      status: 'pending',
      expectedDate: '2027-03-01',
      evidence: ['oecd-ai:143dd63b64a0'],
      note: 'Cabinet draft.\nExpected in spring.',
      confidentiality: 'members',
    });
    expect(parsePositionInput({ member: 'EU', option: 0 }).member).toBe('EU');
  });

  it('requires an expected date when pending and refuses one when current', () => {
    expect(problems(() => parsePositionInput({ option: 1, status: 'pending' }))).toEqual([
      'expectedDate: is required for a pending position: when is it expected to take effect?',
    ]);
    expect(problems(() => parsePositionInput({ option: 1, expectedDate: '2027-01-01' }))).toEqual([
      'expectedDate: only a pending position has an expected date; this one is current',
    ]);
    expect(
      problems(() =>
        parsePositionInput({ option: 1, status: 'pending', expectedDate: '2027-02-30' }),
      ),
    ).toEqual(['expectedDate: must be a date YYYY-MM-DD (2027-01-01)']);
    expect(
      problems(() =>
        parsePositionInput({ option: 1, status: 'pending', expectedDate: '1 March 2027' }),
      ),
    ).toEqual(['expectedDate: must be a date YYYY-MM-DD (2027-01-01)']);
  });

  it('names each bad field', () => {
    const issues = problems(() =>
      parsePositionInput({
        member: 'Germany',
        option: -1,
        status: 'planned',
        evidence: ['oecd-ai:1', 'oecd-ai:1', 'has space'],
        note: 'x'.repeat(2001),
        confidentiality: 'secret',
      }),
    );
    expect(issues).toEqual([
      'member: must be an ISO3 code (DEU) or EU',
      "option: must be the option's number (0 for the first) or its exact text",
      'status: must be one of: current, pending',
      expect.stringMatching(/^evidence\.2: must be an instrument id/),
      'note: must be at most 2,000 characters',
      'confidentiality: must be one of: public, alliance, members',
    ]);
    expect(problems(() => parsePositionInput({}))).toEqual([
      "option: is required: the option's number (0 for the first) or its exact text",
    ]);
    expect(problems(() => parsePositionInput({ option: 1.5 }))).toHaveLength(1);
    expect(
      problems(() => parsePositionInput({ option: 1, evidence: ['oecd-ai:1', 'oecd-ai:1'] })),
    ).toEqual(["evidence.1: 'oecd-ai:1' is listed twice"]);
    expect(
      problems(() =>
        parsePositionInput({ option: 1, evidence: Array.from({ length: 51 }, (_, i) => `m:${i}`) }),
      ),
    ).toEqual(['evidence: give at most 50 instruments']);
    expect(problems(() => parsePositionInput({ option: 1, note: 'a\u2066b' }))[0]).toMatch(
      /^note: must not contain control/,
    );
  });
});

describe('resolveOption', () => {
  it('takes an index, the exact text, or a whole number given as text', () => {
    expect(resolveOption(chips, 0)).toBe(0);
    expect(resolveOption(chips, 3)).toBe(3);
    expect(resolveOption(chips, 'presumption of denial')).toBe(2);
    expect(resolveOption(chips, '1')).toBe(1);
  });

  it('prefers the exact text to an index when an option is a number', () => {
    const tiers: PolicyIssue = { ...chips, options: ['0', '2', '1'] };
    expect(resolveOption(tiers, '1')).toBe(2);
    expect(resolveOption(tiers, 1)).toBe(1);
  });

  it('refuses anything else naming option and listing the options', () => {
    for (const [value, start] of [
      [4, '4 is not an option of ai-chip-controls (0 to 3)'],
      ['ban', "'ban' is not an option of ai-chip-controls"],
      ['Embargo', "'Embargo' is not an option of ai-chip-controls; did you mean 'embargo'?"],
      ['7', '7 is not an option of ai-chip-controls (0 to 3)'],
    ] as const) {
      expect(problems(() => resolveOption(chips, value))).toEqual([
        `option: ${start}; the options are 0 none, 1 licence review, 2 presumption of denial, 3 embargo`,
      ]);
    }
  });
});

describe('positionFromInput', () => {
  const context = { member: 'DEU', recordedBy: 'account:7', recordedAt: '2026-12-01T09:00:00Z' };

  it("records the caller's delegation, the resolved option and the issue's confidentiality", () => {
    expect(positionFromInput(chips, parsePositionInput({ option: 'embargo' }), context)).toEqual({
      issueId: 'ai-chip-controls',
      member: 'DEU',
      option: 3,
      status: 'current',
      expectedDate: null,
      evidence: [],
      note: '',
      confidentiality: 'alliance',
      recordedBy: 'account:7',
      recordedAt: '2026-12-01T09:00:00Z',
    });
    const forFrance = positionFromInput(
      chips,
      parsePositionInput({ member: 'FRA', option: 1, confidentiality: 'members' }),
      context,
    );
    expect([forFrance.member, forFrance.confidentiality]).toEqual(['FRA', 'members']);
  });

  it('refuses a position less confidential than its issue, or with no member', () => {
    expect(
      problems(() =>
        positionFromInput(
          chips,
          parsePositionInput({ option: 1, confidentiality: 'public' }),
          context,
        ),
      ),
    ).toEqual([
      'confidentiality: must be at least as confidential as the issue (alliance), not public',
    ]);
    expect(
      problems(() =>
        positionFromInput(chips, parsePositionInput({ option: 1 }), { ...context, member: null }),
      ),
    ).toEqual(['member: is required: name the member delegation (ISO3 or EU)']);
  });
});

describe('mostConfidential', () => {
  it('ranks members above alliance above public', () => {
    expect(mostConfidential([])).toBe('public');
    expect(mostConfidential(['public', 'alliance', 'public'])).toBe('alliance');
    expect(mostConfidential(['alliance', 'members', 'public'])).toBe('members');
  });
});
