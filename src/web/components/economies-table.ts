// The economies table: one row per economy with its latest GDP and population, sortable by any
// column through buttons in the column headers (aria-sort tells screen readers the order).
import { h } from '../element.ts';
import { formatValue } from '../format-value.ts';

export type SortKey = 'name' | 'iso3' | 'region' | 'income' | 'gdp' | 'population';
export type SortDirection = 'ascending' | 'descending';

export interface YearValue {
  value: number;
  year: number;
}

export interface EconomyRow {
  iso3: string;
  name: string;
  region: string | null;
  subregion: string | null;
  incomeCode: string | null;
  incomeGroup: string | null;
  gdp: YearValue | null;
  population: YearValue | null;
}

const INCOME_RANK: Record<string, number> = { H: 0, UM: 1, LM: 2, L: 3 };

const COLUMNS: { key: SortKey; label: string; numeric: boolean }[] = [
  { key: 'name', label: 'Economy', numeric: false },
  { key: 'iso3', label: 'ISO3', numeric: false },
  { key: 'region', label: 'Region', numeric: false },
  { key: 'income', label: 'Income group', numeric: false },
  { key: 'gdp', label: 'GDP, latest', numeric: true },
  { key: 'population', label: 'Population, latest', numeric: true },
];

/** Compares rows by key; missing values always sort last, whatever the direction. */
function compare(key: SortKey, direction: SortDirection): (a: EconomyRow, b: EconomyRow) => number {
  const value = (r: EconomyRow): string | number | null => {
    switch (key) {
      case 'name':
        return r.name;
      case 'iso3':
        return r.iso3;
      case 'region':
        return r.region ? `${r.region} ${r.subregion ?? ''}` : null;
      case 'income':
        return r.incomeCode ? (INCOME_RANK[r.incomeCode] ?? 9) : null;
      case 'gdp':
        return r.gdp?.value ?? null;
      case 'population':
        return r.population?.value ?? null;
    }
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return (a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null)
      return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    const c =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return c === 0 ? a.name.localeCompare(b.name) : sign * c;
  };
}

const cellValue = (v: YearValue | null, unit: string): (string | HTMLElement)[] =>
  v
    ? [formatValue(v.value, unit), h('span', { class: 'year' }, String(v.year))]
    : [h('span', { class: 'muted' }, '—')];

export interface EconomiesTableInput {
  rows: readonly EconomyRow[];
  sort: { key: SortKey; direction: SortDirection };
  caption: string;
  units: { gdp: string; population: string };
  onSort(key: SortKey): void;
}

export function economiesTable(input: EconomiesTableInput): HTMLTableElement {
  const { key, direction } = input.sort;
  const sorted = [...input.rows].sort(compare(key, direction));
  const header = COLUMNS.map((c) =>
    h(
      'th',
      {
        scope: 'col',
        class: c.numeric ? 'num' : '',
        'aria-sort': c.key === key ? direction : null,
      },
      h(
        'button',
        {
          type: 'button',
          class: 'sort-button',
          'data-sort': c.key,
          onClick: () => input.onSort(c.key),
        },
        c.label,
        h(
          'span',
          { class: 'sort-icon', 'aria-hidden': 'true' },
          c.key === key ? (direction === 'ascending' ? '▲' : '▼') : '↕',
        ),
      ),
    ),
  );
  const body = sorted.map((r) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, h('a', { href: `#/economies/${r.iso3}` }, r.name)),
      h('td', { class: 'code' }, r.iso3),
      h(
        'td',
        {},
        r.region ?? h('span', { class: 'muted' }, '—'),
        r.subregion ? h('span', { class: 'sub' }, r.subregion) : '',
      ),
      h('td', {}, r.incomeGroup ?? h('span', { class: 'muted' }, '—')),
      h('td', { class: 'num' }, cellValue(r.gdp, input.units.gdp)),
      h('td', { class: 'num' }, cellValue(r.population, input.units.population)),
    ),
  );
  return h(
    'table',
    { class: 'data-table economies-table' },
    h('caption', {}, input.caption),
    h('thead', {}, h('tr', {}, header)),
    h(
      'tbody',
      {},
      body.length > 0
        ? body
        : h(
            'tr',
            {},
            h(
              'td',
              { colspan: COLUMNS.length, class: 'empty' },
              'No economy matches these filters.',
            ),
          ),
    ),
  );
}
