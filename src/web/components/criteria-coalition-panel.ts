// A coalition against a criteria set: members and partners who fail (and what), partners who
// qualify as members, outsiders who qualify (with their tier), and participants not evaluated.
import type {
  CoalitionCheckReport,
  CriterionEvidence,
  ParticipantFinding,
} from '../criteria-types.ts';
import { h } from '../element.ts';
import type { IndicatorLookup } from './criteria-evidence.ts';
import {
  RESULT_LABELS,
  comparedText,
  missingShort,
  shortValue,
  statedThreshold,
} from './criteria-format.ts';

const economyLink = (iso3: string, name: string): HTMLElement =>
  h('a', { href: `#/economies/${iso3}` }, name);

/** "Rule of law: 0.39 in 2023, needs ≥ 0.80" or "GDP …: no value". */
function criterionLine(c: CriterionEvidence, indicator: IndicatorLookup): HTMLElement {
  const unit = indicator(c.indicator).unit;
  let detail: string;
  if (c.outcome === 'missing') detail = `missing (${missingShort(c)})`;
  else {
    const compared = comparedText(c, unit) ?? (c.value === null ? '—' : shortValue(c.value, unit));
    detail = `${compared}${c.year === null ? '' : ` in ${c.year}`}, needs ${statedThreshold(c, unit)}`;
  }
  return h('li', {}, h('strong', {}, c.label), `: ${detail}`);
}

function findingItem(f: ParticipantFinding, indicator: IndicatorLookup): HTMLElement {
  return h(
    'li',
    { 'data-iso3': f.iso3 },
    economyLink(f.iso3, f.name),
    f.outcome === 'fail'
      ? ` fails the ${f.tier} tier (result: ${RESULT_LABELS[f.result].toLowerCase()})`
      : ` is undetermined for the ${f.tier} tier (data missing)`,
    h(
      'ul',
      { class: 'criteria-finding-criteria' },
      f.criteria.map((c) => criterionLine(c, indicator)),
    ),
  );
}

function card(
  id: string,
  title: string,
  count: number,
  empty: string,
  ...content: (Node | Node[])[]
): HTMLElement {
  return h(
    'section',
    { class: 'card criteria-finding', 'aria-labelledby': id, 'data-finding': id },
    h('h3', { id }, `${title} (${count})`),
    count === 0 ? h('p', { class: 'muted' }, empty) : content,
  );
}

/** The panel "G7 against the default criteria". */
export function criteriaCoalitionPanel(
  report: CoalitionCheckReport,
  setCode: string,
  asOf: number,
  indicator: IndicatorLookup,
): HTMLElement {
  const { check } = report;
  const outsiders = [...check.outsiders].sort((a, b) => a.name.localeCompare(b.name));
  const asMembers = outsiders.filter((o) => o.qualifiesAs === 'member');
  const asPartners = outsiders.filter((o) => o.qualifiesAs === 'partner');
  const outsiderList = (items: typeof check.outsiders): HTMLElement =>
    h(
      'ul',
      { class: 'criteria-inline-list' },
      items.map((o) =>
        h(
          'li',
          { 'data-iso3': o.iso3 },
          economyLink(o.iso3, o.name),
          o.result === 'undetermined'
            ? h('span', { class: 'muted' }, ' (higher tier undetermined)')
            : '',
        ),
      ),
    );
  const notEvaluated = [
    ...report.notEvaluated.map((n) => ({ code: n.code, reason: n.reason })),
    ...check.notChecked.map((n) => ({ code: n.iso3, reason: `${n.tier}: ${n.reason}` })),
  ];
  return h(
    'section',
    { class: 'criteria-coalition', 'aria-labelledby': 'criteria-coalition-heading' },
    h('h2', { id: 'criteria-coalition-heading' }, `${report.code} against the ${setCode} criteria`),
    h(
      'p',
      { class: 'muted' },
      `${report.name}: its members checked against the member tier and its partners against the partner tier, with data up to ${asOf}.`,
    ),
    h(
      'div',
      { class: 'criteria-findings' },
      card(
        'finding-members',
        'Members who fail',
        check.members.length,
        'Every member meets the member tier.',
        h(
          'ul',
          { class: 'criteria-finding-list' },
          check.members.map((f) => findingItem(f, indicator)),
        ),
      ),
      card(
        'finding-partners',
        'Partners who fail',
        check.partners.length,
        'No partner fails its tier (partners that pass the member tier meet it too).',
        h(
          'ul',
          { class: 'criteria-finding-list' },
          check.partners.map((f) => findingItem(f, indicator)),
        ),
      ),
      card(
        'finding-upgrades',
        'Partners qualifying as members',
        check.partnersQualifyingAsMembers.length,
        'No partner passes the member tier.',
        h(
          'ul',
          { class: 'criteria-inline-list' },
          check.partnersQualifyingAsMembers.map((p) =>
            h('li', { 'data-iso3': p.iso3 }, economyLink(p.iso3, p.name)),
          ),
        ),
      ),
      card(
        'finding-not-evaluated',
        'Not evaluated',
        notEvaluated.length,
        'Every participant is an economy the criteria evaluate.',
        h(
          'ul',
          { class: 'criteria-finding-list' },
          notEvaluated.map((n) =>
            h('li', { 'data-code': n.code }, h('strong', {}, n.code), ` — ${n.reason}`),
          ),
        ),
      ),
      card(
        'finding-outsiders',
        'Outsiders who qualify',
        check.outsiders.length,
        'No economy outside the coalition passes a tier.',
        asMembers.length > 0
          ? [h('h4', {}, `As members (${asMembers.length})`), outsiderList(asMembers)]
          : [],
        asPartners.length > 0
          ? [h('h4', {}, `As partners (${asPartners.length})`), outsiderList(asPartners)]
          : [],
      ),
    ),
  );
}
