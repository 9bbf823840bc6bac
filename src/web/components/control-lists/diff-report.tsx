// The diff of two lists as a report: counts, the entries each list alone controls, the shared
// entries that differ (with a link to their side-by-side view), and those not compared and why.
import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { useT } from '../../i18n/i18n.tsx';
import { announce } from '../../page-status.ts';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { entryHref, type ListDiff } from './queries.ts';
import './control-lists.css';

type EntryRef = ListDiff['onlyInA'][number];
type Changed = ListDiff['changed'][number];
type NotCompared = ListDiff['notCompared'][number];

const unique = (labels: readonly string[]): string[] => [...new Set(labels)];

export function DiffReport({ d }: { d: ListDiff }) {
  const t = useT();
  const intl = useIntl();
  useEffect(() => {
    announce(
      t('controlLists.diff.announce', {
        onlyA: d.onlyInA.length,
        onlyB: d.onlyInB.length,
        changed: d.changed.length,
      }),
    );
  }, [d, t]);
  const pair = [d.a, d.b];
  const refColumns: Column<EntryRef>[] = [
    {
      id: 'code',
      header: t('controlLists.browser.code'),
      key: true,
      value: (e) => e.code,
      cell: (e) => (
        <a className="code" href={entryHref(e.code, pair)}>
          {e.code}
        </a>
      ),
    },
    { id: 'heading', header: t('controlLists.browser.heading'), value: (e) => e.heading },
  ];
  const labels = (xs: readonly string[]) =>
    xs.length > 0 ? <span className="code">{xs.join(', ')}</span> : '—';
  const changedColumns: Column<Changed>[] = [
    {
      id: 'code',
      header: t('controlLists.browser.code'),
      key: true,
      value: (e) => e.code,
      cell: (e) => <span className="code">{e.code}</span>,
    },
    {
      id: 'heading',
      header: t('controlLists.browser.heading'),
      value: (e) => e.heading,
      visible: false,
    },
    {
      id: 'onlyA',
      header: t('controlLists.diff.paragraphsOnlyIn', { list: d.a }),
      value: (e) => e.paragraphsOnlyInA.join(' '),
      cell: (e) => labels(e.paragraphsOnlyInA),
    },
    {
      id: 'onlyB',
      header: t('controlLists.diff.paragraphsOnlyIn', { list: d.b }),
      value: (e) => e.paragraphsOnlyInB.join(' '),
      cell: (e) => labels(e.paragraphsOnlyInB),
    },
    {
      id: 'texts',
      header: t('controlLists.diff.textsDiffer'),
      value: (e) => e.textChanged.map((c) => c.label).join(' '),
      cell: (e) => labels(e.textChanged.map((c) => c.label)),
    },
    {
      id: 'numbers',
      header: t('controlLists.diff.numbersDiffer'),
      value: (e) => unique(e.parameters.map((p) => p.label)).join(' '),
      cell: (e) => labels(unique(e.parameters.map((p) => p.label))),
    },
    {
      id: 'view',
      header: t('controlLists.diff.view'),
      value: () => null,
      cell: (e) => (
        <a
          href={entryHref(e.code, pair)}
          aria-label={t('controlLists.diff.viewOf', { code: e.code })}
        >
          {t('controlLists.diff.sideBySide')}
        </a>
      ),
    },
  ];
  const notComparedColumns: Column<NotCompared>[] = [
    ...refColumns,
    { id: 'reason', header: t('controlLists.diff.reason'), value: (e) => e.reason },
  ];
  const n = (x: number) => intl.formatNumber(x);
  return (
    <>
      <dl className="facts diff-counts">
        <div>
          <dt>{t('controlLists.diff.onlyIn', { list: d.a })}</dt>
          <dd id="count-only-a">{n(d.onlyInA.length)}</dd>
        </div>
        <div>
          <dt>{t('controlLists.diff.onlyIn', { list: d.b })}</dt>
          <dd id="count-only-b">{n(d.onlyInB.length)}</dd>
        </div>
        <div>
          <dt>{t('controlLists.diff.changed')}</dt>
          <dd id="count-changed">{n(d.changed.length)}</dd>
        </div>
        <div>
          <dt>{t('controlLists.diff.same')}</dt>
          <dd id="count-same">{n(d.same)}</dd>
        </div>
        <div>
          <dt>{t('controlLists.diff.notCompared')}</dt>
          <dd id="count-not-compared">{n(d.notCompared.length)}</dd>
        </div>
      </dl>
      <p className="note">{t('controlLists.diff.rules')}</p>
      <section className="analysis" aria-labelledby="only-a-heading" id="only-a">
        <h2 id="only-a-heading">
          {t('controlLists.diff.onlyInTitle', { list: d.a, count: d.onlyInA.length })}
        </h2>
        <DataTable
          rows={d.onlyInA}
          columns={refColumns}
          caption={t('controlLists.diff.onlyInCaption', { list: d.a, other: d.b })}
          csvName={`only-in-${d.a}-not-${d.b}`}
          label={t('controlLists.diff.onlyIn', { list: d.a })}
          rowKey={(e) => e.code}
          rowProps={(e) => ({ 'data-code': e.code })}
        />
      </section>
      <section className="analysis" aria-labelledby="only-b-heading" id="only-b">
        <h2 id="only-b-heading">
          {t('controlLists.diff.onlyInTitle', { list: d.b, count: d.onlyInB.length })}
        </h2>
        <DataTable
          rows={d.onlyInB}
          columns={refColumns}
          caption={t('controlLists.diff.onlyInCaption', { list: d.b, other: d.a })}
          csvName={`only-in-${d.b}-not-${d.a}`}
          label={t('controlLists.diff.onlyIn', { list: d.b })}
          rowKey={(e) => e.code}
          rowProps={(e) => ({ 'data-code': e.code })}
        />
      </section>
      <section className="analysis" aria-labelledby="changed-heading" id="changed">
        <h2 id="changed-heading">
          {t('controlLists.diff.changedTitle', { count: d.changed.length })}
        </h2>
        <DataTable
          rows={d.changed}
          columns={changedColumns}
          caption={t('controlLists.diff.changedCaption', { a: d.a, b: d.b })}
          csvName={`changed-${d.a}-${d.b}`}
          label={t('controlLists.diff.changed')}
          rowKey={(e) => e.code}
          rowProps={(e) => ({ 'data-code': e.code })}
        />
      </section>
      <section className="analysis" aria-labelledby="not-compared-heading" id="not-compared">
        <h2 id="not-compared-heading">
          {t('controlLists.diff.notComparedTitle', { count: d.notCompared.length })}
        </h2>
        <DataTable
          rows={d.notCompared}
          columns={notComparedColumns}
          caption={t('controlLists.diff.notComparedCaption')}
          csvName={`not-compared-${d.a}-${d.b}`}
          label={t('controlLists.diff.notCompared')}
          rowKey={(e) => e.code}
          rowProps={(e) => ({ 'data-code': e.code })}
        />
      </section>
    </>
  );
}
