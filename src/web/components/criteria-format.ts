// Words and numbers for criteria evidence: results, thresholds as stated and as computed, the
// compared quantity ("26.4% of world", "rank 4"), and the API's reasons in plain words.
import type {
  Comparator,
  CriteriaResult,
  CriteriaTier,
  CriterionEvidence,
  ThresholdKind,
} from './criteria-shapes.ts';
import { formatCompact, formatValue } from '../format-value.ts';

/** What the table needs to know about an indicator; `unit` '' when the catalogue is unavailable. */
export interface IndicatorInfo {
  name: string;
  unit: string;
  higherIsBetter: boolean;
}

export const RESULT_LABELS: Record<CriteriaResult, string> = {
  eligible_member: 'Eligible member',
  eligible_partner: 'Eligible partner',
  not_eligible: 'Not eligible',
  undetermined: 'Undetermined',
};

/** The order of results when sorting: qualified first, then open, then not eligible. */
export const RESULT_ORDER: readonly CriteriaResult[] = [
  'eligible_member',
  'eligible_partner',
  'undetermined',
  'not_eligible',
];

/** "14 eligible members", "135 not eligible", "70 undetermined". */
export function resultCount(result: CriteriaResult, n: number): string {
  switch (result) {
    case 'eligible_member':
      return `${n} eligible ${n === 1 ? 'member' : 'members'}`;
    case 'eligible_partner':
      return `${n} eligible ${n === 1 ? 'partner' : 'partners'}`;
    case 'not_eligible':
      return `${n} not eligible`;
    case 'undetermined':
      return `${n} undetermined`;
  }
}

export const OUTCOME_MARKS: Record<CriterionEvidence['outcome'], string> = {
  pass: '✓',
  fail: '✗',
  missing: '?',
};

export const OUTCOME_WORDS: Record<CriterionEvidence['outcome'], string> = {
  pass: 'passes',
  fail: 'fails',
  missing: 'missing',
};

export const comparatorSymbol = (c: Comparator): string =>
  c === '>=' ? '≥' : c === '<=' ? '≤' : c;

const trimZeros = (s: string): string => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);

/** A value short enough for a table cell: indices and percentages as `formatValue`, counts bare. */
export function shortValue(v: number, unit: string): string {
  if (unit === '') return formatCompact(v);
  if (unit.includes('$') || /^(%|index|estimate|score|percentile|category)/.test(unit))
    return formatValue(v, unit);
  return formatCompact(v);
}

/** A share of the world: two decimals under 10% ("2.17%"), one above ("26.4%"). */
export const formatSharePct = (pct: number): string =>
  pct > 0 && pct < 0.005 ? '<0.01%' : `${pct.toFixed(Math.abs(pct) < 10 ? 2 : 1)}%`;

/** The compared quantity: "26.4% of world", "rank 4", "percentile 75", "0.772"; null if none. */
export function comparedText(e: CriterionEvidence, unit: string): string | null {
  if (e.compared === null) return null;
  switch (e.threshold.kind) {
    case 'world_share_pct':
      return `${formatSharePct(e.compared)} of world`;
    case 'rank':
      return `rank ${e.compared}`;
    case 'percentile':
      return `percentile ${trimZeros(e.compared.toFixed(1))}`;
    case 'absolute':
      return shortValue(e.compared, unit);
  }
}

/** The threshold as the set states it: "≥ 1% of world", "rank ≤ 25", "≥ 0.8". */
export function statedThreshold(
  e: { comparator: Comparator; threshold: { kind: ThresholdKind; value: number } },
  unit: string,
): string {
  const sym = comparatorSymbol(e.comparator);
  const v = e.threshold.value;
  switch (e.threshold.kind) {
    case 'world_share_pct':
      return `${sym} ${trimZeros(String(v))}% of world`;
    case 'rank':
      return `rank ${sym} ${v}`;
    case 'percentile':
      return `percentile ${sym} ${trimZeros(String(v))}`;
    case 'absolute':
      return `${sym} ${statedNumber(v, unit)}`;
  }
}

/** A threshold as written in the set: "0.8", "2,000", "1.5% of GDP", "1 trn US$". */
function statedNumber(v: number, unit: string): string {
  if (unit.includes('$')) return formatValue(v, unit);
  const n = v.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return unit.startsWith('%') ? `${n}${unit}` : n;
}

/**
 * The threshold in the indicator's unit for the year used: "≥ 1.04 trn US$ (1% of the world
 * total of 103.74 trn US$, 185 economies with data in 2023)"; null when it was not computed.
 */
export function computedThreshold(e: CriterionEvidence, info: IndicatorInfo): string | null {
  const t = e.threshold;
  if (t.indicatorValue === null) return null;
  const fmt = (v: number): string =>
    info.unit === '' ? formatCompact(v) : formatValue(v, info.unit);
  const inYear = e.year === null ? '' : ` in ${e.year}`;
  const n = t.economiesWithData;
  switch (t.kind) {
    case 'absolute':
      return `${comparatorSymbol(e.comparator)} ${fmt(t.indicatorValue)}`;
    case 'world_share_pct':
      return `${comparatorSymbol(e.comparator)} ${fmt(t.indicatorValue)} (${trimZeros(String(t.value))}% of the world total of ${t.worldTotal === null ? '?' : fmt(t.worldTotal)}${n === null ? '' : `, ${n} economies with data${inYear}`})`;
    case 'rank':
    case 'percentile': {
      // The passing side is the better one for "rank ≤ k" and "percentile ≥ p".
      const passIsBetter = (t.kind === 'rank') === (e.comparator === '<=' || e.comparator === '<');
      const sym = passIsBetter === info.higherIsBetter ? '≥' : '≤';
      const where = t.kind === 'rank' ? `rank ${t.value}` : `percentile ${t.value}`;
      return `${sym} ${fmt(t.indicatorValue)} (the passing value nearest ${where}${n === null ? '' : `, among ${n} economies with data${inYear}`})`;
    }
  }
}

/** A missing criterion in a few words: "no value", "2017: too old", "none up to 2020". */
export function missingShort(e: CriterionEvidence): string {
  const reason = e.reason ?? 'no value';
  if (reason.startsWith('latest value') && e.year !== null) return `${e.year}: too old`;
  const upTo = /^no value up to (\d{4})/.exec(reason);
  if (upTo) return `none up to ${upTo[1]}`;
  return reason;
}

/** The evidence in one sentence, for a cell's tooltip and for the CSV. */
export function evidenceSentence(e: CriterionEvidence, info: IndicatorInfo): string {
  const value =
    e.value === null
      ? 'no value'
      : `${info.unit === '' ? formatCompact(e.value) : formatValue(e.value, info.unit)} in ${e.year}${e.sourceId ? ` (${e.sourceId})` : ''}`;
  const compared = comparedText(e, info.unit);
  const needs = statedThreshold(e, info.unit);
  if (e.outcome === 'missing') return `${e.label}: missing — ${e.reason ?? 'no value'}; ${value}`;
  return `${e.label}: ${OUTCOME_WORDS[e.outcome]} — ${compared ?? value}${compared && e.threshold.kind !== 'absolute' ? `, ${value}` : ''}; needs ${needs}`;
}

/** One tier's statement of an economy's reason, split into its items. */
export interface ReasonStatement {
  tier: CriteriaTier;
  outcome: 'passes' | 'fails' | 'undetermined';
  /** "Rule of law: 0.3904 in 2023, not ≥ 0.8" (indicator codes removed). */
  items: string[];
}

/**
 * Splits the API's reason ("member tier fails: A (a): …; B (b): …. partner tier passes") into
 * statements per tier. Text that does not follow the pattern is kept as one statement's item.
 */
export function reasonStatements(reason: string): ReasonStatement[] {
  const parts = reason.split(/\.\s+(?=(?:member|partner) tier )/);
  const statements: ReasonStatement[] = [];
  for (const part of parts) {
    const m = /^(member|partner) tier (passes|fails|undetermined)(?::\s*([\s\S]*))?$/.exec(
      part.trim().replace(/\.$/, ''),
    );
    if (!m) return [{ tier: 'member', outcome: 'undetermined', items: [reason] }];
    statements.push({
      tier: m[1] as CriteriaTier,
      outcome: m[2] as ReasonStatement['outcome'],
      items: (m[3] ?? '')
        .split(/;\s+/)
        .map((s) => s.replace(/ \([a-z0-9_]+\):/, ':').trim())
        .filter((s) => s !== ''),
    });
  }
  return statements;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A statement in plain words: "Member tier undetermined — GDP at least 1% of the world: no value." */
export function statementText(s: ReasonStatement): string {
  const head = `${capitalise(s.tier)} tier ${s.outcome}`;
  return s.items.length === 0 ? `${head}.` : `${head} — ${s.items.join('; ')}.`;
}

/** "A", "A and B", "A and 3 more" (labels may hold commas, so no longer lists). */
const nameList = (names: readonly string[]): string =>
  names.length <= 2 ? names.join(' and ') : `${names[0]} and ${names.length - 1} more`;

/** "no value" → "no value for"; "latest value 2015 older than 5 years before 2023" → "… for". */
function openStatement(s: ReasonStatement): string {
  const byReason = new Map<string, string[]>();
  for (const item of s.items) {
    const cut = item.lastIndexOf(': ');
    const [label, why] =
      cut < 0 ? [item, 'no usable value'] : [item.slice(0, cut), item.slice(cut + 2)];
    byReason.set(why, [...(byReason.get(why) ?? []), label]);
  }
  const parts = [...byReason].map(([why, labels]) => `${why} for ${nameList(labels)}`);
  return `${capitalise(s.tier)} tier undetermined: ${parts.join('; ')}.`;
}

/**
 * For an undetermined economy, in plain words: what is open, grouped by why ("Member tier
 * undetermined: no value for GDP at least 1% of the world and GDP among the 25 largest."), and
 * the tier already established (Taiwan: partner).
 */
export function undeterminedReason(reason: string): {
  open: string;
  established: CriteriaTier | null;
} {
  const statements = reasonStatements(reason);
  const open = statements.filter((s) => s.outcome === 'undetermined');
  const established = statements.find((s) => s.outcome === 'passes')?.tier ?? null;
  return {
    open:
      open.length > 0 ? open.map(openStatement).join(' ') : statements.map(statementText).join(' '),
    established,
  };
}
