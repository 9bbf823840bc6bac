import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  consultationResults,
  parseConsultation,
  validateResponse,
  type ChoiceSummary,
  type Consultation,
  type ConsultationResponse,
  type Constituency,
  type QuestionResult,
  type ScaleSummary,
  type TextSummary,
} from './consultation.ts';

const window = { opensAt: '2025-03-01T00:00:00Z', closesAt: '2025-04-01T00:00:00Z' };

const consultation: Consultation = parseConsultation({
  window,
  questions: [
    {
      id: 'support',
      kind: 'single-choice',
      prompt: 'Do you support the common list?',
      required: true,
      options: [
        { id: 'yes', label: 'Yes' },
        { id: 'no', label: 'No' },
      ],
    },
    {
      id: 'areas',
      kind: 'multiple-choice',
      prompt: 'Which technologies should it cover?',
      options: [
        { id: 'ai', label: 'AI chips' },
        { id: 'litho', label: 'Lithography' },
        { id: 'quantum', label: 'Quantum' },
      ],
      max: 2,
    },
    {
      id: 'burden',
      kind: 'scale',
      prompt: 'How heavy is the compliance burden?',
      min: 1,
      max: 5,
      labels: { '1': 'light', '5': 'heavy' },
    },
    { id: 'comments', kind: 'text', prompt: 'Comments', maxLength: 20 },
  ],
});

type Answers = ConsultationResponse['answers'];
const from = (
  economy: string | null,
  answers: Answers,
  constituency: Constituency = 'industry',
): ConsultationResponse => ({ constituency, economy, answers });
const times = (n: number, r: ConsultationResponse) => Array.from({ length: n }, () => r);

function question<K extends QuestionResult['kind']>(
  results: { questions: QuestionResult[] },
  id: string,
  kind: K,
): QuestionResult & { kind: K } {
  const q = results.questions.find((x) => x.questionId === id);
  if (q?.kind !== kind) throw new Error(`no ${kind} question ${id}`);
  return q as QuestionResult & { kind: K };
}

/** `[option, count, share, weightedShare]` per option, shares rounded to 6 decimals. */
const optionRows = (s: ChoiceSummary) =>
  s.options.map((o) => [o.option, o.count, round(o.share), round(o.weightedShare)]);
const round = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);

describe('validateResponse', () => {
  it('accepts a complete valid response, and one with only the required answer', () => {
    expect(
      validateResponse(consultation, {
        support: 'yes',
        areas: ['ai', 'litho'],
        burden: 3,
        comments: 'Fine.',
      }),
    ).toEqual([]);
    expect(validateResponse(consultation, { support: 'no' })).toEqual([]);
  });

  it('treats null, blank text and an empty list as no answer', () => {
    expect(
      validateResponse(consultation, { support: 'yes', areas: [], burden: null, comments: '  ' }),
    ).toEqual([]);
  });

  it.each<[string, Answers, { path: string; code: string; message: string }[]]>([
    [
      'a required question left unanswered',
      { areas: ['ai'] },
      [
        {
          path: 'answers.support',
          code: 'missing_answer',
          message: 'question support requires an answer',
        },
      ],
    ],
    [
      'an answer to a question not asked',
      { support: 'yes', colour: 'blue' },
      [
        {
          path: 'answers.colour',
          code: 'unknown_question',
          message: 'there is no question colour in this consultation',
        },
      ],
    ],
    [
      'an option not offered',
      { support: 'maybe' },
      [
        {
          path: 'answers.support',
          code: 'option_not_offered',
          message: "question support: option 'maybe' is not offered; the options are yes, no",
        },
      ],
    ],
    [
      'an option not offered among several choices, naming its place',
      { support: 'yes', areas: ['ai', 'biotech'] },
      [
        {
          path: 'answers.areas.1',
          code: 'option_not_offered',
          message:
            "question areas: option 'biotech' is not offered; the options are ai, litho, quantum",
        },
      ],
    ],
    [
      'an option chosen twice',
      { support: 'yes', areas: ['ai', 'ai'] },
      [
        {
          path: 'answers.areas.1',
          code: 'repeated_choice',
          message: "question areas: option 'ai' is chosen twice",
        },
      ],
    ],
    [
      'too many choices',
      { support: 'yes', areas: ['ai', 'litho', 'quantum'] },
      [
        {
          path: 'answers.areas',
          code: 'too_many_choices',
          message: 'question areas: 3 options chosen; at most 2 allowed',
        },
      ],
    ],
    [
      'a scale value above the scale',
      { support: 'yes', burden: 6 },
      [
        {
          path: 'answers.burden',
          code: 'out_of_range',
          message: 'question burden: 6 is not on the scale; give a whole number from 1 to 5',
        },
      ],
    ],
    [
      'a scale value between two points',
      { support: 'yes', burden: 2.5 },
      [
        {
          path: 'answers.burden',
          code: 'out_of_range',
          message: 'question burden: 2.5 is not on the scale; give a whole number from 1 to 5',
        },
      ],
    ],
    [
      'a text longer than allowed',
      { support: 'yes', comments: 'x'.repeat(21) },
      [
        {
          path: 'answers.comments',
          code: 'too_long',
          message: 'question comments: the answer has 21 characters; at most 20 allowed',
        },
      ],
    ],
    [
      'answers of the wrong type',
      { support: ['yes'], areas: 'ai', burden: '3', comments: 4 },
      [
        {
          path: 'answers.support',
          code: 'wrong_type',
          message: 'question support takes one option id, not a list; the options are yes, no',
        },
        {
          path: 'answers.areas',
          code: 'wrong_type',
          message:
            'question areas takes a list of option ids, not text; the options are ai, litho, quantum',
        },
        {
          path: 'answers.burden',
          code: 'wrong_type',
          message: 'question burden takes a whole number from 1 to 5, not text',
        },
        {
          path: 'answers.comments',
          code: 'wrong_type',
          message: 'question comments takes text, not a number',
        },
      ],
    ],
  ])('reports %s, naming the question', (_, answers, expected) => {
    expect(
      validateResponse(consultation, answers).map(({ path, code, message }) => ({
        path,
        code,
        message,
      })),
    ).toEqual(expected);
  });

  it('gives each issue its question id', () => {
    const issues = validateResponse(consultation, { burden: 9, extra: 'x' });
    expect(issues.map((i) => i.questionId)).toEqual(['support', 'burden', 'extra']);
  });
});

describe('consultationResults: weighting per economy', () => {
  it('counts 10 respondents from USA as one economy against one from DEU and one from FRA', () => {
    const results = consultationResults(consultation, [
      ...times(10, from('USA', { support: 'yes' })),
      from('DEU', { support: 'no' }),
      from('FRA', { support: 'no' }),
    ]);
    const support = question(results, 'support', 'single-choice');
    expect(support).toMatchObject({ answered: 12, groups: 3 });
    // Raw: 10 of 12 yes. Weighted: USA weighs 1 (10 × 1/10, all yes), DEU 1, FRA 1: yes 1 of 3.
    expect(optionRows(support)).toEqual([
      ['yes', 10, round(10 / 12), round(1 / 3)],
      ['no', 2, round(2 / 12), round(2 / 3)],
    ]);
    expect(support.options[0]!.weightedShare).toBeCloseTo(1 / 3, 12);
    expect(results.economies).toEqual([
      { economy: 'USA', respondents: 10 },
      { economy: 'DEU', respondents: 1 },
      { economy: 'FRA', respondents: 1 },
    ]);
  });

  it('splits an economy’s weight among its respondents by their answers', () => {
    // USA: 3 yes, 1 no → 3/4 and 1/4 of its weight; JPN: 1 no. Weighted yes = (3/4 + 0) / 2.
    const results = consultationResults(consultation, [
      ...times(3, from('USA', { support: 'yes' })),
      from('USA', { support: 'no' }),
      from('JPN', { support: 'no' }),
    ]);
    expect(optionRows(question(results, 'support', 'single-choice'))).toEqual([
      ['yes', 3, 0.6, 0.375],
      ['no', 2, 0.4, 0.625],
    ]);
  });

  it('groups respondents without an economy as one group weighing 1', () => {
    // USA: 2 yes → weight 1 on yes. Unattributed: 1 yes, 2 no → 1/3 yes, 2/3 no. Two groups.
    const results = consultationResults(consultation, [
      ...times(2, from('USA', { support: 'yes' })),
      from(null, { support: 'yes' }, 'ngo'),
      ...times(2, from(null, { support: 'no' }, 'ngo')),
    ]);
    const support = question(results, 'support', 'single-choice');
    expect(support.groups).toBe(2);
    expect(optionRows(support)).toEqual([
      ['yes', 3, 0.6, round(2 / 3)],
      ['no', 2, 0.4, round(1 / 3)],
    ]);
    expect(results.economies).toEqual([
      { economy: 'USA', respondents: 2 },
      { economy: null, respondents: 3 },
    ]);
  });

  it('treats economy codes case-insensitively and a blank one as none', () => {
    const results = consultationResults(consultation, [
      from('usa', { support: 'yes' }),
      from(' USA ', { support: 'no' }),
      from('', { support: 'no' }),
    ]);
    expect(results.economies).toEqual([
      { economy: 'USA', respondents: 2 },
      { economy: null, respondents: 1 },
    ]);
    expect(optionRows(question(results, 'support', 'single-choice'))).toEqual([
      ['yes', 1, round(1 / 3), 0.25],
      ['no', 2, round(2 / 3), 0.75],
    ]);
  });

  it('weighs each question over the respondents who answered it', () => {
    // Both USA respondents answer support; only one answers burden, so it carries USA's weight.
    const results = consultationResults(consultation, [
      from('USA', { support: 'yes', burden: 5 }),
      from('USA', { support: 'yes' }),
      from('DEU', { support: 'no', burden: 1 }),
    ]);
    const burden = question(results, 'burden', 'scale');
    expect(burden).toMatchObject({ answered: 2, groups: 2, mean: 3, weightedMean: 3 });
  });

  it('weights multiple choices per economy; their shares add up to more than 1', () => {
    // USA: [ai, litho] and [ai] → ai 1, litho 1/2. DEU: [quantum] → quantum 1. Two groups.
    const results = consultationResults(consultation, [
      from('USA', { support: 'yes', areas: ['ai', 'litho'] }),
      from('USA', { support: 'yes', areas: ['ai'] }),
      from('DEU', { support: 'yes', areas: ['quantum'] }),
    ]);
    expect(optionRows(question(results, 'areas', 'multiple-choice'))).toEqual([
      ['ai', 2, round(2 / 3), 0.5],
      ['litho', 1, round(1 / 3), 0.25],
      ['quantum', 1, round(1 / 3), 0.5],
    ]);
  });
});

describe('consultationResults: scales', () => {
  // USA: 5, 5, 5, 4; DEU: 1; FRA: 2.
  const results = consultationResults(consultation, [
    ...times(3, from('USA', { support: 'yes', burden: 5 })),
    from('USA', { support: 'yes', burden: 4 }),
    from('DEU', { support: 'no', burden: 1 }),
    from('FRA', { support: 'no', burden: 2 }),
  ]);
  const burden: ScaleSummary = question(results, 'burden', 'scale');

  it('gives the raw mean and median', () => {
    // (5 + 5 + 5 + 4 + 1 + 2) / 6 = 22/6; sorted 1 2 4 5 5 5 → (4 + 5) / 2.
    expect(burden.mean).toBeCloseTo(22 / 6, 12);
    expect(burden.median).toBe(4.5);
  });

  it('gives the weighted mean, the mean of the economies’ means', () => {
    // USA 19/4 = 4.75, DEU 1, FRA 2 → (4.75 + 1 + 2) / 3.
    expect(burden.weightedMean).toBeCloseTo(7.75 / 3, 12);
  });

  it('gives the weighted median from the weighted distribution', () => {
    // 1: 1/3, 2: 1/3, 4: 1/12, 5: 1/4 → the cumulative share passes 1/2 at 2.
    expect(burden.weightedMedian).toBe(2);
  });

  it('lists every point of the scale with its label, count and shares', () => {
    expect(
      burden.distribution.map((p) => [
        p.value,
        p.label,
        p.count,
        round(p.share),
        round(p.weightedShare),
      ]),
    ).toEqual([
      [1, 'light', 1, round(1 / 6), round(1 / 3)],
      [2, null, 1, round(1 / 6), round(1 / 3)],
      [3, null, 0, 0, 0],
      [4, null, 1, round(1 / 6), round(1 / 12)],
      [5, 'heavy', 3, 0.5, 0.25],
    ]);
  });

  it('takes the midpoint when the cumulative share is exactly one half', () => {
    const r = consultationResults(consultation, [
      ...times(3, from('USA', { support: 'yes', burden: 1 })),
      from('DEU', { support: 'yes', burden: 4 }),
    ]);
    const s = question(r, 'burden', 'scale');
    // Raw: 1 1 1 4 → median 1. Weighted: 1 at 1/2, 4 at 1/2 → midpoint 2.5.
    expect([s.median, s.weightedMedian]).toEqual([1, 2.5]);
  });

  it('gives null means and medians when nobody answered', () => {
    const r = consultationResults(consultation, [from('USA', { support: 'yes' })]);
    expect(question(r, 'burden', 'scale')).toMatchObject({
      answered: 0,
      groups: 0,
      mean: null,
      median: null,
      weightedMean: null,
      weightedMedian: null,
    });
  });
});

describe('consultationResults: text, constituencies, exclusions and warnings', () => {
  it('lists text answers in order with who gave them, skipping blank ones', () => {
    const r = consultationResults(consultation, [
      from('usa', { support: 'yes', comments: 'Too broad.' }),
      from(null, { support: 'yes', comments: ' ' }, 'academia'),
      from(null, { support: 'no', comments: 'Needs a sunset.' }, 'academia'),
    ]);
    const comments: TextSummary = question(r, 'comments', 'text');
    expect(comments.answers).toEqual([
      { text: 'Too broad.', constituency: 'industry', economy: 'USA' },
      { text: 'Needs a sunset.', constituency: 'academia', economy: null },
    ]);
    expect(comments).toMatchObject({ answered: 2, groups: 2 });
  });

  it('breaks each question down by the constituencies that answered it', () => {
    const r = consultationResults(consultation, [
      ...times(2, from('USA', { support: 'yes' }, 'industry')),
      from('USA', { support: 'no' }, 'ngo'),
      from('DEU', { support: 'no' }, 'member'),
    ]);
    expect(r.constituencies).toEqual({
      member: 1,
      partner: 0,
      observer: 0,
      industry: 2,
      ngo: 1,
      academia: 0,
      technical: 0,
    });
    const support = question(r, 'support', 'single-choice');
    expect(
      support.byConstituency.map((c) => [
        c.constituency,
        c.answered,
        optionRows(c as ChoiceSummary),
      ]),
    ).toEqual([
      [
        'member',
        1,
        [
          ['yes', 0, 0, 0],
          ['no', 1, 1, 1],
        ],
      ],
      [
        'industry',
        2,
        [
          ['yes', 2, 1, 1],
          ['no', 0, 0, 0],
        ],
      ],
      [
        'ngo',
        1,
        [
          ['yes', 0, 0, 0],
          ['no', 1, 1, 1],
        ],
      ],
    ]);
  });

  it('leaves out invalid responses whole, lists them with their issues and warns', () => {
    const r = consultationResults(consultation, [
      from('USA', { support: 'yes' }),
      from('DEU', { support: 'maybe', burden: 3 }),
      from('FRA', { burden: 2 }),
    ]);
    expect(r.respondents).toBe(1);
    expect(r.excluded.map((e) => [e.index, e.issues.map((i) => i.code)])).toEqual([
      [1, ['option_not_offered']],
      [2, ['missing_answer']],
    ]);
    expect(question(r, 'burden', 'scale').answered).toBe(0);
    expect(r.warnings.map((w) => w.code)).toEqual(['excluded_responses', 'single_economy_group']);
    expect(r.warnings[0]!.message).toBe(
      '2 responses left out because they do not fit the questions (#1, #2); see excluded for the reasons, and correct or reject them',
    );
    expect(r.warnings[1]!.message).toBe(
      'every respondent is from USA: the weighted results are the raw results',
    );
  });

  it('warns when one economy has more than half the respondents', () => {
    const r = consultationResults(consultation, [
      ...times(10, from('USA', { support: 'yes' })),
      from('DEU', { support: 'no' }),
      from('FRA', { support: 'no' }),
    ]);
    expect(r.warnings).toEqual([
      {
        code: 'dominant_economy',
        message:
          'USA: 10 of 12 respondents (83%); in the weighted results they count as one group of 3, so raw and weighted shares may differ widely',
      },
    ]);
  });

  it('does not warn when the largest economy has exactly half', () => {
    const r = consultationResults(consultation, [
      from('USA', { support: 'yes' }),
      from('DEU', { support: 'no' }),
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('gives empty results and a warning without responses', () => {
    const r = consultationResults(consultation, []);
    expect(r.respondents).toBe(0);
    expect(r.economies).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['no_responses']);
    const support = question(r, 'support', 'single-choice');
    expect(optionRows(support)).toEqual([
      ['yes', 0, 0, 0],
      ['no', 0, 0, 0],
    ]);
    expect(support.byConstituency).toEqual([]);
  });
});

describe('parseConsultation', () => {
  function issuesOf(input: unknown): string[] {
    try {
      parseConsultation(input);
    } catch (e) {
      if (e instanceof DomainError && e.code === 'validation_failed')
        return e.issues.map((i) => `${i.path}: ${i.message}`);
      throw e;
    }
    throw new Error('expected a validation error');
  }
  const q = (over: Record<string, unknown>) => ({
    window,
    questions: [{ id: 'q1', prompt: 'Q?', ...over }],
  });

  it('fills the defaults: not required, 5,000 characters, no limit on choices, no labels', () => {
    const c = parseConsultation({
      window,
      questions: [
        { id: 'a', kind: 'text', prompt: 'A?' },
        {
          id: 'b',
          kind: 'multiple-choice',
          prompt: 'B?',
          options: [
            { id: 'x', label: 'X' },
            { id: 'y', label: 'Y' },
          ],
        },
        { id: 'c', kind: 'scale', prompt: 'C?', min: 0, max: 10 },
      ],
    });
    expect(c.questions).toEqual([
      { id: 'a', kind: 'text', prompt: 'A?', required: false, maxLength: 5000 },
      {
        id: 'b',
        kind: 'multiple-choice',
        prompt: 'B?',
        required: false,
        options: [
          { id: 'x', label: 'X' },
          { id: 'y', label: 'Y' },
        ],
        max: null,
      },
      { id: 'c', kind: 'scale', prompt: 'C?', required: false, min: 0, max: 10, labels: {} },
    ]);
  });

  it.each<[string, unknown, string[]]>([
    [
      'a missing window and questions',
      {},
      ['window: is required', 'questions: must be a list of questions'],
    ],
    ['no questions', { window, questions: [] }, ['questions: give at least 1 question']],
    [
      'a window that closes before it opens',
      {
        window: { opensAt: window.closesAt, closesAt: window.opensAt },
        questions: [{ id: 'a', kind: 'text', prompt: 'A?' }],
      },
      ['window.closesAt: must be after opensAt'],
    ],
    [
      'an unknown question kind',
      q({ kind: 'ranking' }),
      [
        'questions.0.kind: unknown question kind; expected one of: text, single-choice, multiple-choice, scale',
      ],
    ],
    [
      'a question id with a space',
      q({ id: 'q 1', kind: 'text' }),
      ['questions.0.id: must be 1–40 letters, digits, _ or -, not starting with _ or -'],
    ],
    [
      'a missing prompt',
      { window, questions: [{ id: 'a', kind: 'text' }] },
      ['questions.0.prompt: is required'],
    ],
    [
      'a question id used twice',
      {
        window,
        questions: [
          { id: 'a', kind: 'text', prompt: 'A?' },
          { id: 'a', kind: 'text', prompt: 'B?' },
        ],
      },
      ["questions.1.id: question id 'a' is used twice"],
    ],
    [
      'a single option',
      q({ kind: 'single-choice', options: [{ id: 'x', label: 'X' }] }),
      ['questions.0.options: give at least 2 options'],
    ],
    [
      'an option id used twice',
      q({
        kind: 'single-choice',
        options: [
          { id: 'x', label: 'X' },
          { id: 'x', label: 'Y' },
        ],
      }),
      ["questions.0.options.1.id: option id 'x' is used twice"],
    ],
    [
      'a choice limit above the number of options',
      q({
        kind: 'multiple-choice',
        options: [
          { id: 'x', label: 'X' },
          { id: 'y', label: 'Y' },
        ],
        max: 3,
      }),
      ['questions.0.max: must be at most the number of options'],
    ],
    [
      'a scale whose max is not above its min',
      q({ kind: 'scale', min: 5, max: 5 }),
      ['questions.0.max: must be more than min'],
    ],
    [
      'a scale of fractions',
      q({ kind: 'scale', min: 0.5, max: 5 }),
      ['questions.0.min: must be a whole number'],
    ],
    [
      'a label for a point not on the scale',
      q({ kind: 'scale', min: 1, max: 5, labels: { '6': 'off', low: 'x' } }),
      [
        'questions.0.labels.6: labels a point of the scale: a whole number from 1 to 5',
        'questions.0.labels.low: labels a point of the scale: a whole number from 1 to 5',
      ],
    ],
    [
      'a text limit above 100,000',
      q({ kind: 'text', maxLength: 100_001 }),
      ['questions.0.maxLength: must be at most 100,000'],
    ],
    ['an unknown field', q({ kind: 'text', hint: 'x' }), ['questions.0.hint: unknown field']],
  ])('refuses %s, naming the field', (_, input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });
});
