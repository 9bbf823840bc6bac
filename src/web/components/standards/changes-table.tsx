// Snapshot changes as a table: what changed (a committee added or removed, its status or
// secretariat, a member joining, leaving or changing role), the committee, the economy, before →
// after, and the committee's strategic tags.
import { useT } from '../../i18n/i18n.tsx';
import { committeeHref } from '../../pages/standards-search.ts';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { TagList } from './committees-table.tsx';
import { useNameOf, useStandardsLabels } from './labels.ts';
import type { StandardsChange } from './queries.ts';
import './standards.css';

export function ChangesTable({
  items,
  tagLabel,
  caption,
  csvName,
}: {
  items: readonly StandardsChange[];
  tagLabel: (code: string) => string;
  caption: string;
  csvName: string;
}) {
  const t = useT();
  const label = useStandardsLabels();
  const nameOf = useNameOf();
  /** A before or after value: a role (secretariat, P, O), a status, or an economy. */
  const value = (c: StandardsChange, v: string | null): string => {
    if (v === null) return '—';
    if (c.kind === 'secretariat-changed') return nameOf(v);
    if (c.kind.startsWith('member') || c.kind === 'role-changed')
      return v === 'secretariat' || v === 'P' || v === 'O' ? label.role(v) : v;
    if (v === 'active' || v === 'suspended' || v === 'disbanded') return label.status(v);
    return v;
  };
  const columns: Column<StandardsChange>[] = [
    {
      id: 'kind',
      header: t('standards.changes.kind'),
      value: (c) => label.kind(c.kind),
      cell: (c) => (
        <span className={`badge standards-kind standards-kind-${c.kind}`}>
          {label.kind(c.kind)}
        </span>
      ),
    },
    {
      id: 'committee',
      header: t('standards.changes.committee'),
      key: true,
      value: (c) => c.reference,
      cell: (c) => <a href={committeeHref(c.reference)}>{c.reference}</a>,
    },
    {
      id: 'economy',
      header: t('standards.changes.economy'),
      value: (c) => (c.iso3 ? nameOf(c.iso3) : null),
    },
    {
      id: 'change',
      header: t('standards.changes.beforeAfter'),
      value: (c) => `${value(c, c.before)} → ${value(c, c.after)}`,
    },
    {
      id: 'tags',
      header: t('standards.col.tags'),
      value: (c) => c.tags.map(tagLabel).join(', '),
      cell: (c) => <TagList tags={c.tags} tagLabel={tagLabel} />,
    },
  ];
  return (
    <DataTable
      rows={items}
      columns={columns}
      caption={caption}
      csvName={csvName}
      className="standards-changes"
      label={caption}
      rowKey={(c) => `${c.snapshotId}-${c.kind}-${c.reference}-${c.iso3 ?? ''}`}
      rowProps={(c) => ({ 'data-kind': c.kind, 'data-ref': c.reference })}
      filterable={items.length > 10}
    />
  );
}
