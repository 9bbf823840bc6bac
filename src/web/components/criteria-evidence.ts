// The full evidence of one economy: its reason per tier in plain words, then every criterion with
// value, year, source, the threshold as stated and as computed, and why a value is missing.
import type { CriterionEvidence, EconomyEvaluation } from '../criteria-types.ts';
import { h } from '../element.ts';
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

const fact = (term: string, ...detail: (string | Node)[]): HTMLElement[] => [
  h('dt', {}, term),
  h('dd', {}, ...detail),
];

function criterionItem(e: CriterionEvidence, info: IndicatorInfo): HTMLElement {
  const fmt = (v: number): string =>
    info.unit === '' ? formatCompact(v) : formatValue(v, info.unit);
  const compared = comparedText(e, info.unit);
  const computed = computedThreshold(e, info);
  const value =
    e.value === null
      ? 'none'
      : `${fmt(e.value)} in ${e.year}${e.outcome === 'missing' ? ' (set aside)' : ''}`;
  return h(
    'li',
    { class: `criteria-evidence-item outcome-${e.outcome}` },
    h(
      'p',
      { class: 'criteria-evidence-title' },
      h('span', { class: 'criteria-mark', 'aria-hidden': 'true' }, OUTCOME_MARKS[e.outcome]),
      h('strong', {}, e.label),
      ' ',
      h('span', { class: 'criteria-outcome-word' }, OUTCOME_WORDS[e.outcome]),
    ),
    h(
      'dl',
      { class: 'criteria-facts' },
      fact('Indicator', `${info.name} (${e.indicator})`),
      fact('Value', value),
      compared !== null && e.threshold.kind !== 'absolute' ? fact('Compared', compared) : [],
      fact(
        'Threshold',
        statedThreshold(e, info.unit),
        h('span', { class: 'muted' }, ' (as stated)'),
      ),
      fact(
        'Computed',
        computed ?? (e.outcome === 'missing' ? 'not computed: no usable value' : '—'),
      ),
      fact('Source', e.sourceId ? h('span', { class: 'code' }, e.sourceId) : '—'),
      e.outcome === 'missing' ? fact('Why missing', e.reason ?? 'no value') : [],
    ),
  );
}

/** The evidence block shown in an economy's expanded row. */
export function criteriaEvidence(e: EconomyEvaluation, indicator: IndicatorLookup): HTMLElement {
  const tiers = [...new Set(e.criteria.map((c) => c.tier))];
  return h(
    'div',
    { class: 'criteria-evidence' },
    h(
      'ul',
      {
        class: 'criteria-statements',
        'aria-label': `Why ${e.name} is ${e.result.replace('_', ' ')}`,
      },
      reasonStatements(e.reason).map((s) =>
        h('li', { class: `statement-${s.outcome}` }, statementText(s)),
      ),
    ),
    tiers.map((tier) =>
      h(
        'div',
        { class: 'criteria-evidence-tier' },
        h(
          'p',
          { class: 'criteria-evidence-heading' },
          `${tier === 'member' ? 'Member' : 'Partner'} tier criteria`,
        ),
        h(
          'ul',
          { class: 'criteria-evidence-list' },
          e.criteria
            .filter((c) => c.tier === tier)
            .map((c) => criterionItem(c, indicator(c.indicator))),
        ),
      ),
    ),
  );
}
