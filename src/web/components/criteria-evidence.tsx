// The full evidence of one economy: its reason per tier in plain words, then every criterion with
// value, year, source, the threshold as stated and as computed, and why a value is missing.
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { CriterionEvidence, EconomyEvaluation } from './criteria-shapes.ts';
import { formatCompact, formatValue } from '../format-value.ts';
import {
  OUTCOME_MARKS,
  comparedText,
  computedThreshold,
  missingReason,
  outcomeWord,
  reasonStatements,
  resultLabel,
  statedThreshold,
  statementText,
  type IndicatorInfo,
} from './criteria-format.ts';
import { useT } from '../i18n/i18n.tsx';
import './criteria-table.css';

export type IndicatorLookup = (code: string) => IndicatorInfo;

const Fact = ({ term, children }: { term: string; children: ReactNode }) => (
  <>
    <dt>{term}</dt>
    <dd>{children}</dd>
  </>
);

function CriterionItem({ e, info }: { e: CriterionEvidence; info: IndicatorInfo }) {
  const intl = useIntl();
  const t = useT();
  const fmt = (v: number): string =>
    info.unit === '' ? formatCompact(v) : formatValue(v, info.unit);
  const compared = comparedText(intl, e, info.unit);
  const computed = computedThreshold(intl, e, info);
  const value =
    e.value === null
      ? t('criteria.fact.none')
      : t(e.outcome === 'missing' ? 'criteria.fact.setAside' : 'criteria.valueIn', {
          value: fmt(e.value),
          year: e.year ?? '?',
        });
  return (
    <li className={`criteria-evidence-item outcome-${e.outcome}`}>
      <p className="criteria-evidence-title">
        <span className="criteria-mark" aria-hidden="true">
          {OUTCOME_MARKS[e.outcome]}
        </span>
        <strong>{e.label}</strong>{' '}
        <span className="criteria-outcome-word">{outcomeWord(intl, e.outcome)}</span>
      </p>
      <dl className="criteria-facts">
        <Fact term={t('criteria.fact.indicator')}>{`${info.name} (${e.indicator})`}</Fact>
        <Fact term={t('criteria.fact.value')}>{value}</Fact>
        {compared !== null && e.threshold.kind !== 'absolute' && (
          <Fact term={t('criteria.fact.compared')}>{compared}</Fact>
        )}
        <Fact term={t('criteria.fact.threshold')}>
          {statedThreshold(intl, e, info.unit)}
          <span className="muted"> {t('criteria.fact.asStated')}</span>
        </Fact>
        <Fact term={t('criteria.fact.computed')}>
          {computed ?? (e.outcome === 'missing' ? t('criteria.fact.notComputed') : '—')}
        </Fact>
        <Fact term={t('criteria.fact.source')}>
          {e.sourceId ? <span className="code">{e.sourceId}</span> : '—'}
        </Fact>
        {e.outcome === 'missing' && (
          <Fact term={t('criteria.fact.whyMissing')}>{missingReason(intl, e.reason)}</Fact>
        )}
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
  const intl = useIntl();
  const t = useT();
  const tiers = [...new Set(e.criteria.map((c) => c.tier))];
  return (
    <div className="criteria-evidence">
      <ul
        className="criteria-statements"
        aria-label={t('criteria.why', {
          name: e.name,
          result: resultLabel(intl, e.result).toLocaleLowerCase(intl.locale),
        })}
      >
        {reasonStatements(e.reason).map((s, i) => (
          <li key={i} className={`statement-${s.outcome}`}>
            {statementText(intl, s)}
          </li>
        ))}
      </ul>
      {tiers.map((tier) => (
        <div key={tier} className="criteria-evidence-tier">
          <p className="criteria-evidence-heading">{t('criteria.tierCriteria', { tier })}</p>
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
