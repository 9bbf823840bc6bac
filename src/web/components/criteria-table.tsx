// The criteria evaluation table, on the shared DataTable: one row per economy with its result as a
// labelled badge, one column per member-tier criterion (✓ / ✗ / ? with the compared value), every
// column sortable and all but the economy optional, a CSV of the rows shown with every criterion's
// evidence, and a full-width evidence row per economy (built when first opened).
import type { SortingState } from '@tanstack/react-table';
import { useMemo, type MouseEvent } from 'react';
import { useIntl } from 'react-intl';
import type {
  Comparator,
  CriteriaResult,
  CriterionEvidence,
  EconomyEvaluation,
  ThresholdKind,
} from './criteria-shapes.ts';
import { CriteriaEvidence, type IndicatorLookup } from './criteria-evidence.tsx';
import {
  OUTCOME_MARKS,
  RESULT_ORDER,
  comparedText,
  evidenceSentence,
  missingShort,
  outcomeWord,
  resultLabel,
  statedThreshold,
  undeterminedReason,
} from './criteria-format.ts';
import { useT } from '../i18n/i18n.tsx';
import { DataTable, type Column, type CsvTable } from '../ui/data-table.tsx';
import './criteria-table.css';

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

const byName = (a: EconomyEvaluation, b: EconomyEvaluation): number => a.name.localeCompare(b.name);

/** By result (eligible member first, not eligible last), then by name. */
export const byResult = (a: EconomyEvaluation, b: EconomyEvaluation): number =>
  RESULT_ORDER.indexOf(a.result) - RESULT_ORDER.indexOf(b.result) || byName(a, b);

/** Economies in name order: the table's order before the reader sorts it. */
export const inNameOrder = (rows: readonly EconomyEvaluation[]): EconomyEvaluation[] =>
  [...rows].sort(byName);

const evidenceOf = (e: EconomyEvaluation, id: string): CriterionEvidence | undefined =>
  e.criteria.find((c) => c.id === id);

/** By the compared quantity (a share, a rank, a value), economies without one first; then name. */
const byCompared =
  (id: string) =>
  (a: EconomyEvaluation, b: EconomyEvaluation): number =>
    (evidenceOf(a, id)?.compared ?? -Infinity) - (evidenceOf(b, id)?.compared ?? -Infinity) ||
    byName(a, b);

const rowProps = (e: EconomyEvaluation) => ({
  className: `criteria-row row-${e.result}`,
  'data-iso3': e.iso3,
});

export function ResultBadge({ result }: { result: CriteriaResult }) {
  const intl = useIntl();
  return <span className={`result-badge result-${result}`}>{resultLabel(intl, result)}</span>;
}

function CriterionMark({
  e,
  indicator,
}: {
  e: CriterionEvidence | undefined;
  indicator: IndicatorLookup;
}) {
  const intl = useIntl();
  const t = useT();
  if (!e) return <>—</>;
  const info = indicator(e.indicator);
  const detail =
    e.outcome === 'missing' ? missingShort(intl, e) : (comparedText(intl, e, info.unit) ?? '');
  return (
    <>
      <span className="criteria-mark" aria-hidden="true">
        {OUTCOME_MARKS[e.outcome]}
      </span>
      <span className="visually-hidden">{`${t('criteria.cellOutcome', { outcome: outcomeWord(intl, e.outcome) })} `}</span>
      <span className="criteria-compared">{detail}</span>
    </>
  );
}

function ResultContent({ e }: { e: EconomyEvaluation }) {
  const intl = useIntl();
  const t = useT();
  if (e.result !== 'undetermined') return <ResultBadge result={e.result} />;
  const { open, established } = undeterminedReason(intl, e.reason);
  return (
    <>
      <ResultBadge result={e.result} />
      {established && (
        <span className="criteria-established">{t('criteria.atLeast', { tier: established })}</span>
      )}
      <p className="criteria-reason">{open}</p>
    </>
  );
}

export function CriteriaTable({
  columns,
  rows,
  caption,
  label,
  indicator,
  initialSort,
  onSortChange,
  csvName,
  csv,
}: {
  columns: readonly CriterionColumn[];
  /** The rows shown, in name order (the table sorts them as the reader asks). */
  rows: readonly EconomyEvaluation[];
  caption: string;
  /** The scroll region's name. */
  label: string;
  indicator: IndicatorLookup;
  initialSort: SortingState;
  onSortChange: (sorting: SortingState) => void;
  /** The CSV file's name without extension. */
  csvName: string;
  /** The CSV of the rows shown, in their order. */
  csv: (rows: readonly EconomyEvaluation[]) => CsvTable;
}) {
  const t = useT();
  const intl = useIntl();
  // Kept while the criteria, units and language stay, so that the table redraws only what changes.
  const table = useMemo(
    (): Column<EconomyEvaluation>[] => [
      {
        id: 'name',
        header: t('criteria.economy'),
        key: true,
        className: 'criteria-name',
        value: (e) => e.name,
        compare: byName,
        cell: (e, detail) => (
          <span className="criteria-name-inner">
            <button
              type="button"
              className="criteria-toggle"
              aria-expanded={detail.open}
              aria-controls={detail.id}
              aria-label={t('criteria.evidenceFor', { name: e.name })}
              data-iso3={e.iso3}
              onClick={detail.toggle}
            >
              <span aria-hidden="true">{detail.open ? '▾' : '▸'}</span>
            </button>
            <span>
              <a href={`#/economies/${e.iso3}`}>{e.name}</a>
              <span className="sub code">{e.iso3}</span>
            </span>
          </span>
        ),
      },
      {
        id: 'result',
        header: t('criteria.result'),
        className: 'criteria-result',
        value: (e) => resultLabel(intl, e.result),
        compare: byResult,
        cell: (e) => <ResultContent e={e} />,
      },
      ...columns.map((c): Column<EconomyEvaluation> => ({
        id: c.id,
        header: c.group ? `${c.group}: ${c.label}` : c.label,
        heading: (
          <span className="criteria-col-heading" title={c.rationale ?? undefined}>
            {c.group && <span className="criteria-col-group">{c.group}</span>}
            <span className="criteria-col-label">{c.label}</span>
            <span className="criteria-col-threshold">
              {statedThreshold(intl, c, indicator(c.indicator).unit)}
            </span>
          </span>
        ),
        className: 'criteria-col',
        value: (e) => evidenceOf(e, c.id)?.compared ?? null,
        compare: byCompared(c.id),
        cellProps: (e) => {
          const evidence = evidenceOf(e, c.id);
          return evidence
            ? {
                className: `criteria-cell outcome-${evidence.outcome}`,
                'data-criterion': evidence.id,
              }
            : { className: 'criteria-cell muted' };
        },
        cell: (e) => <CriterionMark e={evidenceOf(e, c.id)} indicator={indicator} />,
      })),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t is intl's, new each render
    [columns, indicator, intl],
  );
  const detail = useMemo(
    () => ({
      id: (e: EconomyEvaluation) => `evidence-${e.iso3}`,
      className: 'criteria-detail',
      render: (e: EconomyEvaluation) => <CriteriaEvidence e={e} indicator={indicator} />,
    }),
    [indicator],
  );
  // Each criterion cell's tooltip is its evidence in a sentence, written when the pointer first
  // comes over the cell (in the language shown): 2,000 sentences made for every drawing of the
  // table were a third of its time.
  const byIso3 = useMemo(() => new Map(rows.map((e) => [e.iso3, e])), [rows]);
  const titleOnHover = (event: MouseEvent<HTMLDivElement>): void => {
    const cell =
      event.target instanceof Element ? event.target.closest('td[data-criterion]') : null;
    if (!(cell instanceof HTMLElement) || cell.dataset.titleLocale === intl.locale) return;
    const row = byIso3.get(cell.closest('tr')?.dataset.iso3 ?? '');
    const evidence = row && evidenceOf(row, cell.dataset.criterion ?? '');
    if (!evidence) return;
    cell.title = evidenceSentence(intl, evidence, indicator(evidence.indicator));
    cell.dataset.titleLocale = intl.locale;
  };
  return (
    <div className="criteria-table-hover" onMouseOver={titleOnHover}>
      <DataTable
        rows={rows}
        columns={table}
        caption={<span className="criteria-caption-text">{caption}</span>}
        csvName={csvName}
        csv={csv}
        className="criteria-table"
        label={label}
        rowKey={(e) => e.iso3}
        rowProps={rowProps}
        initialSort={initialSort}
        onSortChange={onSortChange}
        filterable={false}
        count={(shown) => t('criteria.shown', { count: shown })}
        empty={t('criteria.noMatch')}
        detail={detail}
      />
    </div>
  );
}
