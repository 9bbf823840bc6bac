// The engagement dashboard's tables: secretariats by economy and committee type, coverage by
// strategic tag (areas no member leads marked), the uncontested committees (each linked to its
// page), the members × areas complementarity matrix, and the trend's figures by year. Each
// downloads as CSV.
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/i18n.tsx';
import { committeeHref } from '../../pages/standards-search.ts';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { useShare } from '../chains/chain-hooks.ts';
import { TagList } from './committees-table.tsx';
import type { Side } from './engagement-charts.tsx';
import { useStandardsLabels } from './labels.ts';
import type {
  Complementarity,
  EconomySecretariats,
  Engagement,
  TagEngagement,
  Trend,
  Uncontested,
} from './queries.ts';
import './standards.css';

export interface SecretariatRow extends EconomySecretariats {
  name: string;
  side: Side;
}

const TYPES = ['TC', 'SC', 'PC', 'joint', 'other'] as const;

export function SecretariatsTable({
  rows,
  csvName,
}: {
  rows: readonly SecretariatRow[];
  csvName: string;
}) {
  const t = useT();
  const intl = useIntl();
  const label = useStandardsLabels();
  const n = (x: number) => intl.formatNumber(x);
  const columns: Column<SecretariatRow>[] = [
    {
      id: 'economy',
      header: t('standards.members.economy'),
      key: true,
      value: (r) => r.name,
      cell: (r) => <a href={`#/standards?secretariat=${r.iso3}`}>{r.name}</a>,
    },
    {
      id: 'side',
      header: t('standards.side.title'),
      value: (r) =>
        t(r.side === 'coalition' ? 'standards.side.coalition' : 'standards.side.concern'),
    },
    {
      id: 'total',
      header: t('standards.engagement.total'),
      numeric: true,
      value: (r) => r.total,
      cell: (r) => n(r.total),
    },
    ...TYPES.map((type): Column<SecretariatRow> => ({
      id: type,
      header: label.type(type),
      numeric: true,
      value: (r) => r.byType[type],
      cell: (r) => n(r.byType[type]),
      visible: type !== 'other',
    })),
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      caption={t('standards.engagement.secretariatsCaption')}
      csvName={csvName}
      className="standards-secretariats"
      label={t('standards.engagement.secretariatsTitle')}
      rowKey={(r) => `${r.side}-${r.iso3}`}
      rowProps={(r) => ({ 'data-iso3': r.iso3, 'data-side': r.side })}
      initialSort={[{ id: 'total', desc: true }]}
      filterable={false}
    />
  );
}

export function TagCoverageTable({
  rows,
  uncovered,
  csvName,
}: {
  rows: readonly TagEngagement[];
  uncovered: readonly string[];
  csvName: string;
}) {
  const t = useT();
  const intl = useIntl();
  const share = useShare();
  const n = (x: number) => intl.formatNumber(x);
  const columns: Column<TagEngagement>[] = [
    {
      id: 'tag',
      header: t('standards.byTag.tag'),
      key: true,
      value: (r) => r.label,
      cell: (r) => (
        <>
          <a href={`#/standards?tag=${encodeURIComponent(r.tag)}&status=active`}>{r.label}</a>
          {uncovered.includes(r.tag) && (
            <span className="badge badge-uncovered">{t('standards.byTag.uncovered')}</span>
          )}
        </>
      ),
    },
    {
      id: 'active',
      header: t('standards.byTag.active'),
      numeric: true,
      value: (r) => r.activeCommittees,
      cell: (r) => n(r.activeCommittees),
    },
    {
      id: 'member',
      header: t('standards.byTag.memberSecretariats'),
      numeric: true,
      value: (r) => r.memberSecretariats,
      cell: (r) => n(r.memberSecretariats),
    },
    {
      id: 'concern',
      header: t('standards.byTag.concernSecretariats'),
      numeric: true,
      value: (r) => r.concernSecretariats,
      cell: (r) => n(r.concernSecretariats),
    },
    {
      id: 'coverage',
      header: t('standards.byTag.coverage'),
      numeric: true,
      value: (r) => r.coveragePct,
      cell: (r) => share(r.coveragePct),
    },
    {
      id: 'uncontested',
      header: t('standards.byTag.uncontested'),
      numeric: true,
      value: (r) => r.uncontested.length,
      cell: (r) => n(r.uncontested.length),
    },
    {
      id: 'withoutMember',
      header: t('standards.byTag.withoutMember'),
      value: (r) => r.withoutMemberSecretariat.map((c) => c.reference).join(', '),
      visible: false,
    },
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      caption={t('standards.byTag.caption', { count: rows.length })}
      csvName={csvName}
      className="standards-by-tag"
      label={t('standards.byTag.title')}
      rowKey={(r) => r.tag}
      rowProps={(r) => ({ 'data-tag': r.tag, 'data-uncovered': String(uncovered.includes(r.tag)) })}
      filterable={false}
    />
  );
}

export function UncontestedTable({
  rows,
  names,
  tagLabel,
  csvName,
}: {
  rows: readonly Uncontested[];
  names: Readonly<Record<string, string>>;
  tagLabel: (code: string) => string;
  csvName: string;
}) {
  const t = useT();
  const label = useStandardsLabels();
  const columns: Column<Uncontested>[] = [
    {
      id: 'reference',
      header: t('standards.col.reference'),
      key: true,
      value: (r) => r.reference,
      cell: (r) => <a href={committeeHref(r.reference)}>{r.reference}</a>,
    },
    { id: 'title', header: t('standards.col.title'), value: (r) => r.title },
    { id: 'type', header: t('standards.col.type'), value: (r) => label.type(r.type) },
    {
      id: 'secretariat',
      header: t('standards.col.secretariat'),
      value: (r) => names[r.secretariat] ?? r.secretariat,
    },
    {
      id: 'tags',
      header: t('standards.col.tags'),
      value: (r) => r.tags.map(tagLabel).join(', '),
      cell: (r) => <TagList tags={r.tags} tagLabel={tagLabel} />,
    },
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      caption={t('standards.uncontested.caption', { count: rows.length })}
      csvName={csvName}
      className="standards-uncontested"
      label={t('standards.uncontested.title')}
      rowKey={(r) => r.reference}
      rowProps={(r) => ({ 'data-ref': r.reference, 'data-secretariat': r.secretariat })}
      filterable={rows.length > 10}
    />
  );
}

interface MatrixRow {
  iso3: string;
  name: string;
  cells: Map<string, { secretariats: number; participating: number }>;
}

export function ComplementarityMatrix({
  areas,
  engagement,
  csvName,
}: {
  areas: readonly Complementarity[];
  engagement: Engagement;
  csvName: string;
}) {
  const t = useT();
  const members = engagement.coalition.economies;
  const rows: MatrixRow[] = members.map((iso3) => ({
    iso3,
    name: engagement.names[iso3] ?? iso3,
    cells: new Map(
      areas.flatMap((a) => {
        const m = a.members.find((x) => x.iso3 === iso3);
        return m ? [[a.tag, m] as const] : [];
      }),
    ),
  }));
  const columns: Column<MatrixRow>[] = [
    { id: 'member', header: t('standards.members.economy'), key: true, value: (r) => r.name },
    ...areas.map((a): Column<MatrixRow> => ({
      id: `tag-${a.tag}`,
      header: a.covered ? a.label : `${a.label} ${t('standards.matrix.uncoveredMark')}`,
      value: (r) => {
        const c = r.cells.get(a.tag);
        return c ? `${c.secretariats} / ${c.participating}` : null;
      },
      cell: (r) => {
        const c = r.cells.get(a.tag);
        if (!c) return '—';
        return (
          <span
            className={`matrix-cell${c.secretariats > 0 ? ' has-secretariat' : ''}${c.participating === 0 ? ' is-absent' : ''}`}
            title={t('standards.matrix.cellTitle', {
              secretariats: c.secretariats,
              participating: c.participating,
            })}
          >
            {`${c.secretariats} / ${c.participating}`}
          </span>
        );
      },
    })),
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      caption={t('standards.matrix.caption')}
      csvName={csvName}
      className="standards-matrix"
      label={t('standards.matrix.title')}
      rowKey={(r) => r.iso3}
      rowProps={(r) => ({ 'data-iso3': r.iso3 })}
      filterable={false}
    />
  );
}

interface TrendRow {
  year: number;
  total: number;
  coalition: number;
  concern: number;
}

export function TrendTable({ trend, csvName }: { trend: Trend; csvName: string }) {
  const t = useT();
  const intl = useIntl();
  const series = (code: string | undefined) =>
    trend.series.find((s) => s.kind === 'group' && s.code === code)?.counts ?? [];
  const coalition = series(trend.coalition?.code);
  const concern = series(trend.concern.code);
  const rows: TrendRow[] = trend.years.map((year, i) => ({
    year,
    total: trend.totals[i] ?? 0,
    coalition: coalition[i] ?? 0,
    concern: concern[i] ?? 0,
  }));
  const n = (x: number) => intl.formatNumber(x);
  const columns: Column<TrendRow>[] = [
    {
      id: 'year',
      header: t('standards.trend.year'),
      key: true,
      value: (r) => r.year,
      cell: (r) => String(r.year),
      numeric: true,
    },
    {
      id: 'total',
      header: t('standards.trend.total'),
      numeric: true,
      value: (r) => r.total,
      cell: (r) => n(r.total),
    },
    {
      id: 'coalition',
      header: t('standards.side.coalition'),
      numeric: true,
      value: (r) => r.coalition,
      cell: (r) => n(r.coalition),
    },
    {
      id: 'concern',
      header: t('standards.side.concern'),
      numeric: true,
      value: (r) => r.concern,
      cell: (r) => n(r.concern),
    },
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      caption={t('standards.trend.caption', { undated: trend.undated })}
      csvName={csvName}
      className="standards-trend"
      label={t('standards.trend.title')}
      rowKey={(r) => String(r.year)}
      initialSort={[{ id: 'year', desc: true }]}
      filterable={false}
    />
  );
}
