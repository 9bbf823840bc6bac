// Consultations: the questions put to members, partners and stakeholders about a proposal, the
// check of one response against them, and the results, raw and weighted so that every economy's
// respondents together weigh the same.
import { z } from 'zod';
import { parseDocument } from '../parse-input.ts';
import type { ErrorIssue } from '../errors.ts';
import { timeWindowSchema, type TimeWindow } from './proposal.ts';

/**
 * Who a respondent speaks for: a member or partner delegation, an observer, industry, a
 * non-governmental organisation, academia, or the technical community (standards bodies,
 * engineers).
 */
export type Constituency =
  'member' | 'partner' | 'observer' | 'industry' | 'ngo' | 'academia' | 'technical';
export const CONSTITUENCIES = [
  'member',
  'partner',
  'observer',
  'industry',
  'ngo',
  'academia',
  'technical',
] as const satisfies readonly Constituency[];

export interface ChoiceOption {
  /** Stable within the question; answers name it. */
  id: string;
  label: string;
}

interface QuestionBase {
  /** Stable within the consultation; answers are keyed by it. */
  id: string;
  prompt: string;
  /** Whether a response must answer it; default false. */
  required: boolean;
}

/** A free-text answer of at most `maxLength` characters (default 5,000). */
export interface TextQuestion extends QuestionBase {
  kind: 'text';
  maxLength: number;
}

/** One of the options. */
export interface SingleChoiceQuestion extends QuestionBase {
  kind: 'single-choice';
  options: ChoiceOption[];
}

/** Any of the options, at most `max` of them (null: no limit). */
export interface MultipleChoiceQuestion extends QuestionBase {
  kind: 'multiple-choice';
  options: ChoiceOption[];
  max: number | null;
}

/** A whole number from `min` to `max`; `labels` name some points: `{ "1": "disagree" }`. */
export interface ScaleQuestion extends QuestionBase {
  kind: 'scale';
  min: number;
  max: number;
  labels: Record<string, string>;
}

export type Question = TextQuestion | SingleChoiceQuestion | MultipleChoiceQuestion | ScaleQuestion;
export type QuestionKind = Question['kind'];
export const QUESTION_KINDS: readonly QuestionKind[] = [
  'text',
  'single-choice',
  'multiple-choice',
  'scale',
];

export interface Consultation {
  window: TimeWindow;
  questions: Question[];
}

/**
 * An answer as given: text for `text`, an option id for `single-choice`, a list of option ids for
 * `multiple-choice`, a whole number for `scale`. Not answered: absent, null, blank text or an
 * empty list.
 */
export type Answer = string | number | readonly string[] | null;
/** A response's answers by question id. */
export type Answers = Readonly<Record<string, Answer | undefined>>;

/** What is wrong with an answer. */
export type ResponseIssueCode =
  | 'unknown_question'
  | 'missing_answer'
  | 'wrong_type'
  | 'option_not_offered'
  | 'repeated_choice'
  | 'too_many_choices'
  | 'out_of_range'
  | 'too_long';

/** One problem with one answer; `path` is `answers.<question id>` (with `.<i>` for a choice). */
export interface ResponseIssue extends ErrorIssue {
  questionId: string;
  code: ResponseIssueCode;
}

export const TEXT_ANSWER_DEFAULT_MAX_CHARS = 5_000;
export const TEXT_ANSWER_MAX_CHARS = 100_000;

/**
 * Every problem with a response's answers, each naming its question: an answer to a question the
 * consultation does not ask, a required question left unanswered, an answer of the wrong type, an
 * option not offered or chosen twice, more choices than allowed, a scale value that is not a whole
 * number from min to max, a text longer than allowed. Empty: the response is valid.
 */
export function validateResponse(consultation: Consultation, answers: Answers): ResponseIssue[] {
  const issues: ResponseIssue[] = [];
  for (const q of consultation.questions) {
    const answer = answers[q.id];
    const issue = (code: ResponseIssueCode, message: string, index?: number): void => {
      issues.push({
        path: `answers.${q.id}${index === undefined ? '' : `.${index}`}`,
        questionId: q.id,
        code,
        message,
      });
    };
    if (!isAnswered(answer)) {
      if (q.required) issue('missing_answer', `question ${q.id} requires an answer`);
      continue;
    }
    checkAnswer(q, answer, issue);
  }
  const asked = new Set(consultation.questions.map((q) => q.id));
  for (const id of Object.keys(answers))
    if (!asked.has(id))
      issues.push({
        path: `answers.${id}`,
        questionId: id,
        code: 'unknown_question',
        message: `there is no question ${id} in this consultation`,
      });
  return issues;
}

function isAnswered(answer: Answer | undefined): answer is string | number | readonly string[] {
  if (answer === undefined || answer === null) return false;
  if (typeof answer === 'string') return answer.trim() !== '';
  return !Array.isArray(answer) || answer.length > 0;
}

function checkAnswer(
  q: Question,
  answer: string | number | readonly string[],
  issue: (code: ResponseIssueCode, message: string, index?: number) => void,
): void {
  switch (q.kind) {
    case 'text':
      if (typeof answer !== 'string')
        return issue('wrong_type', `question ${q.id} takes text, not ${typeName(answer)}`);
      if (answer.length > q.maxLength)
        issue(
          'too_long',
          `question ${q.id}: the answer has ${fmtInt(answer.length)} characters; at most ${fmtInt(q.maxLength)} allowed`,
        );
      return;
    case 'single-choice':
      if (typeof answer !== 'string')
        return issue(
          'wrong_type',
          `question ${q.id} takes one option id, not ${typeName(answer)}; the options are ${optionIds(q.options)}`,
        );
      if (!q.options.some((o) => o.id === answer))
        issue('option_not_offered', notOffered(q.id, answer, q.options));
      return;
    case 'multiple-choice': {
      if (!Array.isArray(answer) || !answer.every((a) => typeof a === 'string'))
        return issue(
          'wrong_type',
          `question ${q.id} takes a list of option ids, not ${typeName(answer)}; the options are ${optionIds(q.options)}`,
        );
      const seen = new Set<string>();
      answer.forEach((choice: string, i) => {
        if (!q.options.some((o) => o.id === choice))
          issue('option_not_offered', notOffered(q.id, choice, q.options), i);
        else if (seen.has(choice))
          issue('repeated_choice', `question ${q.id}: option '${choice}' is chosen twice`, i);
        seen.add(choice);
      });
      if (q.max !== null && seen.size > q.max)
        issue(
          'too_many_choices',
          `question ${q.id}: ${seen.size} options chosen; at most ${q.max} allowed`,
        );
      return;
    }
    case 'scale':
      if (typeof answer !== 'number')
        return issue(
          'wrong_type',
          `question ${q.id} takes a whole number from ${q.min} to ${q.max}, not ${typeName(answer)}`,
        );
      if (!Number.isInteger(answer) || answer < q.min || answer > q.max)
        issue(
          'out_of_range',
          `question ${q.id}: ${answer} is not on the scale; give a whole number from ${q.min} to ${q.max}`,
        );
      return;
  }
}

function typeName(answer: unknown): string {
  if (Array.isArray(answer)) return 'a list';
  return typeof answer === 'number' ? 'a number' : typeof answer === 'string' ? 'text' : 'that';
}

function optionIds(options: readonly ChoiceOption[]): string {
  return options.map((o) => o.id).join(', ');
}

function notOffered(questionId: string, choice: string, options: readonly ChoiceOption[]): string {
  return `question ${questionId}: option '${choice}' is not offered; the options are ${optionIds(options)}`;
}

// ——— Results ———

/** One response, tagged with who gave it. */
export interface ConsultationResponse {
  /** Who responded, for the record; not used in the results. */
  respondent?: string;
  constituency: Constituency;
  /**
   * The economy the respondent speaks for or is based in (ISO3, case-insensitive); null when
   * there is none (an international body) or it was not given.
   */
  economy: string | null;
  answers: Answers;
}

/** A response as stored: one per account and proposal (a second one replaces the first). */
export interface StoredResponse {
  proposalId: string;
  accountId: string;
  delegation: string | null;
  /** The delegation when it is an economy (ISO3); null otherwise. */
  economy: string | null;
  constituency: Constituency;
  /** As given, checked against the questions then. */
  answers: Record<string, Answer>;
  submittedAt: string;
}

/** An option's answers: `share` of the respondents who answered, `weightedShare` per economy. */
export interface OptionResult {
  option: string;
  label: string;
  count: number;
  /** count ÷ respondents who answered the question (a fraction, 0–1). */
  share: number;
  /** The option's weight ÷ the economy groups that answered: each group weighs 1 in total. */
  weightedShare: number;
}

/** A point of a scale, with the answers that gave it. */
export interface ScalePointResult {
  value: number;
  label: string | null;
  count: number;
  share: number;
  weightedShare: number;
}

interface SummaryBase {
  questionId: string;
  /** Respondents who answered the question. */
  answered: number;
  /** Economy groups among them (an economy, or the unattributed): the total weight. */
  groups: number;
}

export interface TextSummary extends SummaryBase {
  kind: 'text';
  answers: { text: string; constituency: Constituency; economy: string | null }[];
}

export interface ChoiceSummary extends SummaryBase {
  kind: 'single-choice' | 'multiple-choice';
  /** In the question's order. For multiple choice the shares add up to more than 1. */
  options: OptionResult[];
}

/** Means and medians are null when nobody answered. */
export interface ScaleSummary extends SummaryBase {
  kind: 'scale';
  mean: number | null;
  median: number | null;
  weightedMean: number | null;
  weightedMedian: number | null;
  /** Every point from min to max, answered or not. */
  distribution: ScalePointResult[];
}

export type QuestionSummary = TextSummary | ChoiceSummary | ScaleSummary;
export type ConstituencySummary = QuestionSummary & { constituency: Constituency };
/** A question's results over every respondent, and the same for each constituency that answered. */
export type QuestionResult = QuestionSummary & { byConstituency: ConstituencySummary[] };

/** What looks wrong in the responses, and what to do about it. */
export interface ResultsWarning {
  code: 'no_responses' | 'excluded_responses' | 'dominant_economy' | 'single_economy_group';
  message: string;
}

export interface ConsultationResults {
  /** Responses counted (the valid ones). */
  respondents: number;
  /** Respondents per economy group, most first; the unattributed group (economy null) last. */
  economies: { economy: string | null; respondents: number }[];
  /** Respondents per constituency, every constituency listed. */
  constituencies: Record<Constituency, number>;
  /** In the consultation's order. */
  questions: QuestionResult[];
  /** Responses left out because they do not fit the questions, by index in the input. */
  excluded: { index: number; issues: ResponseIssue[] }[];
  warnings: ResultsWarning[];
}

// Weighted shares are sums of fractions: compare cumulative shares with a tolerance.
const EPS = 1e-9;

/**
 * The results of a consultation, question by question: raw counts and shares, and shares weighted
 * per economy — each economy's respondents to the question together weigh 1 (each of k
 * respondents 1/k), and respondents without an economy form one more group that weighs 1 — so
 * that no economy's respondents dominate. Also broken down by constituency. Responses that do not
 * fit the questions ({@link validateResponse}) are left out whole and listed in `excluded`.
 */
export function consultationResults(
  consultation: Consultation,
  responses: readonly ConsultationResponse[],
): ConsultationResults {
  const excluded: ConsultationResults['excluded'] = [];
  const counted: Respondent[] = [];
  responses.forEach((r, index) => {
    const issues = validateResponse(consultation, r.answers);
    if (issues.length > 0) excluded.push({ index, issues });
    else counted.push({ ...r, group: economyKey(r.economy) });
  });
  const constituencies = Object.fromEntries(CONSTITUENCIES.map((c) => [c, 0])) as Record<
    Constituency,
    number
  >;
  for (const r of counted) constituencies[r.constituency]++;
  const economies = economyCounts(counted);
  return {
    respondents: counted.length,
    economies,
    constituencies,
    questions: consultation.questions.map((q) => {
      const byConstituency = CONSTITUENCIES.flatMap((constituency) => {
        const subset = counted.filter((r) => r.constituency === constituency);
        const s = summarise(q, subset);
        return s.answered === 0 ? [] : [{ ...s, constituency }];
      });
      return { ...summarise(q, counted), byConstituency };
    }),
    excluded,
    warnings: warningsFor(counted.length, economies, excluded),
  };
}

interface Respondent extends ConsultationResponse {
  /** The economy code in upper case, or null. */
  group: string | null;
}

function economyKey(economy: string | null): string | null {
  const code = economy?.trim().toUpperCase() ?? '';
  return code === '' ? null : code;
}

function economyCounts(respondents: readonly Respondent[]): ConsultationResults['economies'] {
  const counts = new Map<string | null, number>();
  for (const r of respondents) counts.set(r.group, (counts.get(r.group) ?? 0) + 1);
  return [...counts]
    .map(([economy, n]) => ({ economy, respondents: n }))
    .sort(
      (x, y) =>
        Number(x.economy === null) - Number(y.economy === null) ||
        y.respondents - x.respondents ||
        (x.economy ?? '').localeCompare(y.economy ?? ''),
    );
}

/**
 * Who answered: each answering respondent's economy group (as an index), and each group's size.
 * A respondent weighs 1/k in a group of k; sums are taken per group and divided by k once, so
 * that ten of ten is exactly 1.
 */
interface Groups {
  of: number[];
  sizes: number[];
}

function groupsOf(answering: readonly Respondent[]): Groups {
  const index = new Map<string | null, number>();
  const sizes: number[] = [];
  const of = answering.map((r) => {
    let g = index.get(r.group);
    if (g === undefined) {
      index.set(r.group, (g = sizes.length));
      sizes.push(0);
    }
    sizes[g]!++;
    return g;
  });
  return { of, sizes };
}

/** Σ over groups of (Σ of `value` over the group's respondents) ÷ group size: a weighted sum. */
function weightedSum(groups: Groups, value: (i: number) => number): number {
  const sums = groups.sizes.map(() => 0);
  groups.of.forEach((g, i) => (sums[g]! += value(i)));
  return sums.reduce((total, s, g) => total + s / groups.sizes[g]!, 0);
}

function summarise(q: Question, respondents: readonly Respondent[]): QuestionSummary {
  const answering = respondents.filter((r) => isAnswered(r.answers[q.id]));
  const groups = groupsOf(answering);
  const base = { questionId: q.id, answered: answering.length, groups: groups.sizes.length };
  const answerOf = (i: number) => answering[i]!.answers[q.id]!;
  switch (q.kind) {
    case 'text':
      return {
        ...base,
        kind: 'text',
        answers: answering.map((r, i) => ({
          text: answerOf(i) as string,
          constituency: r.constituency,
          economy: r.group,
        })),
      };
    case 'single-choice':
    case 'multiple-choice': {
      const chose = (i: number, option: string) => {
        const a = answerOf(i);
        return typeof a === 'string' ? a === option : (a as readonly string[]).includes(option);
      };
      return {
        ...base,
        kind: q.kind,
        options: q.options.map((o) => ({
          option: o.id,
          label: o.label,
          ...tallied(groups, (i) => chose(i, o.id)),
        })),
      };
    }
    case 'scale':
      return scaleSummary(
        q,
        base,
        groups,
        answering.map((_, i) => answerOf(i) as number),
      );
  }
}

/** Count, share and weighted share of the answering respondents `picks` selects. */
function tallied(
  groups: Groups,
  picks: (i: number) => boolean,
): { count: number; share: number; weightedShare: number } {
  const answered = groups.of.length;
  const count = groups.of.filter((_, i) => picks(i)).length;
  return {
    count,
    share: answered === 0 ? 0 : count / answered,
    weightedShare:
      answered === 0 ? 0 : weightedSum(groups, (i) => (picks(i) ? 1 : 0)) / groups.sizes.length,
  };
}

function scaleSummary(
  q: ScaleQuestion,
  base: SummaryBase,
  groups: Groups,
  values: readonly number[],
): ScaleSummary {
  const distribution: ScalePointResult[] = [];
  for (let value = q.min; value <= q.max; value++)
    distribution.push({
      value,
      label: q.labels[String(value)] ?? null,
      ...tallied(groups, (i) => values[i] === value),
    });
  const n = values.length;
  return {
    ...base,
    kind: 'scale',
    mean: n === 0 ? null : values.reduce((s, x) => s + x, 0) / n,
    median: median(distribution.map((p) => ({ value: p.value, share: p.share }))),
    weightedMean: n === 0 ? null : weightedSum(groups, (i) => values[i]!) / base.groups,
    weightedMedian: median(distribution.map((p) => ({ value: p.value, share: p.weightedShare }))),
    distribution,
  };
}

/**
 * The median of a distribution given as shares per value, in increasing order: the first value
 * at which the cumulative share reaches one half; when it reaches exactly one half, the midpoint
 * between that value and the next one given. With equal shares per respondent this is the usual
 * median (the mean of the two middle values for an even count). Null when nobody answered.
 */
function median(points: readonly { value: number; share: number }[]): number | null {
  const given = points.filter((p) => p.share > 0);
  let cumulative = 0;
  for (let i = 0; i < given.length; i++) {
    cumulative += given[i]!.share;
    if (Math.abs(cumulative - 0.5) < EPS && i + 1 < given.length)
      return (given[i]!.value + given[i + 1]!.value) / 2;
    if (cumulative > 0.5 - EPS) return given[i]!.value;
  }
  return null;
}

function warningsFor(
  respondents: number,
  economies: ConsultationResults['economies'],
  excluded: ConsultationResults['excluded'],
): ResultsWarning[] {
  const warnings: ResultsWarning[] = [];
  if (excluded.length > 0)
    warnings.push({
      code: 'excluded_responses',
      message: `${plural(excluded.length, 'response')} left out because they do not fit the questions (${excluded
        .map((e) => `#${e.index}`)
        .join(', ')}); see excluded for the reasons, and correct or reject them`,
    });
  if (respondents === 0) {
    warnings.push({ code: 'no_responses', message: 'no response to count: there are no results' });
    return warnings;
  }
  const largest = economies[0]!;
  if (economies.length === 1)
    warnings.push({
      code: 'single_economy_group',
      message: `every respondent is ${largest.economy === null ? 'without an economy' : `from ${largest.economy}`}: the weighted results are the raw results`,
    });
  else
    for (const e of economies)
      if (e.respondents * 2 > respondents)
        warnings.push({
          code: 'dominant_economy',
          message: `${e.economy ?? 'respondents without an economy'}: ${e.respondents} of ${respondents} respondents (${pct(e.respondents / respondents)}); in the weighted results they count as one group of ${economies.length}, so raw and weighted shares may differ widely`,
        });
  return warnings;
}

function pct(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function fmtInt(n: number): string {
  return n.toLocaleString('en-US');
}

// ——— Schema ———

/** The message of an object schema given a missing or non-object input (unknown fields: Zod's). */
const objectError = (what: string) => ({
  error: (iss: { code?: string; input: unknown }) =>
    iss.code === 'unrecognized_keys'
      ? undefined
      : iss.input === undefined
        ? 'is required'
        : `must be ${what}`,
});

const identifier = z
  .string({ error: (iss) => (iss.input === undefined ? 'is required' : 'must be an id (text)') })
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/,
    'must be 1–40 letters, digits, _ or -, not starting with _ or -',
  );
const label = (max: number) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? 'is required' : 'must be text') })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${fmtInt(max)} characters`);
const whole = z.int('must be a whole number');

const base = {
  id: identifier,
  prompt: label(2000),
  required: z.boolean('must be true or false').default(false),
};

const options = z
  .array(
    z.strictObject({ id: identifier, label: label(200) }, objectError('an option {id, label}')),
    'must be a list of options',
  )
  .min(2, 'give at least 2 options')
  .max(50, 'give at most 50 options')
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((o, i) => {
      if (seen.has(o.id))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `option id '${o.id}' is used twice`,
        });
      seen.add(o.id);
    });
  });

/** A question as JSON: its kind decides its fields; defaults filled (not required, 5,000 characters …). */
export const questionSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject(
      {
        ...base,
        kind: z.literal('text'),
        maxLength: whole
          .min(1, 'must be at least 1')
          .max(TEXT_ANSWER_MAX_CHARS, `must be at most ${fmtInt(TEXT_ANSWER_MAX_CHARS)}`)
          .default(TEXT_ANSWER_DEFAULT_MAX_CHARS),
      },
      objectError('a question'),
    ),
    z.strictObject(
      { ...base, kind: z.literal('single-choice'), options },
      objectError('a question'),
    ),
    z
      .strictObject(
        {
          ...base,
          kind: z.literal('multiple-choice'),
          options,
          max: whole.min(1, 'must be at least 1').nullable().default(null),
        },
        objectError('a question'),
      )
      .refine((q) => q.max === null || q.max <= q.options.length, {
        path: ['max'],
        message: 'must be at most the number of options',
      }),
    z
      .strictObject(
        {
          ...base,
          kind: z.literal('scale'),
          min: whole,
          max: whole,
          labels: z
            .record(z.string(), label(100), 'must be an object of labels by scale point')
            .default({}),
        },
        objectError('a question'),
      )
      .superRefine((q, ctx) => {
        if (q.min >= q.max)
          ctx.addIssue({ code: 'custom', path: ['max'], message: 'must be more than min' });
        else if (q.max - q.min > 100)
          ctx.addIssue({
            code: 'custom',
            path: ['max'],
            message: 'a scale has at most 101 points',
          });
        for (const key of Object.keys(q.labels)) {
          const v = Number(key);
          if (!/^-?\d+$/.test(key) || v < q.min || v > q.max)
            ctx.addIssue({
              code: 'custom',
              path: ['labels', key],
              message: `labels a point of the scale: a whole number from ${q.min} to ${q.max}`,
            });
        }
      }),
  ],
  {
    error: (iss) =>
      iss.code === 'invalid_union'
        ? `unknown question kind; expected one of: ${QUESTION_KINDS.join(', ')}`
        : undefined,
  },
);

/** A consultation's questions as JSON: 1–200 of them, with distinct ids. */
export const questionsSchema = z
  .array(questionSchema, 'must be a list of questions')
  .min(1, 'give at least 1 question')
  .max(200, 'give at most 200 questions')
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((q, i) => {
      if (seen.has(q.id))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `question id '${q.id}' is used twice`,
        });
      seen.add(q.id);
    });
  }) satisfies z.ZodType<Question[], unknown>;

/** The schema of a consultation as JSON: a window and 1–200 questions with distinct ids. */
export const consultationSchema: z.ZodType<Consultation> = z.strictObject(
  { window: timeWindowSchema, questions: questionsSchema },
  objectError('a consultation (an object)'),
);

/** An answer as JSON: text, a number, a list of option ids, or null (not answered). */
export const answerSchema = z.union(
  [z.string(), z.number(), z.array(z.string()).readonly(), z.null()],
  'must be text, a number, a list of option ids, or null',
) satisfies z.ZodType<Answer, unknown>;

/** A response's answers by question id; what each question takes is checked by {@link validateResponse}. */
export const answersSchema = z.record(z.string(), answerSchema) satisfies z.ZodType<
  Answers,
  unknown
>;

/**
 * Parses a consultation given as JSON. Throws a `DomainError('validation_failed')` listing every
 * problem with its path (`questions.2.options.1.id`).
 */
export function parseConsultation(input: unknown): Consultation {
  return parseDocument(consultationSchema, input, 'consultation');
}
