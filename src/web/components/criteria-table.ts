// The criteria evaluation table: one row per economy with its result as a labelled badge, one
// column per member-tier criterion (✓ / ✗ / ? with the compared value), sortable by name and
// result, and an expandable row per economy with the full evidence. Rows are built once per
// evaluation and only reordered when the filters or the sort change, so 250 rows stay quick.
import type {
  Comparator,
  CriteriaResult,
  CriterionEvidence,
  EconomyEvaluation,
  ThresholdKind,
} from '../criteria-types.ts';
import { h } from '../element.ts';
import { criteriaEvidence, type IndicatorLookup } from './criteria-evidence.ts';
import {
  OUTCOME_MARKS,
  OUTCOME_WORDS,
  RESULT_LABELS,
  RESULT_ORDER,
  comparedText,
  evidenceSentence,
  missingShort,
  statedThreshold,
  undeterminedReason,
} from './criteria-format.ts';

export type CriteriaSortKey = 'name' | 'result';
export type SortDirection = 'ascending' | 'descending';

/** A criterion shown as a column, with the combinator it belongs to ("Large economy"). */
export interface CriterionColumn {
  id: string;
  label: string;
  group: string | null;
  indicator: string;
  comparator: Comparator;
  threshold: { kind: ThresholdKind; value: number };
  rationale: string | null;
}

export interface CriteriaTableOptions {
  columns: readonly CriterionColumn[];
  captionId: string;
  indicator: IndicatorLookup;
  onSort: (key: CriteriaSortKey) => void;
}

export interface CriteriaTableView {
  table: HTMLTableElement;
  /** Shows `rows` (any subset of the evaluation) in the given order, with a new caption. */
  update(
    rows: readonly EconomyEvaluation[],
    sort: { key: CriteriaSortKey; direction: SortDirection },
    caption: string,
  ): void;
}

export function compareEvaluations(
  key: CriteriaSortKey,
  direction: SortDirection,
): (a: EconomyEvaluation, b: EconomyEvaluation) => number {
  const sign = direction === 'ascending' ? 1 : -1;
  return (a, b) => {
    const byResult = RESULT_ORDER.indexOf(a.result) - RESULT_ORDER.indexOf(b.result);
    const byName = a.name.localeCompare(b.name);
    return key === 'result' ? sign * byResult || byName : sign * byName;
  };
}

export function resultBadge(result: CriteriaResult): HTMLElement {
  return h('span', { class: `result-badge result-${result}` }, RESULT_LABELS[result]);
}

function criterionCell(e: CriterionEvidence | undefined, indicator: IndicatorLookup): HTMLElement {
  if (!e) return h('td', { class: 'criteria-cell muted' }, '—');
  const info = indicator(e.indicator);
  const detail = e.outcome === 'missing' ? missingShort(e) : (comparedText(e, info.unit) ?? '');
  return h(
    'td',
    { class: `criteria-cell outcome-${e.outcome}`, 'data-criterion': e.id },
    h('span', { class: 'criteria-mark', 'aria-hidden': 'true' }, OUTCOME_MARKS[e.outcome]),
    h('span', { class: 'visually-hidden' }, `${OUTCOME_WORDS[e.outcome]}: `),
    h('span', { class: 'criteria-compared' }, detail),
  );
}

function resultCell(e: EconomyEvaluation): HTMLElement {
  if (e.result !== 'undetermined')
    return h('td', { class: 'criteria-result' }, resultBadge(e.result));
  const { open, established } = undeterminedReason(e.reason);
  return h(
    'td',
    { class: 'criteria-result' },
    resultBadge(e.result),
    established ? h('span', { class: 'criteria-established' }, `at least ${established}`) : '',
    h('p', { class: 'criteria-reason' }, open),
  );
}

function sortHeader(
  key: CriteriaSortKey,
  label: string,
  className: string,
  onSort: (key: CriteriaSortKey) => void,
): HTMLTableCellElement {
  return h(
    'th',
    { scope: 'col', class: className },
    h(
      'button',
      { type: 'button', class: 'sort-button', 'data-sort': key, onClick: () => onSort(key) },
      label,
      h('span', { class: 'sort-icon', 'aria-hidden': 'true' }, '↕'),
    ),
  );
}

/** The row of one economy and its (initially closed) evidence row. */
function economyRows(
  e: EconomyEvaluation,
  options: CriteriaTableOptions,
): [HTMLTableRowElement, HTMLTableRowElement] {
  const detailId = `evidence-${e.iso3}`;
  const detailCell = h('td', { colspan: 2 + options.columns.length });
  const detail = h('tr', { class: 'criteria-detail', id: detailId, hidden: true }, detailCell);
  const mark = h('span', { 'aria-hidden': 'true' }, '▸');
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'criteria-toggle',
      'aria-expanded': 'false',
      'aria-controls': detailId,
      'aria-label': `Evidence for ${e.name}`,
      'data-iso3': e.iso3,
    },
    mark,
  );
  toggle.addEventListener('click', () => {
    const opening = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(opening));
    mark.textContent = opening ? '▾' : '▸';
    // Built on first opening: most rows are never opened.
    if (opening && !detailCell.hasChildNodes())
      detailCell.append(criteriaEvidence(e, options.indicator));
    detail.hidden = !opening;
  });
  const evidence = new Map(e.criteria.map((c) => [c.id, c]));
  const row = h(
    'tr',
    { class: `criteria-row row-${e.result}`, 'data-iso3': e.iso3 },
    h(
      'th',
      { scope: 'row', class: 'criteria-name' },
      h(
        'span',
        { class: 'criteria-name-inner' },
        toggle,
        h(
          'span',
          {},
          h('a', { href: `#/economies/${e.iso3}` }, e.name),
          h('span', { class: 'sub code' }, e.iso3),
        ),
      ),
    ),
    resultCell(e),
    options.columns.map((c) => criterionCell(evidence.get(c.id), options.indicator)),
  );
  // The hover summary of each cell, written when the pointer first reaches the row.
  row.addEventListener(
    'mouseover',
    () => {
      for (const cell of row.querySelectorAll<HTMLElement>('td[data-criterion]')) {
        const c = evidence.get(cell.dataset.criterion ?? '');
        if (c) cell.title = evidenceSentence(c, options.indicator(c.indicator));
      }
    },
    { once: true },
  );
  return [row, detail];
}

export function criteriaTableView(options: CriteriaTableOptions): CriteriaTableView {
  const width = 2 + options.columns.length;
  const sortable = {
    name: sortHeader('name', 'Economy', 'criteria-name-col', options.onSort),
    result: sortHeader('result', 'Result', 'criteria-result-col', options.onSort),
  };
  const captionText = h('span', { class: 'criteria-caption-text' });
  const body = h('tbody', {});
  const table = h(
    'table',
    { class: 'data-table criteria-table' },
    h('caption', { id: options.captionId }, captionText),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        sortable.name,
        sortable.result,
        options.columns.map((c) =>
          h(
            'th',
            { scope: 'col', class: 'criteria-col', title: c.rationale ?? null },
            c.group ? h('span', { class: 'criteria-col-group' }, c.group) : '',
            h('span', { class: 'criteria-col-label' }, c.label),
            h(
              'span',
              { class: 'criteria-col-threshold' },
              statedThreshold(c, options.indicator(c.indicator).unit),
            ),
          ),
        ),
      ),
    ),
    body,
  );
  const built = new Map<string, [HTMLTableRowElement, HTMLTableRowElement]>();
  const empty = h(
    'tr',
    {},
    h('td', { colspan: width, class: 'empty' }, 'No economy matches these filters.'),
  );

  return {
    table,
    update(rows, sort, caption) {
      captionText.textContent = caption;
      for (const key of ['name', 'result'] as const) {
        const th = sortable[key];
        const current = sort.key === key;
        if (current) th.setAttribute('aria-sort', sort.direction);
        else th.removeAttribute('aria-sort');
        th.querySelector('.sort-icon')!.textContent = current
          ? sort.direction === 'ascending'
            ? '▲'
            : '▼'
          : '↕';
      }
      const sorted = [...rows].sort(compareEvaluations(sort.key, sort.direction));
      const nodes = sorted.flatMap((e) => {
        let pair = built.get(e.iso3);
        if (!pair) built.set(e.iso3, (pair = economyRows(e, options)));
        return pair;
      });
      body.replaceChildren(...(nodes.length > 0 ? nodes : [empty]));
    },
  };
}
