// An institution (`#/research/institution?name=Beihang%20University`): resolved to the research
// organisation registry (its names, aliases, acronyms, country, types and ROR record), how it
// matched, the candidates when the name is ambiguous, and its screening against every imported
// restricted-party list with each hit's why; a search box.
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useEconomyNames } from '../components/chains/chain-hooks.ts';
import { whoOf } from '../components/misuse/queries.ts';
import { useSession } from '../components/governance/use-session.ts';
import { useInstitution } from '../components/research/queries.ts';
import { ResearchLinks } from '../components/research/research-links.tsx';
import { ScreeningFlag, ScreeningHits } from '../components/research/screening-flag.tsx';
import { useT } from '../i18n/i18n.tsx';
import { Field } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { institutionHref, type InstitutionSearch } from './research-search.ts';

const list = (items: readonly string[]) => (items.length > 0 ? items.join(' · ') : '–');

export function ResearchInstitutionPage() {
  const t = useT();
  const search: InstitutionSearch = useSearch({ from: '/research/institution' });
  const navigate = useNavigate({ from: '/research/institution' });
  const [name, setName] = useState(search.name ?? '');
  const session = useSession();
  const institution = useInstitution(search.name, whoOf(session.data));
  const names = useEconomyNames();
  const nameOf = (iso3: string) => names.get(iso3) ?? iso3;
  return (
    <>
      <PageHeading
        title={
          institution.data?.organisation?.name ?? search.name ?? t('research.institution.title')
        }
      />
      <p className="lede">{t('research.institution.lede')}</p>
      <ResearchLinks />
      <form
        className="filters research-filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void navigate({ search: { name: name.trim() || undefined } });
        }}
      >
        <Field label={t('research.institution.search')} hint={t('research.institution.hint')}>
          <input
            id="institution-name"
            type="search"
            value={name}
            maxLength={300}
            onChange={(e) => setName(e.target.value)}
          />
        </Field>
        <button type="submit" className="button">
          {t('research.institution.go')}
        </button>
      </form>
      {search.name === undefined ? (
        <p className="note">{t('research.institution.prompt')}</p>
      ) : (
        <QueryState
          query={institution}
          what={t('research.institution.what')}
          errorTitle={t('research.institution.error')}
        >
          {(r) => (
            <>
              <section className="analysis" aria-labelledby="resolution-heading">
                <h2 id="resolution-heading">{t('research.institution.registry')}</h2>
                <p className="note" data-resolution={r.resolution}>
                  {t(`research.resolution.${r.resolution}`, { query: r.query })}
                </p>
                {r.organisation && (
                  <dl className="research-facts">
                    <dt>{t('research.institution.name')}</dt>
                    <dd>{r.organisation.name}</dd>
                    <dt>{t('research.institution.aliases')}</dt>
                    <dd>{list(r.organisation.aliases)}</dd>
                    <dt>{t('research.institution.acronyms')}</dt>
                    <dd>{list(r.organisation.acronyms)}</dd>
                    <dt>{t('research.institution.labels')}</dt>
                    <dd>
                      {list(
                        r.organisation.labels.map((l) =>
                          l.language ? `${l.name} (${l.language})` : l.name,
                        ),
                      )}
                    </dd>
                    <dt>{t('research.economy')}</dt>
                    <dd>
                      {nameOf(r.organisation.country)}
                      {r.organisation.city && ` — ${r.organisation.city}`}
                    </dd>
                    <dt>{t('research.institution.types')}</dt>
                    <dd>{list(r.organisation.types)}</dd>
                    <dt>{t('research.institution.established')}</dt>
                    <dd>{r.organisation.established ?? '–'}</dd>
                    <dt>ROR</dt>
                    <dd>
                      <a
                        href={`https://ror.org/${r.organisation.rorId}`}
                        rel="noreferrer noopener"
                        target="_blank"
                      >
                        ror.org/{r.organisation.rorId}
                      </a>{' '}
                      ({t('research.institution.release', { release: r.organisation.release })})
                    </dd>
                    {r.organisation.website && (
                      <>
                        <dt>{t('research.institution.website')}</dt>
                        <dd>
                          <a
                            href={r.organisation.website}
                            rel="noreferrer noopener"
                            target="_blank"
                          >
                            {r.organisation.website}
                          </a>
                        </dd>
                      </>
                    )}
                    <dt>{t('research.institution.matchedBy')}</dt>
                    <dd>{list(r.matchedBy)}</dd>
                  </dl>
                )}
                {r.candidates.length > 0 && (
                  <>
                    <h3>{t('research.institution.candidates')}</h3>
                    <ul className="research-candidates">
                      {r.candidates.map((c) => (
                        <li key={c.rorId}>
                          <a href={institutionHref(c.rorId)}>{c.name}</a> — {nameOf(c.country)} (
                          {c.rorId})
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {r.notes.length > 0 && (
                  <ul className="note">
                    {r.notes.map((x, i) => (
                      <li key={i}>{x}</li>
                    ))}
                  </ul>
                )}
              </section>
              <section className="analysis" aria-labelledby="screening-heading">
                <h2 id="screening-heading">{t('research.screening')}</h2>
                <p className="research-status">
                  <ScreeningFlag status={r.screening.status} />{' '}
                  {t(`research.status.explain.${r.screening.status}`)}
                </p>
                <ScreeningHits screening={r.screening} id="institution-hits" />
              </section>
            </>
          )}
        </QueryState>
      )}
    </>
  );
}
