// The one data table (TanStack Table): sortable columns, a text filter, a choice of columns, CSV
// export of what is shown, a caption with the row count, the key column kept in view while the
// table scrolls sideways, a scroll region that says it scrolls, and optionally a full-width detail
// row under each row that a disclosure button in one of its cells opens.
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
import {
  memo,
  useCallback,
  useId,
  useMemo,
  useState,
  type ReactElement,
  type ReactNode,
} from 'react';
import { downloadCsv, toCsv, type CsvCell } from '../csv-file.ts';
import { useT } from '../i18n/i18n.tsx';
import './data-table.css';

export interface Column<T> {
  id: string;
  header: string;
  /** The cell's value: what sorting, filtering and the CSV use. */
  value: (row: T) => string | number | null;
  /** How the cell shows (default: the value); `detail` opens the row's detail row, if any. */
  cell?: (row: T, detail: RowDetailControl) => ReactNode;
  /** How the header shows (default: `header`, which the column picker and the CSV use). */
  heading?: ReactNode;
  /** Sorts by this comparison instead of by the value (ascending; reversed for descending). */
  compare?: (a: T, b: T) => number;
  /** A class on the column's header and cells. */
  className?: string;
  /** Attributes on each of the column's cells (data-*, title, a class added to `className`). */
  cellProps?: (row: T) => Record<string, string | undefined>;
  numeric?: boolean;
  /** The key column: a row header (th scope=row), kept in view when the table scrolls. */
  key?: boolean;
  /** Shown at first (default true). */
  visible?: boolean;
}

/** What a cell needs to open its row's detail row (see `DataTableProps.detail`). */
export interface RowDetailControl {
  open: boolean;
  toggle: () => void;
  /** The detail row's id, for the button's aria-controls. */
  id: string;
}

/** The CSV of the rows shown, for a table whose file says more than its cells. */
export interface CsvTable {
  header: readonly string[];
  body: readonly (readonly CsvCell[])[];
}

const classes = (...names: (string | undefined | false)[]): string | undefined =>
  names.filter(Boolean).join(' ') || undefined;

/**
 * One row (and its detail row): kept as it is while its data, the columns, its detail state and the
 * table's callbacks stay the same, so sorting or opening one row does not redraw every row.
 */
const BodyRow = memo(function BodyRow<T>({
  row,
  rowId,
  columns,
  rowProps,
  detail,
  open,
  opened,
  onToggle,
}: {
  row: T;
  rowId: string;
  /** The columns shown, in order. */
  columns: readonly Column<T>[];
  rowProps: DataTableProps<T>['rowProps'];
  detail: DataTableProps<T>['detail'];
  open: boolean;
  opened: boolean;
  onToggle: (rowId: string) => void;
}) {
  const control: RowDetailControl = {
    open,
    toggle: () => onToggle(rowId),
    id: detail?.id(row) ?? '',
  };
  return (
    <>
      <tr {...(rowProps ? rowProps(row) : {})}>
        {columns.map((meta) => {
          const content = meta.cell ? meta.cell(row, control) : (meta.value(row) ?? '');
          const { className: extra, ...attributes } = meta.cellProps?.(row) ?? {};
          return meta.key ? (
            <th
              key={meta.id}
              scope="row"
              {...attributes}
              className={classes('sticky-key', meta.className, extra)}
            >
              {content}
            </th>
          ) : (
            <td
              key={meta.id}
              {...attributes}
              className={classes(meta.numeric && 'num', meta.className, extra)}
            >
              {content}
            </td>
          );
        })}
      </tr>
      {detail && (
        <tr className={classes('row-detail', detail.className)} id={control.id} hidden={!open}>
          <td colSpan={columns.length}>{opened && detail.render(row)}</td>
        </tr>
      )}
    </>
  );
}) as <T>(props: {
  row: T;
  rowId: string;
  columns: readonly Column<T>[];
  rowProps: DataTableProps<T>['rowProps'];
  detail: DataTableProps<T>['detail'];
  open: boolean;
  opened: boolean;
  onToggle: (rowId: string) => void;
}) => ReactElement;

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
  /** The CSV of the rows shown, in their order (default: the values of the columns shown). */
  csv?: (rows: readonly T[]) => CsvTable;
  /** The count's words (default: "3 rows of 10"). */
  count?: (shown: number, total: number) => string;
  /** Said when no row is shown (default: "No rows."). */
  empty?: ReactNode;
  /**
   * A full-width row under each row, hidden until a cell opens it through its `detail` control;
   * its content is rendered when first opened and kept. `id` is the detail row's element id.
   */
  detail?: { id: (row: T) => string; render: (row: T) => ReactNode; className?: string };
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
  csv,
  count,
  empty,
  detail,
}: DataTableProps<T>) {
  const t = useT();
  const id = useId();
  const [sorting, setSorting] = useState<SortingState>(initialSort);
  const [filter, setFilter] = useState('');
  const [visibility, setVisibility] = useState<VisibilityState>(() =>
    Object.fromEntries(columns.map((c) => [c.id, c.visible ?? true])),
  );
  // Detail rows open now, and those opened once (kept rendered, so reopening is instant).
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback((key: string): void => {
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(key)) next.add(key);
      return next;
    });
    setOpened((prev) => (prev.has(key) ? prev : new Set(prev).add(key)));
  }, []);
  // The cells are drawn by BodyRow from the columns themselves; TanStack sorts, filters and hides.
  const defs = useMemo(
    (): ColumnDef<T>[] =>
      columns.map((c) => ({
        id: c.id,
        header: c.header,
        accessorFn: (row) => c.value(row),
        enableHiding: !c.key,
        sortUndefined: 'last',
        // Text sorts as readers expect (Åland with the A's), not by character code.
        ...(c.compare
          ? { sortingFn: (a: Row<T>, b: Row<T>) => c.compare!(a.original, b.original) }
          : c.numeric
            ? {}
            : { sortingFn: byText }),
        meta: c,
      })),
    [columns],
  );
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
  const shownColumns = useMemo(() => visible.map((c) => c.columnDef.meta as Column<T>), [visible]);
  const exportCsv = () => {
    const file: CsvTable = csv
      ? csv(shown.map((r) => r.original))
      : {
          header: visible.map((c) => (c.columnDef.meta as Column<T>).header),
          body: shown.map((r) =>
            visible.map((c) => (c.columnDef.meta as Column<T>).value(r.original) as CsvCell),
          ),
        };
    downloadCsv(`${csvName}.csv`, toCsv(file.header, file.body));
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
          {count
            ? count(shown.length, rows.length)
            : t('table.count', { shown: shown.length, total: rows.length })}
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
                      className={classes(
                        meta.numeric && 'num',
                        meta.key && 'sticky-key',
                        meta.className,
                      )}
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
                        data-sort={header.column.id}
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {meta.heading ??
                          flexRender(header.column.columnDef.header, header.getContext())}
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
              <BodyRow
                key={row.id}
                row={row.original}
                rowId={row.id}
                columns={shownColumns}
                rowProps={rowProps}
                detail={detail}
                open={open.has(row.id)}
                opened={opened.has(row.id)}
                onToggle={toggle}
              />
            ))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={visible.length}>{empty ?? t('table.empty')}</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
