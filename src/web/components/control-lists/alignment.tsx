// The alignment matrix as a heat map (member lists by category: the share of the regime's
// paragraphs each implements with the same numbers), the score per list, and for one member its
// unilateral controls and its adoption lag.
import { useIntl } from 'react-intl';
import { downloadCsv, toCsv } from '../../csv-file.ts';
import { useT } from '../../i18n/i18n.tsx';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { Field } from '../../ui/field.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { shareOf } from './format.ts';
import { LAG_STATES } from './labels.ts';
import {
  entryHref,
  useAlignment,
  useLag,
  useUnilateral,
  type Alignment,
  type AlignmentCell,
  type AlignmentRow,
  type Lag,
  type Unilateral,
} from './queries.ts';
import './control-lists.css';

/** Lower bounds of the heat map's classes (shares), lowest first: class i+1 from BANDS[i]. */
const BANDS = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 1] as const;

const bandOf = (share: number): number => {
  let band = 1;
  BANDS.forEach((from, i) => {
    if (share >= from) band = i + 1;
  });
  return band;
};

/** The share a cell shows: the regime's paragraphs implemented with the same numbers. */
const cellShare = (c: AlignmentCell): number | null =>
  shareOf(c.paragraphsIdentical, c.regimeParagraphs);

function HeatCell({
  row,
  category,
  cell,
}: {
  row: AlignmentRow;
  category: string;
  cell: AlignmentCell;
}) {
  const t = useT();
  const intl = useIntl();
  const share = cellShare(cell);
  if (category === 'ML' && !row.munitions)
    return <td className="heat heat-none">{t('controlLists.align.notCompared')}</td>;
  if (share === null)
    return (
      <td className="heat heat-none">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">
          {cell.regimeEntries === 0
            ? t('controlLists.align.noRegimeEntries')
            : t('controlLists.align.noParagraphs')}
        </span>
      </td>
    );
  return (
    <td
      className={`heat heat-${bandOf(share)}`}
      data-share={share.toFixed(4)}
      title={t('controlLists.align.cellTitle', {
        same: cell.paragraphsIdentical,
        paragraphs: cell.regimeParagraphs,
        present: cell.present,
        entries: cell.regimeEntries,
      })}
    >
      <span className="heat-value">{intl.formatNumber(share, { style: 'percent' })}</span>
      <span className="heat-detail">{`${cell.paragraphsIdentical}/${cell.regimeParagraphs}`}</span>
    </td>
  );
}

function alignmentCsv(m: Alignment): string {
  const header = [
    'list',
    'jurisdiction',
    'version_date',
    'category',
    'regime_entries',
    'present',
    'identical',
    'compared',
    'regime_paragraphs',
    'paragraphs_identical',
    'share',
  ];
  const rows = m.rows.flatMap((r) =>
    [...m.categories.map((c) => [c, r.categories[c]!] as const), ['total', r.total] as const].map(
      ([c, cell]) => [
        r.list,
        r.jurisdiction,
        r.versionDate,
        c,
        cell.regimeEntries,
        cell.present,
        cell.identical,
        cell.compared,
        cell.regimeParagraphs,
        cell.paragraphsIdentical,
        c === 'total' ? r.score : cellShare(cell),
      ],
    ),
  );
  return toCsv(header, rows);
}

function Legend() {
  const t = useT();
  const intl = useIntl();
  const pct = (v: number) => intl.formatNumber(v, { style: 'percent' });
  return (
    <ul className="heat-legend" aria-label={t('controlLists.align.legend')}>
      {BANDS.map((from, i) => (
        <li key={from}>
          <span className={`heat-swatch heat-${i + 1}`} aria-hidden="true" />
          {from === 1
            ? pct(1)
            : t('controlLists.align.band', { from: pct(from), to: pct(BANDS[i + 1]!) })}
        </li>
      ))}
    </ul>
  );
}

export function AlignmentMatrix({
  member,
  onMember,
}: {
  member: string | undefined;
  onMember: (list: string | undefined) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const alignment = useAlignment(true);
  return (
    <QueryState
      query={alignment}
      what={t('controlLists.align.what')}
      errorTitle={t('controlLists.align.error')}
    >
      {(m) => {
        const noMunitions = m.rows.filter((r) => !r.munitions).map((r) => r.list);
        return (
          <>
            <p className="lede">{t('controlLists.align.lede', { regime: m.regimeList })}</p>
            <div className="actions-bar">
              <button
                type="button"
                className="button button-secondary"
                onClick={() => downloadCsv(`alignment-${m.regimeList}.csv`, alignmentCsv(m))}
              >
                {t('table.csv')}
              </button>
            </div>
            <div
              className="table-scroll"
              role="region"
              aria-label={t('app.scrollable', { what: t('controlLists.align.title') })}
              tabIndex={0}
            >
              <table className="data-table alignment-heat">
                <caption>{t('controlLists.align.caption', { regime: m.regimeList })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('controlLists.align.list')}</th>
                    {m.categories.map((c) => (
                      <th key={c} scope="col" className="num">
                        {t('controlLists.align.category', { category: c })}
                      </th>
                    ))}
                    <th scope="col" className="num">
                      {t('controlLists.align.entriesPresent')}
                    </th>
                    <th scope="col" className="num">
                      {t('controlLists.align.score')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {m.rows.map((r) => (
                    <tr
                      key={r.list}
                      data-list={r.list}
                      aria-current={r.list === member || undefined}
                    >
                      <th scope="row">
                        <button
                          type="button"
                          className="link-button code"
                          aria-pressed={r.list === member}
                          onClick={() => onMember(r.list === member ? undefined : r.list)}
                        >
                          {r.list}
                        </button>
                        <span className="sub">
                          {`${r.jurisdiction} · ${intl.formatDate(r.versionDate, { dateStyle: 'medium', timeZone: 'UTC' })}`}
                        </span>
                      </th>
                      {m.categories.map((c) => (
                        <HeatCell key={c} row={r} category={c} cell={r.categories[c]!} />
                      ))}
                      <td className="num">
                        {r.entryShare === null
                          ? '—'
                          : intl.formatNumber(r.entryShare, {
                              style: 'percent',
                              maximumFractionDigits: 1,
                            })}
                      </td>
                      <td className="num alignment-score">
                        {r.score === null
                          ? '—'
                          : intl.formatNumber(r.score, {
                              style: 'percent',
                              maximumFractionDigits: 1,
                            })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Legend />
            <p className="note">{t('controlLists.align.scoreNote')}</p>
            {noMunitions.length > 0 && (
              <p className="note munitions-note">
                {t('controlLists.align.munitionsNote', {
                  lists: noMunitions.join(', '),
                  count: noMunitions.length,
                })}
              </p>
            )}
            <div className="controls">
              <Field label={t('controlLists.member.field')}>
                <select
                  id="member-list"
                  value={member ?? ''}
                  onChange={(e) => onMember(e.target.value || undefined)}
                >
                  <option value="">{t('controlLists.member.none')}</option>
                  {m.rows.map((r) => (
                    <option key={r.list} value={r.list}>
                      {`${r.list} · ${r.jurisdiction}`}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            {member && <MemberDetail member={member} />}
          </>
        );
      }}
    </QueryState>
  );
}

type UnilateralEntry = Unilateral['entries'][number];
type ParagraphGroup = Unilateral['paragraphs'][number];
type LagEntry = Lag['entries'][number];

function MemberDetail({ member }: { member: string }) {
  const t = useT();
  const intl = useIntl();
  const unilateral = useUnilateral(member);
  const lag = useLag(member);
  const date = (d: string) => intl.formatDate(d, { dateStyle: 'medium', timeZone: 'UTC' });
  const codeColumn = <T extends { code: string; heading: string }>(regime: string): Column<T>[] => [
    {
      id: 'code',
      header: t('controlLists.browser.code'),
      key: true,
      value: (e) => e.code,
      cell: (e) => (
        <a className="code" href={entryHref(e.code, [regime, member])}>
          {e.code}
        </a>
      ),
    },
    { id: 'heading', header: t('controlLists.browser.heading'), value: (e) => e.heading },
  ];
  const paragraphColumns = (regime: string): Column<ParagraphGroup>[] => [
    ...codeColumn<ParagraphGroup>(regime),
    {
      id: 'paragraphs',
      header: t('controlLists.member.paragraphs'),
      value: (e) => e.paragraphs.join(' '),
      cell: (e) => <span className="code">{e.paragraphs.join(', ')}</span>,
    },
    {
      id: 'count',
      header: t('controlLists.member.count'),
      value: (e) => e.paragraphs.length,
      numeric: true,
    },
  ];
  return (
    <div className="member-detail">
      <section aria-labelledby="unilateral-heading">
        <h3 id="unilateral-heading">{t('controlLists.unilateral.title', { list: member })}</h3>
        <QueryState
          query={unilateral}
          what={t('controlLists.unilateral.what')}
          errorTitle={t('controlLists.unilateral.error')}
        >
          {(u) => {
            const notJudged = Object.entries(u.notJudged);
            return (
              <>
                <p className="note">
                  {t('controlLists.unilateral.lede', {
                    list: u.list,
                    regime: u.regimeList,
                    entries: u.entries.length,
                    paragraphs: u.paragraphs.length,
                  })}
                </p>
                <DataTable
                  rows={u.entries}
                  columns={[
                    ...codeColumn<UnilateralEntry>(u.regimeList),
                    {
                      id: 'series',
                      header: t('controlLists.unilateral.series'),
                      value: (e) => e.series,
                    },
                    {
                      id: 'reasons',
                      header: t('controlLists.browser.reasons'),
                      value: (e) => e.reasons.join(' '),
                    },
                  ]}
                  caption={t('controlLists.unilateral.entriesCaption', { count: u.entries.length })}
                  csvName={`unilateral-entries-${u.list}`}
                  label={t('controlLists.unilateral.entriesCaption', { count: u.entries.length })}
                  rowKey={(e) => e.code}
                />
                <DataTable
                  rows={u.paragraphs}
                  columns={paragraphColumns(u.regimeList)}
                  caption={t('controlLists.unilateral.paragraphsCaption', {
                    count: u.paragraphs.length,
                  })}
                  csvName={`unilateral-paragraphs-${u.list}`}
                  label={t('controlLists.unilateral.paragraphsCaption', {
                    count: u.paragraphs.length,
                  })}
                  rowKey={(e) => e.code}
                />
                {notJudged.length > 0 && (
                  <p className="note">
                    {t('controlLists.unilateral.notJudged', {
                      series: notJudged.map(([s, n]) => `${s} (${n})`).join(', '),
                    })}
                  </p>
                )}
              </>
            );
          }}
        </QueryState>
      </section>
      <section aria-labelledby="lag-heading">
        <h3 id="lag-heading">{t('controlLists.lag.title', { list: member })}</h3>
        <QueryState
          query={lag}
          what={t('controlLists.lag.what')}
          errorTitle={t('controlLists.lag.error')}
        >
          {(l) => (
            <>
              <dl className="facts lag-dates">
                <div>
                  <dt>{t('controlLists.lag.memberDate', { list: l.list })}</dt>
                  <dd>{date(l.listDate)}</dd>
                </div>
                <div>
                  <dt>{t('controlLists.lag.regimeDate', { regime: l.regimeList })}</dt>
                  <dd>{date(l.regimeDate)}</dd>
                </div>
              </dl>
              <p className="note">
                {l.memberOlder
                  ? t('controlLists.lag.older', { list: l.list, regime: l.regimeList })
                  : t('controlLists.lag.notOlder', { list: l.list, regime: l.regimeList })}
                {!l.munitions && ` ${t('controlLists.lag.noMunitions')}`}
              </p>
              <DataTable
                rows={l.entries}
                columns={[
                  ...codeColumn<LagEntry>(l.regimeList),
                  {
                    id: 'state',
                    header: t('controlLists.lag.state'),
                    value: (e) => t(LAG_STATES[e.state]),
                  },
                ]}
                caption={t('controlLists.lag.entriesCaption', { count: l.entries.length })}
                csvName={`adoption-lag-entries-${l.list}`}
                label={t('controlLists.lag.entriesCaption', { count: l.entries.length })}
                rowKey={(e) => e.code}
              />
              <DataTable
                rows={l.paragraphs}
                columns={paragraphColumns(l.regimeList)}
                caption={t('controlLists.lag.paragraphsCaption', { count: l.paragraphs.length })}
                csvName={`adoption-lag-paragraphs-${l.list}`}
                label={t('controlLists.lag.paragraphsCaption', { count: l.paragraphs.length })}
                rowKey={(e) => e.code}
              />
            </>
          )}
        </QueryState>
      </section>
    </div>
  );
}
