// The one data table (TanStack Table): sortable columns, a text filter, a choice of columns, CSV
// export of what is shown, a caption with the row count, the key column kept in view while the
// table scrolls sideways, and a scroll region that says it scrolls.
import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type Row,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useId, useState, type ReactNode } from 'react';
import { downloadCsv, toCsv, type CsvCell } from '../csv-file.ts';
import { useT } from '../i18n/i18n.tsx';
import './data-table.css';

export interface Column<T> {
  id: string;
  header: string;
  /** The cell's value: what sorting, filtering and the CSV use. */
  value: (row: T) => string | number | null;
  /** How the cell shows (default: the value). */
  cell?: (row: T) => ReactNode;
  numeric?: boolean;
  /** The key column: a row header (th scope=row), kept in view when the table scrolls. */
  key?: boolean;
  /** Shown at first (default true). */
  visible?: boolean;
}

const collator = new Intl.Collator(undefined, { numeric: true });
const byText = <T,>(a: Row<T>, b: Row<T>, id: string): number =>
  collator.compare(String(a.getValue(id) ?? ''), String(b.getValue(id) ?? ''));

export interface DataTableProps<T> {
  rows: readonly T[];
  columns: readonly Column<T>[];
  caption: ReactNode;
  /** The CSV file's name without extension. */
  csvName: string;
  className?: string;
  /** The label of the scroll region, e.g. "Groupings". */
  label: string;
  rowKey: (row: T) => string;
  /** Attributes on each row (data-* for tests and styles). */
  rowProps?: (row: T) => Record<string, string>;
  initialSort?: SortingState;
  /** Called when the reader sorts (e.g. to keep the sort in the URL). */
  onSortChange?: (sorting: SortingState) => void;
  /** Show the table's own row filter (default true; off when the page has its own filters). */
  filterable?: boolean;
}

export function DataTable<T>({
  rows,
  columns,
  caption,
  csvName,
  className,
  label,
  rowKey,
  rowProps,
  initialSort = [],
  onSortChange,
  filterable = true,
}: DataTableProps<T>) {
  const t = useT();
  const id = useId();
  const [sorting, setSorting] = useState<SortingState>(initialSort);
  const [filter, setFilter] = useState('');
  const [visibility, setVisibility] = useState<VisibilityState>(() =>
    Object.fromEntries(columns.map((c) => [c.id, c.visible ?? true])),
  );
  const defs: ColumnDef<T>[] = columns.map((c) => ({
    id: c.id,
    header: c.header,
    accessorFn: (row) => c.value(row),
    cell: (ctx) => (c.cell ? c.cell(ctx.row.original) : (c.value(ctx.row.original) ?? '')),
    enableHiding: !c.key,
    sortUndefined: 'last',
    // Text sorts as readers expect (Åland with the A's), not by character code.
    ...(c.numeric ? {} : { sortingFn: byText }),
    meta: c,
  }));
  const table = useReactTable({
    data: rows as T[],
    columns: defs,
    state: { sorting, globalFilter: filter, columnVisibility: visibility },
    onSortingChange: (update) => {
      const next = typeof update === 'function' ? update(sorting) : update;
      setSorting(next);
      onSortChange?.(next);
    },
    onGlobalFilterChange: setFilter,
    onColumnVisibilityChange: setVisibility,
    getRowId: rowKey,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    globalFilterFn: 'includesString',
  });
  const shown = table.getRowModel().rows;
  const visible = table.getVisibleLeafColumns();
  const exportCsv = () => {
    const header = visible.map((c) => (c.columnDef.meta as Column<T>).header);
    const body = shown.map((r) =>
      visible.map((c) => (c.columnDef.meta as Column<T>).value(r.original) as CsvCell),
    );
    downloadCsv(`${csvName}.csv`, toCsv(header, body));
  };
  return (
    <div className="data-table-frame">
      <div className="data-table-tools">
        {filterable && (
          <>
            <label htmlFor={`${id}-filter`}>{t('table.filter')}</label>
            <input
              id={`${id}-filter`}
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
          </>
        )}
        <details className="column-picker">
          <summary>{t('table.columns')}</summary>
          <fieldset>
            <legend className="visually-hidden">{t('table.columns')}</legend>
            {table
              .getAllLeafColumns()
              .filter((c) => c.getCanHide())
              .map((c) => (
                <label key={c.id}>
                  <input
                    type="checkbox"
                    checked={c.getIsVisible()}
                    onChange={c.getToggleVisibilityHandler()}
                  />{' '}
                  {(c.columnDef.meta as Column<T>).header}
                </label>
              ))}
          </fieldset>
        </details>
        <button type="button" className="button button-secondary" onClick={exportCsv}>
          {t('table.csv')}
        </button>
        <span className="result-count" role="status">
          {t('table.count', { shown: shown.length, total: rows.length })}
        </span>
      </div>
      <div
        className="table-scroll"
        role="region"
        aria-label={t('app.scrollable', { what: label })}
        tabIndex={0}
      >
        <table className={`data-table ${className ?? ''}`}>
          <caption>{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const meta = header.column.columnDef.meta as Column<T>;
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={
                        [meta.numeric ? 'num' : '', meta.key ? 'sticky-key' : '']
                          .join(' ')
                          .trim() || undefined
                      }
                      aria-sort={
                        sorted === 'asc'
                          ? 'ascending'
                          : sorted === 'desc'
                            ? 'descending'
                            : undefined
                      }
                    >
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true" className="sort-mark">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id} {...(rowProps ? rowProps(row.original) : {})}>
                {row.getVisibleCells().map((cell) => {
                  const meta = cell.column.columnDef.meta as Column<T>;
                  const content = flexRender(cell.column.columnDef.cell, cell.getContext());
                  return meta.key ? (
                    <th key={cell.id} scope="row" className="sticky-key">
                      {content}
                    </th>
                  ) : (
                    <td key={cell.id} className={meta.numeric ? 'num' : undefined}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={visible.length}>{t('table.empty')}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
