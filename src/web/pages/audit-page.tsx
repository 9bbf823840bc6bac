// The governance event log: the server's verification of it (chain, signatures, checkpoints), the
// public key it is signed with, signed checkpoints to download and keep, and the entries the reader
// may see, newest first (entries about proposals they may not read show as hidden: their place in
// the chain only). Members verify on their own with `techalliance audit verify` (docs/audit-log.md).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { api, data } from '../api/client.ts';
import {
  describeEvent,
  isRedacted,
  type AuditCheckpoint,
  type AuditEntry,
  type AuditRecord,
  type AuditVerification,
} from '../components/audit-history.ts';
import { GovError } from '../components/governance/gov-error.tsx';
import { useSession } from '../components/governance/use-session.ts';
import { downloadText } from '../csv-file.ts';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { canWrite, signInHref, type Me } from '../session.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { Loading, QueryState } from '../ui/query-state.tsx';
import '../components/governance/governance.css';
import '../components/governance/audit.css';

/** Entries fetched per page. */
const PAGE = 100;

const short = (hash: string): string => `${hash.slice(0, 12)}…`;

/** The reader's date and time of `iso`, to the minute (`exact`: to the second). */
function useWhen(): (iso: string, exact?: boolean) => string {
  const intl = useIntl();
  return (iso, exact = false) =>
    intl.formatDate(iso, { dateStyle: 'medium', timeStyle: exact ? 'medium' : 'short' });
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="gov-section" aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

function SignInFirst() {
  const t = useT();
  return (
    <p>
      <a href={signInHref()}>{t('app.signIn')}</a> {t('gov.audit.signInTo')}
    </p>
  );
}

function VerificationBlock({ v }: { v: AuditVerification }) {
  const t = useT();
  const ok = v.ok;
  return (
    <div
      className={`card audit-status ${ok ? 'audit-status-ok' : 'audit-status-broken'}`}
      id="audit-status"
      data-ok={String(ok)}
    >
      <p className="audit-status-line">
        <strong>{ok ? t('gov.audit.verified') : t('gov.audit.broken')}</strong>
        {ok
          ? t('gov.audit.okLine', { checked: v.checked, checkpoints: v.checkpoints })
          : t('gov.audit.brokenLine', {
              seq: v.firstBroken?.seq ?? '?',
              reason: v.firstBroken?.reason ?? '',
              detail: v.firstBroken?.detail ?? '',
              checked: v.checked,
            })}
      </p>
      <p className="field-hint">
        {t('gov.audit.head')} <code title={v.headHash}>{short(v.headHash)}</code>
        {v.fingerprint && (
          <>
            {' · '}
            {t('gov.audit.key')} <code title={v.fingerprint}>{short(v.fingerprint)}</code>
          </>
        )}
        . {t('gov.audit.selfCheck')}{' '}
        <code>techalliance audit verify --file audit.jsonl --key audit-key.pem</code>.
      </p>
    </div>
  );
}

function Verification() {
  const t = useT();
  const query = useQuery({
    queryKey: ['audit', 'verify'],
    queryFn: ({ signal }) => data(api.GET('/api/v1/audit/verify', { signal }), signal),
  });
  const ok = query.data?.ok;
  const at = query.dataUpdatedAt;
  useEffect(() => {
    if (ok !== undefined) announce(ok ? t('gov.audit.verifies') : t('gov.audit.isBroken'));
  }, [ok, at, t]);
  if (query.isFetching) return <Loading what={t('gov.audit.loadingVerification')} />;
  if (query.isError) return <GovError title={t('gov.audit.verifyFailed')} error={query.error} />;
  if (!query.data) return null;
  return (
    <>
      <VerificationBlock v={query.data} />
      <button
        type="button"
        className="button button-quiet button-small"
        id="verify-again"
        onClick={() => void query.refetch()}
      >
        {t('gov.audit.verifyAgain')}
      </button>
    </>
  );
}

function PublicKey() {
  const t = useT();
  const query = useQuery({
    queryKey: ['audit', 'key'],
    queryFn: ({ signal }) => data(api.GET('/api/v1/audit/key', { signal }), signal),
  });
  return (
    <QueryState
      query={query}
      what={t('gov.audit.loadingKey')}
      errorTitle={t('gov.audit.keyFailed')}
    >
      {(k) => (
        <>
          <p>
            {t('gov.audit.fingerprint')} <code id="audit-fingerprint">{k.fingerprint}</code>.{' '}
            {t('gov.audit.compare')}
          </p>
          <pre className="audit-pem" id="audit-pem">
            {k.pem}
          </pre>
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => downloadText('audit-key.pem', k.pem, 'application/x-pem-file')}
          >
            {t('gov.audit.downloadKey')}
          </button>
        </>
      )}
    </QueryState>
  );
}

function CheckpointsTable({ items }: { items: AuditCheckpoint[] }) {
  const t = useT();
  const when = useWhen();
  if (items.length === 0) return <p id="no-checkpoints">{t('gov.audit.noCheckpoints')}</p>;
  return (
    <div className="table-scroll">
      <table className="data-table" id="audit-checkpoints">
        <caption className="visually-hidden">{t('gov.audit.checkpointsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('gov.audit.colEntry')}
            </th>
            <th scope="col">{t('gov.audit.colMade')}</th>
            <th scope="col">{t('gov.audit.colHead')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('gov.audit.colDownload')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.seq} data-seq={c.seq}>
              <td className="num">{c.seq}</td>
              <td>
                <time dateTime={c.at} title={when(c.at, true)}>
                  {when(c.at)}
                </time>
              </td>
              <td>
                <code title={c.headHash}>{short(c.headHash)}</code>
              </td>
              <td>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  data-download={c.seq}
                  onClick={() => {
                    downloadText(
                      `audit-checkpoint-${c.seq}.json`,
                      JSON.stringify(c, null, 2) + '\n',
                      'application/json',
                    );
                    announce(t('gov.audit.downloaded', { seq: c.seq }));
                  }}
                >
                  {t('gov.audit.download', { seq: c.seq })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Checkpoints({ mayMake }: { mayMake: boolean }) {
  const t = useT();
  const client = useQueryClient();
  const query = useQuery({
    queryKey: ['audit', 'checkpoints'],
    queryFn: ({ signal }) => data(api.GET('/api/v1/audit/checkpoints', { signal }), signal),
  });
  const make = useMutation({
    mutationFn: () => data(api.POST('/api/v1/audit/checkpoints')),
    onSuccess: (c) => {
      announce(t('gov.audit.made', { seq: c.seq }));
      return client.invalidateQueries({ queryKey: ['audit'] });
    },
  });
  return (
    <div>
      <p>
        {t('gov.audit.checkpointIntro')}{' '}
        <code>techalliance audit verify --checkpoint &lt;file&gt;</code>{' '}
        {t('gov.audit.checkpointIntroEnd')}
      </p>
      {mayMake && (
        <button
          type="button"
          className="button button-quiet button-small"
          id="make-checkpoint"
          disabled={make.isPending}
          onClick={() => make.mutate()}
        >
          {t('gov.audit.make')}
        </button>
      )}
      <div aria-live="polite">
        {make.isError && <GovError title={t('gov.audit.makeFailed')} error={make.error} />}
      </div>
      <QueryState
        query={query}
        what={t('gov.audit.loadingCheckpoints')}
        errorTitle={t('gov.audit.checkpointsFailed')}
      >
        {({ items }) => <CheckpointsTable items={items} />}
      </QueryState>
    </div>
  );
}

/** The proposal an entry is about, if its payload names one. */
function proposalOf(e: AuditEntry): string | null {
  try {
    const p = (JSON.parse(e.payload) as { proposal?: unknown }).proposal;
    return typeof p === 'string' ? p : null;
  } catch {
    return null;
  }
}

/** What an entry did, in a line: its event described from the payload's plain values. */
function useDetails(): (e: AuditEntry) => string {
  const t = useT();
  return (e) => {
    try {
      const value = JSON.parse(e.payload) as Record<string, unknown>;
      const plain: Record<string, string | number | boolean | null> = {};
      for (const [k, v] of Object.entries(value))
        if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
          plain[k] = v;
      const said = describeEvent(t, e.type, plain);
      return typeof value.proposal === 'string'
        ? `${said} · ${t('gov.audit.proposal', { id: value.proposal })}`
        : said;
    } catch {
      return e.payload;
    }
  };
}

function EntryRow({ e }: { e: AuditRecord }) {
  const t = useT();
  const when = useWhen();
  const details = useDetails();
  if (isRedacted(e))
    return (
      <tr className="audit-redacted" data-seq={e.seq}>
        <td className="num">{e.seq}</td>
        <td colSpan={4}>
          <em>{t('gov.audit.hidden')}</em> {t('gov.audit.hiddenHash')}{' '}
          <code title={e.hash}>{short(e.hash)}</code> {t('gov.audit.hiddenLinks')}
        </td>
      </tr>
    );
  const proposal = proposalOf(e);
  return (
    <tr data-seq={e.seq} data-type={e.type}>
      <td className="num">{e.seq}</td>
      <td className="audit-when">
        <time dateTime={e.at} title={when(e.at, true)}>
          {when(e.at)}
        </time>
      </td>
      <td>
        <code>{e.type}</code>
      </td>
      <td>{e.actor}</td>
      <td>
        {proposal ? (
          <a href={`#/proposals/${encodeURIComponent(proposal)}`}>{details(e)}</a>
        ) : (
          details(e)
        )}
      </td>
    </tr>
  );
}

/** The log, newest first: the last page, then earlier pages on request. */
function Log() {
  const t = useT();
  const log = useInfiniteQuery({
    queryKey: ['audit', 'log'],
    // A page is the entries before `end` (null: the head, asked for first).
    initialPageParam: null as number | null,
    queryFn: async ({ pageParam, signal }) => {
      const get = (after: number, limit: number) =>
        data(api.GET('/api/v1/audit/log', { params: { query: { after, limit } }, signal }), signal);
      const end = pageParam ?? (await get(0, 1)).head.seq;
      const after = Math.max(0, end - PAGE);
      if (end === 0) return { after, page: null };
      return { after, page: await get(after, end - after) };
    },
    getNextPageParam: (last) => (last.after > 0 ? last.after : undefined),
  });
  if (log.isPending) return <Loading what={t('gov.audit.loadingLog')} />;
  if (log.isError) return <GovError title={t('gov.audit.logFailed')} error={log.error} />;
  const pages = log.data.pages.flatMap((p) => (p.page ? [p.page] : []));
  const head = pages[0]?.head;
  if (!head || head.seq === 0) return <p>{t('gov.audit.noEntries')}</p>;
  const shownFrom = log.data.pages[log.data.pages.length - 1]?.after ?? 0;
  const hidden = pages.reduce((n, p) => n + p.redacted, 0);
  const rows = pages.flatMap((p) => p.items.slice().reverse());
  return (
    <>
      <p className="field-hint" id="audit-summary">
        {t('gov.audit.summary', { total: head.seq, shown: head.seq - shownFrom, hidden })}
      </p>
      <div className="table-scroll">
        <table className="data-table audit-log" id="audit-log">
          <caption className="visually-hidden">{t('gov.audit.logCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                #
              </th>
              <th scope="col">{t('gov.audit.colWhen')}</th>
              <th scope="col">{t('gov.audit.colEvent')}</th>
              <th scope="col">{t('gov.audit.colWho')}</th>
              <th scope="col">{t('gov.audit.colWhat')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <EntryRow key={e.seq} e={e} />
            ))}
          </tbody>
        </table>
      </div>
      <div>
        {log.hasNextPage && (
          <button
            type="button"
            className="button button-quiet button-small"
            disabled={log.isFetchingNextPage}
            onClick={() => void log.fetchNextPage()}
          >
            {t('gov.audit.earlier')}
          </button>
        )}
      </div>
    </>
  );
}

const mayCheckpoint = (me: Me): boolean =>
  canWrite(me) &&
  (me.kind === 'operator' || (me.kind === 'account' && me.account?.role === 'secretariat'));

export function AuditPage() {
  const t = useT();
  const session = useSession();
  const me = session.data;
  const signedOut = me?.kind === 'anonymous';
  const gate = (body: ReactNode, what: string) =>
    !me ? <Loading what={what} /> : signedOut ? <SignInFirst /> : body;
  return (
    <>
      <PageHeading title={t('gov.audit.title')} />
      <p className="lede">{t('gov.audit.lede')}</p>
      <Section id="verification" title={t('gov.audit.verification')}>
        {gate(<Verification />, t('gov.audit.loadingVerification'))}
      </Section>
      <Section id="public-key" title={t('gov.audit.publicKey')}>
        <PublicKey />
      </Section>
      <Section id="checkpoints" title={t('gov.audit.checkpoints')}>
        {gate(me && <Checkpoints mayMake={mayCheckpoint(me)} />, t('gov.audit.loadingCheckpoints'))}
      </Section>
      <Section id="log" title={t('gov.audit.entries')}>
        {gate(<Log />, t('gov.audit.loadingLog'))}
      </Section>
    </>
  );
}
