// One instrument of the policy registry (`#/policies/instrument?id=oecd-ai:143dd63b64a0`): every
// field, its topics by name, its links and citation, and its versions — what each import or edit
// changed, and when. Types and bindingness a model assigned are marked.
import { useSearch } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { usePolicyLabels } from '../components/policies/labels.ts';
import { ModelCoded } from '../components/policies/model-coded.tsx';
import { useInstrument, type InstrumentDetail } from '../components/policies/queries.ts';
import '../components/policies/policies.css';
import { useT } from '../i18n/i18n.tsx';
import { DataTable } from '../ui/data-table.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import type { InstrumentSearch } from './policies-search.ts';

type Version = InstrumentDetail['versions'][number];

export function PolicyInstrumentPage() {
  const t = useT();
  const { id }: InstrumentSearch = useSearch({ from: '/policies/instrument' });
  const instrument = useInstrument(id);
  return (
    <>
      <p className="breadcrumb">
        <a href="#/policies">{t('policies.title')}</a>
      </p>
      {id === undefined ? (
        <>
          <PageHeading title={t('policies.instrument.what')} />
          <p className="notice">{t('policies.instrument.missing')}</p>
        </>
      ) : (
        <QueryState
          query={instrument}
          what={t('policies.instrument.what')}
          errorTitle={t('policies.instrument.error')}
        >
          {(d) => <Instrument d={d} />}
        </QueryState>
      )}
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Instrument({ d }: { d: InstrumentDetail }) {
  const t = useT();
  const intl = useIntl();
  const labels = usePolicyLabels();
  const dateOf = (s: string) =>
    /^\d{4}-\d{2}-\d{2}/.test(s) ? intl.formatDate(s, { dateStyle: 'medium', timeZone: 'UTC' }) : s;
  const dates = Object.entries(d.dates);
  const versions = [...d.versions].sort((a, b) => b.version - a.version);
  const first = versions[versions.length - 1]?.version;
  return (
    <>
      <PageHeading title={d.title} />
      <p className="lede policies-badges">
        <span className="badge">{d.jurisdiction}</span>{' '}
        <span className="badge">
          <ModelCoded value={labels.type(d.type)} model={d.typeModelCoded} />
        </span>{' '}
        <span className="badge">
          <ModelCoded value={labels.binding(d.binding)} model={d.bindingModelCoded} />
        </span>{' '}
        <span className="badge">{labels.status(d.status)}</span>
      </p>
      {(d.typeModelCoded || d.bindingModelCoded) && (
        <p className="note" id="instrument-model-legend">
          {t('policies.modelLegend')}
        </p>
      )}
      <section className="analysis" aria-labelledby="instrument-facts-heading">
        <h2 id="instrument-facts-heading">{t('policies.instrument.facts')}</h2>
        <dl className="facts policies-facts" id="instrument-facts">
          <Fact label={t('policies.instrument.id')}>
            <code>{d.id}</code>
          </Fact>
          {d.originalTitle && (
            <Fact label={t('policies.instrument.originalTitle')}>{d.originalTitle}</Fact>
          )}
          <Fact label={t('policies.col.jurisdiction')}>
            <a href={`#/policies?jurisdictions=${encodeURIComponent(d.jurisdiction)}`}>
              {d.jurisdiction}
            </a>
          </Fact>
          <Fact label={t('policies.col.source')}>
            {labels.source(d.source)}
            {d.sourceId ? ` · ${d.sourceId}` : ''}
          </Fact>
          <Fact label={t('policies.instrument.years')}>
            {d.year ?? '–'}
            {d.endYear !== null ? `–${d.endYear}` : ''}
          </Fact>
          {dates.length > 0 && (
            <Fact label={t('policies.instrument.dates')}>
              <ul className="policies-inline">
                {dates.map(([status, date]) => (
                  <li key={status}>
                    {labels.status(status)}: {dateOf(date)}
                  </li>
                ))}
              </ul>
            </Fact>
          )}
          {d.responsibleBody && (
            <Fact label={t('policies.instrument.responsible')}>{d.responsibleBody}</Fact>
          )}
          <Fact label={t('policies.instrument.confidentiality')}>
            {labels.confidentiality(d.confidentiality)}
          </Fact>
        </dl>
        <h3>{t('policies.instrument.topics')}</h3>
        <ul className="policies-inline" id="instrument-topics">
          {d.topics.map((code) => (
            <li key={code}>
              <a href={`#/policies?topic=${encodeURIComponent(code)}`}>
                {d.topicLabels[code] ?? code}
              </a>
            </li>
          ))}
        </ul>
        {d.sourceTags.length > 0 && (
          <>
            <h3>{t('policies.instrument.sourceTags')}</h3>
            <p className="note">{d.sourceTags.join(' · ')}</p>
          </>
        )}
        {d.description && (
          <>
            <h3>{t('policies.instrument.description')}</h3>
            <div className="policies-description">
              {d.description.split(/\n{2,}/).map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </div>
          </>
        )}
        {d.links.length > 0 && (
          <>
            <h3>{t('policies.instrument.links')}</h3>
            <ul id="instrument-links">
              {d.links.map((l) => (
                <li key={l}>
                  <a href={l} rel="noreferrer noopener" target="_blank">
                    {l}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
        {d.citation && (
          <>
            <h3>{t('policies.instrument.citation')}</h3>
            <p className="citation" id="instrument-citation">
              {d.citation}
            </p>
          </>
        )}
        <p>
          <a
            className="button button-secondary"
            href={`#/policies/compare?jurisdictions=${encodeURIComponent(
              [d.jurisdiction, ...['USA', 'EU', 'DEU'].filter((j) => j !== d.jurisdiction)]
                .slice(0, 3)
                .join(','),
            )}${d.topics[0] ? `&topic=${encodeURIComponent(d.topics[0])}` : ''}`}
          >
            {t('policies.instrument.compare', { name: d.jurisdiction })}
          </a>
        </p>
      </section>
      <section className="analysis" aria-labelledby="instrument-versions-heading">
        <h2 id="instrument-versions-heading">{t('policies.instrument.versions')}</h2>
        <DataTable<Version>
          rows={versions}
          columns={[
            {
              id: 'version',
              header: t('policies.instrument.version'),
              key: true,
              numeric: true,
              value: (v) => v.version,
            },
            {
              id: 'at',
              header: t('policies.instrument.changedAt'),
              value: (v) => v.changedAt,
              cell: (v) =>
                intl.formatDate(v.changedAt, { dateStyle: 'medium', timeStyle: 'short' }),
            },
            { id: 'by', header: t('policies.instrument.changedBy'), value: (v) => v.changedBy },
            {
              id: 'changed',
              header: t('policies.instrument.changed'),
              value: (v) =>
                v.version === first || v.changed.length === 0
                  ? t('policies.instrument.first')
                  : v.changed.join(', '),
            },
          ]}
          caption={t('policies.instrument.versionsCaption')}
          csvName={`instrument-${d.id.replace(/[^A-Za-z0-9-]/g, '-')}-versions`}
          label={t('policies.instrument.versions')}
          rowKey={(v) => String(v.version)}
          filterable={false}
          className="policies-versions"
        />
      </section>
    </>
  );
}
