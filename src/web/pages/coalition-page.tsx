// One coalition: participants by tier, a map of members and partners, who takes part in each
// workstream, and its leverage (share of the world), inner balance and complementarity, for the
// tier, year and EU counting in the address.
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import { participantMarks, type MapRole } from '../components/coalition-map.ts';
import {
  AnalysisBlock,
  AnalysisControls,
  analysisYears,
  optionsSearch,
  readOptions,
  type AnalysisCtx,
  type EuCounting,
} from '../components/coalitions/analysis-options.tsx';
import { BalanceSection } from '../components/coalitions/balance-section.tsx';
import { CoalitionMapView } from '../components/coalitions/coalition-map-view.tsx';
import type { Coalition, Participant } from '../components/coalitions/coalition-data.ts';
import { ComplementaritySection } from '../components/coalitions/complementarity-section.tsx';
import { DeleteCoalition } from '../components/coalitions/delete-coalition.tsx';
import { LeverageSection } from '../components/coalitions/leverage-section.tsx';
import { OriginBadge } from '../components/coalitions/origin-badge.tsx';
import {
  balanceQuery,
  coalitionQuery,
  complementarityQuery,
  economiesQuery,
  euStatesQuery,
  indicatorsQuery,
  leverageQuery,
} from '../components/coalitions/queries.ts';
import { useT } from '../i18n/i18n.tsx';
import { catalogueOf } from '../indicator-labels.ts';
import { announce } from '../page-status.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { ErrorNotice, Loading } from '../ui/query-state.tsx';
import type { CoalitionSearch } from './coalitions-search.ts';
import '../components/coalitions/coalitions.css';

const TIERS = ['member', 'partner', 'observer', 'stakeholder'] as const;

function ParticipantName({ p }: { p: Participant }) {
  if (p.kind === 'economy') return <a href={`#/economies/${p.code}`}>{p.name}</a>;
  if (p.kind === 'supranational' && p.code === 'EU') return <a href="#/groups/EU">{p.name}</a>;
  return <>{p.name}</>;
}

function TierCards({ c, euCount, eu }: { c: Coalition; euCount: number; eu: EuCounting }) {
  const t = useT();
  return (
    <div className="tier-grid">
      {TIERS.map((tier) => {
        const list = c.participants.filter((p) => p.tier === tier);
        return (
          <section
            key={tier}
            className="card tier-card"
            data-tier={tier}
            aria-labelledby={`tier-${tier}`}
          >
            <h3 id={`tier-${tier}`}>
              {t(`coalitions.tiers.${tier}`)} ({list.length})
            </h3>
            {list.length === 0 ? (
              <p className="muted">{t(`coalitions.profile.none.${tier}`)}</p>
            ) : (
              <ul className="tier-list">
                {list.map((p) => (
                  <li key={p.code}>
                    <ParticipantName p={p} />
                    {p.name !== p.code && (
                      <>
                        {' '}
                        <span className="code muted">{p.code}</span>
                      </>
                    )}
                    {p.code === 'EU' && euCount > 0 && (
                      <span className="sub eu-note">
                        {eu === 'member-states'
                          ? t('coalitions.profile.euStates', { count: euCount })
                          : t('coalitions.profile.euWhole')}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** "Workstreams: who takes part": each workstream's tiers and the participants taking part. */
function WorkstreamsTable({ c }: { c: Coalition }) {
  const t = useT();
  const names = new Map(c.participants.map((p) => [p.code.toUpperCase(), p.name]));
  const tierList = (tiers: readonly string[]) => tiers.join(', ');
  return (
    <section className="workstreams-block" aria-labelledby="workstreams-heading">
      <h2 id="workstreams-heading">{t('coalitions.workstreams.heading')}</h2>
      {c.workstreams.length === 0 ? (
        <p className="muted">{t('coalitions.workstreams.none')}</p>
      ) : (
        <div
          className="table-scroll"
          role="region"
          aria-labelledby="workstreams-caption"
          tabIndex={0}
        >
          <table className="data-table workstreams-table">
            <caption id="workstreams-caption">{t('coalitions.workstreams.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coalitions.workstreams.workstream')}</th>
                <th scope="col">{t('coalitions.workstreams.tiers')}</th>
                <th scope="col">{t('coalitions.workstreams.takingPart')}</th>
              </tr>
            </thead>
            <tbody>
              {c.workstreams.map((w) => {
                const limited = w.participants !== null;
                return (
                  <tr key={w.code} data-code={w.code}>
                    <th scope="row">
                      {w.name}
                      {/* Phones hide the tiers column and show the tiers here instead. */}
                      <span className="sub ws-row-tiers">
                        {tierList(w.tiers)}
                        {limited ? `; ${t('coalitions.workstreams.onlyNamed')}` : ''}
                      </span>
                    </th>
                    <td className="ws-tiers-cell">
                      {tierList(w.tiers)}
                      {limited && (
                        <span className="sub ws-limited">
                          {t('coalitions.workstreams.onlyNamed')}
                        </span>
                      )}
                    </td>
                    <td className="taking-part">
                      {w.takingPart.length === 0 ? (
                        <span className="muted">{t('coalitions.workstreams.nobody')}</span>
                      ) : (
                        <ul className="inline-names">
                          {w.takingPart.map((code) => (
                            <li key={code}>{names.get(code.toUpperCase()) ?? code}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function NotFound({ code, message }: { code: string; message: string }) {
  const t = useT();
  return (
    <div className="notice notice-not-found">
      <PageHeading title={t('coalitions.profile.notFound', { code })} />
      <p>{t('coalitions.profile.notFoundDetail')}</p>
      <p className="muted">{t('coalitions.profile.serverSaid', { message })}</p>
      <p>
        <a href="#/coalitions">{t('coalitions.profile.browse')}</a>
      </p>
    </div>
  );
}

function Breadcrumb({ code }: { code: string }) {
  const t = useT();
  return (
    <nav className="breadcrumb" aria-label={t('coalitions.breadcrumb')}>
      <a href="#/coalitions">{t('coalitions.list.title')}</a> › {code}
    </nav>
  );
}

export function CoalitionPage(): ReactNode {
  const t = useT();
  const { code: raw = '' }: { code?: string } = useParams({ strict: false });
  const code = raw.toUpperCase();
  const search: CoalitionSearch = useSearch({ strict: false });
  const navigate = useNavigate({ from: '/coalitions/$code' });
  const { tier, year, eu } = search;
  const options = useMemo(() => readOptions({ tier, year, eu }), [tier, year, eu]);
  // The "saved" notice stays while the page is open; the address forgets it at once.
  const [saved] = useState(search.saved);
  useEffect(() => {
    if (search.saved)
      void navigate({
        search: (prev: CoalitionSearch) => ({ ...prev, saved: undefined }),
        replace: true,
      });
  }, [search.saved, navigate]);

  const coalition = useQuery(coalitionQuery(code));
  const economies = useQuery(economiesQuery);
  const indicators = useQuery(indicatorsQuery);
  const euStates = useQuery(euStatesQuery);
  const ready = Boolean(coalition.data && economies.data && indicators.data && euStates.data);
  const failed = [coalition, economies, indicators, euStates].find((q) => q.isError);

  const catalogue = useMemo(() => catalogueOf(indicators.data?.items ?? []), [indicators.data]);
  const names = useMemo(
    () => new Map((economies.data?.items ?? []).map((e) => [e.iso3, e.name])),
    [economies.data],
  );
  const ctx: AnalysisCtx = useMemo(
    () => ({ catalogue, names, options }),
    [catalogue, names, options],
  );
  const enabled = coalition.isSuccess;
  const leverage = useQuery({
    ...leverageQuery(code, options),
    enabled,
    placeholderData: (prev) => prev,
  });
  const balance = useQuery({
    ...balanceQuery(code, options),
    enabled,
    placeholderData: (prev) => prev,
  });
  const complementarity = useQuery({
    ...complementarityQuery(code, options),
    enabled,
    placeholderData: (prev) => prev,
  });
  const analysesDone = leverage.isSuccess && balance.isSuccess && complementarity.isSuccess;
  const fetching = leverage.isFetching || balance.isFetching || complementarity.isFetching;
  useEffect(() => {
    if (analysesDone && !fetching) announce(t('coalitions.profile.updated', { code }));
  }, [analysesDone, fetching, code, t]);

  const c = coalition.data;
  const marks = useMemo(() => {
    if (!c) return new Map();
    const hasEu =
      options.eu === 'member-states' &&
      c.participants.some((p) => p.code === 'EU' && p.tier === 'member');
    return participantMarks(c.participants, new Map([['EU', hasEu ? (euStates.data ?? []) : []]]));
  }, [c, options.eu, euStates.data]);

  if (coalition.error instanceof ApiError && coalition.error.notFound)
    return <NotFound code={code} message={coalition.error.message} />;
  if (!ready)
    return (
      <>
        <Breadcrumb code={code} />
        <PageHeading title={code} />
        {failed ? (
          <ErrorNotice
            title={t('coalitions.profile.loadError', { code })}
            error={failed.error}
            retry={() => void failed.refetch()}
          />
        ) : (
          <Loading what={t('coalitions.profile.what', { code })} />
        )}
      </>
    );

  const coalitionData = coalition.data!;
  const members = coalitionData.participants.filter((p) => p.tier === 'member').length;
  const partners = coalitionData.participants.filter((p) => p.tier === 'partner').length;
  const hasEu = coalitionData.participants.some((p) => p.code === 'EU' && p.tier === 'member');
  const euExpanded = hasEu && options.eu === 'member-states';
  const roles: MapRole[] = ['member'];
  if (partners > 0) roles.push('partner');
  if (euExpanded) roles.push('via-member');
  const custom = coalitionData.origin === 'custom';
  const setOptions = (next: typeof options) =>
    void navigate({
      search: (prev: CoalitionSearch) => ({ ...prev, ...optionsSearch(next) }),
      replace: true,
    });
  const analysis = <T,>(
    q: { data?: T; isPending: boolean; isError: boolean; error: unknown; isFetching: boolean },
    what: string,
    show: (d: T) => ReactNode,
  ) =>
    q.data !== undefined ? (
      show(q.data)
    ) : q.isError ? (
      <ErrorNotice title={t('coalitions.profile.analysisError', { what })} error={q.error} />
    ) : (
      <Loading what={what} />
    );
  return (
    <>
      <Breadcrumb code={code} />
      <PageHeading title={coalitionData.name} />
      {saved && (
        <div className="notice notice-success" role="status">
          <p>
            {t(
              saved === 'updated' ? 'coalitions.profile.updatedNotice' : 'coalitions.profile.saved',
              {
                code: coalitionData.code,
              },
            )}
          </p>
        </div>
      )}
      <p className="lede">
        <OriginBadge origin={coalitionData.origin} />{' '}
        {t('coalitions.profile.summary', { code: coalitionData.code, members, partners })}{' '}
        {coalitionData.description}
      </p>
      <div className="button-row page-actions">
        {custom && (
          <a
            className="button"
            href={`#/coalitions/${encodeURIComponent(coalitionData.code)}/edit`}
          >
            {t('coalitions.profile.edit')}
          </a>
        )}
        <a
          className="button button-quiet"
          href={`#/coalitions/new?from=${encodeURIComponent(coalitionData.code)}`}
        >
          {t('coalitions.profile.copy')}
        </a>
        <a
          className="button button-quiet"
          href={`#/coalitions/compare?codes=${encodeURIComponent(coalitionData.code)}${coalitionData.code === 'G7' ? ',T12' : ',G7'}`}
        >
          {t('coalitions.list.compare')}
        </a>
        {coalitionData.origin === 'grouping' && (
          <a
            className="button button-quiet"
            href={`#/groups/${encodeURIComponent(coalitionData.code)}`}
          >
            {t('coalitions.profile.grouping')}
          </a>
        )}
      </div>
      <section aria-labelledby="participants-heading">
        <h2 id="participants-heading">{t('coalitions.profile.participants')}</h2>
        <div className="participants-layout">
          <TierCards
            c={coalitionData}
            euCount={hasEu ? euStates.data!.length : 0}
            eu={options.eu}
          />
          <CoalitionMapView
            economies={economies.data!.items}
            marks={marks}
            label={t('coalitions.map.label', { code: coalitionData.code, members, partners })}
            roles={roles}
            named={coalitionData.participants.filter((p) => p.kind === 'economy')}
          />
        </div>
      </section>
      <WorkstreamsTable c={coalitionData} />
      <div className="analysis-settings">
        <AnalysisControls
          options={options}
          years={analysisYears(indicators.data!.items)}
          onChange={setOptions}
        />
      </div>
      <AnalysisBlock
        id="leverage"
        title={t('coalitions.leverage.heading')}
        intro={t('coalitions.leverage.intro')}
        busy={leverage.isFetching}
      >
        {analysis(leverage, t('coalitions.leverage.what'), (r) => (
          <LeverageSection report={r} ctx={ctx} />
        ))}
      </AnalysisBlock>
      <AnalysisBlock
        id="balance"
        title={t('coalitions.balance.heading')}
        intro={t('coalitions.balance.intro')}
        busy={balance.isFetching}
      >
        {analysis(balance, t('coalitions.balance.what'), (r) => (
          <BalanceSection report={r} ctx={ctx} />
        ))}
      </AnalysisBlock>
      <AnalysisBlock
        id="complementarity"
        title={t('coalitions.complementarity.heading')}
        intro={t('coalitions.complementarity.intro')}
        busy={complementarity.isFetching}
      >
        {analysis(complementarity, t('coalitions.complementarity.what'), (r) => (
          <ComplementaritySection report={r} ctx={ctx} />
        ))}
      </AnalysisBlock>
      {custom && <DeleteCoalition code={coalitionData.code} />}
    </>
  );
}
