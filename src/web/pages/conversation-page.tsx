// One conversation (`#/conversations/item?code=brexit-consensus&weight=economy`): what it asks;
// for a signed-in participant the voting card (one statement at a time) and the form to add a
// statement; the opinion map with its groups outlined and each group's representative statements;
// what every group agrees on; what a majority agrees with in every member economy; who is in each
// group by economy and by constituency; the weighting switch (none, economy, constituency, both,
// an indicator). While the conversation is open the map and the card follow everyone's votes. The
// secretariat moderates statements, opens or closes the conversation and exports it in Polis's
// layout.
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { api, data } from '../api/client.ts';
import { useEconomyNames } from '../components/chains/chain-hooks.ts';
import { OpinionMapChart } from '../components/conversations/opinion-map.tsx';
import {
  groupColour,
  groupLetter,
  mayModerate,
  mayVote,
  mayWrite,
  useConversation,
  useIndicators,
  useOpinionMap,
  type Conversation,
  type MapQuery,
  type OpinionMap,
  type Statement,
} from '../components/conversations/queries.ts';
import { StatementForm, VotingCard } from '../components/conversations/voting-card.tsx';
import '../components/conversations/conversations.css';
import { useSession } from '../components/governance/use-session.ts';
import { useT } from '../i18n/i18n.tsx';
import type { MessageId } from '../i18n/messages.en.ts';
import { downloadText } from '../csv-file.ts';
import { announce } from '../page-status.ts';
import { DataTable } from '../ui/data-table.tsx';
import { Field } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ErrorNotice, QueryState } from '../ui/query-state.tsx';
import { MAP_WEIGHTINGS, type ConversationSearch } from './conversations-search.ts';

const DEFAULT_INDICATOR = 'population';

const CONSTITUENCIES: Readonly<Record<string, MessageId>> = {
  member: 'gov.constituency.member',
  partner: 'gov.constituency.partner',
  observer: 'gov.constituency.observer',
  industry: 'gov.constituency.industry',
  ngo: 'gov.constituency.ngo',
  academia: 'gov.constituency.academia',
  technical: 'gov.constituency.technical',
};

export function ConversationPage() {
  const t = useT();
  const search: ConversationSearch = useSearch({ from: '/conversations/item' });
  const me = useSession().data;
  const who = me?.account?.id ?? 'anonymous';
  const code = search.code;
  const conversation = useConversation(code, who);
  const live = conversation.data?.open === true;
  if (code === undefined)
    return (
      <>
        <PageHeading title={t('conv.title')} />
        <p className="notice">{t('conv.item.noCode')}</p>
      </>
    );
  return (
    <>
      <p className="breadcrumb">
        <a href="#/conversations">{t('conv.list.title')}</a>
      </p>
      <QueryState query={conversation} what={t('conv.item.what')} errorTitle={t('conv.item.error')}>
        {(c) => (
          <>
            <PageHeading title={c.title} />
            <Summary c={c} />
            {mayWrite(me) ? (
              c.open ? (
                <div className="take-part">
                  {mayVote(me) ? (
                    <VotingCard code={c.code} who={who} live={live} />
                  ) : (
                    <p className="notice" id="conversation-no-vote">
                      {t('conv.item.noVote')}
                    </p>
                  )}
                  <StatementForm code={c.code} secretariat={mayModerate(me)} />
                </div>
              ) : (
                <p className="notice" id="conversation-closed">
                  {t('conv.item.closedNotice')}
                </p>
              )
            ) : (
              <p className="notice" id="conversation-sign-in">
                <a
                  href={`#/login?next=${encodeURIComponent(`/conversations/item?code=${c.code}`)}`}
                >
                  {t('conv.item.signIn')}
                </a>{' '}
                {t('conv.item.signInWhy')}
              </p>
            )}
            <MapSection c={c} search={search} who={who} live={live} />
            {mayModerate(me) && <Secretariat c={c} />}
          </>
        )}
      </QueryState>
    </>
  );
}

function Summary({ c }: { c: Conversation }) {
  const t = useT();
  return (
    <>
      {c.description && <p className="lede">{c.description}</p>}
      <dl className="facts conversation-facts" id="conversation-facts">
        <div>
          <dt>{t('conv.item.state')}</dt>
          <dd>
            <span
              className={`badge ${c.open ? 'badge-open' : 'badge-closed'}`}
              id="conversation-state"
            >
              {t(c.open ? 'conv.state.open' : 'conv.state.closed')}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('conv.col.participants')}</dt>
          <dd id="conversation-participants">{c.counts.participants}</dd>
        </div>
        <div>
          <dt>{t('conv.col.votes')}</dt>
          <dd id="conversation-votes">{c.counts.votes}</dd>
        </div>
        <div>
          <dt>{t('conv.col.statements')}</dt>
          <dd>{c.counts.statements.accepted}</dd>
        </div>
        <div>
          <dt>{t('conv.item.confidentiality')}</dt>
          <dd>{t(`conv.level.${c.confidentiality}`)}</dd>
        </div>
        {c.proposalId && (
          <div>
            <dt>{t('conv.item.proposal')}</dt>
            <dd>
              <a href={`#/proposals/${encodeURIComponent(c.proposalId)}`}>{c.proposalId}</a>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('conv.item.source')}</dt>
          <dd>{t(c.source === 'polis' ? 'conv.source.polis' : 'conv.source.platform')}</dd>
        </div>
      </dl>
    </>
  );
}

function WeightSwitch({ search }: { search: ConversationSearch }) {
  const t = useT();
  const navigate = useNavigate({ from: '/conversations/item' });
  const weight = search.weight ?? 'none';
  const indicators = useIndicators(weight === 'indicator');
  const set = (next: Partial<ConversationSearch>) =>
    void navigate({ search: { ...search, ...next }, replace: true });
  return (
    <div className="controls">
      <fieldset className="view-toggle" id="map-weight">
        <legend>{t('conv.weight.title')}</legend>
        {MAP_WEIGHTINGS.map((w) => (
          <label key={w}>
            <input
              type="radio"
              name="map-weight"
              value={w}
              checked={weight === w}
              onChange={() =>
                set(
                  w === 'none'
                    ? { weight: undefined, indicator: undefined }
                    : w === 'indicator'
                      ? { weight: w, indicator: search.indicator ?? DEFAULT_INDICATOR }
                      : { weight: w, indicator: undefined },
                )
              }
            />{' '}
            {t(`conv.weight.${w}`)}
          </label>
        ))}
      </fieldset>
      {weight === 'indicator' && (
        <Field label={t('conv.weight.indicator')}>
          <select
            id="map-indicator"
            value={search.indicator ?? DEFAULT_INDICATOR}
            onChange={(e) => set({ indicator: e.target.value })}
          >
            {(indicators.data?.items ?? [{ code: DEFAULT_INDICATOR, name: DEFAULT_INDICATOR }]).map(
              (i) => (
                <option key={i.code} value={i.code}>
                  {i.name}
                </option>
              ),
            )}
          </select>
        </Field>
      )}
      <p className="field-hint weight-hint">{t(`conv.weight.hint.${weight}`)}</p>
    </div>
  );
}

function MapSection({
  c,
  search,
  who,
  live,
}: {
  c: Conversation;
  search: ConversationSearch;
  who: string;
  live: boolean;
}) {
  const t = useT();
  const intl = useIntl();
  const query: MapQuery = {
    ...(search.weight ? { weight: search.weight } : {}),
    ...(search.weight === 'indicator' && search.indicator ? { indicator: search.indicator } : {}),
  };
  const map = useOpinionMap(c.code, query, who, live);
  const statements = new Map(c.statements.map((s) => [s.id, s] as const));
  return (
    <section className="analysis" aria-labelledby="map-heading">
      <h2 id="map-heading">{t('conv.map.heading')}</h2>
      <WeightSwitch search={search} />
      {live && (
        <p className="live-note" id="map-live">
          {t('conv.map.live', {
            time: intl.formatTime(map.dataUpdatedAt || Date.now(), { timeStyle: 'medium' }),
          })}
        </p>
      )}
      <QueryState query={map} what={t('conv.map.what')} errorTitle={t('conv.map.error')}>
        {(m) => (
          <div
            aria-busy={map.isFetching && !map.isRefetching ? true : undefined}
            id="opinion"
            data-k={m.k}
            data-participants={m.participants.length}
          >
            {m.indicator && (
              <p className="field-hint" id="map-indicator-note">
                {t('conv.map.indicatorNote', {
                  economies: m.indicator.economies,
                  unweighted: m.unweighted,
                })}
              </p>
            )}
            {m.participants.length === 0 ? (
              <p className="notice" id="map-empty">
                {t('conv.map.empty', { notPlaced: m.notPlaced })}
              </p>
            ) : (
              <OpinionMapChart
                map={m}
                statements={statements}
                fileName={`opinion-map-${c.code}${search.weight ? `-${search.weight}` : ''}`}
              />
            )}
            <Consensus m={m} statements={statements} />
            <AcrossMembers m={m} statements={statements} />
            <Breakdown m={m} />
          </div>
        )}
      </QueryState>
    </section>
  );
}

const textOf = (statements: ReadonlyMap<string, Statement>, id: string): string =>
  statements.get(id)?.text ?? `#${id}`;

function Consensus({
  m,
  statements,
}: {
  m: OpinionMap;
  statements: ReadonlyMap<string, Statement>;
}) {
  const t = useT();
  const intl = useIntl();
  const pct = (v: number) => intl.formatNumber(v, { style: 'percent' });
  type Row = OpinionMap['consensus'][number];
  return (
    <section className="analysis" aria-labelledby="consensus-heading">
      <h2 id="consensus-heading">{t('conv.consensus.title')}</h2>
      <p className="field-hint">{t('conv.consensus.lede')}</p>
      {m.consensus.length === 0 ? (
        <p className="muted" id="consensus-none">
          {t('conv.consensus.none')}
        </p>
      ) : (
        <DataTable<Row>
          rows={m.consensus}
          columns={[
            {
              id: 'statement',
              header: t('conv.col.statement'),
              key: true,
              value: (r) => textOf(statements, r.statement),
              cell: (r) => (
                <span lang={statements.get(r.statement)?.language ?? undefined}>
                  {textOf(statements, r.statement)}
                </span>
              ),
            },
            {
              id: 'direction',
              header: t('conv.col.direction'),
              value: (r) =>
                t(r.direction === 'agree' ? 'conv.direction.agree' : 'conv.direction.disagree'),
            },
            {
              id: 'consensus',
              header: t('conv.col.consensus'),
              numeric: true,
              value: (r) => r.consensus,
              cell: (r) => pct(r.consensus),
            },
            {
              id: 'groups',
              header: t('conv.col.byGroup'),
              value: (r) => r.shares.map((s, g) => `${groupLetter(g)} ${pct(s)}`).join(' · '),
              cell: (r) => (
                <span className="group-shares">
                  {r.shares.map((s, g) => (
                    <span key={g} className="group-share">
                      <span
                        className="swatch"
                        style={{ background: groupColour(g) }}
                        aria-hidden="true"
                      />
                      {`${groupLetter(g)} ${pct(s)}`}
                    </span>
                  ))}
                </span>
              ),
            },
          ]}
          caption={t('conv.consensus.caption')}
          csvName="consensus"
          label={t('conv.consensus.title')}
          rowKey={(r) => `${r.statement}-${r.direction}`}
          rowProps={(r) => ({ 'data-statement': r.statement })}
          filterable={false}
          initialSort={[{ id: 'consensus', desc: true }]}
        />
      )}
    </section>
  );
}

function AcrossMembers({
  m,
  statements,
}: {
  m: OpinionMap;
  statements: ReadonlyMap<string, Statement>;
}) {
  const t = useT();
  const intl = useIntl();
  const pct = (v: number) => intl.formatNumber(v, { style: 'percent' });
  type Row = OpinionMap['consensusAcrossMembers'][number];
  return (
    <section className="analysis" aria-labelledby="across-heading">
      <h2 id="across-heading">{t('conv.across.title')}</h2>
      <p className="field-hint">{t('conv.across.lede')}</p>
      {m.consensusAcrossMembers.length === 0 ? (
        <p className="muted" id="across-none">
          {t('conv.across.none')}
        </p>
      ) : (
        <DataTable<Row>
          rows={m.consensusAcrossMembers}
          columns={[
            {
              id: 'statement',
              header: t('conv.col.statement'),
              key: true,
              value: (r) => textOf(statements, r.statement),
            },
            {
              id: 'min',
              header: t('conv.col.minShare'),
              numeric: true,
              value: (r) => r.minShare,
              cell: (r) => pct(r.minShare),
            },
            {
              id: 'economies',
              header: t('conv.col.economies'),
              value: (r) =>
                r.economies
                  .map((e) => `${e.economy} ${pct(e.agreeShare)} (${e.participants})`)
                  .join(' · '),
            },
          ]}
          caption={t('conv.across.caption')}
          csvName="consensus-across-members"
          label={t('conv.across.title')}
          rowKey={(r) => r.statement}
          rowProps={(r) => ({ 'data-statement': r.statement })}
          filterable={false}
          initialSort={[{ id: 'min', desc: true }]}
        />
      )}
    </section>
  );
}

interface BreakdownRow {
  key: string;
  label: string;
  counts: number[];
  total: number;
}

function Breakdown({ m }: { m: OpinionMap }) {
  const t = useT();
  const names = useEconomyNames();
  const unknown = t('conv.breakdown.unknown');
  const rows = (
    pick: (g: OpinionMap['groups'][number]) => { key: string | null; participants: number }[],
    label: (key: string) => string,
  ): BreakdownRow[] => {
    const byKey = new Map<string, BreakdownRow>();
    for (const g of m.groups)
      for (const { key, participants } of pick(g)) {
        const k = key ?? '';
        let row = byKey.get(k);
        if (!row)
          byKey.set(
            k,
            (row = {
              key: k,
              label: k === '' ? unknown : label(k),
              counts: m.groups.map(() => 0),
              total: 0,
            }),
          );
        row.counts[g.id] = (row.counts[g.id] ?? 0) + participants;
        row.total += participants;
      }
    return [...byKey.values()];
  };
  const columns = (first: string) => [
    { id: 'key', header: first, key: true, value: (r: BreakdownRow) => r.label },
    ...m.groups.map((g) => ({
      id: `g${g.id}`,
      header: t('conv.breakdown.group', { letter: groupLetter(g.id) }),
      numeric: true,
      value: (r: BreakdownRow) => r.counts[g.id] ?? 0,
    })),
    {
      id: 'total',
      header: t('conv.breakdown.total'),
      numeric: true,
      value: (r: BreakdownRow) => r.total,
    },
  ];
  const economies = rows(
    (g) => g.economies.map((e) => ({ key: e.economy, participants: e.participants })),
    (k) => names.get(k) ?? k,
  );
  const constituencies = rows(
    (g) => g.constituencies.map((e) => ({ key: e.constituency, participants: e.participants })),
    (k) => (CONSTITUENCIES[k] ? t(CONSTITUENCIES[k]) : k),
  );
  if (m.groups.length === 0) return null;
  return (
    <section className="analysis" aria-labelledby="breakdown-heading">
      <h2 id="breakdown-heading">{t('conv.breakdown.title')}</h2>
      <p className="field-hint">{t('conv.breakdown.lede')}</p>
      <div className="breakdown-tables">
        <DataTable<BreakdownRow>
          rows={economies}
          columns={columns(t('conv.breakdown.economy'))}
          caption={t('conv.breakdown.byEconomy')}
          csvName="groups-by-economy"
          label={t('conv.breakdown.byEconomy')}
          rowKey={(r) => r.key}
          rowProps={(r) => ({ 'data-economy': r.key })}
          filterable={false}
          initialSort={[{ id: 'total', desc: true }]}
          className="breakdown-economy"
        />
        <DataTable<BreakdownRow>
          rows={constituencies}
          columns={columns(t('conv.breakdown.constituency'))}
          caption={t('conv.breakdown.byConstituency')}
          csvName="groups-by-constituency"
          label={t('conv.breakdown.byConstituency')}
          rowKey={(r) => r.key}
          rowProps={(r) => ({ 'data-constituency': r.key })}
          filterable={false}
          initialSort={[{ id: 'total', desc: true }]}
          className="breakdown-constituency"
        />
      </div>
    </section>
  );
}

function Secretariat({ c }: { c: Conversation }) {
  const t = useT();
  const pending = c.statements.filter((s) => s.moderation === 'pending');
  const moderate = useMutation({
    mutationFn: (v: { id: string; moderation: 'accepted' | 'rejected' }) =>
      data(
        api.PUT('/api/v1/consultations/conversations/{code}/statements/{id}/moderation', {
          params: { path: { code: c.code, id: v.id } },
          body: { moderation: v.moderation },
        }),
      ),
    onSuccess: (_r, v) =>
      announce(
        t(v.moderation === 'accepted' ? 'conv.moderate.accepted' : 'conv.moderate.rejected'),
      ),
  });
  const setOpen = useMutation({
    mutationFn: (open: boolean) =>
      data(
        api.PUT('/api/v1/consultations/conversations/{code}/open', {
          params: { path: { code: c.code } },
          body: { open },
        }),
      ),
  });
  const exported = useMutation({
    mutationFn: () =>
      data(
        api.GET('/api/v1/consultations/conversations/{code}/export', {
          params: { path: { code: c.code } },
        }),
      ),
    onSuccess: (files) => {
      for (const [name, text] of Object.entries(files))
        downloadText(`${c.code}-${name}`, text, 'text/csv');
    },
  });
  return (
    <section className="analysis secretariat" aria-labelledby="moderation-heading">
      <h2 id="moderation-heading">{t('conv.moderate.title')}</h2>
      <div className="button-row">
        <button
          type="button"
          className="button"
          id="conversation-toggle"
          disabled={setOpen.isPending}
          onClick={() => setOpen.mutate(!c.open)}
        >
          {t(c.open ? 'conv.moderate.close' : 'conv.moderate.open')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          id="conversation-export"
          disabled={exported.isPending}
          onClick={() => exported.mutate()}
        >
          {t('conv.moderate.export')}
        </button>
      </div>
      {setOpen.isError && <ErrorNotice title={t('conv.moderate.failed')} error={setOpen.error} />}
      {exported.isError && <ErrorNotice title={t('conv.moderate.failed')} error={exported.error} />}
      <h3>{t('conv.moderate.pending', { count: pending.length })}</h3>
      {pending.length === 0 ? (
        <p className="muted" id="moderation-none">
          {t('conv.moderate.none')}
        </p>
      ) : (
        <ul className="moderation-list" id="moderation-list">
          {pending.map((s) => (
            <li key={s.id} data-statement={s.id}>
              <q lang={s.language ?? undefined}>{s.text}</q>
              <span className="button-row">
                <button
                  type="button"
                  className="button"
                  disabled={moderate.isPending}
                  onClick={() => moderate.mutate({ id: s.id, moderation: 'accepted' })}
                  aria-label={t('conv.moderate.acceptOne', { id: s.id })}
                >
                  {t('conv.moderate.accept')}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={moderate.isPending}
                  onClick={() => moderate.mutate({ id: s.id, moderation: 'rejected' })}
                  aria-label={t('conv.moderate.rejectOne', { id: s.id })}
                >
                  {t('conv.moderate.reject')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {moderate.isError && <ErrorNotice title={t('conv.moderate.failed')} error={moderate.error} />}
    </section>
  );
}
