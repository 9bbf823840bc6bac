// One case (`#/misuse/case?id=carnegie-aigs-2022:GBR:safe-city`): its kind, countries, period,
// actors, suppliers (each to its page), technology, evidence (source, link, confidence, and the
// partial / transcribed / derived flags), status and versions; for accounts that may write
// proposals, "Open a proposal" to control its technology.
import { useSearch } from '@tanstack/react-router';
import { FlagBadges } from '../components/misuse/cases-table.tsx';
import { useMisuseLabels, type EvidenceFlag } from '../components/misuse/labels.ts';
import { OpenProposal } from '../components/misuse/open-proposal.tsx';
import {
  useCase,
  whoOf,
  type CaseDetail,
  type CaseVersion,
  type Evidence,
} from '../components/misuse/queries.ts';
import { useSession } from '../components/governance/use-session.ts';
import { useDay, useNameOf } from '../components/standards/labels.ts';
import { useT } from '../i18n/i18n.tsx';
import { DataTable, type Column } from '../ui/data-table.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { countryCasesHref, supplierHref, type CaseSearch } from './misuse-search.ts';

const flagsOf = (e: Evidence): EvidenceFlag[] =>
  (['partial', 'transcribed', 'derived'] as const).filter((f) => e[f]);

function CaseFacts({ c }: { c: CaseDetail }) {
  const t = useT();
  const label = useMisuseLabels();
  const nameOf = useNameOf();
  const none = <span className="muted">{t('misuse.none')}</span>;
  const period = [c.period.start, c.period.end].some(Boolean)
    ? `${c.period.start ?? '…'} – ${c.period.end ?? '…'}`
    : null;
  return (
    <dl className="facts misuse-facts">
      <div>
        <dt>{t('misuse.col.kind')}</dt>
        <dd data-kind={c.kind}>{label.kind(c.kind)}</dd>
      </div>
      <div>
        <dt>{t('misuse.col.technology')}</dt>
        <dd data-technology={c.technology}>
          {label.technology(c.technology)}
          {c.technologyDetail && <span className="sub">{c.technologyDetail}</span>}
        </dd>
      </div>
      <div>
        <dt>{t('misuse.col.countries')}</dt>
        <dd id="case-countries">
          {c.countries.length === 0 ? (
            none
          ) : (
            <ul className="misuse-inline-list">
              {c.countries.map((iso3) => (
                <li key={iso3}>
                  <a href={`#/economies/${iso3}`}>{nameOf(iso3)}</a>{' '}
                  <a href={countryCasesHref(iso3)} className="muted">
                    {t('misuse.case.countryCases')}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('misuse.case.period')}</dt>
        <dd>
          {period ?? none}
          {c.year !== null && (
            <span className="sub">{t('misuse.case.countedIn', { year: c.year })}</span>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('misuse.col.status')}</dt>
        <dd data-status={c.status}>{label.status(c.status)}</dd>
      </div>
      <div>
        <dt>{t('misuse.case.actors')}</dt>
        <dd>{c.actors.length === 0 ? none : c.actors.join('; ')}</dd>
      </div>
      <div className="fact-wide">
        <dt>{t('misuse.col.suppliers')}</dt>
        <dd id="case-suppliers">
          {c.suppliers.length === 0 ? (
            none
          ) : (
            <ul className="misuse-inline-list">
              {c.suppliers.map((s) => (
                <li key={`${s.key}-${s.name}`}>
                  <a href={supplierHref(s.name)}>{s.name}</a>
                  {s.origin && <span className="muted"> ({nameOf(s.origin)})</span>}
                </li>
              ))}
            </ul>
          )}
          {c.supplierOrigins.length > 0 && (
            <span className="sub">
              {t('misuse.case.origins', { origins: c.supplierOrigins.map(nameOf).join(', ') })}
            </span>
          )}
          {c.supplierAttribution === 'country' && c.suppliers.length > 0 && (
            <p className="note" id="case-attribution">
              {t('misuse.case.countryAttribution')}
            </p>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('misuse.case.confidentiality')}</dt>
        <dd>{label.confidentiality(c.confidentiality)}</dd>
      </div>
      <div>
        <dt>{t('misuse.col.source')}</dt>
        <dd id="case-source">
          {label.source(c.source)} <FlagBadges flags={[...new Set(c.evidence.flatMap(flagsOf))]} />
        </dd>
      </div>
    </dl>
  );
}

function EvidenceTable({ c }: { c: CaseDetail }) {
  const t = useT();
  const label = useMisuseLabels();
  const citations = new Map(c.sources.map((s) => [s.id, s]));
  const columns: Column<Evidence>[] = [
    {
      id: 'source',
      header: t('misuse.col.source'),
      key: true,
      value: (e) => citations.get(e.sourceId)?.citation ?? e.sourceId,
      cell: (e) => (
        <>
          {citations.get(e.sourceId)?.citation ?? e.sourceId}
          <span className="sub">
            {citations.get(e.sourceId)?.licence ?? ''} <span className="code">{e.sourceId}</span>
          </span>
        </>
      ),
    },
    {
      id: 'confidence',
      header: t('misuse.col.confidence'),
      value: (e) => label.confidence(e.confidence),
    },
    {
      id: 'flags',
      header: t('misuse.col.flags'),
      value: (e) => flagsOf(e).map(label.flag).join(', '),
      cell: (e) =>
        flagsOf(e).length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <FlagBadges flags={flagsOf(e)} />
        ),
    },
    { id: 'reference', header: t('misuse.col.reference'), value: (e) => e.reference },
    {
      id: 'url',
      header: t('misuse.col.link'),
      value: (e) => e.url,
      cell: (e) =>
        e.url ? (
          <a href={e.url} rel="noopener noreferrer" className="misuse-url">
            {e.url}
          </a>
        ) : (
          <span className="muted">—</span>
        ),
    },
    { id: 'published', header: t('misuse.col.published'), value: (e) => e.publishedOn },
    { id: 'note', header: t('misuse.col.note'), value: (e) => e.note },
  ];
  return (
    <DataTable
      rows={c.evidence}
      columns={columns}
      caption={t('misuse.case.evidenceCaption', { count: c.evidence.length })}
      csvName={`misuse-case-evidence-${c.id.replace(/[^A-Za-z0-9]+/g, '-')}`.slice(0, 120)}
      className="misuse-evidence"
      label={t('misuse.case.evidence')}
      rowKey={(e) => `${e.sourceId}-${e.reference}`}
      rowProps={(e) => ({ 'data-source': e.sourceId, 'data-flags': flagsOf(e).join(' ') })}
      filterable={false}
    />
  );
}

function Versions({ c }: { c: CaseDetail }) {
  const t = useT();
  const day = useDay();
  const columns: Column<CaseVersion>[] = [
    { id: 'version', header: t('misuse.col.version'), key: true, value: (v) => v.version },
    {
      id: 'at',
      header: t('misuse.col.changedAt'),
      value: (v) => v.changedAt,
      cell: (v) => <time dateTime={v.changedAt}>{day(v.changedAt)}</time>,
    },
    { id: 'by', header: t('misuse.col.changedBy'), value: (v) => v.changedBy },
    { id: 'title', header: t('misuse.col.case'), value: (v) => v.case.title },
  ];
  return (
    <DataTable
      rows={[...c.versions].sort((a, b) => b.version - a.version)}
      columns={columns}
      caption={t('misuse.case.versionsCaption', { count: c.versions.length })}
      csvName={`misuse-case-versions-${c.id.replace(/[^A-Za-z0-9]+/g, '-')}`.slice(0, 120)}
      className="misuse-versions"
      label={t('misuse.case.versions')}
      rowKey={(v) => String(v.version)}
      filterable={false}
    />
  );
}

function Case({ c }: { c: CaseDetail }) {
  const t = useT();
  const label = useMisuseLabels();
  return (
    <>
      <p className="lede code" id="case-id">
        {c.id}
      </p>
      <CaseFacts c={c} />
      <section className="analysis" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{t('misuse.case.evidence')}</h2>
        <EvidenceTable c={c} />
      </section>
      <section className="analysis" aria-labelledby="case-proposal-heading">
        <h2 id="case-proposal-heading">{t('misuse.case.response')}</h2>
        <p>
          <a href="#/misuse/technologies">{t('misuse.case.controls')}</a>
        </p>
        <OpenProposal
          subject={{ caseId: c.id, action: 'control-technology' }}
          hint={t('misuse.proposal.caseHint', { technology: label.technology(c.technology) })}
        />
      </section>
      <section className="analysis" aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t('misuse.case.versions')}</h2>
        <Versions c={c} />
      </section>
    </>
  );
}

export function MisuseCasePage() {
  const t = useT();
  const { id }: CaseSearch = useSearch({ from: '/misuse/case' });
  const session = useSession();
  const detail = useCase(id, whoOf(session.data));
  return (
    <>
      <p className="breadcrumb">
        <a href="#/misuse">{t('misuse.title')}</a>
      </p>
      <PageHeading title={detail.data?.title ?? t('misuse.case.title')} />
      {id === undefined ? (
        <p className="notice">{t('misuse.case.noId')}</p>
      ) : (
        <QueryState
          query={detail}
          what={t('misuse.case.what')}
          errorTitle={t('misuse.case.error', { id })}
        >
          {(c) => <Case c={c} />}
        </QueryState>
      )}
    </>
  );
}
