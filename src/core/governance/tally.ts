// Tally: counts the member delegations' ballots under a decision rule and explains the outcome
// threshold by threshold; partners' advisory ballots are reported beside it and never counted.
import { capWeights as capWeightList } from './voting-power.cap.ts';
import { DomainError, type ErrorIssue } from '../errors.ts';
import {
  describeRule,
  weightBasisLabel,
  type DecisionRule,
  type WeightBasis,
} from './decision-rule.ts';

/** A member delegation's vote. `object` is a formal objection and exists only under consensus. */
export type BallotChoice = 'yes' | 'no' | 'abstain' | 'object';
export const BALLOT_CHOICES = [
  'yes',
  'no',
  'abstain',
  'object',
] as const satisfies readonly BallotChoice[];

/** One member delegation's ballot; one per member. */
export interface Ballot {
  member: string;
  choice: BallotChoice;
}

/** A partner's advisory vote: reported with the tally, never counted. */
export interface AdvisoryBallot {
  participant: string;
  choice: 'yes' | 'no' | 'abstain';
}

/** What a tally needs besides the rule. */
export interface TallyInput {
  /** The member delegations entitled to vote. */
  members: readonly string[];
  /**
   * Each member's weight in the unit the rule's `weight` names (people, US$); needed by
   * `double-majority` and `weighted-majority` unless the basis is `equal`. Other keys are ignored.
   */
  weights?: Readonly<Record<string, number>>;
  ballots: readonly Ballot[];
  advisory?: readonly AdvisoryBallot[];
  /** True once the voting window has closed. Default false: the vote may still be open. */
  final?: boolean;
}

/**
 * What a threshold's `required`, `actual` and `margin` count:
 *
 * - `members` — member delegations (or their votes);
 * - `percent` — percent of all members; the margin is in percentage points;
 * - `weight` — percent of the members' total weight; the margin is in percentage points;
 * - `objections` — objections under consensus (a `no` counts as one);
 * - `abstentions` — constructive abstentions under consensus.
 */
export type ThresholdUnit = 'members' | 'percent' | 'weight' | 'objections' | 'abstentions';
export const THRESHOLD_UNITS = [
  'members',
  'percent',
  'weight',
  'objections',
  'abstentions',
] as const satisfies readonly ThresholdUnit[];

/** One test the rule applies, with the figures that decide it. */
export interface TallyThreshold {
  name: string;
  /** `at least`: met when actual ≥ required; `at most`: met when actual ≤ required. */
  direction: 'at least' | 'at most';
  required: number;
  actual: number;
  unit: ThresholdUnit;
  met: boolean;
  /** How far it is met (≥ 0) or missed (< 0), in `unit`; 0 is exactly at the threshold: met. */
  margin: number;
  explanation: string;
}

/** Member ballots by choice; `members` is the number entitled to vote. */
export interface TallyCounts {
  yes: number;
  no: number;
  abstain: number;
  object: number;
  notVoted: number;
  members: number;
}

/** Weights by choice, after any cap; `capped` is every member's weight as counted. */
export interface TallyWeights {
  basis: WeightBasis;
  yes: number;
  no: number;
  abstain: number;
  notVoted: number;
  total: number;
  capped: Record<string, number>;
}

/** The partners' advisory ballots, never part of the outcome. */
export interface AdvisoryTally {
  yes: number;
  no: number;
  abstain: number;
  byParticipant: Record<string, AdvisoryBallot['choice']>;
}

/** A counted vote that explains itself. */
export interface Tally {
  /** The outcome if the window closed now (or the outcome, once `final`). */
  outcome: 'adopted' | 'rejected';
  /** Whether the outcome stands whatever the members who have not voted do; true once final. */
  decided: boolean;
  final: boolean;
  counts: TallyCounts;
  /** Present for the rules that weigh votes. */
  weights?: TallyWeights;
  thresholds: TallyThreshold[];
  /** Sentences for people: the rule, the counts, each threshold, the outcome, the advice. */
  explanation: string[];
  advisory: AdvisoryTally;
}

/** A tally's input does not fit its rule; `field` names the first problem, `issues` all of them. */
export class TallyError extends DomainError {
  /** Where the first problem is: `ballots[3].member`, `weights.DEU`, `rule.capPct`. */
  readonly field: string;

  constructor(issues: readonly ErrorIssue[]) {
    super('validation_failed', issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues);
    this.name = 'TallyError';
    this.field = issues[0]?.path ?? '';
  }
}

// Percentages and weight shares are floating point: 11 of 20 is exactly 55%, but a share summed
// from large weights can land a hair below its true value.
const EPS = 1e-9;

/**
 * Counts the members' ballots under `rule` and explains the outcome. Throws a `TallyError` naming
 * the field when a ballot is from a non-member or a second one from a member, when an objection
 * is cast outside consensus, or when the rule needs a member's weight that is missing.
 */
export function tally(rule: DecisionRule, input: TallyInput): Tally {
  const issues = validate(rule, input);
  if (issues.length > 0) throw new TallyError(issues);
  const final = input.final ?? false;
  const choices = new Map(input.ballots.map((b) => [b.member, b.choice]));
  const weights = countedWeights(rule, input);
  const now = standing(rule, input.members, choices, weights);
  const adopted = now.thresholds.every((t) => t.met);
  const decided = final || !couldChange(rule, input.members, choices, weights, adopted);
  const advisory = tallyAdvisory(input.advisory ?? []);
  return {
    outcome: adopted ? 'adopted' : 'rejected',
    decided,
    final,
    counts: now.counts,
    ...(now.weights ? { weights: now.weights } : {}),
    thresholds: now.thresholds,
    explanation: [
      `${describeRule(rule)}.`,
      countsSentence(rule, input.members, choices, now.counts),
      ...capSentence(rule, input, weights),
      ...now.thresholds.map((t) => t.explanation),
      outcomeSentence(now.thresholds, now.counts.notVoted, final, decided),
      ...advisorySentence(advisory),
    ],
    advisory,
  };
}

/**
 * Weights capped so that no member holds more than `capPct`% of the total: each member above the
 * cap gets exactly the cap, and the rest of the total goes to the others in proportion to their
 * weights, repeated until no one is above it. The total is unchanged: [60, 20, 20] capped at 40%
 * is [40, 30, 30]. Throws a `TallyError` (field `rule.capPct`) when the cap cannot hold for that
 * many members.
 */
export function capWeights(
  weights: Readonly<Record<string, number>>,
  capPct: number,
): Record<string, number> {
  const names = Object.keys(weights);
  const issue = capIssue(names.length, capPct);
  if (issue) throw new TallyError([issue]);
  const capped = capWeightList(
    names.map((n) => weights[n]!),
    capPct,
  );
  return Object.fromEntries(names.map((n, i) => [n, capped[i]!]));
}

function capIssue(memberCount: number, capPct: number): ErrorIssue | undefined {
  if (memberCount === 0 || capPct * memberCount >= 100 - EPS) return undefined;
  return {
    path: 'rule.capPct',
    message: `a cap of ${capPct}% cannot hold for ${memberCount} members: their shares add up to 100%, so one of them holds at least ${fmt(100 / memberCount)}%`,
  };
}

/** Every problem with the input, each naming its field; empty when the tally can go ahead. */
function validate(rule: DecisionRule, input: TallyInput): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const members = new Set<string>();
  if (input.members.length === 0) issues.push({ path: 'members', message: 'no members to vote' });
  input.members.forEach((m, i) => {
    if (members.has(m)) issues.push({ path: `members[${i}]`, message: `'${m}' is listed twice` });
    members.add(m);
  });
  return [
    ...issues,
    ...ballotIssues(rule, members, input.ballots),
    ...advisoryIssues(members, input.advisory ?? []),
    ...ruleIssues(rule, input),
  ];
}

function ballotIssues(
  rule: DecisionRule,
  members: ReadonlySet<string>,
  ballots: readonly Ballot[],
): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const first = new Map<string, number>();
  ballots.forEach((b, i) => {
    const earlier = first.get(b.member);
    if (!members.has(b.member))
      issues.push({
        path: `ballots[${i}].member`,
        message: `'${b.member}' is not a member and cannot vote; a partner's vote is an advisory ballot`,
      });
    else if (earlier !== undefined)
      issues.push({
        path: `ballots[${i}].member`,
        message: `a second ballot from '${b.member}' (the first is ballots[${earlier}]); one ballot per member`,
      });
    else first.set(b.member, i);
    if (b.choice === 'object' && rule.kind !== 'consensus')
      issues.push({
        path: `ballots[${i}].choice`,
        message: `'${b.member}' objects, but only a consensus rule knows objections; under ${rule.kind} vote no`,
      });
  });
  return issues;
}

function advisoryIssues(
  members: ReadonlySet<string>,
  advisory: readonly AdvisoryBallot[],
): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const first = new Map<string, number>();
  advisory.forEach((a, i) => {
    const earlier = first.get(a.participant);
    if (members.has(a.participant))
      issues.push({
        path: `advisory[${i}].participant`,
        message: `'${a.participant}' is a member: members vote in the ballots, not in the advisory ones`,
      });
    else if (earlier !== undefined)
      issues.push({
        path: `advisory[${i}].participant`,
        message: `a second advisory ballot from '${a.participant}' (the first is advisory[${earlier}])`,
      });
    else first.set(a.participant, i);
  });
  return issues;
}

/** What the rule needs of the members: enough of them for its count and cap, and their weights. */
function ruleIssues(rule: DecisionRule, input: TallyInput): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const n = input.members.length;
  if (rule.kind === 'qualified-majority' && rule.yes !== undefined && rule.yes > n)
    issues.push({
      path: 'rule.yes',
      message: `the rule needs ${rule.yes} yes votes but there are only ${n} members`,
    });
  if (rule.kind === 'weighted-majority' && rule.capPct !== undefined) {
    const issue = capIssue(n, rule.capPct);
    if (issue) issues.push(issue);
  }
  const basis = weightBasisOf(rule);
  if (basis === undefined || basis === 'equal' || n === 0) return issues;
  const given = input.weights ?? {};
  let total = 0;
  for (const m of input.members) {
    const w = Object.hasOwn(given, m) ? given[m] : undefined;
    if (w === undefined)
      issues.push({ path: `weights.${m}`, message: `no ${weightBasisLabel(basis)} for '${m}'` });
    else if (!Number.isFinite(w) || w < 0)
      issues.push({ path: `weights.${m}`, message: 'must be a finite number, 0 or more' });
    else total += w;
  }
  if (total === 0 && !issues.some((i) => i.path.startsWith('weights.')))
    issues.push({
      path: 'weights',
      message: `the members' ${weightBasisLabel(basis)} adds up to 0`,
    });
  return issues;
}

function weightBasisOf(rule: DecisionRule): WeightBasis | undefined {
  return rule.kind === 'double-majority' || rule.kind === 'weighted-majority'
    ? rule.weight
    : undefined;
}

/** Every member's weight as counted (capped where the rule caps), or none for unweighted rules. */
function countedWeights(rule: DecisionRule, input: TallyInput): Record<string, number> | undefined {
  const basis = weightBasisOf(rule);
  if (basis === undefined) return undefined;
  const raw = Object.fromEntries(
    input.members.map((m) => [m, basis === 'equal' ? 1 : input.weights![m]!]),
  );
  return rule.kind === 'weighted-majority' && rule.capPct !== undefined
    ? capWeights(raw, rule.capPct)
    : raw;
}

interface Standing {
  counts: TallyCounts;
  weights?: TallyWeights;
  thresholds: TallyThreshold[];
}

/** The counts and thresholds for one set of ballots, as if the window closed with them. */
function standing(
  rule: DecisionRule,
  members: readonly string[],
  choices: ReadonlyMap<string, BallotChoice>,
  weights: Record<string, number> | undefined,
): Standing {
  const counts: TallyCounts = {
    yes: 0,
    no: 0,
    abstain: 0,
    object: 0,
    notVoted: 0,
    members: members.length,
  };
  for (const m of members) {
    const choice = choices.get(m);
    if (choice === undefined) counts.notVoted++;
    else counts[choice]++;
  }
  const basis = weightBasisOf(rule);
  const w = weights && basis ? weightTotals(basis, members, choices, weights) : undefined;
  const by = (choice: BallotChoice | undefined): string[] =>
    members.filter((m) => choices.get(m) === choice);
  return {
    counts,
    ...(w ? { weights: w } : {}),
    thresholds: thresholds(rule, { c: counts, by }, w),
  };
}

function weightTotals(
  basis: WeightBasis,
  members: readonly string[],
  choices: ReadonlyMap<string, BallotChoice>,
  capped: Record<string, number>,
): TallyWeights {
  const w: TallyWeights = { basis, yes: 0, no: 0, abstain: 0, notVoted: 0, total: 0, capped };
  for (const m of members) {
    const choice = choices.get(m);
    const weight = capped[m]!;
    w.total += weight;
    if (choice === undefined) w.notVoted += weight;
    else if (choice !== 'object') w[choice] += weight;
  }
  return w;
}

/** Who voted how: the counts, and the members who made a given choice (undefined: not voted). */
interface Votes {
  c: TallyCounts;
  by: (choice: BallotChoice | undefined) => string[];
}

function thresholds(
  rule: DecisionRule,
  votes: Votes,
  w: TallyWeights | undefined,
): TallyThreshold[] {
  switch (rule.kind) {
    case 'consensus':
      return consensusThresholds(rule.maxAbstentions, votes);
    case 'unanimity':
      return rule.abstentionBlocks === false
        ? unanimityWithAbstentions(votes)
        : [unanimityOfYes(votes)];
    case 'simple-majority':
      return simpleMajorityThresholds(rule.quorumPct, votes);
    case 'qualified-majority':
      return [
        rule.yes !== undefined
          ? threshold(
              { name: 'yes votes', direction: 'at least', required: rule.yes, actual: votes.c.yes },
              (verdict) =>
                `${votes.c.yes} of ${votes.c.members} members voted yes; at least ${rule.yes} needed: ${verdict}.`,
            )
          : membersVotingYes('yes votes', rule.yesPct, votes.c),
      ];
    case 'double-majority':
      return [
        membersVotingYes('members voting yes', rule.membersPct, votes.c),
        weightOfYes(rule.weightPct, w!, false),
      ];
    case 'weighted-majority':
      return [weightOfYes(rule.quotaPct, w!, rule.capPct !== undefined)];
  }
}

function consensusThresholds(
  maxAbstentions: number | undefined,
  { c, by }: Votes,
): TallyThreshold[] {
  const noVoters = by('no');
  const objectors = by('object').concat(noVoters);
  const facts =
    objectors.length === 0
      ? `No member objected${c.notVoted > 0 ? ' (not voting is not objecting)' : ''}`
      : `${list(objectors)} objected${noVoters.length > 0 ? ` (${list(noVoters)} voted no, which under consensus is an objection)` : ''}`;
  const out = [
    threshold(
      {
        name: 'objections',
        direction: 'at most',
        required: 0,
        actual: objectors.length,
        unit: 'objections',
      },
      (verdict) => `${facts}; none allowed: ${verdict}.`,
    ),
  ];
  if (maxAbstentions !== undefined)
    out.push(
      threshold(
        {
          name: 'constructive abstentions',
          direction: 'at most',
          required: maxAbstentions,
          actual: c.abstain,
          unit: 'abstentions',
        },
        (verdict) =>
          `${plural(c.abstain, 'member')} abstained${named(by('abstain'))}; at most ${plural(maxAbstentions, 'constructive abstention')} allowed: ${verdict}.`,
      ),
    );
  return out;
}

function unanimityOfYes({ c, by }: Votes): TallyThreshold {
  const others = [
    ...groupNames(by('no'), 'voted no'),
    ...groupNames(by('abstain'), 'abstained'),
    ...groupNames(by(undefined), 'did not vote'),
  ];
  return threshold(
    { name: 'yes votes', direction: 'at least', required: c.members, actual: c.yes },
    (verdict) =>
      `${c.yes} of ${c.members} members voted yes; all ${c.members} needed: ${verdict}${others.length > 0 ? ` (${others.join('; ')})` : ''}.`,
  );
}

function unanimityWithAbstentions({ c, by }: Votes): TallyThreshold[] {
  const cast = c.members - c.notVoted;
  return [
    threshold({ name: 'no votes', direction: 'at most', required: 0, actual: c.no }, (verdict) =>
      c.no === 0
        ? `No member voted no; none allowed: ${verdict}.`
        : `${list(by('no'))} voted no; none allowed: ${verdict}.`,
    ),
    threshold(
      { name: 'ballots cast', direction: 'at least', required: c.members, actual: cast },
      (verdict) =>
        `${cast} of ${c.members} members voted (an abstention counts, not voting does not); all ${c.members} needed: ${verdict}${c.notVoted > 0 ? ` (${list(by(undefined))} did not vote)` : ''}.`,
    ),
    threshold(
      { name: 'yes votes', direction: 'at least', required: 1, actual: c.yes },
      (verdict) => `${plural(c.yes, 'member')} voted yes; at least 1 needed: ${verdict}.`,
    ),
  ];
}

function simpleMajorityThresholds(quorumPct: number | undefined, { c }: Votes): TallyThreshold[] {
  const out = [
    threshold(
      { name: 'majority', direction: 'at least', required: c.no + 1, actual: c.yes, noun: 'vote' },
      (verdict) =>
        `${plural(c.yes, 'member')} voted yes and ${c.no} no (abstentions not counted); more yes than no needed (at least ${c.no + 1} yes): ${verdict}.`,
    ),
  ];
  if (quorumPct !== undefined) {
    const cast = c.members - c.notVoted;
    const actual = (100 * cast) / c.members;
    out.push(
      threshold(
        { name: 'quorum', direction: 'at least', required: quorumPct, actual, unit: 'percent' },
        (verdict) =>
          `${cast} of ${c.members} members cast a ballot (${fmt(actual)}%); quorum ${fmt(quorumPct)}% of members (at least ${membersFor(quorumPct, c.members)}): ${verdict}.`,
      ),
    );
  }
  return out;
}

function membersVotingYes(name: string, pct: number, c: TallyCounts): TallyThreshold {
  const actual = (100 * c.yes) / c.members;
  return threshold(
    { name, direction: 'at least', required: pct, actual, unit: 'percent' },
    (verdict) =>
      `${c.yes} of ${c.members} members voted yes (${fmt(actual)}%); ${fmt(pct)}% needed (at least ${plural(membersFor(pct, c.members), 'member')}): ${verdict}.`,
  );
}

function weightOfYes(pct: number, w: TallyWeights, capped: boolean): TallyThreshold {
  const actual = (100 * w.yes) / w.total;
  const of = `${capped ? 'capped ' : ''}${weightBasisLabel(w.basis)}`;
  return threshold(
    { name: 'weight of yes votes', direction: 'at least', required: pct, actual, unit: 'weight' },
    (verdict) =>
      `The yes votes hold ${fmt(actual)}% of the members' ${of} (${fmt(w.yes)} of ${fmt(w.total)}); ${fmt(pct)}% needed: ${verdict}.`,
  );
}

/** The fewest members that make up at least `pct`% of `n`. */
function membersFor(pct: number, n: number): number {
  return Math.ceil((pct * n) / 100 - EPS);
}

interface ThresholdSpec {
  name: string;
  direction: TallyThreshold['direction'];
  required: number;
  actual: number;
  /** Default `members`. */
  unit?: ThresholdUnit;
  /** What the margin counts in words, when not the unit's: `vote`. */
  noun?: string;
}

/** A threshold with its margin and verdict; `explain` puts the verdict into a sentence. */
function threshold(spec: ThresholdSpec, explain: (verdict: string) => string): TallyThreshold {
  const { name, direction, required, actual, unit = 'members' } = spec;
  const raw = direction === 'at least' ? actual - required : required - actual;
  const margin = Math.abs(raw) < EPS ? 0 : raw;
  const met = margin >= 0;
  const verdict =
    margin !== 0
      ? `${met ? 'met' : 'missed'} by ${amount(Math.abs(margin), spec.noun ?? unitNoun(unit))}`
      : direction === 'at least'
        ? 'met exactly'
        : actual === 0
          ? 'met'
          : 'met, at the limit';
  return { name, direction, required, actual, unit, met, margin, explanation: explain(verdict) };
}

function unitNoun(unit: ThresholdUnit): string {
  switch (unit) {
    case 'members':
      return 'member';
    case 'percent':
    case 'weight':
      return 'point';
    case 'objections':
      return 'objection';
    case 'abstentions':
      return 'abstention';
  }
}

/**
 * Whether some way the members yet to vote might vote gives another outcome. Every rule is
 * monotone in each choice (more yes never hurts, more no or objections never help, abstaining or
 * staying away only moves a quorum), so it is enough to try all of them voting the same way.
 */
function couldChange(
  rule: DecisionRule,
  members: readonly string[],
  choices: ReadonlyMap<string, BallotChoice>,
  weights: Record<string, number> | undefined,
  adopted: boolean,
): boolean {
  const remaining = members.filter((m) => !choices.has(m));
  if (remaining.length === 0) return false;
  const options: BallotChoice[] =
    rule.kind === 'consensus' ? ['yes', 'no', 'abstain', 'object'] : ['yes', 'no', 'abstain'];
  return options.some((choice) => {
    const filled = new Map(choices);
    for (const m of remaining) filled.set(m, choice);
    const then = standing(rule, members, filled, weights);
    return then.thresholds.every((t) => t.met) !== adopted;
  });
}

function tallyAdvisory(ballots: readonly AdvisoryBallot[]): AdvisoryTally {
  const out: AdvisoryTally = { yes: 0, no: 0, abstain: 0, byParticipant: {} };
  for (const b of ballots) {
    out[b.choice]++;
    out.byParticipant[b.participant] = b.choice;
  }
  return out;
}

function countsSentence(
  rule: DecisionRule,
  members: readonly string[],
  choices: ReadonlyMap<string, BallotChoice>,
  c: TallyCounts,
): string {
  const parts = [`${c.yes} voted yes`, `${c.no} no`, `${c.abstain} abstained`];
  if (rule.kind === 'consensus') parts.push(`${c.object} objected`);
  const absent = members.filter((m) => !choices.has(m));
  parts.push(`${c.notVoted} did not vote${named(absent)}`);
  return `Of ${plural(c.members, 'member')}, ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}.`;
}

function capSentence(
  rule: DecisionRule,
  input: TallyInput,
  weights: Record<string, number> | undefined,
): string[] {
  if (rule.kind !== 'weighted-majority' || rule.capPct === undefined || !weights) return [];
  const raw = (m: string): number => (rule.weight === 'equal' ? 1 : input.weights![m]!);
  const changed = input.members.filter((m) => Math.abs(weights[m]! - raw(m)) > EPS * raw(m));
  if (changed.length === 0)
    return [`No member holds more than ${fmt(rule.capPct)}%: no cap applied.`];
  const moves = changed.map((m) => `${m} ${fmt(raw(m))} → ${fmt(weights[m]!)}`);
  return [
    `Weights capped at ${fmt(rule.capPct)}% of the total, the excess shared among the others in proportion: ${moves.join(', ')}.`,
  ];
}

function outcomeSentence(
  thresholds: readonly TallyThreshold[],
  notVoted: number,
  final: boolean,
  decided: boolean,
): string {
  const missed = thresholds.filter((t) => !t.met).map((t) => t.name);
  const outcome = missed.length === 0 ? 'adopted' : `rejected (missed: ${missed.join(', ')})`;
  if (final) return `The vote is closed: ${outcome}.`;
  if (notVoted === 0) return `Every member has voted: ${outcome}.`;
  return `If the vote closed now: ${outcome}; the ${plural(notVoted, 'member')} yet to vote ${decided ? 'can no longer change that' : 'could still change that'}.`;
}

function advisorySentence(a: AdvisoryTally): string[] {
  const entries = Object.entries(a.byParticipant);
  if (entries.length === 0) return [];
  return [
    `Advisory ballots from ${plural(entries.length, 'partner')}, not counted: ${a.yes} yes, ${a.no} no, ${a.abstain} abstained (${entries.map(([p, choice]) => `${p} ${choice}`).join(', ')}).`,
  ];
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
function fmt(x: number): string {
  return numberFormat.format(x);
}

/** `15 points`, `1 member`; an amount too small to show at two decimals says so. */
function amount(x: number, noun: string): string {
  const shown = fmt(x);
  if (shown === '0') return `less than 0.01 ${noun}s`;
  return `${shown} ${noun}${shown === '1' ? '' : 's'}`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function list(names: readonly string[]): string {
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

function named(names: readonly string[]): string {
  return names.length === 0 ? '' : ` (${names.join(', ')})`;
}

function groupNames(names: readonly string[], what: string): string[] {
  return names.length === 0 ? [] : [`${list(names)} ${what}`];
}
