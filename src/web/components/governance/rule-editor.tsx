// A decision rule as form fields: its kind and that kind's parameters (abstentions, quorum, the
// members or percentage needed, weights), with the one-line description of the rule as typed.
import {
  DECISION_RULE_KINDS,
  describeRule,
  WEIGHT_BASES,
  type DecisionRuleKind,
  type WeightBasis,
} from '../../../core/governance/decision-rule.ts';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import type { DecisionRule } from './api-types.ts';
import './governance.css';

type Translate = ReturnType<typeof useT>;

/** The rule's fields as typed (numbers as text). */
export interface RuleDraft {
  kind: DecisionRuleKind | '';
  maxAbstentions: string;
  abstentionBlocks: boolean;
  quorumPct: string;
  qmMode: 'yes' | 'yesPct';
  qmValue: string;
  membersPct: string;
  weightPct: string;
  quotaPct: string;
  capPct: string;
  weight: WeightBasis;
}

/** The fields prefilled from `rule` (null: no rule), else with sensible defaults for each kind. */
export function ruleDraft(rule: DecisionRule | null): RuleDraft {
  const d: RuleDraft = {
    kind: rule?.kind ?? '',
    maxAbstentions: '',
    abstentionBlocks: true,
    quorumPct: '',
    qmMode: 'yesPct',
    qmValue: '55',
    membersPct: '55',
    weightPct: '65',
    quotaPct: '50',
    capPct: '',
    weight: 'population',
  };
  if (!rule) return d;
  switch (rule.kind) {
    case 'consensus':
      return { ...d, maxAbstentions: rule.maxAbstentions?.toString() ?? '' };
    case 'unanimity':
      return { ...d, abstentionBlocks: rule.abstentionBlocks !== false };
    case 'simple-majority':
      return { ...d, quorumPct: rule.quorumPct?.toString() ?? '' };
    case 'qualified-majority':
      return 'yes' in rule
        ? { ...d, qmMode: 'yes', qmValue: String(rule.yes) }
        : { ...d, qmMode: 'yesPct', qmValue: String(rule.yesPct) };
    case 'double-majority':
      return {
        ...d,
        membersPct: String(rule.membersPct),
        weightPct: String(rule.weightPct),
        weight: rule.weight,
      };
    case 'weighted-majority':
      return {
        ...d,
        quotaPct: String(rule.quotaPct),
        capPct: rule.capPct?.toString() ?? '',
        weight: rule.weight,
      };
  }
}

const num = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s));

/** The rule as typed; `problems` lists what is missing or out of range (then the rule is null). */
export function readRule(
  t: Translate,
  d: RuleDraft,
): { rule: DecisionRule | null; problems: string[] } {
  const problems: string[] = [];
  const pct = (s: string, label: string, optional = false): number | undefined => {
    const v = num(s);
    if (v === undefined) {
      if (!optional) problems.push(t('gov.rule.givePct', { label }));
      return undefined;
    }
    if (!Number.isFinite(v) || v <= 0 || v > 100) problems.push(t('gov.rule.pctRange', { label }));
    return v;
  };
  let rule: DecisionRule | null = null;
  switch (d.kind) {
    case '':
      return { rule: null, problems };
    case 'consensus': {
      const m = num(d.maxAbstentions);
      if (m !== undefined && (!Number.isInteger(m) || m < 0))
        problems.push(t('gov.rule.maxAbstentionsWhole'));
      rule = m === undefined ? { kind: d.kind } : { kind: d.kind, maxAbstentions: m };
      break;
    }
    case 'unanimity':
      rule = d.abstentionBlocks ? { kind: d.kind } : { kind: d.kind, abstentionBlocks: false };
      break;
    case 'simple-majority': {
      const q = pct(d.quorumPct, t('gov.rule.quorumName'), true);
      rule = q === undefined ? { kind: d.kind } : { kind: d.kind, quorumPct: q };
      break;
    }
    case 'qualified-majority':
      if (d.qmMode === 'yes') {
        const n = num(d.qmValue);
        if (n === undefined || !Number.isInteger(n) || n < 1)
          problems.push(t('gov.rule.neededWhole'));
        rule = { kind: d.kind, yes: n ?? 0 };
      } else rule = { kind: d.kind, yesPct: pct(d.qmValue, t('gov.rule.needed')) ?? 0 };
      break;
    case 'double-majority':
      rule = {
        kind: d.kind,
        membersPct: pct(d.membersPct, t('gov.rule.membersPct')) ?? 0,
        weightPct: pct(d.weightPct, t('gov.rule.weightPct')) ?? 0,
        weight: d.weight,
      };
      break;
    case 'weighted-majority': {
      const cap = pct(d.capPct, t('gov.rule.capPct'), true);
      rule = {
        kind: d.kind,
        weight: d.weight,
        quotaPct: pct(d.quotaPct, t('gov.rule.quotaPct')) ?? 0,
        ...(cap === undefined ? {} : { capPct: cap }),
      };
      break;
    }
  }
  return problems.length ? { rule: null, problems } : { rule, problems };
}

function Param({
  id,
  label,
  hint,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="field field-narrow" data-param={id}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <span className="field-hint">{hint}</span>}
    </div>
  );
}

export function RuleEditor({
  prefix,
  value,
  onChange,
}: {
  prefix: string;
  value: RuleDraft;
  onChange: (d: RuleDraft) => void;
}) {
  const t = useT();
  const id = (x: string) => `${prefix}-${x}`;
  const set = (patch: Partial<RuleDraft>) => onChange({ ...value, ...patch });
  const numberInput = (name: string, key: keyof RuleDraft, attrs: Record<string, unknown> = {}) => (
    <input
      type="number"
      id={id(name)}
      inputMode="decimal"
      step="any"
      min={0}
      {...attrs}
      value={value[key] as string}
      onChange={(e) => set({ [key]: e.target.value })}
    />
  );
  const weight = (
    <Param id={id('weight')} label={t('gov.rule.weight')}>
      <select
        id={id('weight')}
        value={value.weight}
        // The select offers only the known weight bases.
        onChange={(e) => set({ weight: e.target.value as WeightBasis })}
      >
        {WEIGHT_BASES.map((w) => (
          <option key={w} value={w}>
            {t(`gov.rule.weight.${w}`)}
          </option>
        ))}
      </select>
    </Param>
  );
  const params = (k: DecisionRuleKind) => {
    switch (k) {
      case 'consensus':
        return (
          <Param
            id={id('max-abstentions')}
            label={t('gov.rule.maxAbstentions')}
            hint={t('gov.rule.maxAbstentionsHint')}
          >
            {numberInput('max-abstentions', 'maxAbstentions', { step: 1 })}
          </Param>
        );
      case 'unanimity':
        return (
          <div className="field check-inline">
            <input
              type="checkbox"
              id={id('abstention-blocks')}
              checked={value.abstentionBlocks}
              onChange={(e) => set({ abstentionBlocks: e.target.checked })}
            />
            <label htmlFor={id('abstention-blocks')}>{t('gov.rule.abstentionBlocks')}</label>
          </div>
        );
      case 'simple-majority':
        return (
          <Param id={id('quorum')} label={t('gov.rule.quorum')} hint={t('gov.rule.quorumHint')}>
            {numberInput('quorum', 'quorumPct', { max: 100 })}
          </Param>
        );
      case 'qualified-majority':
        return (
          <>
            <Param id={id('qm-mode')} label={t('gov.rule.countedAs')}>
              <select
                id={id('qm-mode')}
                value={value.qmMode}
                onChange={(e) => set({ qmMode: e.target.value === 'yes' ? 'yes' : 'yesPct' })}
              >
                <option value="yesPct">{t('gov.rule.pctOfMembers')}</option>
                <option value="yes">{t('gov.rule.numberOfMembers')}</option>
              </select>
            </Param>
            <Param id={id('qm-value')} label={t('gov.rule.needed')} hint={t('gov.rule.neededHint')}>
              {numberInput('qm-value', 'qmValue')}
            </Param>
          </>
        );
      case 'double-majority':
        return (
          <>
            <Param id={id('members-pct')} label={t('gov.rule.membersPct')}>
              {numberInput('members-pct', 'membersPct', { max: 100 })}
            </Param>
            <Param id={id('weight-pct')} label={t('gov.rule.weightPct')}>
              {numberInput('weight-pct', 'weightPct', { max: 100 })}
            </Param>
            {weight}
          </>
        );
      case 'weighted-majority':
        return (
          <>
            <Param id={id('quota-pct')} label={t('gov.rule.quotaPct')}>
              {numberInput('quota-pct', 'quotaPct', { max: 100 })}
            </Param>
            <Param id={id('cap-pct')} label={t('gov.rule.capPct')} hint={t('gov.rule.capHint')}>
              {numberInput('cap-pct', 'capPct', { max: 100 })}
            </Param>
            {weight}
          </>
        );
    }
  };
  const { rule, problems } = readRule(t, value);
  return (
    <fieldset className="gov-rule-editor">
      <legend>{t('gov.rule.legend')}</legend>
      <div className="controls">
        <div className="field">
          <label htmlFor={id('kind')}>{t('gov.rule.kind')}</label>
          <select
            id={id('kind')}
            value={value.kind}
            // The select offers only the known kinds.
            onChange={(e) => set({ kind: e.target.value as DecisionRuleKind | '' })}
          >
            <option value="">{t('gov.rule.noRule')}</option>
            {DECISION_RULE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`gov.rule.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="gov-rule-params">
        {value.kind ? (
          <div className="controls">{params(value.kind)}</div>
        ) : (
          <p className="field-hint">{t('gov.rule.noParams')}</p>
        )}
      </div>
      <p className="field-hint gov-rule-summary" aria-live="polite">
        {problems.length ? problems.join('; ') : rule ? describeRule(rule) : t('gov.rule.without')}
      </p>
    </fieldset>
  );
}
