// What a caller gives to create a policy issue or record a member's position, checked: the
// schemas of the two drafts, and the resolution of a position's option (its number or its exact
// text) against the issue it answers. The service adds ids, authors and times.
import { z } from 'zod';
import { DomainError } from '../errors.ts';
import { parseDocument } from '../parse-input.ts';
import { UNPRINTABLE, UNPRINTABLE_IN_TEXT } from '../text.ts';
import { workstreamCodeSchema } from '../governance/workstream.ts';
import {
  POSITION_STATUSES,
  type PolicyIssue,
  type Position,
  type PositionStatus,
} from './position.ts';

export type PositionConfidentiality = PolicyIssue['confidentiality'];
export const POSITION_CONFIDENTIALITIES = [
  'public',
  'alliance',
  'members',
] as const satisfies readonly PositionConfidentiality[];

export const ISSUE_TITLE_MAX_CHARS = 200;
export const ISSUE_DESCRIPTION_MAX_CHARS = 5000;
export const OPTION_MAX_CHARS = 200;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 12;
export const NOTE_MAX_CHARS = 2000;
export const MAX_EVIDENCE = 50;

/** How confidential a level is: members (2) > alliance (1) > public (0). */
export const CONFIDENTIALITY_RANK: Readonly<Record<PositionConfidentiality, number>> = {
  public: 0,
  alliance: 1,
  members: 2,
};

/** The most confidential of `levels` (`public` when there are none). */
export function mostConfidential(
  levels: Iterable<PositionConfidentiality>,
): PositionConfidentiality {
  let most: PositionConfidentiality = 'public';
  for (const l of levels) if (CONFIDENTIALITY_RANK[l] > CONFIDENTIALITY_RANK[most]) most = l;
  return most;
}

const required = (what: string) => ({
  error: (iss: { input: unknown }) => (iss.input === undefined ? 'is required' : `must be ${what}`),
});

/** The message of an object schema given a missing or non-object input (unknown fields: Zod's). */
const object = (what: string) => ({
  error: (iss: { code?: string; input: unknown }) =>
    iss.code === 'unrecognized_keys'
      ? undefined
      : iss.input === undefined
        ? 'is required'
        : `must be ${what}`,
});

/** One line of text: trimmed, non-empty, at most `max` characters, nothing unprintable. */
const line = (max: number, what = 'text') =>
  z
    .string(required(what))
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max.toLocaleString('en-US')} characters`)
    .refine(
      (s) => !UNPRINTABLE.test(s),
      'must be one line without control or bidirectional-override characters',
    );

/** Free text: line breaks and tabs allowed, other control characters refused. */
const freeText = (max: number) =>
  z
    .string(required('text'))
    .trim()
    .max(max, `must be at most ${max.toLocaleString('en-US')} characters`)
    .refine(
      (s) => !UNPRINTABLE_IN_TEXT.test(s),
      'must not contain control or bidirectional-override characters',
    );

const confidentiality = z.enum(POSITION_CONFIDENTIALITIES, {
  error: () => `must be one of: ${POSITION_CONFIDENTIALITIES.join(', ')}`,
});

// ——— Issues ———

/** A policy issue as the secretariat writes it, before it has an author or an agreed option. */
export interface PolicyIssueDraft {
  id: string;
  workstream: string;
  title: string;
  description: string;
  options: string[];
  confidentiality: PositionConfidentiality;
}

export const ISSUE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,59}$/;

/** An issue draft as JSON: `options` are 2–12 distinct labels, in order along the issue's axis. */
export const policyIssueDraftSchema: z.ZodType<PolicyIssueDraft> = z
  .strictObject(
    {
      id: z
        .string(required('text'))
        .trim()
        .regex(
          ISSUE_ID_PATTERN,
          'must be 2–60 lower-case letters, digits or -, starting with a letter or digit (ai-chip-controls)',
        ),
      workstream: workstreamCodeSchema,
      title: line(ISSUE_TITLE_MAX_CHARS),
      description: freeText(ISSUE_DESCRIPTION_MAX_CHARS).default(''),
      options: z
        .array(line(OPTION_MAX_CHARS), required('a list of option labels'))
        .min(MIN_OPTIONS, `give at least ${MIN_OPTIONS} options`)
        .max(MAX_OPTIONS, `give at most ${MAX_OPTIONS} options`),
      confidentiality: confidentiality.default('alliance'),
    },
    object('a policy issue (an object)'),
  )
  .superRefine(({ options }, ctx) => {
    const seen = new Map<string, number>();
    options.forEach((label, i) => {
      const key = label.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['options', i],
          message: `'${label}' repeats option ${first} ('${options[first]}'): options must be distinct`,
        });
      else seen.set(key, i);
    });
  });

/** Parses an issue draft (a request body, a file); throws `validation_failed` listing every problem. */
export function parseIssueDraft(input: unknown): PolicyIssueDraft {
  return parseDocument(policyIssueDraftSchema, input, 'policy issue');
}

// ——— Positions ———

/**
 * A position as a delegation gives it. `option` is unresolved (its number or its exact text:
 * {@link resolveOption}); no `confidentiality` means the issue's; no `member` means the caller's
 * delegation (the service fills it). Either given as null is taken as not given.
 */
export interface PositionInput {
  member?: string;
  option: number | string;
  status: PositionStatus;
  expectedDate: string | null;
  evidence: string[];
  note: string;
  confidentiality?: PositionConfidentiality;
}

export const MEMBER_PATTERN = /^(?:[A-Z]{3}|EU)$/;

const member = z
  .string(required('a member code'))
  .trim()
  .transform((s) => s.toUpperCase())
  .refine((s) => MEMBER_PATTERN.test(s), 'must be an ISO3 code (DEU) or EU');

const OPTION_MESSAGE = "must be the option's number (0 for the first) or its exact text";

const option = z.union(
  [
    z.number().int(OPTION_MESSAGE).min(0, OPTION_MESSAGE),
    z
      .string()
      .trim()
      .min(1, OPTION_MESSAGE)
      .max(OPTION_MAX_CHARS, OPTION_MESSAGE)
      .refine((s) => !UNPRINTABLE.test(s), OPTION_MESSAGE),
  ],
  {
    error: (iss) =>
      iss.input === undefined
        ? "is required: the option's number (0 for the first) or its exact text"
        : OPTION_MESSAGE,
  },
);

const expectedDate = z.iso.date({
  error: () => 'must be a date YYYY-MM-DD (2027-01-01)',
});

const instrumentId = line(500, 'an instrument id').refine(
  (s) => !/\s/.test(s),
  'must be an instrument id (oecd-ai:143dd63b64a0, manual:…), without spaces',
);

// The status/date check runs beside the problems of other fields, but only when the two fields it
// reads are valid.
const statusCheckable = {
  when: ({ value, issues }: { value: unknown; issues: readonly { path?: PropertyKey[] }[] }) =>
    typeof value === 'object' &&
    value !== null &&
    !issues.some(
      (i) =>
        i.path?.[0] === 'status' || i.path?.[0] === 'expectedDate' || i.path?.[0] === 'evidence',
    ),
};

/**
 * A position as JSON. A pending position needs `expectedDate` (when it is expected to take
 * effect); a current one must not have one.
 */
export const positionInputSchema: z.ZodType<PositionInput> = z
  .strictObject(
    {
      member: member.nullable().optional(),
      option,
      status: z
        .enum(POSITION_STATUSES as [PositionStatus, ...PositionStatus[]], {
          error: () => `must be one of: ${POSITION_STATUSES.join(', ')}`,
        })
        .default('current'),
      expectedDate: expectedDate.nullable().optional(),
      evidence: z
        .array(instrumentId, required('a list of instrument ids'))
        .max(MAX_EVIDENCE, `give at most ${MAX_EVIDENCE} instruments`)
        .default([]),
      note: freeText(NOTE_MAX_CHARS).default(''),
      confidentiality: confidentiality.nullable().optional(),
    },
    object('a position (an object)'),
  )
  .superRefine(({ status, expectedDate, evidence }, ctx) => {
    if (status === 'pending' && !expectedDate)
      ctx.addIssue({
        code: 'custom',
        path: ['expectedDate'],
        message: 'is required for a pending position: when is it expected to take effect?',
      });
    if (status === 'current' && expectedDate)
      ctx.addIssue({
        code: 'custom',
        path: ['expectedDate'],
        message: 'only a pending position has an expected date; this one is current',
      });
    const seen = new Set<string>();
    if (Array.isArray(evidence))
      evidence.forEach((id, i) => {
        if (seen.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['evidence', i],
            message: `'${id}' is listed twice`,
          });
        seen.add(id);
      });
  }, statusCheckable)
  .transform((p): PositionInput => ({
    member: p.member ?? undefined,
    option: p.option,
    status: p.status,
    expectedDate: p.expectedDate ?? null,
    evidence: p.evidence,
    note: p.note,
    confidentiality: p.confidentiality ?? undefined,
  }));

/** Parses a position (a request body, a file); throws `validation_failed` listing every problem. */
export function parsePositionInput(input: unknown): PositionInput {
  return parseDocument(positionInputSchema, input, 'position');
}

/**
 * The index of the option `value` names on `issue`: a number is an index (0 for the first); a
 * text is the option with exactly that text, or else, when it is a whole number (`"2"`, as a
 * command line gives it), that index. Throws `validation_failed` naming `option` and listing
 * the issue's options.
 */
export function resolveOption(issue: PolicyIssue, value: number | string): number {
  const count = issue.options.length;
  if (typeof value === 'string') {
    const text = value.trim();
    const exact = issue.options.indexOf(text);
    if (exact >= 0) return exact;
    if (/^\d+$/.test(text)) return resolveOption(issue, Number(text));
    const other = issue.options.findIndex((o) => o.toLowerCase() === text.toLowerCase());
    throw optionError(
      issue,
      other >= 0
        ? `'${text}' is not an option of ${issue.id}; did you mean '${issue.options[other]}'?`
        : `'${text}' is not an option of ${issue.id}`,
    );
  }
  if (Number.isInteger(value) && value >= 0 && value < count) return value;
  throw optionError(issue, `${value} is not an option of ${issue.id} (0 to ${count - 1})`);
}

function optionError(issue: PolicyIssue, what: string): DomainError {
  const message = `${what}; the options are ${issue.options.map((o, i) => `${i} ${o}`).join(', ')}`;
  return new DomainError('validation_failed', `invalid position: option: ${message}`, [
    { path: 'option', message },
  ]);
}

/**
 * The position a checked input records on `issue`: its option resolved ({@link resolveOption}),
 * its confidentiality the issue's unless it gives one (never less confidential than the issue),
 * its member `input.member` or else
 * `context.member` (the caller's delegation). Throws `validation_failed` when neither names one.
 */
export function positionFromInput(
  issue: PolicyIssue,
  input: PositionInput,
  context: { member: string | null; recordedBy: string; recordedAt: string },
): Position {
  const who = input.member ?? context.member;
  if (!who)
    throw new DomainError('validation_failed', 'invalid position: member: is required', [
      { path: 'member', message: 'is required: name the member delegation (ISO3 or EU)' },
    ]);
  const level = input.confidentiality ?? issue.confidentiality;
  if (CONFIDENTIALITY_RANK[level] < CONFIDENTIALITY_RANK[issue.confidentiality]) {
    const message = `must be at least as confidential as the issue (${issue.confidentiality}), not ${level}`;
    throw new DomainError('validation_failed', `invalid position: confidentiality: ${message}`, [
      { path: 'confidentiality', message },
    ]);
  }
  return {
    issueId: issue.id,
    member: who,
    option: resolveOption(issue, input.option),
    status: input.status,
    expectedDate: input.expectedDate,
    evidence: input.evidence,
    note: input.note,
    confidentiality: level,
    recordedBy: context.recordedBy,
    recordedAt: context.recordedAt,
  };
}
