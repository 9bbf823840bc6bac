// The criteria evaluation table: one row per economy with its result as a labelled badge, one
// column per member-tier criterion (✓ / ✗ / ? with the compared value), sortable by name and
// result, and an expandable row per economy with the full evidence (built when first opened).
// Not the shared DataTable: its rows cannot open a full-width evidence row below them.
import { memo, useState } from 'react';
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

export type CriteriaSortKey = 'name' | 'result';
export type SortDirection = 'ascending' | 'descending';
export interface CriteriaSort {
  key: CriteriaSortKey;
  direction: SortDirection;
}

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

export function ResultBadge({ result }: { result: CriteriaResult }) {
  const intl = useIntl();
  return <span className={`result-badge result-${result}`}>{resultLabel(intl, result)}</span>;
}

function CriterionCell({
  e,
  indicator,
}: {
  e: CriterionEvidence | undefined;
  indicator: IndicatorLookup;
}) {
  const intl = useIntl();
  const t = useT();
  if (!e) return <td className="criteria-cell muted">—</td>;
  const info = indicator(e.indicator);
  const detail =
    e.outcome === 'missing' ? missingShort(intl, e) : (comparedText(intl, e, info.unit) ?? '');
  return (
    <td
      className={`criteria-cell outcome-${e.outcome}`}
      data-criterion={e.id}
      title={evidenceSentence(intl, e, info)}
    >
      <span className="criteria-mark" aria-hidden="true">
        {OUTCOME_MARKS[e.outcome]}
      </span>
      <span className="visually-hidden">{`${t('criteria.cellOutcome', { outcome: outcomeWord(intl, e.outcome) })} `}</span>
      <span className="criteria-compared">{detail}</span>
    </td>
  );
}

function ResultCell({ e }: { e: EconomyEvaluation }) {
  const intl = useIntl();
  const t = useT();
  if (e.result !== 'undetermined')
    return (
      <td className="criteria-result">
        <ResultBadge result={e.result} />
      </td>
    );
  const { open, established } = undeterminedReason(intl, e.reason);
  return (
    <td className="criteria-result">
      <ResultBadge result={e.result} />
      {established && (
        <span className="criteria-established">{t('criteria.atLeast', { tier: established })}</span>
      )}
      <p className="criteria-reason">{open}</p>
    </td>
  );
}

function SortHeader({
  sortKey,
  label,
  className,
  sort,
  onSort,
}: {
  sortKey: CriteriaSortKey;
  label: string;
  className: string;
  sort: CriteriaSort;
  onSort: (key: CriteriaSortKey) => void;
}) {
  const current = sort.key === sortKey;
  return (
    <th scope="col" className={className} aria-sort={current ? sort.direction : undefined}>
      <button
        type="button"
        className="sort-button"
        data-sort={sortKey}
        onClick={() => onSort(sortKey)}
      >
        {label}
        <span className="sort-icon" aria-hidden="true">
          {current ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

/** The row of one economy and its evidence row (rendered once opened). */
const EconomyRows = memo(function EconomyRows({
  e,
  columns,
  indicator,
}: {
  e: EconomyEvaluation;
  columns: readonly CriterionColumn[];
  indicator: IndicatorLookup;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const detailId = `evidence-${e.iso3}`;
  const evidence = new Map(e.criteria.map((c) => [c.id, c]));
  return (
    <>
      <tr className={`criteria-row row-${e.result}`} data-iso3={e.iso3}>
        <th scope="row" className="criteria-name">
          <span className="criteria-name-inner">
            <button
              type="button"
              className="criteria-toggle"
              aria-expanded={open}
              aria-controls={detailId}
              aria-label={t('criteria.evidenceFor', { name: e.name })}
              data-iso3={e.iso3}
              onClick={() => {
                setOpen(!open);
                setOpened(true);
              }}
            >
              <span aria-hidden="true">{open ? '▾' : '▸'}</span>
            </button>
            <span>
              <a href={`#/economies/${e.iso3}`}>{e.name}</a>
              <span className="sub code">{e.iso3}</span>
            </span>
          </span>
        </th>
        <ResultCell e={e} />
        {columns.map((c) => (
          <CriterionCell key={c.id} e={evidence.get(c.id)} indicator={indicator} />
        ))}
      </tr>
      <tr className="criteria-detail" id={detailId} hidden={!open}>
        <td colSpan={2 + columns.length}>
          {opened && <CriteriaEvidence e={e} indicator={indicator} />}
        </td>
      </tr>
    </>
  );
});

export function CriteriaTable({
  columns,
  rows,
  sort,
  onSort,
  caption,
  captionId,
  indicator,
}: {
  columns: readonly CriterionColumn[];
  /** The rows shown, in any order (the table sorts them). */
  rows: readonly EconomyEvaluation[];
  sort: CriteriaSort;
  onSort: (key: CriteriaSortKey) => void;
  caption: string;
  captionId: string;
  indicator: IndicatorLookup;
}) {
  const t = useT();
  const intl = useIntl();
  const sorted = [...rows].sort(compareEvaluations(sort.key, sort.direction));
  return (
    <table className="data-table criteria-table">
      <caption id={captionId}>
        <span className="criteria-caption-text">{caption}</span>
      </caption>
      <thead>
        <tr>
          <SortHeader
            sortKey="name"
            label={t('criteria.economy')}
            className="criteria-name-col"
            sort={sort}
            onSort={onSort}
          />
          <SortHeader
            sortKey="result"
            label={t('criteria.result')}
            className="criteria-result-col"
            sort={sort}
            onSort={onSort}
          />
          {columns.map((c) => (
            <th key={c.id} scope="col" className="criteria-col" title={c.rationale ?? undefined}>
              {c.group && <span className="criteria-col-group">{c.group}</span>}
              <span className="criteria-col-label">{c.label}</span>
              <span className="criteria-col-threshold">
                {statedThreshold(intl, c, indicator(c.indicator).unit)}
              </span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((e) => (
          <EconomyRows key={e.iso3} e={e} columns={columns} indicator={indicator} />
        ))}
        {sorted.length === 0 && (
          <tr>
            <td colSpan={2 + columns.length} className="empty">
              {t('criteria.noMatch')}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
