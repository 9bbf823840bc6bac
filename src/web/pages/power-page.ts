// Voting power: for a decision rule (a weighted quota, optionally capped, or a double majority)
// and a member set — typed in, or started from a coalition's member economies — the normalised
// Banzhaf and Shapley–Shubik indices per member against its weight share, who can block or pass
// alone, blocking pairs and warnings (POST /api/v1/power). Settings live in the URL, so a result
// can be shared; the page computes on load when the URL holds them.
import { api, ApiError, type ApiIssue } from '../api-client.ts';
import type { Coalition, CoalitionSummary, Source } from '../api-types.ts';
import { powerApi } from '../components/power-api.ts';
import { powerChart } from '../components/power-chart.ts';
import { downloadCsv, toCsv } from '../csv-file.ts';
import { h } from '../element.ts';
import { formatCompact, formatShare, formatValue } from '../format-value.ts';
import { announce, errorBlock, isAbort, loadingBlock } from '../page-status.ts';
import type {
  PowerAudit,
  PowerMember,
  PowerRequestBody,
  PowerRequestMember,
  PowerRule,
  PowerWeightBasis,
} from '../power-types.ts';
import { replaceQuery, type PageContext } from '../router.ts';
import { citationElement } from '../components/citation.ts';

type Basis = 'given' | PowerWeightBasis;
const BASES: readonly { value: Basis; label: string }[] = [
  { value: 'given', label: 'Weights as given in the list' },
  { value: 'population', label: 'Population (latest year)' },
  { value: 'gdp', label: 'GDP, current US$ (latest year)' },
  { value: 'equal', label: 'Equal (1 each)' },
];
const DEFAULT_WARN = '40';
const DEFAULT_MEMBERS_PCT = '55';
const DEFAULT_WEIGHT_PCT = '65';

/** One member as typed, with where it came from (for messages). */
interface ParsedMember extends PowerRequestMember {
  text: string;
}

/**
 * The member list as typed: entries separated by line breaks, commas or semicolons, each `CODE`,
 * `CODE=weight`, `CODE: weight` or `CODE weight`. Weights are plain numbers (no thousands
 * separators: a comma separates members).
 */
export function parseMembers(text: string): { members: ParsedMember[]; problems: string[] } {
  const members: ParsedMember[] = [];
  const problems: string[] = [];
  for (const raw of text.split(/[\n,;]+/)) {
    const entry = raw.trim();
    if (!entry) continue;
    const m = /^(.+?)\s*[=:]\s*(.*)$/.exec(entry) ?? /^(\S+)\s+([-+]?[\d._]+)$/.exec(entry);
    if (!m) {
      members.push({ member: entry, text: entry });
      continue;
    }
    const code = m[1]!.trim();
    const weightText = m[2]!.replace(/[_\s]/g, '');
    const weight = weightText === '' ? NaN : Number(weightText);
    if (!Number.isFinite(weight)) problems.push(`“${entry}”: the weight is not a number`);
    else members.push({ member: code, weight, text: entry });
  }
  return { members, problems };
}

/** The list as the URL keeps it: `USA=3,DEU=2` or `USA,DEU`. */
const membersParam = (members: readonly PowerRequestMember[]): string =>
  members.map((m) => (m.weight === undefined ? m.member : `${m.member}=${m.weight}`)).join(',');

/** A number field's value, or undefined when empty or not a number. */
const numberOf = (input: HTMLInputElement): number | undefined => {
  const v = input.value.trim();
  if (v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
};

/** The nodes that are there (replaceChildren takes no nulls). */
const present = (...nodes: (Node | null)[]): Node[] => nodes.filter((n): n is Node => n !== null);

const pctText = (share: number): string => formatShare(share * 100);

/** A weight as given or looked up: people compact, GDP in US$, given weights as written. */
function formatWeight(weight: number, basis: Basis): string {
  if (basis === 'gdp') return formatValue(weight, 'current US$');
  if (basis === 'population') return formatCompact(weight);
  return weight.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** A labelled field with a hint and a (hidden) error line, both tied to the control. */
function field(
  id: string,
  label: string,
  control: HTMLElement,
  hint: string | null,
  cls = 'field',
): HTMLElement {
  const described = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', described);
  return h(
    'div',
    { class: cls },
    h('label', { for: id }, label),
    control,
    hint ? h('span', { class: 'field-hint', id: `${id}-hint` }, hint) : null,
    h('p', { class: 'field-error', id: `${id}-error`, hidden: true }),
  );
}

const numberInput = (id: string, value: string, attrs: Record<string, string | number> = {}) =>
  h('input', {
    type: 'number',
    id,
    value,
    inputmode: 'decimal',
    step: 'any',
    autocomplete: 'off',
    ...attrs,
  });

/** The sources of looked-up weights: citation, publisher, licence and link. */
function sourcesSection(sources: readonly Source[], basis: Basis): HTMLElement {
  return h(
    'section',
    { class: 'sources power-sources', 'aria-labelledby': 'power-sources-heading' },
    h('h3', { id: 'power-sources-heading' }, `Sources of the weights (${sources.length})`),
    h(
      'p',
      { class: 'note' },
      `Weights by ${basis === 'gdp' ? 'GDP (current US$)' : basis}: each member’s latest year with a value, shown under its weight.`,
    ),
    h(
      'ol',
      {},
      sources.map((s) =>
        h(
          'li',
          { id: `source-${s.id}` },
          citationElement(s.citation),
          h(
            'span',
            { class: 'muted' },
            ` — ${s.publisher}${s.date ? `, ${s.date}` : ''}. Licence: ${s.licence}.`,
          ),
          s.url ? [' ', h('a', { href: s.url, rel: 'noopener' }, s.url)] : '',
        ),
      ),
    ),
  );
}

/** The thresholds in words: how many members and how much weight a decision needs. */
function thresholdSentence(audit: PowerAudit): string {
  const n = audit.members.length;
  const { members, weight } = audit.thresholds;
  const weightPart = `${weight.toLocaleString('en-US')} of the ${audit.totalUnits.toLocaleString('en-US')} weight units (${pctText(weight / audit.totalUnits)})`;
  const memberPart =
    members > 0 ? `at least ${members} of the ${n} members representing ` : 'at least ';
  return `A decision passes with ${memberPart}${weightPart}.`;
}

const badge = (cls: string, text: string) => h('span', { class: `badge ${cls}` }, text);

/** Per member: weight, shares, both indices and power/weight, with block/pass badges. */
function powerTable(audit: PowerAudit, basis: Basis): HTMLElement {
  const blocks = new Set(audit.blocking.canBlockAlone);
  const passes = new Set(audit.blocking.canPassAlone);
  const dummies = new Set(
    audit.warnings.filter((w) => w.code === 'dummy' && w.member).map((w) => w.member!),
  );
  const capped = audit.members.some((m) => m.cappedWeight !== null);
  const row = (m: PowerMember) =>
    h(
      'tr',
      { 'data-member': m.member },
      h(
        'th',
        { scope: 'row' },
        h('span', { class: 'power-member-name' }, m.name ?? m.member),
        m.name ? h('span', { class: 'sub code' }, m.member) : null,
        // Narrow screens hide the weight column and show the weight here.
        h(
          'span',
          { class: 'sub power-row-weight' },
          `${formatWeight(m.weight, basis)}${m.year !== null ? ` · ${m.year}` : ''}`,
        ),
        blocks.has(m.member) || passes.has(m.member) || dummies.has(m.member)
          ? h(
              'span',
              { class: 'power-badges' },
              passes.has(m.member) ? badge('power-badge-pass', 'Can pass alone') : null,
              blocks.has(m.member) ? badge('power-badge-block', 'Can block alone') : null,
              dummies.has(m.member) ? badge('power-badge-dummy', 'Never decisive') : null,
            )
          : null,
      ),
      h(
        'td',
        { class: 'num power-weight-col', 'data-col': 'weight' },
        formatWeight(m.weight, basis),
        m.year !== null ? h('span', { class: 'year' }, String(m.year)) : null,
        m.cappedWeight !== null
          ? h('span', { class: 'sub' }, `capped: ${formatWeight(m.cappedWeight, basis)}`)
          : null,
      ),
      h('td', { class: 'num', 'data-col': 'weight-share' }, pctText(m.weightShare)),
      h('td', { class: 'num', 'data-col': 'banzhaf' }, pctText(m.banzhaf)),
      h('td', { class: 'num', 'data-col': 'shapley-shubik' }, pctText(m.shapleyShubik)),
      h(
        'td',
        { class: 'num', 'data-col': 'power-to-weight' },
        m.powerToWeight === null ? '—' : m.powerToWeight.toFixed(2),
      ),
    );
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'data-table power-table' },
      h(
        'caption',
        {},
        `Voting power of ${audit.members.length} member${audit.members.length === 1 ? '' : 's'}: ${audit.rule}. Shares are of the ${capped ? 'capped ' : ''}weight; indices are normalised to add up to 100%.`,
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h(
            'th',
            { scope: 'col' },
            'Member',
            h('span', { class: 'power-row-weight' }, 'and weight'),
          ),
          h('th', { scope: 'col', class: 'num power-weight-col' }, 'Weight'),
          h('th', { scope: 'col', class: 'num' }, 'Weight share'),
          h('th', { scope: 'col', class: 'num' }, 'Banzhaf'),
          h('th', { scope: 'col', class: 'num' }, 'Shapley–', h('wbr'), 'Shubik'),
          h('th', { scope: 'col', class: 'num' }, 'Power / weight'),
        ),
      ),
      h('tbody', {}, audit.members.map(row)),
    ),
  );
}

/** The table as CSV: one row per member, numbers at full precision. */
function powerCsv(audit: PowerAudit, basis: Basis): string {
  const blocks = new Set(audit.blocking.canBlockAlone);
  const passes = new Set(audit.blocking.canPassAlone);
  return toCsv(
    [
      'member',
      'name',
      'weight_basis',
      'weight',
      'weight_year',
      'capped_weight',
      'units',
      'weight_share',
      'banzhaf',
      'shapley_shubik',
      'power_to_weight',
      'can_block_alone',
      'can_pass_alone',
      'rule',
    ],
    audit.members.map((m) => [
      m.member,
      m.name,
      basis,
      m.weight,
      m.year,
      m.cappedWeight,
      m.units,
      m.weightShare,
      m.banzhaf,
      m.shapleyShubik,
      m.powerToWeight,
      blocks.has(m.member) ? 'yes' : 'no',
      passes.has(m.member) ? 'yes' : 'no',
      audit.rule,
    ]),
  );
}

/** Who can pass or block alone, and the pairs that block together. */
function blockingSection(audit: PowerAudit): HTMLElement {
  const names = new Map(audit.members.map((m) => [m.member, m.name ?? m.member]));
  const who = (codes: readonly string[]): string =>
    codes.length === 0 ? 'No one' : codes.map((c) => `${names.get(c) ?? c} (${c})`).join(', ');
  const pairs = audit.blocking.blockingPairs;
  return h(
    'section',
    { class: 'power-blocking', 'aria-labelledby': 'power-blocking-heading' },
    h('h3', { id: 'power-blocking-heading' }, 'Blocking'),
    h(
      'dl',
      { class: 'facts power-facts' },
      h(
        'div',
        { 'data-fact': 'can-pass-alone' },
        h('dt', {}, 'Can pass alone'),
        h('dd', {}, who(audit.blocking.canPassAlone)),
      ),
      h(
        'div',
        { 'data-fact': 'can-block-alone' },
        h('dt', {}, 'Can block alone'),
        h('dd', {}, who(audit.blocking.canBlockAlone)),
      ),
      h(
        'div',
        { 'data-fact': 'blocking-pairs', class: 'power-pairs-fact' },
        h('dt', {}, `Blocking pairs (${pairs.length})`),
        h(
          'dd',
          {},
          pairs.length === 0
            ? audit.blocking.canBlockAlone.length > 0
              ? 'None besides the pairs with a member who blocks alone.'
              : 'None: no two members can block together.'
            : h(
                'ul',
                { class: 'power-pairs' },
                pairs.map(([a, b]) => h('li', { 'data-pair': `${a}+${b}` }, `${a} + ${b}`)),
              ),
        ),
      ),
    ),
  );
}

export async function powerPage({ root, query, signal }: PageContext): Promise<void> {
  document.title = 'Voting power — techalliance';
  const resultBox = h('div', { class: 'analysis-content', id: 'power-result' });
  const coalitionHint = h(
    'span',
    { class: 'field-hint', id: 'power-coalition-hint' },
    'Fills the list with the coalition’s member-tier economies. The EU and other non-economies are left out: population and GDP are looked up per economy, and the EU’s members can be listed themselves.',
  );
  const coalitionSelect = h(
    'select',
    { id: 'power-coalition', disabled: true, 'aria-describedby': 'power-coalition-hint' },
    h('option', { value: '' }, 'Loading coalitions…'),
  );
  const rule = h(
    'select',
    { id: 'power-rule' },
    h('option', { value: 'weighted' }, 'Weighted majority (a quota)'),
    h('option', { value: 'double-majority' }, 'Double majority (members + weight)'),
  );
  rule.value = query.get('rule') === 'double-majority' ? 'double-majority' : 'weighted';
  const membersInput = h('textarea', {
    id: 'power-members',
    rows: 5,
    spellcheck: 'false',
    autocomplete: 'off',
    placeholder: 'USA=3\nDEU=2\nFRA=1\nITA=1',
  });
  membersInput.value = (query.get('members') ?? '').split(',').join('\n');
  /** Shows up to 12 lines of the list without scrolling. */
  const fitRows = (): void => {
    membersInput.rows = Math.min(12, Math.max(5, membersInput.value.split('\n').length));
  };
  fitRows();
  const basis = h(
    'select',
    { id: 'power-basis' },
    BASES.map((b) => h('option', { value: b.value }, b.label)),
  );
  const wantedBasis = query.get('basis');
  basis.value = BASES.some((b) => b.value === wantedBasis) ? wantedBasis! : 'given';
  const quota = numberInput('power-quota', query.get('quotaPct') ?? query.get('quota') ?? '', {
    min: 0,
  });
  const quotaUnit = h(
    'select',
    { id: 'power-quota-unit', 'aria-label': 'Quota unit' },
    h('option', { value: 'units' }, 'weight units'),
    h('option', { value: 'pct' }, '% of the weight'),
  );
  quotaUnit.value = query.has('quotaPct') ? 'pct' : 'units';
  const cap = numberInput('power-cap', query.get('cap') ?? '', { min: 0, max: 100 });
  const membersPct = numberInput(
    'power-members-pct',
    query.get('membersPct') ?? DEFAULT_MEMBERS_PCT,
    { min: 0, max: 100 },
  );
  const weightPct = numberInput('power-weight-pct', query.get('weightPct') ?? DEFAULT_WEIGHT_PCT, {
    min: 0,
    max: 100,
  });
  const warn = numberInput('power-warn', query.get('warn') ?? DEFAULT_WARN, { min: 0, max: 100 });
  const submit = h('button', { type: 'submit', class: 'button' }, 'Compute voting power');

  const quotaField = h(
    'div',
    { class: 'field power-quota-field' },
    h('label', { for: 'power-quota' }, 'Quota'),
    h('div', { class: 'power-inline' }, quota, quotaUnit),
    h(
      'span',
      { class: 'field-hint', id: 'power-quota-hint' },
      'What a decision needs: weight units (4 of 7), or a % of the total weight (with a cap, give a %).',
    ),
    h('p', { class: 'field-error', id: 'power-quota-error', hidden: true }),
  );
  quota.setAttribute('aria-describedby', 'power-quota-hint power-quota-error');
  const weightedFields = h(
    'div',
    { class: 'controls', 'data-rule': 'weighted' },
    quotaField,
    field(
      'power-cap',
      'Cap per member (%)',
      cap,
      'Optional: no member above this share of the weight; the rest is shared out.',
      'field field-narrow',
    ),
  );
  const doubleFields = h(
    'div',
    { class: 'controls', 'data-rule': 'double-majority' },
    field(
      'power-members-pct',
      'Members (%)',
      membersPct,
      'Share of the members a decision needs.',
      'field field-narrow',
    ),
    field(
      'power-weight-pct',
      'Weight (%)',
      weightPct,
      'Share of the weight they must represent.',
      'field field-narrow',
    ),
  );
  const showRule = (): void => {
    weightedFields.hidden = rule.value !== 'weighted';
    doubleFields.hidden = rule.value !== 'double-majority';
  };
  rule.addEventListener('change', showRule);
  showRule();

  /** Where each request field is shown, for the API's issues. */
  const fieldFor = (path: string): { input: HTMLElement; label: string } | null => {
    const head = path.split('.')[0];
    switch (head) {
      case 'rule':
        return { input: rule, label: 'Rule' };
      case 'members':
        return { input: membersInput, label: 'Members' };
      case 'weight':
        return { input: basis, label: 'Weight basis' };
      case 'quota':
      case 'quotaPct':
        return { input: quota, label: 'Quota' };
      case 'capPct':
        return { input: cap, label: 'Cap per member' };
      case 'membersPct':
        return { input: membersPct, label: 'Members (%)' };
      case 'weightPct':
        return { input: weightPct, label: 'Weight (%)' };
      case 'maxPowerShare':
        return { input: warn, label: 'Warning level' };
      case undefined:
      default:
        return null;
    }
  };
  const allInputs = [rule, membersInput, basis, quota, cap, membersPct, weightPct, warn];
  const clearErrors = (): void => {
    for (const input of allInputs) {
      input.removeAttribute('aria-invalid');
      const error = document.getElementById(`${input.id}-error`);
      if (error) {
        error.hidden = true;
        error.textContent = '';
      }
    }
  };

  /** Marks the fields the issues name and returns the issues in words, the field first. */
  const showIssues = (issues: readonly ApiIssue[], sent: readonly PowerRequestMember[]) => {
    const lines: HTMLElement[] = [];
    for (const issue of issues) {
      const target = fieldFor(issue.path);
      const index = /^members\.(\d+)\./.exec(issue.path);
      const who = index ? sent[Number(index[1])]?.member : undefined;
      const message = who ? `${who}: ${issue.message}` : issue.message;
      if (target) {
        target.input.setAttribute('aria-invalid', 'true');
        const error = document.getElementById(`${target.input.id}-error`);
        if (error) {
          error.hidden = false;
          error.textContent = error.textContent ? `${error.textContent}; ${message}` : message;
        }
      }
      lines.push(
        h(
          'li',
          { 'data-path': issue.path },
          target
            ? [h('a', { href: `#${target.input.id}` }, target.label), ` (${issue.path}): `]
            : `${issue.path}: `,
          message,
        ),
      );
    }
    return lines.length ? h('ul', { class: 'power-issues' }, lines) : null;
  };

  let lastAudit: { audit: PowerAudit; basis: Basis } | null = null;
  let sequence = 0;
  const run = async (): Promise<void> => {
    const mine = ++sequence;
    clearErrors();
    const parsed = parseMembers(membersInput.value);
    const chosenBasis = basis.value as Basis;
    const lookup = chosenBasis !== 'given';
    // With a weight basis the weights are looked up: weights written in the list are set aside.
    const ignoredWeights = lookup && parsed.members.some((m) => m.weight !== undefined);
    const members: PowerRequestMember[] = parsed.members.map((m) =>
      lookup || m.weight === undefined
        ? { member: m.member }
        : { member: m.member, weight: m.weight },
    );
    const ruleValue = rule.value as PowerRule;
    const quotaValue = numberOf(quota);
    const warnValue = numberOf(warn);
    replaceQuery({
      rule: ruleValue,
      from: coalitionSelect.value || null,
      members: membersParam(parsed.members),
      basis: chosenBasis === 'given' ? null : chosenBasis,
      quota: ruleValue === 'weighted' && quotaUnit.value === 'units' ? quota.value.trim() : null,
      quotaPct: ruleValue === 'weighted' && quotaUnit.value === 'pct' ? quota.value.trim() : null,
      cap: ruleValue === 'weighted' ? cap.value.trim() : null,
      membersPct: ruleValue === 'double-majority' ? membersPct.value.trim() : null,
      weightPct: ruleValue === 'double-majority' ? weightPct.value.trim() : null,
      warn: warn.value.trim() === DEFAULT_WARN ? null : warn.value.trim(),
    });
    if (parsed.problems.length > 0) {
      membersInput.setAttribute('aria-invalid', 'true');
      const error = document.getElementById('power-members-error')!;
      error.hidden = false;
      error.textContent = parsed.problems.join('; ');
      resultBox.replaceChildren(
        errorBlock(
          'The member list could not be read',
          new Error(`Members: ${parsed.problems.join('; ')}.`),
        ),
      );
      return;
    }
    const body: PowerRequestBody = { rule: ruleValue, members };
    if (lookup) body.weight = chosenBasis;
    if (warnValue !== undefined) body.maxPowerShare = warnValue / 100;
    if (ruleValue === 'weighted') {
      if (quotaValue !== undefined) {
        if (quotaUnit.value === 'pct') body.quotaPct = quotaValue;
        else body.quota = quotaValue;
      }
      const capValue = numberOf(cap);
      if (capValue !== undefined) body.capPct = capValue;
    } else {
      const m = numberOf(membersPct);
      const w = numberOf(weightPct);
      if (m !== undefined) body.membersPct = m;
      if (w !== undefined) body.weightPct = w;
    }
    submit.disabled = true;
    resultBox.setAttribute('aria-busy', 'true');
    if (!resultBox.firstChild) resultBox.append(loadingBlock('the voting power'));
    let audit: PowerAudit;
    try {
      audit = await powerApi.audit(body, signal);
    } catch (e) {
      if (isAbort(e) || mine !== sequence) return;
      submit.disabled = false;
      resultBox.removeAttribute('aria-busy');
      lastAudit = null;
      const block = errorBlock('The voting power could not be computed', e);
      if (e instanceof ApiError) {
        const list = showIssues(e.issues, members);
        if (list) block.append(list);
      }
      resultBox.replaceChildren(block);
      return;
    }
    if (mine !== sequence || signal.aborted) return;
    submit.disabled = false;
    resultBox.removeAttribute('aria-busy');
    lastAudit = { audit, basis: chosenBasis };
    renderResult(audit, chosenBasis, warnValue ?? Number(DEFAULT_WARN), ignoredWeights);
    announce(
      `Voting power of ${audit.members.length} members computed; ${audit.warnings.length} warning${audit.warnings.length === 1 ? '' : 's'}.`,
    );
  };

  const chartBox = h('div', { class: 'chart-wide power-chart' });
  let drawChart: () => void = () => {};
  const renderResult = (
    audit: PowerAudit,
    chosenBasis: Basis,
    warningPct: number,
    ignoredWeights: boolean,
  ): void => {
    const warnings =
      audit.warnings.length === 0
        ? h(
            'div',
            { class: 'notice notice-success power-warnings', 'data-warnings': '0' },
            h(
              'p',
              {},
              `No warnings: no member can pass or block alone, none holds more than ${warningPct}% of the power, and every member’s vote can matter.`,
            ),
          )
        : h(
            'div',
            {
              class: 'notice power-warnings',
              'data-warnings': String(audit.warnings.length),
              role: 'region',
              'aria-labelledby': 'power-warnings-title',
            },
            h(
              'p',
              { class: 'notice-title', id: 'power-warnings-title' },
              `Warnings (${audit.warnings.length})`,
            ),
            h(
              'ul',
              {},
              audit.warnings.map((w) =>
                h(
                  'li',
                  { 'data-warning': w.code, ...(w.member ? { 'data-member': w.member } : {}) },
                  w.message,
                ),
              ),
            ),
          );
    const csvButton = h(
      'button',
      {
        type: 'button',
        class: 'button button-quiet button-small',
        onClick: () => {
          if (!lastAudit) return;
          downloadCsv(
            `voting-power-${audit.members.length}-members.csv`,
            powerCsv(lastAudit.audit, lastAudit.basis),
          );
        },
      },
      'Download CSV',
    );
    drawChart = () => {
      const style = getComputedStyle(chartBox);
      const inner =
        chartBox.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const width = Math.max(
        280,
        Math.min(1200, Number.isFinite(inner) && inner > 0 ? inner : 600),
      );
      chartBox.replaceChildren(
        powerChart(audit.members, {
          width,
          warningPct,
          title: `Weight share, Banzhaf and Shapley–Shubik index per member (${audit.rule})`,
        }),
      );
    };
    resultBox.replaceChildren(
      ...present(
        h(
          'p',
          { class: 'power-summary' },
          h('strong', {}, `${audit.rule}.`),
          ' ',
          thresholdSentence(audit),
          audit.scaled
            ? ' The weights were scaled to whole units adding up to about 100,000 for the exact count.'
            : '',
        ),
        ignoredWeights
          ? h(
              'p',
              { class: 'note' },
              `The weights written in the member list were set aside: with “${BASES.find((b) => b.value === chosenBasis)!.label}” the weights are looked up.`,
            )
          : null,
        warnings,
        h('h3', { class: 'chart-title', id: 'power-chart-heading' }, 'Weight against power'),
        h(
          'p',
          { class: 'note', id: 'power-chart-note' },
          `Per member: its share of the weight (grey) and of the voting power by the two indices. The dashed line is the warning level (${warningPct}%). The table below holds the same figures.`,
        ),
        chartBox,
        h(
          'div',
          { class: 'power-table-head' },
          h('h3', { id: 'power-table-heading' }, 'Per member'),
          csvButton,
        ),
        powerTable(audit, chosenBasis),
        h(
          'p',
          { class: 'note power-legend' },
          'Banzhaf: how often a member’s vote turns a losing coalition into a winning one, over all coalitions. Shapley–Shubik: how often it is the pivotal vote, over all orders of voting. Power / weight above 1: more power than weight.',
        ),
        blockingSection(audit),
        audit.sources.length > 0 ? sourcesSection(audit.sources, chosenBasis) : null,
      ),
    );
    chartBox.setAttribute('aria-labelledby', 'power-chart-heading');
    chartBox.setAttribute('aria-describedby', 'power-chart-note');
    chartBox.setAttribute('role', 'group');
    drawChart();
  };

  let resizeTimer = 0;
  const onResize = (): void => {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      if (chartBox.isConnected) drawChart();
    }, 150);
  };
  window.addEventListener('resize', onResize);
  signal.addEventListener('abort', () => window.removeEventListener('resize', onResize));

  /** Puts the coalition's member-tier economies in the list; says who was left out. */
  const fillFromCoalition = (coalition: Coalition): void => {
    const members = coalition.participants.filter((p) => p.tier === 'member');
    const economies = members.filter((p) => p.kind === 'economy');
    const left = members.filter((p) => p.kind !== 'economy');
    membersInput.value = economies.map((p) => p.code).join('\n');
    fitRows();
    if (basis.value === 'given') basis.value = 'population';
    coalitionHint.textContent =
      `${coalition.name}: ${economies.length} member econom${economies.length === 1 ? 'y' : 'ies'} filled in` +
      (left.length ? `; left out: ${left.map((p) => `${p.name} (${p.code})`).join(', ')}.` : '.') +
      ' Weights are looked up by the weight basis.';
    announce(coalitionHint.textContent);
  };
  const loadCoalition = async (code: string): Promise<void> => {
    coalitionSelect.disabled = true;
    try {
      fillFromCoalition(await api.coalition(code, signal));
    } finally {
      coalitionSelect.disabled = false;
    }
  };
  coalitionSelect.addEventListener('change', () => {
    if (!coalitionSelect.value) return;
    void loadCoalition(coalitionSelect.value).catch((e: unknown) => {
      if (!isAbort(e))
        resultBox.replaceChildren(errorBlock('The coalition could not be loaded', e));
    });
  });
  // Editing the list by hand means it is no longer the coalition's.
  membersInput.addEventListener('input', () => {
    coalitionSelect.value = '';
  });

  const form = h(
    'form',
    { class: 'power-form', novalidate: true, 'aria-label': 'Decision rule and members' },
    h(
      'div',
      { class: 'controls' },
      field('power-rule', 'Rule', rule, null, 'field field-wide'),
      h(
        'div',
        { class: 'field field-wide' },
        h('label', { for: 'power-coalition' }, 'Start from a coalition'),
        coalitionSelect,
        coalitionHint,
      ),
    ),
    h(
      'div',
      { class: 'controls power-members-row' },
      field(
        'power-members',
        'Members',
        membersInput,
        'One per line as CODE=weight (USA=3), or a comma list (USA=3, DEU=2). With a weight basis, codes alone (ISO3: USA, DEU).',
        'field field-wide',
      ),
      h(
        'div',
        { class: 'power-side' },
        field('power-basis', 'Weight basis', basis, null),
        field(
          'power-warn',
          'Warning level (% of power)',
          warn,
          'Warn about a member above this share.',
          'field',
        ),
      ),
    ),
    weightedFields,
    doubleFields,
    h('div', { class: 'button-row' }, submit),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });

  root.append(
    h('h1', { tabindex: '-1' }, 'Voting power'),
    h(
      'p',
      { class: 'lede' },
      'How much say each member has under a decision rule — which is not its share of the weight. For a weighted quota (optionally with a cap) or a double majority: each member’s Banzhaf and Shapley–Shubik power index against its weight, who can pass or block alone, which pairs block together, and warnings.',
    ),
    form,
    h(
      'section',
      { class: 'analysis power-result', 'aria-labelledby': 'power-result-heading' },
      h('h2', { id: 'power-result-heading' }, 'Result'),
      resultBox,
    ),
  );

  let coalitions: CoalitionSummary[] = [];
  try {
    coalitions = (await api.coalitions(signal)).items;
  } catch (e) {
    if (isAbort(e)) return;
    coalitionHint.textContent = 'The coalitions could not be loaded: type the members instead.';
  }
  coalitionSelect.replaceChildren(
    h('option', { value: '' }, coalitions.length ? 'None (type the members)' : 'None available'),
    ...coalitions.map((c) => h('option', { value: c.code }, `${c.name} (${c.code})`)),
  );
  coalitionSelect.disabled = coalitions.length === 0;
  const from = query.get('from');
  if (from && coalitions.some((c) => c.code === from)) coalitionSelect.value = from;

  const hasSettings = query.has('members') || query.has('from');
  if (!hasSettings) {
    resultBox.replaceChildren(
      h(
        'p',
        { class: 'muted' },
        'Give the members and the rule above, or start from a coalition, then compute. Example: USA=3, DEU=2, FRA=1, ITA=1 with a quota of 4 weight units.',
      ),
    );
    return;
  }
  if (!query.has('members') && coalitionSelect.value) {
    try {
      const wanted = query.get('basis');
      await loadCoalition(coalitionSelect.value);
      // The URL's basis wins over the one filling in suggests.
      if (wanted && BASES.some((b) => b.value === wanted)) basis.value = wanted;
    } catch (e) {
      if (isAbort(e)) return;
      resultBox.replaceChildren(errorBlock('The coalition could not be loaded', e));
      return;
    }
  }
  await run();
}
