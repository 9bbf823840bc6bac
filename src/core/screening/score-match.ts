// Match scores: one number in [0, 1] for a query against a candidate entity, from the name
// features of the best-matching name variant and the country, birth-date and type evidence,
// with the contribution of each feature and the threshold it was judged by.
import { compareBirthDates } from './birth-date.ts';
import { legalFormsConflict } from './legal-forms.ts';
import { nameFeatures, type NameFeatures, type TokenPair } from './name-features.ts';
import type { PreparedName } from './prepared-name.ts';
import { prepareEntity, prepareQuery, type PreparedSubject } from './prepared-subject.ts';
import type { ScreeningEntity, ScreeningQuery } from './screening-entity.ts';

/**
 * The weights of the score. The name part is a weighted mean of three similarities (their
 * weights sum to 1) less two penalties; the context adds or takes away a little; the total is
 * clamped to [0, 1]. Chosen on half of the nomenklatura name bench (see
 * docs/analytics/name-screening.md), checked on the other half.
 */
export const MATCH_WEIGHTS = {
  /** × soft token overlap. */
  tokenOverlap: 0.7,
  /** × edit similarity of the whole names. */
  editSimilarity: 0.15,
  /** × share of tokens that sound alike. */
  phonetic: 0.15,
  /** − per word left unpaired on both sides (at most one word counted). */
  tokenConflict: 0.2,
  /** − × share of initials that contradict a word of the other name. */
  initialsConflict: 0.1,
  /** − when the names' legal forms are of different kinds (AG against GmbH). */
  legalFormConflict: 0.2,
  /** + when the query's country is one of the candidate's. */
  countryAgreement: 0.05,
  /** − when both have countries and none is shared. */
  countryConflict: 0.1,
  /** + when birth dates agree at the precision both have. */
  birthDateAgreement: 0.05,
  /** − when both have birth dates and none agrees. */
  birthDateConflict: 0.15,
  /** − when the query and the candidate are of different types (person, organization …). */
  typeConflict: 0.2,
} as const;

/** The score from which a candidate is reported as a match. */
export const DEFAULT_THRESHOLD = 0.7;

/**
 * A feature of the score:
 *
 * - `token_overlap`, `edit_similarity`, `phonetic` — name similarities (see `NameFeatures`);
 * - `token_conflict` — words of each name that the other does not have (a word swapped);
 * - `initials` — initials that contradict the other name;
 * - `legal_form` — legal forms of different kinds (see `legalFormsConflict`);
 * - `country`, `birth_date`, `type` — agreement or conflict of what else is known.
 */
export type FeatureName =
  | 'token_overlap'
  | 'edit_similarity'
  | 'phonetic'
  | 'token_conflict'
  | 'initials'
  | 'legal_form'
  | 'country'
  | 'birth_date'
  | 'type';

/** What one feature added to (or took from) the score, in numbers. */
export interface FeatureTerm {
  feature: FeatureName;
  /** The feature's value, in [0, 1] (0 or 1 for agreement and conflict features), to 4 decimals. */
  value: number;
  weight: number;
  /** Signed: value × weight for similarities, negative for conflicts. Rounded to 4 decimals. */
  contribution: number;
}

/** A feature's term with a sentence for the analyst. */
export interface FeatureContribution extends FeatureTerm {
  detail: string;
}

/** Why a candidate scored what it did. */
export interface MatchExplanation {
  /** The candidate's name that scored best, as listed. */
  matchedName: string;
  /** Its position among the candidate's names: 0 is the primary name. */
  nameIndex: number;
  queryNormalised: string;
  candidateNormalised: string;
  pairs: TokenPair[];
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
  /** Legal forms removed from each name (`LLC`, `JSC` …). */
  legalForms: { query: string[]; candidate: string[] };
  /** Every feature's contribution; their sum, clamped to [0, 1], is the score. */
  contributions: FeatureContribution[];
  threshold: number;
}

/** A scored candidate. */
export interface MatchScore {
  /** In [0, 1], rounded to 4 decimals. */
  score: number;
  /** score ≥ threshold. */
  isMatch: boolean;
  explanation: MatchExplanation;
}

// `|| 0` turns −0 (a conflict of size 0) into 0.
const round4 = (x: number): number => Math.round(x * 10_000) / 10_000 || 0;
const pct = (x: number): string => x.toFixed(2);
const term = (
  feature: FeatureName,
  value: number,
  weight: number,
  signed: number,
): FeatureTerm => ({
  feature,
  value: round4(value),
  weight,
  contribution: round4(signed),
});

/** The name part of the score: three similarities, less the conflicts. */
function nameTerms(f: NameFeatures, query: PreparedName, candidate: PreparedName): FeatureTerm[] {
  const w = MATCH_WEIGHTS;
  const terms = [
    term('token_overlap', f.tokenOverlap, w.tokenOverlap, w.tokenOverlap * f.tokenOverlap),
    term(
      'edit_similarity',
      f.editSimilarity,
      w.editSimilarity,
      w.editSimilarity * f.editSimilarity,
    ),
    term('phonetic', f.phonetic, w.phonetic, w.phonetic * f.phonetic),
  ];
  if (f.conflict > 0) {
    const words = Math.min(1, f.conflict);
    terms.push(term('token_conflict', words, w.tokenConflict, -w.tokenConflict * words));
  }
  if (f.initials.total > 0) {
    const share = f.initials.conflicting / f.initials.total;
    terms.push(term('initials', 1 - share, w.initialsConflict, -w.initialsConflict * share));
  }
  if (legalFormsConflict(query.name.legalForms, candidate.name.legalForms))
    terms.push(term('legal_form', 0, w.legalFormConflict, -w.legalFormConflict));
  return terms;
}

/** The context part of the score: country, birth date, type. */
function contextTerms(query: PreparedSubject, candidate: PreparedSubject): FeatureTerm[] {
  const w = MATCH_WEIGHTS;
  const terms: FeatureTerm[] = [];
  if (query.countries.length > 0 && candidate.countries.length > 0)
    terms.push(
      query.countries.some((c) => candidate.countries.includes(c))
        ? term('country', 1, w.countryAgreement, w.countryAgreement)
        : term('country', 0, w.countryConflict, -w.countryConflict),
    );
  const dates = compareBirthDates(query.birthDates, candidate.birthDates).result;
  if (dates === 'agree')
    terms.push(term('birth_date', 1, w.birthDateAgreement, w.birthDateAgreement));
  else if (dates === 'conflict')
    terms.push(term('birth_date', 0, w.birthDateConflict, -w.birthDateConflict));
  if (query.type && candidate.type && query.type !== candidate.type)
    terms.push(term('type', 0, w.typeConflict, -w.typeConflict));
  return terms;
}

/** The sentence explaining a term. */
function detailOf(
  t: FeatureTerm,
  f: NameFeatures,
  query: PreparedSubject,
  candidate: PreparedSubject,
  names: { query: PreparedName; candidate: PreparedName },
): string {
  switch (t.feature) {
    case 'token_overlap':
      return `query covered ${pct(f.queryCoverage)}, candidate covered ${pct(f.candidateCoverage)} by ${f.pairs.length} paired token${f.pairs.length === 1 ? '' : 's'}`;
    case 'edit_similarity':
      return `Levenshtein similarity of the normalised names ${pct(f.editSimilarity)}`;
    case 'phonetic':
      return `${pct(f.phonetic)} of the shorter name sounds like the other (Double Metaphone)`;
    case 'token_conflict':
      return `unpaired on both sides: ${f.unmatchedQuery.join(' ')} | ${f.unmatchedCandidate.join(' ')}`;
    case 'initials':
      return `${f.initials.agreeing} of ${f.initials.total} initials begin a paired word, ${f.initials.conflicting} contradict the other name`;
    case 'legal_form':
      return `${names.query.name.legalForms.join(', ')} against ${names.candidate.name.legalForms.join(', ')}`;
    case 'country':
      return t.value === 1
        ? `both ${query.countries.filter((c) => candidate.countries.includes(c)).join(', ')}`
        : `${query.countries.join(', ')} against ${candidate.countries.join(', ')}`;
    case 'birth_date': {
      const d = compareBirthDates(query.birthDates, candidate.birthDates);
      return t.value === 1
        ? `${d.query} agrees with ${d.candidate}`
        : `${d.query} against ${candidate.birthDates.join(', ')}`;
    }
    case 'type':
      return `${query.type} against ${candidate.type}`;
  }
}

const total = (terms: readonly FeatureTerm[]): number =>
  round4(
    Math.min(
      1,
      Math.max(
        0,
        terms.reduce((s, c) => s + c.contribution, 0),
      ),
    ),
  );

/** The name-only score of two prepared names (no context), in [0, 1]. */
export function scoreNames(query: PreparedName, candidate: PreparedName): number {
  return total(nameTerms(nameFeatures(query, candidate), query, candidate));
}

/**
 * The score of a query against a candidate without its explanation (what screening ranks by):
 * the best of the candidate's names (ties: the earlier name) with the context terms added. Only
 * the names at `names` (positions) are compared when given. `nameIndex` is -1 when no name was.
 */
export function scoreSubjects(
  query: PreparedSubject,
  candidate: PreparedSubject,
  names?: readonly number[],
): { score: number; nameIndex: number } {
  const queryName = query.names[0]!;
  let nameIndex = -1;
  let bestTerms: FeatureTerm[] = [];
  let best = -1;
  for (const index of names ?? candidate.names.keys()) {
    const name = candidate.names[index];
    if (!name) continue;
    const terms = nameTerms(nameFeatures(queryName, name), queryName, name);
    const score = total(terms);
    if (score > best || (score === best && index < nameIndex))
      [best, bestTerms, nameIndex] = [score, terms, index];
  }
  if (nameIndex === -1) return { score: 0, nameIndex };
  return { score: total([...bestTerms, ...contextTerms(query, candidate)]), nameIndex };
}

/**
 * Scores a query against a candidate: every name of the candidate (or those at `names`) is
 * compared with the query's name and the best one kept (ties: the earlier name); the country,
 * birth-date and type evidence is added; the explanation says which name matched, what each
 * feature contributed and the threshold used (default {@link DEFAULT_THRESHOLD}).
 */
export function scoreMatch(
  query: ScreeningQuery | PreparedSubject,
  candidate: ScreeningEntity | PreparedSubject,
  options: { threshold?: number; names?: readonly number[] } = {},
): MatchScore {
  const q = 'name' in query ? prepareQuery(query) : query;
  const c = 'id' in candidate ? prepareEntity(candidate) : candidate;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const { score, nameIndex } = scoreSubjects(q, c, options.names);
  const queryName = q.names[0]!;
  const matched = c.names[nameIndex];
  const explanation: MatchExplanation = {
    matchedName: matched?.name.original ?? '',
    nameIndex,
    queryNormalised: queryName.name.normalised,
    candidateNormalised: matched?.name.normalised ?? '',
    pairs: [],
    unmatchedQuery: queryName.name.tokens,
    unmatchedCandidate: [],
    legalForms: { query: queryName.name.legalForms, candidate: matched?.name.legalForms ?? [] },
    contributions: [],
    threshold,
  };
  if (matched) {
    const f = nameFeatures(queryName, matched);
    const names = { query: queryName, candidate: matched };
    explanation.pairs = f.pairs;
    explanation.unmatchedQuery = f.unmatchedQuery;
    explanation.unmatchedCandidate = f.unmatchedCandidate;
    explanation.contributions = [...nameTerms(f, queryName, matched), ...contextTerms(q, c)].map(
      (t) => ({ ...t, detail: detailOf(t, f, q, c, names) }),
    );
  }
  return { score, isMatch: score >= threshold, explanation };
}
