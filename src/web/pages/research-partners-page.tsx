// Partner suggestions (`#/research/partners?member=DEU&field=ai&pool=CHN,USA,JPN`): the economies
// of the pool ranked by complementarity and untapped collaboration, each with its reasons in
// numbers; for AI, NSF's top AI institutions of the pool, each with its screening against the
// restricted-party lists as a flag and its hits with why, each linked to its institution page.
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useEconomyNames } from '../components/chains/chain-hooks.ts';
import { whoOf } from '../components/misuse/queries.ts';
import { useSession } from '../components/governance/use-session.ts';
import {
  ALL_FIELD_CODES,
  useFieldLabel,
  useNumbers,
  useStatusLabel,
} from '../components/research/labels.ts';
import {
  usePartners,
  type Screening,
  type SuggestedInstitution,
  type Suggestion,
} from '../components/research/queries.ts';
import { ResearchLinks } from '../components/research/research-links.tsx';
import { ScreeningFlag } from '../components/research/screening-flag.tsx';
import { useT } from '../i18n/i18n.tsx';
import { DataTable } from '../ui/data-table.tsx';
import { Field } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { institutionHref, type PartnersSearch } from './research-search.ts';

/** An institution's hits: the first named, all with why on opening (open when listed). */
function HitsCell({ screening }: { screening: Screening }) {
  const t = useT();
  const [first] = screening.hits;
  if (!first) return null;
  return (
    <details className="research-hits-cell" open={screening.status === 'listed' || undefined}>
      <summary>
        {t('research.hits.summary', {
          name: first.name,
          list: first.listId,
          more: screening.hits.length - 1,
        })}
      </summary>
      <ul className="research-reasons">
        {screening.hits.map((h) => (
          <li key={`${h.listId}:${h.entityId}`}>
            <strong>{h.name}</strong> ({h.listId}) — {h.why.join('; ')}
          </li>
        ))}
      </ul>
    </details>
  );
}

const Reasons = ({ reasons }: { reasons: readonly string[] }) => (
  <ul className="research-reasons">
    {reasons.map((r, i) => (
      <li key={i}>{r}</li>
    ))}
  </ul>
);

export function ResearchPartnersPage() {
  const t = useT();
  const search: PartnersSearch = useSearch({ from: '/research/partners' });
  const navigate = useNavigate({ from: '/research/partners' });
  const set = (next: Partial<PartnersSearch>) =>
    void navigate({ search: { ...search, ...next }, replace: true });
  const member = search.member ?? 'DEU';
  const field = search.field ?? 'ai';
  const [pool, setPool] = useState(search.pool ?? '');
  const session = useSession();
  const partners = usePartners(
    { member, field, ...(search.pool !== undefined ? { pool: search.pool } : {}) },
    whoOf(session.data),
  );
  const names = useEconomyNames();
  const nameOf = (iso3: string) => names.get(iso3) ?? iso3;
  const fieldLabel = useFieldLabel();
  const statusLabel = useStatusLabel();
  const n = useNumbers();
  const economies = [...names.entries()].sort((a, b) => a[1].localeCompare(b[1]));
  return (
    <>
      <PageHeading title={t('research.partners.title')} />
      <p className="lede">{t('research.partners.lede')}</p>
      <ResearchLinks />
      <form
        className="filters research-filters"
        onSubmit={(e) => {
          e.preventDefault();
          set({ pool: pool.trim().toUpperCase().replace(/\s+/g, '') || undefined });
        }}
      >
        <Field label={t('research.member')}>
          <select
            id="partners-member"
            value={member}
            onChange={(e) => set({ member: e.target.value })}
          >
            {!names.has(member) && <option value={member}>{member}</option>}
            {economies.map(([iso3, name]) => (
              <option key={iso3} value={iso3}>
                {name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('research.field')}>
          <select
            id="partners-field"
            value={field}
            onChange={(e) => set({ field: e.target.value as PartnersSearch['field'] })}
          >
            {ALL_FIELD_CODES.map((f) => (
              <option key={f} value={f}>
                {fieldLabel(f)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('research.pool')} hint={t('research.pool.hint')}>
          <input
            id="partners-pool"
            type="text"
            value={pool}
            placeholder="T12"
            onChange={(e) => setPool(e.target.value)}
          />
        </Field>
        <button type="submit" className="button">
          {t('research.pool.apply')}
        </button>
      </form>
      <QueryState
        query={partners}
        what={t('research.partners.what')}
        errorTitle={t('research.partners.error')}
      >
        {(p) => (
          <>
            <p className="note research-member-facts">
              {t('research.partners.member', {
                member: nameOf(p.member),
                field: fieldLabel(p.field),
                share: n.pct(p.memberSharePct),
                rca: n.ratio(p.memberRca),
                pool: `${p.pool.code} (${p.pool.economies.length})`,
              })}
            </p>
            <section className="analysis" aria-labelledby="suggestions-heading">
              <h2 id="suggestions-heading">{t('research.partners.economies')}</h2>
              <DataTable<Suggestion & { rank: number }>
                rows={p.suggestions.map((s, i) => ({ ...s, rank: i + 1 }))}
                className="research-suggestions"
                columns={[
                  { id: 'rank', header: t('research.rank'), numeric: true, value: (r) => r.rank },
                  {
                    id: 'economy',
                    header: t('research.economy'),
                    value: (r) => nameOf(r.iso3),
                    key: true,
                  },
                  {
                    id: 'score',
                    header: t('research.score'),
                    numeric: true,
                    value: (r) => r.score,
                    cell: (r) => n.ratio(r.score),
                  },
                  {
                    id: 'reasons',
                    header: t('research.reasons'),
                    value: (r) => r.reasons.join('; '),
                    cell: (r) => <Reasons reasons={r.reasons} />,
                  },
                  {
                    id: 'rca',
                    header: t('research.rca'),
                    numeric: true,
                    value: (r) => r.rca,
                    cell: (r) => n.ratio(r.rca),
                  },
                  {
                    id: 'share',
                    header: t('research.worldShare'),
                    numeric: true,
                    value: (r) => r.sharePct,
                    cell: (r) => n.pct(r.sharePct),
                  },
                  {
                    id: 'works',
                    header: t('research.works'),
                    numeric: true,
                    value: (r) => r.works,
                    cell: (r) => n.count(r.works),
                  },
                  {
                    id: 'index',
                    header: t('research.index'),
                    numeric: true,
                    value: (r) => r.index,
                    cell: (r) => n.ratio(r.index),
                  },
                  {
                    id: 'untapped',
                    header: t('research.untapped'),
                    numeric: true,
                    value: (r) => r.untappedWorks,
                    cell: (r) => n.count(r.untappedWorks),
                  },
                ]}
                caption={t('research.partners.economiesCaption', { count: p.suggestions.length })}
                csvName={`research-partners-${p.member}-${p.field}`}
                label={t('research.partners.economies')}
                rowKey={(r) => r.iso3}
                rowProps={(r) => ({ 'data-economy': r.iso3 })}
              />
            </section>
            {p.field === 'ai' && (
              <section className="analysis" aria-labelledby="institutions-heading">
                <h2 id="institutions-heading">{t('research.partners.institutions')}</h2>
                <p className="note">{t('research.partners.institutionsNote')}</p>
                {p.institutions.length === 0 ? (
                  <p className="notice research-empty">{t('research.partners.noInstitutions')}</p>
                ) : (
                  <DataTable<SuggestedInstitution>
                    rows={p.institutions}
                    className="research-institutions"
                    columns={[
                      {
                        id: 'rank',
                        header: t('research.nsfRank'),
                        numeric: true,
                        value: (r) => r.nsfRank,
                      },
                      {
                        id: 'name',
                        header: t('research.institution'),
                        value: (r) => r.name,
                        key: true,
                        cell: (r) => <a href={institutionHref(r.rorId ?? r.name)}>{r.name}</a>,
                      },
                      {
                        id: 'country',
                        header: t('research.economy'),
                        value: (r) => nameOf(r.country),
                      },
                      {
                        id: 'status',
                        header: t('research.screening'),
                        value: (r) => statusLabel(r.screening.status),
                        cell: (r) => <ScreeningFlag status={r.screening.status} />,
                      },
                      {
                        id: 'hits',
                        header: t('research.hits'),
                        value: (r) =>
                          r.screening.hits
                            .map((h) => `${h.name} (${h.listId}): ${h.why.join(', ')}`)
                            .join('; '),
                        cell: (r) => <HitsCell screening={r.screening} />,
                      },
                      {
                        id: 'articles',
                        header: t('research.aiArticles'),
                        numeric: true,
                        value: (r) => r.articles.whole,
                        cell: (r) => n.count(r.articles.whole),
                      },
                      {
                        id: 'international',
                        header: t('research.internationalShare'),
                        numeric: true,
                        value: (r) => r.internationalSharePct,
                        cell: (r) => n.pct(r.internationalSharePct),
                      },
                      {
                        id: 'withMember',
                        header: t('research.worksWithMember'),
                        numeric: true,
                        value: (r) => r.worksWithMember,
                        cell: (r) => n.count(r.worksWithMember),
                      },
                      {
                        id: 'reasons',
                        header: t('research.reasons'),
                        value: (r) => r.reasons.join('; '),
                        cell: (r) => <Reasons reasons={r.reasons} />,
                      },
                    ]}
                    caption={t('research.partners.institutionsCaption', {
                      count: p.institutions.length,
                      listed: p.institutions.filter((i) => i.screening.status === 'listed').length,
                    })}
                    csvName={`research-partner-institutions-${p.member}`}
                    label={t('research.partners.institutions')}
                    rowKey={(r) => `${r.nsfRank}`}
                    rowProps={(r) => ({ 'data-status': r.screening.status, 'data-name': r.name })}
                  />
                )}
              </section>
            )}
            <p className="note">{t('research.sources.nsf')}</p>
          </>
        )}
      </QueryState>
    </>
  );
}
