// Every input's metrics in one table: top economy, HHI, top three, economies to 75%, coalition,
// concern and neither shares, unattributed, and chokepoint with its reasons; CSV of the figures.
import { useT } from '../../i18n/i18n.tsx';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { hasShares } from '../chain-colour.ts';
import type { Chain, ChainMetrics, ChokepointItem } from '../chain-model.ts';
import { concernLabel } from '../supply-chain-labels.ts';
import { useShare } from './chain-hooks.ts';
import { itemName, kindMessage } from './chain-words.ts';
import './chains.css';

const stageName = (chain: Chain, item: ChokepointItem): string => {
  const stage = chain.inputs.find((i) => i.id === item.item)?.stage;
  return stage ? itemName(chain, stage) : '';
};

export function MetricsTable({
  chain,
  metrics,
  onSelect,
}: {
  chain: Chain;
  metrics: ChainMetrics;
  onSelect: (id: string) => void;
}) {
  const t = useT();
  const share = useShare();
  const coalition = metrics.coalition.code;
  const items = metrics.chokepoints.items;
  const chokepoints = items.filter((i) => i.chokepoint).length;
  /** A share, blank ("—") without a known share: never 0 or 100. */
  const pct = (
    pick: (i: ChokepointItem) => number | null,
  ): Pick<Column<ChokepointItem>, 'value' | 'cell' | 'numeric'> => ({
    numeric: true,
    value: (i) => (hasShares(i) ? pick(i) : null),
    cell: (i) => (hasShares(i) ? share(pick(i)) : '—'),
  });
  const columns: Column<ChokepointItem>[] = [
    {
      id: 'item',
      header: t('chains.metrics.item'),
      key: true,
      value: (i) => i.name,
      cell: (i) => (
        <>
          <button type="button" className="link-button" onClick={() => onSelect(i.item)}>
            {i.name}
          </button>
          <span className="sub">
            {t(kindMessage[i.kind])}
            {stageName(chain, i) ? ` · ${stageName(chain, i)}` : ''}
          </span>
        </>
      ),
    },
    {
      id: 'year',
      header: t('chains.year'),
      numeric: true,
      value: (i) => i.year,
      cell: (i) => i.year ?? '—',
    },
    {
      id: 'top1',
      header: t('chains.metrics.top1'),
      numeric: true,
      value: (i) => i.concentration.top1?.sharePct ?? null,
      cell: (i) => {
        const top = i.concentration.top1;
        return top ? `${top.iso3} ${share(top.sharePct)}` : '—';
      },
    },
    {
      id: 'hhi',
      header: 'HHI',
      numeric: true,
      value: (i) => (hasShares(i) ? i.concentration.hhi : null),
      cell: (i) =>
        hasShares(i) && i.concentration.hhi !== null ? i.concentration.hhi.toFixed(3) : '—',
    },
    { id: 'top3', header: t('chains.metrics.top3'), ...pct((i) => i.concentration.top3Pct) },
    {
      id: 'reach',
      header: t('chains.metrics.reach'),
      numeric: true,
      value: (i) => (hasShares(i) ? i.concentration.economiesToReach : null),
      cell: (i) =>
        hasShares(i) && i.concentration.economiesToReach !== null
          ? i.concentration.economiesToReach
          : '—',
    },
    { id: 'coalition', header: coalition, ...pct((i) => i.coalitionPct) },
    { id: 'concern', header: t('chains.metrics.concern'), ...pct((i) => i.concernPct) },
    { id: 'neither', header: t('chains.metrics.neither'), ...pct((i) => i.neitherPct) },
    {
      id: 'unattributed',
      header: t('chains.detail.unattributed'),
      ...pct((i) => i.unattributedPct),
    },
    {
      id: 'chokepoint',
      header: t('chains.detail.chokepoint'),
      value: (i) =>
        hasShares(i)
          ? i.chokepoint
            ? `yes: ${i.reasons.map((r) => r.message).join(' | ')}`
            : 'no'
          : null,
      cell: (i) =>
        i.chokepoint ? (
          <>
            <strong className="chokepoint-yes">{t('chains.yes')}</strong>
            <ul className="reason-list">
              {i.reasons.map((r, n) => (
                <li key={n}>{r.message}</li>
              ))}
            </ul>
          </>
        ) : hasShares(i) ? (
          t('chains.no')
        ) : (
          <span className="muted">{t('chains.metrics.noShare')}</span>
        ),
    },
  ];
  return (
    <section className="chain-metrics" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">{t('chains.metrics.title')}</h2>
      <DataTable
        rows={items}
        columns={columns}
        caption={t('chains.metrics.caption', {
          count: items.length,
          chokepoints,
          coalition,
          members: metrics.coalition.economies.length,
          concern: concernLabel(metrics),
        })}
        csvName={`${chain.code}-metrics-${coalition}`}
        className="metrics-table"
        label={t('chains.metrics.title')}
        rowKey={(i) => i.item}
        rowProps={(i): Record<string, string> =>
          i.chokepoint
            ? { 'data-item': i.item, className: 'is-chokepoint' }
            : { 'data-item': i.item }
        }
      />
    </section>
  );
}
