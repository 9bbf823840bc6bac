// A coalition's engagement in standards committees (`#/standards/engagement?coalition=G7&concern=CHN`):
// the headline figures (active committees, secretariats held by the coalition and by the concern
// economies, participation coverage), secretariats by member, coverage by strategic tag with the
// areas no member leads, the uncontested committees (a concern economy leads, no member takes
// part), the members × areas matrix, and who has been taking the new committees. Coalition and
// concern economies live in the URL.
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useShare } from '../components/chains/chain-hooks.ts';
import { economiesQuery } from '../components/facts/queries.ts';
import {
  SecretariatsChart,
  TrendChart,
  type SecretariatBar,
} from '../components/standards/engagement-charts.tsx';
import {
  ComplementarityMatrix,
  SecretariatsTable,
  TagCoverageTable,
  TrendTable,
  UncontestedTable,
  type SecretariatRow,
} from '../components/standards/engagement-tables.tsx';
import {
  tagLabeller,
  useEngagement,
  useStandardsTags,
  useTrend,
  type Engagement,
} from '../components/standards/queries.ts';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { CoalitionPicker, useCoalitions } from '../ui/coalition-picker.tsx';
import { EconomyPicker, type PickerEntry } from '../ui/economy-picker.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import type { EngagementSearch } from './standards-search.ts';

const DEFAULT_COALITION = 'G7';

function ConcernPicker({
  chosen,
  onChange,
}: {
  chosen: readonly string[];
  onChange: (codes: string[]) => void;
}) {
  const t = useT();
  const economies = useQuery(economiesQuery);
  const entries: PickerEntry[] = useMemo(
    () =>
      (economies.data?.items ?? []).map((e) => ({
        code: e.iso3,
        name: e.name,
        detail: e.iso3,
        keywords: `${e.officialName ?? ''} ${e.iso2 ?? ''}`,
      })),
    [economies.data],
  );
  const name = (code: string) => entries.find((e) => e.code === code)?.name ?? code;
  return (
    <details className="concern-picker">
      <summary>
        {t('standards.engagement.concernSummary', { list: chosen.map(name).join(', ') })}
      </summary>
      <EconomyPicker
        id="concern-picker"
        label={t('standards.engagement.concernSearch')}
        entries={entries}
        stateOf={(e) => {
          const selected = chosen.includes(e.code);
          return {
            selected,
            label: t(
              selected ? 'standards.engagement.concernRemove' : 'standards.engagement.concernAdd',
              {
                name: e.name,
              },
            ),
            action: t(selected ? 'standards.coord.unpickShort' : 'standards.coord.pickShort'),
          };
        }}
        onToggle={(e) => {
          const next = chosen.includes(e.code)
            ? chosen.filter((c) => c !== e.code)
            : [...chosen, e.code];
          if (next.length === 0) return;
          onChange(next);
          announce(t('standards.engagement.concernNow', { list: next.map(name).join(', ') }));
        }}
      />
    </details>
  );
}

function Figure({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd id={id} className="figure-value">
        {children}
      </dd>
    </div>
  );
}

function Headline({ e }: { e: Engagement }) {
  const t = useT();
  const intl = useIntl();
  const share = useShare();
  const n = (x: number) => intl.formatNumber(x);
  return (
    <dl className="facts standards-figures" aria-label={t('standards.engagement.figures')}>
      <Figure id="fig-active" label={t('standards.engagement.active')}>
        {n(e.activeCommittees)}
      </Figure>
      <Figure
        id="fig-coalition"
        label={t('standards.engagement.coalitionSecretariats', { code: e.coalition.code })}
      >
        {n(e.secretariats.total)}
      </Figure>
      <Figure id="fig-concern" label={t('standards.engagement.concernSecretariats')}>
        {n(e.concernSecretariats.total)}
      </Figure>
      <Figure id="fig-coverage" label={t('standards.engagement.coverage')}>
        {share(e.participationCoveragePct)}
        <span className="sub">
          {t('standards.engagement.coverageOf', {
            part: n(e.participatedCommittees),
            whole: n(e.activeCommittees),
          })}
        </span>
      </Figure>
      <Figure id="fig-uncontested" label={t('standards.engagement.uncontestedCount')}>
        {n(e.uncontested.length)}
      </Figure>
    </dl>
  );
}

function Dashboard({ e, concern }: { e: Engagement; concern: string | undefined }) {
  const t = useT();
  const tags = useStandardsTags();
  const tagLabel = tagLabeller(tags.data?.items);
  const trend = useTrend(e.coalition.code, concern);
  const slug = `${e.coalition.code}-vs-${e.concern.economies.join('-')}`.replace(
    /[^A-Za-z0-9-]+/g,
    '-',
  );
  const rows: SecretariatRow[] = useMemo(
    () => [
      ...e.secretariats.byMember.map((m) => ({
        ...m,
        name: e.names[m.iso3] ?? m.iso3,
        side: 'coalition' as const,
      })),
      ...e.concernSecretariats.byMember
        .filter((m) => !e.overlap.includes(m.iso3))
        .map((m) => ({ ...m, name: e.names[m.iso3] ?? m.iso3, side: 'concern' as const })),
    ],
    [e],
  );
  const bars: SecretariatBar[] = useMemo(
    () =>
      [...rows]
        .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name))
        .map((r) => ({ iso3: r.iso3, name: r.name, side: r.side, total: r.total })),
    [rows],
  );
  const notes = [
    e.overlap.length > 0 &&
      t('standards.engagement.overlap', { list: e.overlap.map((c) => e.names[c] ?? c).join(', ') }),
    e.notInData.length > 0 &&
      t('standards.engagement.notInData', {
        list: e.notInData.map((c) => e.names[c] ?? c).join(', '),
      }),
    e.membersNotListed.length > 0 &&
      t('standards.engagement.membersNotListed', {
        list: e.membersNotListed.join(', '),
        count: e.membersNotListed.length,
      }),
  ].filter((x): x is string => typeof x === 'string');
  return (
    <>
      <Headline e={e} />
      {notes.length > 0 && (
        <ul className="warning-list standards-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <section className="analysis" aria-labelledby="secretariats-heading">
        <h2 id="secretariats-heading">{t('standards.engagement.secretariatsTitle')}</h2>
        <SecretariatsChart
          bars={bars}
          title={t('standards.chart.secretariats', { code: e.coalition.code })}
          fileName={`standards-secretariats-${slug}`}
        />
        <SecretariatsTable rows={rows} csvName={`standards-secretariats-${slug}`} />
      </section>
      <section className="analysis" aria-labelledby="by-tag-heading">
        <h2 id="by-tag-heading">{t('standards.byTag.title')}</h2>
        <p className="note">
          {t('standards.byTag.lede')}{' '}
          <a href="#/standards/tags" id="by-tag-areas">
            {t('standards.tagsPage.link')}
          </a>
        </p>
        {e.uncoveredTags.length > 0 && (
          <p className="notice standards-warning" id="uncovered-tags">
            {t('standards.byTag.uncoveredList', {
              list: e.uncoveredTags.map(tagLabel).join(', '),
              count: e.uncoveredTags.length,
            })}
          </p>
        )}
        <TagCoverageTable
          rows={e.byTag}
          uncovered={e.uncoveredTags}
          csvName={`standards-by-tag-${slug}`}
        />
      </section>
      <section className="analysis" aria-labelledby="uncontested-heading" id="uncontested">
        <h2 id="uncontested-heading">{t('standards.uncontested.title')}</h2>
        <p className="note">{t('standards.uncontested.lede')}</p>
        {e.uncontested.length === 0 ? (
          <p className="notice">{t('standards.uncontested.none')}</p>
        ) : (
          <UncontestedTable
            rows={e.uncontested}
            names={e.names}
            tagLabel={tagLabel}
            csvName={`standards-uncontested-${slug}`}
          />
        )}
      </section>
      <section className="analysis" aria-labelledby="matrix-heading">
        <h2 id="matrix-heading">{t('standards.matrix.title')}</h2>
        <p className="note">{t('standards.matrix.lede')}</p>
        <ComplementarityMatrix
          areas={e.complementarity}
          engagement={e}
          csvName={`standards-complementarity-${slug}`}
        />
      </section>
      <section className="analysis" aria-labelledby="trend-heading">
        <h2 id="trend-heading">{t('standards.trend.title')}</h2>
        <p className="note">{t('standards.trend.lede')}</p>
        <QueryState
          query={trend}
          what={t('standards.trend.what')}
          errorTitle={t('standards.trend.error')}
        >
          {(tr) => (
            <>
              <TrendChart
                trend={tr}
                title={t('standards.chart.trend', { code: e.coalition.code })}
              />
              <details className="trend-figures">
                <summary>{t('standards.trend.table')}</summary>
                <TrendTable trend={tr} csvName={`standards-trend-${slug}`} />
              </details>
            </>
          )}
        </QueryState>
      </section>
    </>
  );
}

export function StandardsEngagementPage() {
  const t = useT();
  const search: EngagementSearch = useSearch({ from: '/standards/engagement' });
  const navigate = useNavigate({ from: '/standards/engagement' });
  const coalition = search.coalition ?? DEFAULT_COALITION;
  const engagement = useEngagement(coalition, search.concern);
  const set = (next: Partial<EngagementSearch>) =>
    void navigate({ search: { ...search, ...next }, replace: true });
  // An ISO3 list or an unknown code in the address: shown as itself, not as a saved coalition.
  const saved = useCoalitions().data?.items;
  const adHoc = saved && !saved.some((c) => c.code === coalition) ? coalition : undefined;
  const chosenConcern = search.concern?.split(',') ?? engagement.data?.concern.economies ?? [];
  return (
    <>
      <p className="breadcrumb">
        <a href="#/standards">{t('standards.title')}</a>
      </p>
      <PageHeading title={t('standards.engagement.title')} />
      <p className="lede">{t('standards.engagement.lede')}</p>
      <div className="controls standards-engagement-controls">
        <CoalitionPicker
          id="engagement-coalition"
          label={t('standards.engagement.coalition')}
          value={adHoc ? '' : coalition}
          noneLabel={adHoc ? t('standards.engagement.adHoc', { list: adHoc }) : undefined}
          onChange={(code) => {
            if (code) set({ coalition: code });
          }}
        />
      </div>
      {chosenConcern.length > 0 && (
        <ConcernPicker
          chosen={chosenConcern}
          onChange={(codes) => set({ concern: codes.join(',') })}
        />
      )}
      <div aria-busy={engagement.isFetching || undefined} className="standards-dashboard">
        <QueryState
          query={engagement}
          what={t('standards.engagement.what', { code: coalition })}
          errorTitle={t('standards.engagement.error', { code: coalition })}
        >
          {(e) =>
            e.activeCommittees === 0 ? (
              <p className="notice">{t('standards.empty.title')}</p>
            ) : (
              <Dashboard e={e} concern={search.concern} />
            )
          }
        </QueryState>
      </div>
    </>
  );
}
