// The supply chains loaded: stages, inputs, providers and share rows of each, with links to the
// chain and to its export-control coverage; how to add the semiconductor chain.
import { useQuery } from '@tanstack/react-query';
import { useIntl } from 'react-intl';
import type { ChainSummary } from '../components/chain-model.ts';
import { chainsQuery } from '../components/chain-queries.ts';
import { useT } from '../i18n/i18n.tsx';
import { DataTable, type Column } from '../ui/data-table.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import '../components/chains/chains.css';

export function ChainsPage() {
  const t = useT();
  const intl = useIntl();
  const chains = useQuery(chainsQuery);
  const chainHref = (c: ChainSummary) => `#/chains/${encodeURIComponent(c.code)}`;
  const columns: Column<ChainSummary>[] = [
    {
      id: 'chain',
      header: t('chains.list.chain'),
      key: true,
      value: (c) => c.name,
      cell: (c) => (
        <>
          <a href={chainHref(c)}>{c.name}</a>
          <span className="sub code">{c.code}</span>
        </>
      ),
    },
    { id: 'stages', header: t('chains.list.stages'), value: (c) => c.stages, numeric: true },
    { id: 'inputs', header: t('chains.list.inputs'), value: (c) => c.inputs, numeric: true },
    {
      id: 'providers',
      header: t('chains.list.providers'),
      value: (c) => c.providers,
      numeric: true,
    },
    {
      id: 'provisions',
      header: t('chains.list.provisions'),
      value: (c) => c.provisions,
      numeric: true,
    },
    {
      id: 'updated',
      header: t('chains.list.updated'),
      value: (c) => c.updatedAt.slice(0, 10),
      cell: (c) => intl.formatDate(c.updatedAt, { dateStyle: 'medium' }),
    },
    {
      id: 'analyses',
      header: t('chains.list.analyses'),
      value: () => null,
      cell: (c) => (
        <>
          <a href={chainHref(c)} aria-label={t('chains.list.graphOf', { name: c.name })}>
            {t('chains.list.graph')}
          </a>
          {' · '}
          <a
            href={`#/controls?chain=${encodeURIComponent(c.code)}`}
            aria-label={t('chains.list.controlsOf', { name: c.name })}
          >
            {t('chains.list.controls')}
          </a>
        </>
      ),
    },
  ];
  return (
    <>
      <PageHeading title={t('chains.list.title')} />
      <p className="lede">{t('chains.list.lede')}</p>
      <QueryState
        query={chains}
        what={t('chains.list.what')}
        errorTitle={t('chains.list.loadError')}
      >
        {({ items }) => (
          <>
            <DataTable
              rows={items}
              columns={columns}
              caption={t('chains.list.caption', { count: items.length })}
              csvName="supply-chains"
              className="chains-table"
              label={t('chains.list.title')}
              rowKey={(c) => c.code}
              rowProps={(c) => ({ 'data-chain': c.code })}
            />
            {!items.some((c) => c.code === 'semiconductors') && (
              <div className="notice">
                <p className="notice-title">{t('chains.list.addSemis')}</p>
                <p>
                  {t('chains.list.addSemisText')}{' '}
                  <code>techalliance import eto-supply-chain &lt;dir&gt;</code>
                </p>
              </div>
            )}
          </>
        )}
      </QueryState>
    </>
  );
}
