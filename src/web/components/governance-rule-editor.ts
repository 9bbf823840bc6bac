// A decision rule as form fields: its kind and that kind's parameters (abstentions, quorum, the
// members or percentage needed, weights), with the one-line description of the rule as typed.
import {
  DECISION_RULE_KINDS,
  describeRule,
  WEIGHT_BASES,
  type DecisionRuleKind,
} from '../../core/governance/decision-rule.ts';
import { h } from '../element.ts';
import type { DecisionRule, WeightBasis } from '../governance-types.ts';

export const RULE_KIND_LABELS: Readonly<Record<DecisionRuleKind, string>> = {
  consensus: 'Consensus',
  unanimity: 'Unanimity',
  'simple-majority': 'Simple majority',
  'qualified-majority': 'Qualified majority',
  'double-majority': 'Double majority',
  'weighted-majority': 'Weighted majority',
};

const WEIGHT_LABELS: Readonly<Record<WeightBasis, string>> = {
  population: 'Population',
  gdp: 'GDP',
  equal: 'Equal (one each)',
};

export interface RuleEditor {
  element: HTMLElement;
  /** The rule as typed; `problems` lists what is missing or out of range (then the rule is null). */
  read(): { rule: DecisionRule | null; problems: string[] };
}

/** Fields for a decision rule, prefilled from `initial` (null: no rule). */
export function ruleEditor(prefix: string, initial: DecisionRule | null): RuleEditor {
  const id = (x: string) => `${prefix}-${x}`;
  const kind = h(
    'select',
    { id: id('kind') },
    h('option', { value: '' }, 'No rule (each proposal names its own)'),
    DECISION_RULE_KINDS.map((k) => h('option', { value: k }, RULE_KIND_LABELS[k])),
  );
  kind.value = initial?.kind ?? '';

  const numberInput = (name: string, attrs: Record<string, string | number> = {}) =>
    h('input', { type: 'number', id: id(name), inputmode: 'decimal', ...attrs });
  const field = (name: string, label: string, control: HTMLElement, hint?: string) =>
    h(
      'div',
      { class: 'field field-narrow', 'data-param': name },
      h('label', { for: id(name) }, label),
      control,
      hint ? h('span', { class: 'field-hint' }, hint) : null,
    );

  const maxAbstentions = numberInput('max-abstentions', { min: 0, step: 1 });
  const abstentionBlocks = h('input', { type: 'checkbox', id: id('abstention-blocks') });
  const quorumPct = numberInput('quorum', { min: 0, max: 100, step: 'any' });
  const qmMode = h(
    'select',
    { id: id('qm-mode') },
    h('option', { value: 'yesPct' }, '% of members'),
    h('option', { value: 'yes' }, 'Number of members'),
  );
  const qmValue = numberInput('qm-value', { min: 0, step: 'any' });
  const membersPct = numberInput('members-pct', { min: 0, max: 100, step: 'any' });
  const weightPct = numberInput('weight-pct', { min: 0, max: 100, step: 'any' });
  const quotaPct = numberInput('quota-pct', { min: 0, max: 100, step: 'any' });
  const capPct = numberInput('cap-pct', { min: 0, max: 100, step: 'any' });
  const weight = h(
    'select',
    { id: id('weight') },
    WEIGHT_BASES.map((w) => h('option', { value: w }, WEIGHT_LABELS[w])),
  );

  // Prefill from the initial rule, or sensible defaults for each kind.
  abstentionBlocks.checked = true;
  qmValue.value = '55';
  membersPct.value = '55';
  weightPct.value = '65';
  quotaPct.value = '50';
  weight.value = 'population';
  if (initial) {
    switch (initial.kind) {
      case 'consensus':
        maxAbstentions.value = initial.maxAbstentions?.toString() ?? '';
        break;
      case 'unanimity':
        abstentionBlocks.checked = initial.abstentionBlocks !== false;
        break;
      case 'simple-majority':
        quorumPct.value = initial.quorumPct?.toString() ?? '';
        break;
      case 'qualified-majority':
        qmMode.value = initial.yes !== undefined ? 'yes' : 'yesPct';
        qmValue.value = String(initial.yes ?? initial.yesPct);
        break;
      case 'double-majority':
        membersPct.value = String(initial.membersPct);
        weightPct.value = String(initial.weightPct);
        weight.value = initial.weight;
        break;
      case 'weighted-majority':
        quotaPct.value = String(initial.quotaPct);
        capPct.value = initial.capPct?.toString() ?? '';
        weight.value = initial.weight;
        break;
    }
  }

  // Built when shown: the weight select belongs to two kinds and can be in one place only.
  const groups: Record<DecisionRuleKind, () => HTMLElement> = {
    consensus: () =>
      h(
        'div',
        { class: 'controls' },
        field(
          'max-abstentions',
          'Most abstentions',
          maxAbstentions,
          'Optional: constructive abstentions allowed',
        ),
      ),
    unanimity: () =>
      h(
        'div',
        { class: 'controls' },
        h(
          'div',
          { class: 'field check-inline' },
          abstentionBlocks,
          h('label', { for: id('abstention-blocks') }, 'An abstention blocks'),
        ),
      ),
    'simple-majority': () =>
      h(
        'div',
        { class: 'controls' },
        field('quorum', 'Quorum %', quorumPct, 'Optional: share of members who must vote'),
      ),
    'qualified-majority': () =>
      h(
        'div',
        { class: 'controls' },
        field('qm-mode', 'Counted as', qmMode),
        field('qm-value', 'Needed', qmValue, 'Members voting yes'),
      ),
    'double-majority': () =>
      h(
        'div',
        { class: 'controls' },
        field('members-pct', 'Members %', membersPct),
        field('weight-pct', 'Weight %', weightPct),
        field('weight', 'Weight', weight),
      ),
    'weighted-majority': () =>
      h(
        'div',
        { class: 'controls' },
        field('quota-pct', 'Quota %', quotaPct),
        field('cap-pct', 'Cap %', capPct, 'Optional: no member above it'),
        field('weight', 'Weight', weight),
      ),
  };
  const params = h('div', { class: 'gov-rule-params' });
  const summary = h('p', { class: 'field-hint gov-rule-summary', 'aria-live': 'polite' });

  const num = (input: HTMLInputElement): number | undefined =>
    input.value.trim() === '' ? undefined : Number(input.value);

  const read = (): { rule: DecisionRule | null; problems: string[] } => {
    const problems: string[] = [];
    const pct = (input: HTMLInputElement, label: string, optional = false): number | undefined => {
      const v = num(input);
      if (v === undefined) {
        if (!optional) problems.push(`${label}: give a percentage`);
        return undefined;
      }
      if (!Number.isFinite(v) || v <= 0 || v > 100)
        problems.push(`${label}: must be more than 0 and at most 100`);
      return v;
    };
    const k = kind.value as DecisionRuleKind | '';
    let rule: DecisionRule | null = null;
    switch (k) {
      case '':
        return { rule: null, problems };
      case 'consensus': {
        const m = num(maxAbstentions);
        if (m !== undefined && (!Number.isInteger(m) || m < 0))
          problems.push('Most abstentions: must be a whole number, 0 or more');
        rule = m === undefined ? { kind: k } : { kind: k, maxAbstentions: m };
        break;
      }
      case 'unanimity':
        rule = abstentionBlocks.checked ? { kind: k } : { kind: k, abstentionBlocks: false };
        break;
      case 'simple-majority': {
        const q = pct(quorumPct, 'Quorum', true);
        rule = q === undefined ? { kind: k } : { kind: k, quorumPct: q };
        break;
      }
      case 'qualified-majority': {
        if (qmMode.value === 'yes') {
          const n = num(qmValue);
          if (n === undefined || !Number.isInteger(n) || n < 1)
            problems.push('Needed: give a whole number of members, 1 or more');
          rule = { kind: k, yes: n ?? 0 };
        } else rule = { kind: k, yesPct: pct(qmValue, 'Needed') ?? 0 };
        break;
      }
      case 'double-majority':
        rule = {
          kind: k,
          membersPct: pct(membersPct, 'Members %') ?? 0,
          weightPct: pct(weightPct, 'Weight %') ?? 0,
          weight: weight.value as WeightBasis,
        };
        break;
      case 'weighted-majority': {
        const cap = pct(capPct, 'Cap %', true);
        rule = {
          kind: k,
          weight: weight.value as WeightBasis,
          quotaPct: pct(quotaPct, 'Quota %') ?? 0,
          ...(cap === undefined ? {} : { capPct: cap }),
        };
        break;
      }
    }
    return problems.length ? { rule: null, problems } : { rule, problems };
  };

  let shown: DecisionRuleKind | '' | null = null;
  const refresh = (): void => {
    const k = kind.value as DecisionRuleKind | '';
    // Rebuilt only when the kind changes, so the field being typed in keeps its focus.
    if (k !== shown)
      params.replaceChildren(k ? groups[k]() : h('p', { class: 'field-hint' }, 'No parameters.'));
    shown = k;
    const { rule, problems } = read();
    summary.textContent = problems.length
      ? problems.join('; ')
      : rule
        ? describeRule(rule)
        : 'Without a rule, a proposal of this workstream cannot go to a vote unless it names its own.';
  };
  const element = h(
    'fieldset',
    { class: 'gov-rule-editor' },
    h('legend', {}, 'Decision rule'),
    h(
      'div',
      { class: 'controls' },
      h('div', { class: 'field' }, h('label', { for: id('kind') }, 'Kind'), kind),
    ),
    params,
    summary,
  );
  element.addEventListener('input', refresh);
  element.addEventListener('change', refresh);
  refresh();
  return { element, read };
}
