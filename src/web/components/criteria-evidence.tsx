// The full evidence of one economy: its reason per tier in plain words, then every criterion with
// value, year, source, the threshold as stated and as computed, and why a value is missing.
import type { ReactNode } from 'react';
import type { CriterionEvidence, EconomyEvaluation } from './criteria-shapes.ts';
import { formatCompact, formatValue } from '../format-value.ts';
import {
  OUTCOME_MARKS,
  OUTCOME_WORDS,
  comparedText,
  computedThreshold,
  reasonStatements,
  statedThreshold,
  statementText,
  type IndicatorInfo,
} from './criteria-format.ts';

export type IndicatorLookup = (code: string) => IndicatorInfo;

const Fact = ({ term, children }: { term: string; children: ReactNode }) => (
  <>
    <dt>{term}</dt>
    <dd>{children}</dd>
  </>
);

function CriterionItem({ e, info }: { e: CriterionEvidence; info: IndicatorInfo }) {
  const fmt = (v: number): string =>
    info.unit === '' ? formatCompact(v) : formatValue(v, info.unit);
  const compared = comparedText(e, info.unit);
  const computed = computedThreshold(e, info);
  const value =
    e.value === null
      ? 'none'
      : `${fmt(e.value)} in ${e.year}${e.outcome === 'missing' ? ' (set aside)' : ''}`;
  return (
    <li className={`criteria-evidence-item outcome-${e.outcome}`}>
      <p className="criteria-evidence-title">
        <span className="criteria-mark" aria-hidden="true">
          {OUTCOME_MARKS[e.outcome]}
        </span>
        <strong>{e.label}</strong>{' '}
        <span className="criteria-outcome-word">{OUTCOME_WORDS[e.outcome]}</span>
      </p>
      <dl className="criteria-facts">
        <Fact term="Indicator">{`${info.name} (${e.indicator})`}</Fact>
        <Fact term="Value">{value}</Fact>
        {compared !== null && e.threshold.kind !== 'absolute' && (
          <Fact term="Compared">{compared}</Fact>
        )}
        <Fact term="Threshold">
          {statedThreshold(e, info.unit)}
          <span className="muted"> (as stated)</span>
        </Fact>
        <Fact term="Computed">
          {computed ?? (e.outcome === 'missing' ? 'not computed: no usable value' : '—')}
        </Fact>
        <Fact term="Source">{e.sourceId ? <span className="code">{e.sourceId}</span> : '—'}</Fact>
        {e.outcome === 'missing' && <Fact term="Why missing">{e.reason ?? 'no value'}</Fact>}
      </dl>
    </li>
  );
}

/** The evidence block shown in an economy's expanded row. */
export function CriteriaEvidence({
  e,
  indicator,
}: {
  e: EconomyEvaluation;
  indicator: IndicatorLookup;
}) {
  const tiers = [...new Set(e.criteria.map((c) => c.tier))];
  return (
    <div className="criteria-evidence">
      <ul
        className="criteria-statements"
        aria-label={`Why ${e.name} is ${e.result.replace('_', ' ')}`}
      >
        {reasonStatements(e.reason).map((s, i) => (
          <li key={i} className={`statement-${s.outcome}`}>
            {statementText(s)}
          </li>
        ))}
      </ul>
      {tiers.map((tier) => (
        <div key={tier} className="criteria-evidence-tier">
          <p className="criteria-evidence-heading">
            {tier === 'member' ? 'Member' : 'Partner'} tier criteria
          </p>
          <ul className="criteria-evidence-list">
            {e.criteria
              .filter((c) => c.tier === tier)
              .map((c) => (
                <CriterionItem key={c.id} e={c} info={indicator(c.indicator)} />
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
