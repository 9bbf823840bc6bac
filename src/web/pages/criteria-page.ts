// The membership criteria page: a criteria set evaluated over every economy, with evidence per
// criterion, filters (result, region, name), a coalition compared with the set, and a CSV of the
// table. Every choice lives in the URL query.
import { ApiError, api } from '../api-client.ts';
import type { CatalogueEntry, Economy } from '../api-types.ts';
import { criteriaApi, criteriaSetUrl } from '../components/criteria-api.ts';
import { criteriaCoalitionPanel } from '../components/criteria-coalition-panel.ts';
import { criteriaCsv } from '../components/criteria-csv.ts';
import type { IndicatorLookup } from '../components/criteria-evidence.ts';
import { RESULT_LABELS, RESULT_ORDER, resultCount } from '../components/criteria-format.ts';
import {
  compareEvaluations,
  criteriaTableView,
  type CriteriaSortKey,
  type CriteriaTableView,
  type CriterionColumn,
  type SortDirection,
} from '../components/criteria-table.ts';
import type {
  CoalitionChoice,
  CriteriaEvaluationReport,
  CriteriaResult,
  CriteriaSetJson,
  CriteriaSetSummary,
  CriteriaTier,
  EconomyEvaluation,
  RuleNode,
} from '../criteria-types.ts';
import { downloadCsv } from '../csv-file.ts';
import { h } from '../element.ts';
import { announce, errorBlock, isAbort, loadingBlock } from '../page-status.ts';
import { replaceQuery, type PageContext } from '../router.ts';

/** The order the summary line names the results in. */
const SUMMARY_ORDER: readonly CriteriaResult[] = [
  'eligible_member',
  'eligible_partner',
  'not_eligible',
  'undetermined',
];

const option = (value: string, label: string, selected: boolean): HTMLOptionElement =>
  h('option', { value, selected }, label);

const field = (id: string, label: string, control: HTMLElement, className = 'field'): HTMLElement =>
  h('div', { class: className }, h('label', { for: id }, label), control);

/** The result of a call, or the error it failed with (an abort still throws). */
async function soft<T>(p: Promise<T>): Promise<T | Error> {
  try {
    return await p;
  } catch (e) {
    if (isAbort(e)) throw e;
    return e instanceof Error ? e : new Error(String(e));
  }
}

/** The criteria of one tier in tree order, each with the label of the combinator above it. */
function columnsOf(set: CriteriaSetJson, tier: CriteriaTier): CriterionColumn[] {
  const columns: CriterionColumn[] = [];
  const walk = (node: RuleNode, group: string | null): void => {
    if (node.kind === 'criterion') {
      columns.push({ ...node, group, rationale: node.rationale });
      return;
    }
    const children = node.kind === 'weighted' ? node.children.map((c) => c.node) : node.children;
    for (const child of children) walk(child, node.label);
  };
  // The tier's root is the tier itself ("Member"): its children are not grouped under it.
  const root = set.tiers[tier];
  if (root?.kind === 'criterion') walk(root, null);
  else if (root) {
    const children = root.kind === 'weighted' ? root.children.map((c) => c.node) : root.children;
    for (const child of children) walk(child, null);
  }
  return columns;
}

/** Without the set's JSON: the criteria of a tier in the order the evidence lists them. */
const columnsFromEvidence = (e: EconomyEvaluation | undefined, tier: CriteriaTier) =>
  (e?.criteria ?? [])
    .filter((c) => c.tier === tier)
    .map((c): CriterionColumn => ({ ...c, group: null, rationale: null }));

function regionOptions(economies: readonly Economy[], selected: string): HTMLElement[] {
  const regions = new Map<string, Set<string>>();
  for (const e of economies) {
    if (!e.region) continue;
    const subs = regions.get(e.region) ?? new Set<string>();
    if (e.subregion) subs.add(e.subregion);
    regions.set(e.region, subs);
  }
  return [
    option('', 'All regions', selected === ''),
    ...[...regions.keys()].sort().map((region) =>
      h(
        'optgroup',
        { label: region },
        option(region, `All of ${region}`, selected === region),
        [...regions.get(region)!].sort().map((sub) => option(sub, sub, selected === sub)),
      ),
    ),
  ];
}

/** Lower case without diacritics, so that "cote" finds "Côte d’Ivoire". */
const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase();

const isResult = (v: string | null): v is CriteriaResult =>
  v !== null && (RESULT_ORDER as readonly string[]).includes(v);

export async function criteriaPage({ root, query, signal }: PageContext): Promise<void> {
  document.title = 'Membership criteria — techalliance';
  const sort: { key: CriteriaSortKey; direction: SortDirection } = {
    key: query.get('sort') === 'result' ? 'result' : 'name',
    direction: query.get('dir') === 'descending' ? 'descending' : 'ascending',
  };
  const state = {
    set: query.get('set') || 'default',
    asOf: /^\d{4}$/.test(query.get('asOf') ?? '') ? query.get('asOf')! : '',
    coalition: query.get('coalition') ?? '',
    sort,
  };
  const requestedResult = query.get('result');

  const setSelect = h(
    'select',
    { id: 'criteria-set', name: 'set', disabled: true },
    option(state.set, state.set, true),
  );
  const asOfInput = h('input', {
    id: 'criteria-asof',
    type: 'number',
    name: 'asOf',
    min: 1990,
    max: 2100,
    step: 1,
    inputmode: 'numeric',
    placeholder: 'latest',
    value: state.asOf,
    'aria-describedby': 'criteria-asof-hint',
  });
  const asOfHint = h(
    'p',
    { id: 'criteria-asof-hint', class: 'field-hint visually-hidden' },
    'Empty for the latest data',
  );
  const coalitionSelect = h(
    'select',
    { id: 'criteria-coalition', name: 'coalition', disabled: true },
    option('', 'None', state.coalition === ''),
    state.coalition ? option(state.coalition, state.coalition, true) : null,
  );
  const resultSelect = h(
    'select',
    { id: 'criteria-result', name: 'result' },
    option('', 'All results', !isResult(requestedResult)),
    RESULT_ORDER.map((r) => option(r, RESULT_LABELS[r], requestedResult === r)),
  );
  const regionSelect = h(
    'select',
    { id: 'criteria-region', name: 'region', disabled: true },
    option(query.get('region') ?? '', query.get('region') || 'All regions', true),
  );
  const search = h('input', {
    id: 'criteria-search',
    type: 'search',
    name: 'q',
    autocomplete: 'off',
    placeholder: 'Name or ISO3',
    value: query.get('q') ?? '',
  });
  const clear = h('button', { type: 'button', class: 'button button-quiet' }, 'Clear filters');
  const description = h('p', { class: 'criteria-set-description muted' });
  const summary = h('p', { class: 'criteria-summary' });
  const csvButton = h(
    'button',
    { type: 'button', class: 'button button-quiet', disabled: true },
    'Download CSV',
  );
  const jsonLink = h(
    'a',
    { class: 'button button-quiet', href: criteriaSetUrl(state.set, state.asOf || undefined) },
    'Criteria (JSON)',
  );
  const coalitionBox = h('div', { class: 'criteria-coalition-box' });
  const count = h('p', { class: 'result-count', 'aria-live': 'polite' });
  const tableBox = h(
    'div',
    {
      class: 'table-scroll table-scroll-tall criteria-scroll',
      role: 'region',
      'aria-labelledby': 'criteria-caption',
      tabindex: '0',
    },
    loadingBlock('the criteria evaluation'),
  );
  const notes = h('div', { class: 'source-note' });

  root.append(
    h('h1', { tabindex: '-1' }, 'Membership criteria'),
    h(
      'p',
      { class: 'lede' },
      'Membership criteria are tests on data that say which economies qualify to join the alliance as members or as partners. Every economy is checked criterion by criterion with its latest value no older than the set allows; where a value is missing or too old, the result is “undetermined”, with the reason — never a silent pass or fail.',
    ),
    h(
      'form',
      {
        class: 'controls',
        'aria-label': 'Criteria set, year and coalition',
        onSubmit: (e: Event) => e.preventDefault(),
      },
      field('criteria-set', 'Criteria set', setSelect),
      h(
        'div',
        { class: 'field field-narrow' },
        h('label', { for: 'criteria-asof' }, 'As of year'),
        asOfInput,
        asOfHint,
      ),
      field('criteria-coalition', 'Compare a coalition', coalitionSelect),
    ),
    description,
    h(
      'form',
      {
        class: 'controls',
        role: 'search',
        'aria-label': 'Filter economies',
        onSubmit: (e: Event) => e.preventDefault(),
      },
      field('criteria-result', 'Result', resultSelect),
      field('criteria-region', 'Region', regionSelect),
      field('criteria-search', 'Name or ISO3', search, 'field field-wide'),
      h('div', { class: 'field field-action' }, clear),
    ),
    h(
      'div',
      { class: 'criteria-summary-row' },
      summary,
      h('div', { class: 'criteria-actions' }, csvButton, jsonLink),
    ),
    coalitionBox,
    h(
      'p',
      { class: 'criteria-legend' },
      'One column per member-tier criterion: ',
      h('span', { class: 'outcome-pass' }, h('span', { class: 'criteria-mark' }, '✓'), 'passes'),
      ', ',
      h('span', { class: 'outcome-fail' }, h('span', { class: 'criteria-mark' }, '✗'), 'fails'),
      ', ',
      h(
        'span',
        { class: 'outcome-missing' },
        h('span', { class: 'criteria-mark' }, '?'),
        'missing',
      ),
      ', each with the value compared. Open a row with ▸ for all its evidence, partner tier included; hover a cell for a summary.',
    ),
    count,
    tableBox,
    notes,
  );

  const [sets, coalitions, economies, catalogue] = await Promise.all([
    soft(criteriaApi.sets(signal).then((r) => r.items)),
    soft(criteriaApi.coalitions(signal).then((r) => r.items)),
    soft(api.economies({}, signal).then((r) => r.items)),
    soft(api.indicators(signal).then((r) => r.items)),
  ]);
  if (signal.aborted) return;

  fillSets(setSelect, sets, state.set);
  fillCoalitions(coalitionSelect, coalitions, state.coalition);
  const economyBy = new Map(economies instanceof Error ? [] : economies.map((e) => [e.iso3, e]));
  if (!(economies instanceof Error)) {
    regionSelect.replaceChildren(...regionOptions(economies, query.get('region') ?? ''));
    regionSelect.disabled = false;
  }
  const indicatorBy = new Map<string, CatalogueEntry>(
    catalogue instanceof Error ? [] : catalogue.map((i) => [i.code, i]),
  );
  const indicator: IndicatorLookup = (code) => {
    const i = indicatorBy.get(code);
    return i
      ? { name: i.name, unit: i.unit, higherIsBetter: i.higherIsBetter }
      : { name: code, unit: '', higherIsBetter: true };
  };
  const loadProblems = [
    sets instanceof Error ? `criteria sets: ${sets.message}` : null,
    coalitions instanceof Error ? `coalitions: ${coalitions.message}` : null,
    economies instanceof Error ? `regions: ${economies.message}` : null,
    catalogue instanceof Error ? `indicator units: ${catalogue.message}` : null,
  ].filter((p): p is string => p !== null);

  let report: CriteriaEvaluationReport | null = null;
  let view: CriteriaTableView | null = null;
  let allCriterionIds: string[] = [];
  let sequence = 0;
  let inFlight: AbortController | null = null;

  const visibleRows = (): EconomyEvaluation[] => {
    if (!report) return [];
    const result = resultSelect.value;
    const region = regionSelect.value;
    const needle = fold(search.value.trim());
    return report.economies
      .filter((e) => !result || e.result === result)
      .filter((e) => {
        if (!region) return true;
        const economy = economyBy.get(e.iso3);
        return economy?.region === region || economy?.subregion === region;
      })
      .filter((e) => !needle || fold(e.name).includes(needle) || fold(e.iso3).includes(needle));
  };

  const onSort = (key: CriteriaSortKey): void => {
    state.sort.direction =
      state.sort.key === key && state.sort.direction === 'ascending' ? 'descending' : 'ascending';
    state.sort.key = key;
    replaceQuery({ sort: key, dir: state.sort.direction });
    render();
  };

  const render = (): void => {
    if (!report || !view) return;
    const rows = visibleRows();
    view.update(
      rows,
      state.sort,
      `${report.set.name}, data up to ${report.asOf}: ${rows.length} of ${report.economies.length} economies, sorted by ${state.sort.key} (${state.sort.direction}).`,
    );
    count.textContent = `${rows.length} ${rows.length === 1 ? 'economy' : 'economies'} shown`;
  };

  const showReport = (
    r: CriteriaEvaluationReport,
    set: CriteriaSetJson | Error,
    coalitionError: unknown,
  ): void => {
    report = r;
    const memberColumns =
      set instanceof Error
        ? columnsFromEvidence(r.economies[0], 'member')
        : columnsOf(set, 'member');
    view = criteriaTableView({
      columns: memberColumns,
      captionId: 'criteria-caption',
      indicator,
      onSort,
    });
    tableBox.replaceChildren(view.table);
    allCriterionIds =
      set instanceof Error
        ? (r.economies[0]?.criteria.map((c) => c.id) ?? [])
        : [...columnsOf(set, 'member'), ...columnsOf(set, 'partner')].map((c) => c.id);
    description.textContent = set instanceof Error ? '' : set.description;
    asOfInput.placeholder = String(r.asOf);
    const total = r.economies.length;
    const counts = SUMMARY_ORDER.map((k) => resultCount(k, r.counts[k] ?? 0));
    summary.textContent = `Data up to ${r.asOf}: ${counts.join(', ')}.`;
    for (const opt of resultSelect.options) {
      const k = opt.value;
      opt.textContent = isResult(k)
        ? `${RESULT_LABELS[k]} (${r.counts[k] ?? 0})`
        : `All results (${total})`;
    }
    jsonLink.href = criteriaSetUrl(state.set, state.asOf || undefined);
    csvButton.disabled = false;
    coalitionBox.replaceChildren(
      r.coalition
        ? criteriaCoalitionPanel(r.coalition, r.set.code, r.asOf, indicator)
        : coalitionError
          ? errorBlock(`Coalition ${state.coalition} could not be compared`, coalitionError)
          : '',
    );
    notes.replaceChildren(
      r.warnings.length > 0
        ? h(
            'div',
            { class: 'notice' },
            h('p', { class: 'notice-title' }, 'Warnings about the data'),
            h(
              'ul',
              {},
              r.warnings.map((w) => h('li', {}, w.message)),
            ),
          )
        : '',
      loadProblems.length > 0
        ? h('p', { class: 'notice notice-error' }, `Not loaded: ${loadProblems.join('; ')}.`)
        : '',
      h(
        'p',
        {},
        'Each value carries its year and source id; the sources are listed on each economy’s page. The same evaluation from the API: ',
        h(
          'a',
          {
            href: `/api/v1/criteria/${encodeURIComponent(state.set)}/evaluation?${new URLSearchParams({ ...(state.asOf ? { asOf: state.asOf } : {}), ...(r.coalition ? { coalition: r.coalition.code } : {}) }).toString()}`,
          },
          'evaluation (JSON)',
        ),
        '; from the command line: ',
        h(
          'code',
          {},
          `techalliance criteria evaluate --set ${state.set}${state.asOf ? ` --as-of ${state.asOf}` : ''}${r.coalition ? ` --coalition ${r.coalition.code}` : ''}`,
        ),
        '.',
      ),
    );
    render();
    announce(summary.textContent);
  };

  const evaluate = async (): Promise<void> => {
    const mine = ++sequence;
    inFlight?.abort();
    const controller = (inFlight = new AbortController());
    const onPageAbort = (): void => controller.abort();
    signal.addEventListener('abort', onPageAbort, { once: true });
    const asOf = state.asOf || undefined;
    if (report) tableBox.setAttribute('aria-busy', 'true');
    else tableBox.replaceChildren(loadingBlock('the criteria evaluation'));
    try {
      const setJson = soft(criteriaApi.set(state.set, asOf, controller.signal));
      let coalitionError: unknown = null;
      let r: CriteriaEvaluationReport;
      try {
        r = await criteriaApi.evaluation(
          state.set,
          { asOf, coalition: state.coalition || undefined },
          controller.signal,
        );
      } catch (e) {
        // An unknown coalition should not hide the evaluation: show it without, and say why.
        if (!state.coalition || !(e instanceof ApiError) || e.status === 0) throw e;
        coalitionError = e;
        r = await criteriaApi.evaluation(state.set, { asOf }, controller.signal);
      }
      const set = await setJson;
      if (mine !== sequence) return;
      showReport(r, set, coalitionError);
    } catch (e) {
      if (isAbort(e) || mine !== sequence) return;
      report = null;
      view = null;
      summary.textContent = '';
      coalitionBox.replaceChildren();
      count.textContent = '';
      csvButton.disabled = true;
      tableBox.replaceChildren(
        errorBlock(
          `The criteria set “${state.set}” could not be evaluated`,
          e,
          () => void evaluate(),
        ),
      );
    } finally {
      signal.removeEventListener('abort', onPageAbort);
      if (mine === sequence) tableBox.removeAttribute('aria-busy');
    }
  };

  setSelect.addEventListener('change', () => {
    state.set = setSelect.value;
    replaceQuery({ set: state.set === 'default' ? null : state.set });
    void evaluate();
  });
  asOfInput.addEventListener('change', () => {
    const v = asOfInput.value.trim();
    const valid = v === '' || (/^\d{4}$/.test(v) && Number(v) >= 1990 && Number(v) <= 2100);
    asOfInput.setAttribute('aria-invalid', String(!valid));
    asOfHint.textContent = valid
      ? 'Empty for the latest data'
      : 'Enter a year from 1990 to 2100, or leave empty for the latest data';
    asOfHint.classList.toggle('field-hint-error', !valid);
    asOfHint.classList.toggle('visually-hidden', valid);
    if (!valid || v === state.asOf) return;
    state.asOf = v;
    replaceQuery({ asOf: v });
    void evaluate();
  });
  coalitionSelect.addEventListener('change', () => {
    state.coalition = coalitionSelect.value;
    replaceQuery({ coalition: state.coalition });
    void evaluate();
  });
  resultSelect.addEventListener('change', () => {
    replaceQuery({ result: resultSelect.value });
    render();
  });
  regionSelect.addEventListener('change', () => {
    replaceQuery({ region: regionSelect.value });
    render();
  });
  search.addEventListener('input', () => {
    replaceQuery({ q: search.value.trim() });
    render();
  });
  clear.addEventListener('click', () => {
    resultSelect.value = '';
    regionSelect.value = '';
    search.value = '';
    replaceQuery({ result: null, region: null, q: null });
    render();
  });
  csvButton.addEventListener('click', () => {
    if (!report) return;
    const text = criteriaCsv(
      visibleRows().sort(compareEvaluations(state.sort.key, state.sort.direction)),
      allCriterionIds,
      (iso3) => economyBy.get(iso3)?.region ?? null,
    );
    const parts = [report.set.code, String(report.asOf), report.coalition?.code].filter(Boolean);
    downloadCsv(`criteria-${parts.join('-')}.csv`, text);
  });

  await evaluate();
}

function fillSets(
  select: HTMLSelectElement,
  sets: CriteriaSetSummary[] | Error,
  current: string,
): void {
  if (sets instanceof Error) return;
  const known = sets.some((s) => s.code === current);
  select.replaceChildren(
    ...sets.map((s) =>
      option(
        s.code,
        s.origin === 'built-in' ? s.name : `${s.name} (${s.code})`,
        s.code === current,
      ),
    ),
    ...(known ? [] : [option(current, current, true)]),
  );
  select.disabled = false;
}

function fillCoalitions(
  select: HTMLSelectElement,
  coalitions: CoalitionChoice[] | Error,
  current: string,
): void {
  if (coalitions instanceof Error) return;
  const known = coalitions.some((c) => c.code === current);
  select.replaceChildren(
    option('', 'None', current === ''),
    ...coalitions.map((c) => option(c.code, `${c.code} — ${c.name}`, c.code === current)),
    ...(known || current === '' ? [] : [option(current, current, true)]),
  );
  select.disabled = false;
}
