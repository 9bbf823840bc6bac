// Words and numbers for criteria evidence: results, thresholds as stated and as computed, the
// compared quantity ("26.4% of world", "rank 4"), and the API's reasons in plain words. Pure: each
// takes the reader's messages and number formats (`Words`) from its caller. The API's reasons and
// criterion labels arrive in English (the server writes them) and are shown as sent, except
// "no value".
import type {
  Comparator,
  CriteriaResult,
  CriteriaTier,
  CriterionEvidence,
  ThresholdKind,
} from './criteria-shapes.ts';
import type { IntlShape } from 'react-intl';
import { formatCompact, formatValue } from '../format-value.ts';
import type { MessageId } from '../i18n/messages.en.ts';

/** What the table needs to know about an indicator; `unit` '' when the catalogue is unavailable. */
export interface IndicatorInfo {
  name: string;
  unit: string;
  higherIsBetter: boolean;
}

/** The reader's messages and numbers: `useIntl()` in components, `createIntl(…)` in tests. */
export type Words = Pick<IntlShape, 'formatMessage' | 'formatNumber'>;

const say = (w: Words, id: MessageId, values?: Record<string, string | number>): string =>
  w.formatMessage({ id }, values);

const RESULT_MESSAGES: Record<CriteriaResult, MessageId> = {
  eligible_member: 'criteria.resultLabel.eligible_member',
  eligible_partner: 'criteria.resultLabel.eligible_partner',
  not_eligible: 'criteria.resultLabel.not_eligible',
  undetermined: 'criteria.resultLabel.undetermined',
};

/** "Eligible member", "Not eligible" … in the reader's language. */
export const resultLabel = (w: Words, result: CriteriaResult): string =>
  say(w, RESULT_MESSAGES[result]);

/** The order of results when sorting: qualified first, then open, then not eligible. */
export const RESULT_ORDER: readonly CriteriaResult[] = [
  'eligible_member',
  'eligible_partner',
  'undetermined',
  'not_eligible',
];

/** "14 eligible members", "135 not eligible", "70 undetermined". */
export const resultCount = (w: Words, result: CriteriaResult, n: number): string =>
  say(w, `criteria.count.${result}`, { n });

export const OUTCOME_MARKS: Record<CriterionEvidence['outcome'], string> = {
  pass: '✓',
  fail: '✗',
  missing: '?',
};

const OUTCOME_MESSAGES: Record<CriterionEvidence['outcome'], MessageId> = {
  pass: 'criteria.passes',
  fail: 'criteria.fails',
  missing: 'criteria.missing',
};

/** "passes", "fails", "missing" in the reader's language. */
export const outcomeWord = (w: Words, outcome: CriterionEvidence['outcome']): string =>
  say(w, OUTCOME_MESSAGES[outcome]);

export const comparatorSymbol = (c: Comparator): string =>
  c === '>=' ? '≥' : c === '<=' ? '≤' : c;

/** A number as written in a set ("1", "0.5", "2,000"): up to six decimals, no trailing zeros. */
const plainNumber = (w: Words, v: number): string =>
  w.formatNumber(v, { maximumFractionDigits: 6 });

/** A value short enough for a table cell: indices and percentages as `formatValue`, counts bare. */
export function shortValue(v: number, unit: string): string {
  if (unit === '') return formatCompact(v);
  if (unit.includes('$') || /^(%|index|estimate|score|percentile|category)/.test(unit))
    return formatValue(v, unit);
  return formatCompact(v);
}

/** A share of the world without its "%": two decimals under 10 ("2.17"), one above ("26.4"). */
export function formatSharePct(w: Words, pct: number): string {
  if (pct > 0 && pct < 0.005) return `<${w.formatNumber(0.01)}`;
  const digits = Math.abs(pct) < 10 ? 2 : 1;
  return w.formatNumber(pct, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** The compared quantity: "26.4% of world", "rank 4", "percentile 75", "0.772"; null if none. */
export function comparedText(w: Words, e: CriterionEvidence, unit: string): string | null {
  if (e.compared === null) return null;
  switch (e.threshold.kind) {
    case 'world_share_pct':
      return say(w, 'criteria.compared.share', { share: formatSharePct(w, e.compared) });
    case 'rank':
      return say(w, 'criteria.compared.rank', { rank: w.formatNumber(e.compared) });
    case 'percentile':
      return say(w, 'criteria.compared.percentile', {
        percentile: w.formatNumber(e.compared, { maximumFractionDigits: 1 }),
      });
    case 'absolute':
      return shortValue(e.compared, unit);
  }
}

/** The threshold as the set states it: "≥ 1% of world", "rank ≤ 25", "≥ 0.8". */
export function statedThreshold(
  w: Words,
  e: { comparator: Comparator; threshold: { kind: ThresholdKind; value: number } },
  unit: string,
): string {
  const sym = comparatorSymbol(e.comparator);
  const value = plainNumber(w, e.threshold.value);
  switch (e.threshold.kind) {
    case 'world_share_pct':
      return say(w, 'criteria.stated.share', { sym, value });
    case 'rank':
      return say(w, 'criteria.stated.rank', { sym, value });
    case 'percentile':
      return say(w, 'criteria.stated.percentile', { sym, value });
    case 'absolute':
      return `${sym} ${statedNumber(w, e.threshold.value, unit)}`;
  }
}

/** A threshold as written in the set: "0.8", "2,000", "1.5% of GDP", "1 trn US$". */
function statedNumber(w: Words, v: number, unit: string): string {
  if (unit.includes('$')) return formatValue(v, unit);
  const n = plainNumber(w, v);
  return unit.startsWith('%') ? `${n}${unit}` : n;
}

/**
 * The threshold in the indicator's unit for the year used: "≥ 1.04 trn US$ (1% of the world
 * total of 103.74 trn US$, 185 economies with data in 2023)"; null when it was not computed.
 */
export function computedThreshold(
  w: Words,
  e: CriterionEvidence,
  info: IndicatorInfo,
): string | null {
  const t = e.threshold;
  if (t.indicatorValue === null) return null;
  const fmt = (v: number): string =>
    info.unit === '' ? formatCompact(v) : formatValue(v, info.unit);
  const data =
    t.economiesWithData === null
      ? 'none'
      : say(w, 'criteria.computed.withData', {
          count: t.economiesWithData,
          year: e.year ?? 'none',
        });
  switch (t.kind) {
    case 'absolute':
      return `${comparatorSymbol(e.comparator)} ${fmt(t.indicatorValue)}`;
    case 'world_share_pct':
      return say(w, 'criteria.computed.share', {
        sym: comparatorSymbol(e.comparator),
        value: fmt(t.indicatorValue),
        share: plainNumber(w, t.value),
        total: t.worldTotal === null ? '?' : fmt(t.worldTotal),
        data,
      });
    case 'rank':
    case 'percentile': {
      // The passing side is the better one for "rank ≤ k" and "percentile ≥ p".
      const passIsBetter = (t.kind === 'rank') === (e.comparator === '<=' || e.comparator === '<');
      const where =
        t.kind === 'rank'
          ? say(w, 'criteria.compared.rank', { rank: plainNumber(w, t.value) })
          : say(w, 'criteria.compared.percentile', { percentile: plainNumber(w, t.value) });
      return say(w, 'criteria.computed.nearest', {
        sym: passIsBetter === info.higherIsBetter ? '≥' : '≤',
        value: fmt(t.indicatorValue),
        where,
        data,
      });
    }
  }
}

/** The API's reason for a missing value ("no value" in the reader's language; others as sent). */
export const missingReason = (w: Words, reason: string | null): string =>
  reason === null || reason === 'no value' ? say(w, 'criteria.noValue') : reason;

/** A missing criterion in a few words: "no value", "2017: too old", "none up to 2020". */
export function missingShort(w: Words, e: CriterionEvidence): string {
  const reason = e.reason ?? 'no value';
  if (reason.startsWith('latest value') && e.year !== null)
    return say(w, 'criteria.tooOld', { year: e.year });
  const upTo = /^no value up to (\d{4})/.exec(reason);
  if (upTo) return say(w, 'criteria.noneUpTo', { year: upTo[1]! });
  return missingReason(w, reason);
}

/** The evidence in one sentence, for a cell's tooltip and for the CSV. */
export function evidenceSentence(w: Words, e: CriterionEvidence, info: IndicatorInfo): string {
  const value =
    e.value === null
      ? say(w, 'criteria.noValue')
      : `${say(w, 'criteria.valueIn', {
          value: info.unit === '' ? formatCompact(e.value) : formatValue(e.value, info.unit),
          year: e.year ?? '?',
        })}${e.sourceId ? ` (${e.sourceId})` : ''}`;
  if (e.outcome === 'missing')
    return say(w, 'criteria.sentence.missing', {
      label: e.label,
      reason: missingReason(w, e.reason),
      value,
    });
  const compared = comparedText(w, e, info.unit);
  return say(w, 'criteria.sentence', {
    label: e.label,
    outcome: outcomeWord(w, e.outcome),
    evidence: `${compared ?? value}${compared && e.threshold.kind !== 'absolute' ? `, ${value}` : ''}`,
    needs: statedThreshold(w, e, info.unit),
  });
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

/** A statement in plain words: "Member tier undetermined — GDP at least 1% of the world: no value." */
export function statementText(w: Words, s: ReasonStatement): string {
  const head = say(w, 'criteria.statement', { tier: s.tier, outcome: s.outcome });
  // The API's "A: no value" in the reader's words; other items as sent.
  const items = s.items.map((item) =>
    item.endsWith(': no value')
      ? `${item.slice(0, -'no value'.length)}${say(w, 'criteria.noValue')}`
      : item,
  );
  return items.length === 0 ? `${head}.` : `${head} — ${items.join('; ')}.`;
}

/** "A", "A and B", "A and 3 more" (labels may hold commas, so no longer lists). */
function nameList(w: Words, names: readonly string[]): string {
  if (names.length === 1) return names[0]!;
  if (names.length === 2) return say(w, 'criteria.names.two', { a: names[0]!, b: names[1]! });
  return say(w, 'criteria.names.more', { first: names[0]!, count: names.length - 1 });
}

/** "no value" → "no value for"; "latest value 2015 older than 5 years before 2023" → "… for". */
function openStatement(w: Words, s: ReasonStatement): string {
  const byReason = new Map<string, string[]>();
  for (const item of s.items) {
    const cut = item.lastIndexOf(': ');
    const [label, why] =
      cut < 0
        ? [item, say(w, 'criteria.noUsableValue')]
        : [item.slice(0, cut), missingReason(w, item.slice(cut + 2))];
    byReason.set(why, [...(byReason.get(why) ?? []), label]);
  }
  const parts = [...byReason].map(([why, labels]) =>
    say(w, 'criteria.openFor', { why, names: nameList(w, labels) }),
  );
  return say(w, 'criteria.open', { tier: s.tier, parts: parts.join('; ') });
}

/**
 * For an undetermined economy, in plain words: what is open, grouped by why ("Member tier
 * undetermined: no value for GDP at least 1% of the world and GDP among the 25 largest."), and
 * the tier already established (Taiwan: partner).
 */
export function undeterminedReason(
  w: Words,
  reason: string,
): {
  open: string;
  established: CriteriaTier | null;
} {
  const statements = reasonStatements(reason);
  const open = statements.filter((s) => s.outcome === 'undetermined');
  const established = statements.find((s) => s.outcome === 'passes')?.tier ?? null;
  return {
    open:
      open.length > 0
        ? open.map((s) => openStatement(w, s)).join(' ')
        : statements.map((s) => statementText(w, s)).join(' '),
    established,
  };
}
