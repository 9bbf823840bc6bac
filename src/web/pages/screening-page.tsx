// Screening: one name or a batch against the imported restricted-party lists; hits reviewed with
// their explanations, and decisions (match, no match) recorded for the name screened. The name
// screened and its settings live in the URL, so a screening can be shared and is run on load.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { batchRowsCsv } from '../../core/screening/batch-row.ts';
import { api, bearer, type RequestBodyOf, type ResponseOf, data } from '../api/client.ts';
import {
  DECISION_LABELS,
  HitsList,
  type DecisionValue,
  type Hit,
  type HitsOptions,
  type ScreenResult,
} from '../components/analysis/screening-hits.tsx';
import { useScreeningLists } from '../components/analysis/screening-lists.ts';
import { useWriteToken, WriteTokenSlot } from '../components/analysis/write-token-slot.tsx';
import { downloadCsv } from '../csv-file.ts';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { signInHref } from '../session.ts';
import { Field } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ErrorNotice, Loading, QueryState } from '../ui/query-state.tsx';
import { isUnauthorized, type WriteTokenField } from '../write-token.ts';
import '../components/analysis/screening.css';

type ListSummary = ResponseOf<'/api/v1/screening/lists'>['items'][number];
type BatchResult = ResponseOf<'/api/v1/screening/batch', 'post'>;
type BatchRow = BatchResult['rows'][number];
type BatchRequest = RequestBodyOf<'/api/v1/screening/batch', 'post'>;

const MAX_FILE_BYTES = 8 * 1024 * 1024;
const DEFAULT_THRESHOLD = '0.7';
const TYPES = ['person', 'organization', 'vessel', 'aircraft'] as const;

/** What the URL holds of a screening of one name. */
interface ScreenSearch {
  name?: string;
  type?: string;
  country?: string;
  birth?: string;
  threshold?: string;
  lists?: string;
}

/**
 * A read made with the operator's token when one is typed (so decisions are shown to it); when the
 * server refuses the token (401), the field says so and the read is made again without it.
 */
async function readWith<T>(token: WriteTokenField, read: (t: string) => Promise<T>): Promise<T> {
  const t = token.value();
  if (!t) return read('');
  try {
    return await read(t);
  } catch (e) {
    if (!isUnauthorized(e)) throw e;
    token.refused(e.message);
    return read('');
  }
}

const screen = (
  q: {
    name: string;
    type?: string | undefined;
    country?: string | undefined;
    birth?: string | undefined;
    lists?: string | undefined;
    threshold?: string | undefined;
  },
  token: string,
  signal: AbortSignal,
) =>
  data(
    api.GET('/api/v1/screening/screen', {
      params: {
        query: {
          name: q.name,
          ...(q.type ? { type: q.type } : {}),
          ...(q.country ? { country: q.country } : {}),
          ...(q.birth ? { birth_date: q.birth } : {}),
          ...(q.lists ? { lists: q.lists } : {}),
          ...(q.threshold ? { threshold: Number(q.threshold) } : {}),
        },
      },
      headers: bearer(token),
      signal,
    }),
    signal,
  );

/** The decision callback the hits share: token from the page's field, 401 shown on it. */
function useDecide(token: WriteTokenField) {
  const t = useT();
  const client = useQueryClient();
  return async (hit: Hit, value: DecisionValue, note: string, queryName: string) => {
    try {
      const r = await data(
        api.POST('/api/v1/screening/decisions', {
          body: { queryName, entityId: hit.entityId, decision: value, ...(note ? { note } : {}) },
          headers: bearer(token.value()),
        }),
      );
      token.refused(null);
      announce(
        t('screening.recorded', { decision: t(DECISION_LABELS[value]), name: hit.entity.name }),
      );
      // Later screenings of the name show the decision.
      void client.invalidateQueries({ queryKey: ['screening', 'screen'] });
      return r.decision;
    } catch (e) {
      if (isUnauthorized(e)) token.refused(e.message);
      throw e;
    }
  };
}

function DecisionsHiddenNote({ result }: { result: ScreenResult }) {
  const t = useT();
  if (result.decisionsShown) return null;
  return (
    <p className="note decisions-hidden">
      {t('screening.decisionsHidden')} <a href={signInHref()}>{t('screening.signIn')}</a>{' '}
      {t('screening.decisionsHiddenEnd')}
    </p>
  );
}

/** Checkboxes of the imported lists; none ticked means every list. */
function ListPicker({
  lists,
  prefix,
  ticked,
  onChange,
}: {
  lists: readonly ListSummary[];
  prefix: string;
  ticked: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const t = useT();
  const intl = useIntl();
  return (
    <fieldset className="list-picker">
      <legend>{t('screening.listsLegend')}</legend>
      <ul className="checklist">
        {lists.map((l) => (
          <li key={l.id} className="check">
            <input
              type="checkbox"
              id={`${prefix}-list-${l.id}`}
              value={l.id}
              checked={ticked.includes(l.id)}
              onChange={(e) =>
                onChange(e.target.checked ? [...ticked, l.id] : ticked.filter((x) => x !== l.id))
              }
            />
            <label htmlFor={`${prefix}-list-${l.id}`}>
              {`${l.jurisdiction} · ${l.name} (${intl.formatNumber(l.parties)})`}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function ListsSummary({ lists }: { lists: readonly ListSummary[] }) {
  const t = useT();
  const intl = useIntl();
  return (
    <details className="lists-summary">
      <summary>
        {t('screening.listsSummary', {
          count: lists.length,
          parties: intl.formatNumber(lists.reduce((s, l) => s + l.parties, 0)),
        })}
      </summary>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('screening.list')}</th>
              <th scope="col">{t('screening.jurisdiction')}</th>
              <th scope="col">{t('screening.edition')}</th>
              <th scope="col">{t('screening.parties')}</th>
              <th scope="col">{t('screening.imported')}</th>
            </tr>
          </thead>
          <tbody>
            {lists.map((l) => (
              <tr key={l.id}>
                <th scope="row">
                  {l.name}
                  <div className="field-hint code">{l.id}</div>
                </th>
                <td>{l.jurisdiction}</td>
                <td>{l.date ?? '—'}</td>
                <td className="num">{intl.formatNumber(l.parties)}</td>
                <td>{intl.formatDate(l.importedAt, { dateStyle: 'medium' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function ScreenName({ lists, token }: { lists: readonly ListSummary[]; token: WriteTokenField }) {
  const t = useT();
  const search: ScreenSearch = useSearch({ strict: false });
  const navigate = useNavigate();
  const decide = useDecide(token);
  const [form, setForm] = useState({
    name: search.name ?? '',
    type: search.type ?? '',
    country: search.country ?? '',
    birth: search.birth ?? '',
    threshold: search.threshold ?? DEFAULT_THRESHOLD,
    lists: search.lists ? search.lists.split(',') : [],
  });
  const [missing, setMissing] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const asked = search.name ? { ...search, name: search.name } : null;
  const result = useQuery({
    queryKey: ['screening', 'screen', asked],
    enabled: asked !== null,
    queryFn: ({ signal }) => readWith(token, (bearerToken) => screen(asked!, bearerToken, signal)),
  });
  const r = result.data;
  useEffect(() => {
    if (r) announce(t('screening.announceHits', { count: r.hits.length, name: r.query.name }));
  }, [r, t]);
  const set =
    (k: 'name' | 'type' | 'country' | 'birth' | 'threshold') =>
    (e: { target: { value: string } }) =>
      setForm((f) => ({ ...f, [k]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const name = form.name.trim();
    setMissing(!name);
    if (!name) {
      nameRef.current?.focus();
      return;
    }
    const threshold = form.threshold.trim();
    void navigate({
      to: '/screening',
      search: {
        name,
        type: form.type,
        country: form.country.trim(),
        birth: form.birth.trim(),
        threshold: threshold === DEFAULT_THRESHOLD ? '' : threshold,
        lists: form.lists.join(','),
      },
      replace: true,
    });
    // The same screening asked again is asked of the server again (a decision may have changed).
    if (asked && asked.name === name) void result.refetch();
  };
  const options: HitsOptions | null = r
    ? { decide: (hit, value, note) => decide(hit, value, note, r.query.name) }
    : null;
  return (
    <section className="analysis" aria-labelledby="screen-heading">
      <h2 id="screen-heading">{t('screening.screenHeading')}</h2>
      <form
        className="screen-form"
        noValidate
        aria-label={t('screening.screenFormLabel')}
        onSubmit={submit}
      >
        <div className="controls">
          <Field label={t('screening.name')} className="field-wide">
            <input
              type="text"
              id="screen-name"
              ref={nameRef}
              required
              autoComplete="off"
              spellCheck={false}
              value={form.name}
              onChange={set('name')}
            />
          </Field>
          <Field label={t('screening.type')}>
            <select id="screen-type" value={form.type} onChange={set('type')}>
              <option value="">{t('screening.anyType')}</option>
              {TYPES.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('screening.country')} hint={t('screening.countryHint')}>
            <input
              type="text"
              id="screen-country"
              maxLength={3}
              autoComplete="off"
              value={form.country}
              onChange={set('country')}
            />
          </Field>
          <Field label={t('screening.birth')} hint={t('screening.birthHint')}>
            <input
              type="text"
              id="screen-birth"
              maxLength={10}
              autoComplete="off"
              value={form.birth}
              onChange={set('birth')}
            />
          </Field>
          <Field label={t('screening.threshold')} hint={t('screening.thresholdHint')}>
            <input
              type="number"
              id="screen-threshold"
              min={0}
              max={1}
              step={0.01}
              inputMode="decimal"
              value={form.threshold}
              onChange={set('threshold')}
            />
          </Field>
        </div>
        <ListPicker
          lists={lists}
          prefix="screen"
          ticked={form.lists}
          onChange={(ids) => setForm((f) => ({ ...f, lists: ids }))}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={result.isFetching}>
            {t('screening.screen')}
          </button>
        </div>
      </form>
      <div
        className="analysis-content"
        aria-live="polite"
        aria-busy={result.isFetching || undefined}
      >
        {missing && <p className="field-error">{t('screening.giveName')}</p>}
        {!missing && asked && result.isPending && <Loading what={t('screening.hitsWhat')} />}
        {!missing && result.isError && (
          <ErrorNotice title={t('screening.screenError')} error={result.error} />
        )}
        {!missing && r && options && (
          <>
            <DecisionsHiddenNote result={r} />
            <HitsList result={r} options={options} />
          </>
        )}
      </div>
    </section>
  );
}

function BatchTable({ result, review }: { result: BatchResult; review: (row: BatchRow) => void }) {
  const t = useT();
  return (
    <div className="table-scroll table-scroll-tall">
      <table className="data-table" id="batch-results">
        <caption className="visually-hidden">{t('screening.batchCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('screening.batchId')}</th>
            <th scope="col">{t('screening.batchQuery')}</th>
            <th scope="col">{t('screening.batchParty')}</th>
            <th scope="col">{t('screening.list')}</th>
            <th scope="col" className="num">
              {t('screening.score')}
            </th>
            <th scope="col">{t('screening.decision')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('screening.review')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((r, i) => (
            <tr key={`${r.id} ${r.entity_id} ${i}`} data-id={r.id} data-entity={r.entity_id}>
              <td className="code">{r.id}</td>
              <th scope="row">{r.query}</th>
              <td>{r.entity_name || <span className="muted">{t('screening.noHitShort')}</span>}</td>
              <td className="code">{r.list}</td>
              <td className="num">{r.score === null ? '' : r.score.toFixed(2)}</td>
              <td className="batch-decision">{r.decision ? t(DECISION_LABELS[r.decision]) : ''}</td>
              <td>
                {r.entity_id && (
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    onClick={() => review(r)}
                  >
                    {t('screening.review')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BatchReview({
  row,
  batch,
  token,
  onDecided,
}: {
  row: BatchRow;
  batch: BatchResult;
  token: WriteTokenField;
  onDecided: (entityId: string, decision: DecisionValue) => void;
}) {
  const t = useT();
  const decide = useDecide(token);
  const ref = useRef<HTMLDivElement>(null);
  const result = useQuery({
    queryKey: ['screening', 'screen', 'review', row.query, batch.lists, batch.threshold],
    queryFn: ({ signal }) =>
      readWith(token, (bearerToken) =>
        screen(
          { name: row.query, lists: batch.lists.join(','), threshold: String(batch.threshold) },
          bearerToken,
          signal,
        ),
      ),
  });
  const loaded = result.isSuccess;
  useEffect(() => {
    if (loaded) ref.current?.focus();
  }, [loaded, row]);
  return (
    <div className="analysis-content" id="batch-review" tabIndex={-1} ref={ref}>
      {result.isPending && <Loading what={t('screening.hitsFor', { name: row.query })} />}
      {result.isError && <ErrorNotice title={t('screening.screenError')} error={result.error} />}
      {result.data && (
        <>
          <h3>{t('screening.reviewHeading', { name: row.query, id: row.id })}</h3>
          <DecisionsHiddenNote result={result.data} />
          <HitsList
            result={result.data}
            options={{
              decide: (hit, value, note) => decide(hit, value, note, row.query),
              decided: (hit, d) => onDecided(hit.entityId, d.decision),
            }}
          />
        </>
      )}
    </div>
  );
}

function ScreenBatch({ lists, token }: { lists: readonly ListSummary[]; token: WriteTokenField }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [threshold, setThreshold] = useState(DEFAULT_THRESHOLD);
  const [all, setAll] = useState(false);
  const [ticked, setTicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ name: string; error: unknown } | null>(null);
  const [batch, setBatch] = useState<{ name: string; result: BatchResult } | null>(null);
  const [reviewing, setReviewing] = useState<BatchRow | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    setFailure(null);
    if (!file) return setProblem(t('screening.chooseFile'));
    if (file.size > MAX_FILE_BYTES)
      return setProblem(t('screening.fileTooBig', { name: file.name }));
    setBusy(true);
    setReviewing(null);
    try {
      const csv = await file.text();
      const n = Number(threshold);
      const body: BatchRequest = {
        csv,
        fileName: file.name,
        ...(threshold.trim() !== '' && Number.isFinite(n) ? { threshold: n } : {}),
        ...(ticked.length ? { lists: ticked } : {}),
        all,
      };
      const result = await readWith(token, (bearerToken) =>
        data(api.POST('/api/v1/screening/batch', { body, headers: bearer(bearerToken) })).then(
          (r): BatchResult => {
            // Without ?format=csv the answer is JSON; a CSV text here would be a server fault.
            if (typeof r === 'string') throw new Error('The server answered CSV, not JSON.');
            return r;
          },
        ),
      );
      setBatch({ name: file.name, result });
      announce(
        t('screening.announceBatch', { screened: result.screened, withHits: result.withHits }),
      );
    } catch (err) {
      setBatch(null);
      setFailure({ name: file.name, error: err });
    } finally {
      setBusy(false);
    }
  };

  const decided = (query: string, entityId: string, decision: DecisionValue) =>
    setBatch(
      (b) =>
        b && {
          ...b,
          result: {
            ...b.result,
            rows: b.result.rows.map((x) =>
              x.query === query && x.entity_id === entityId ? { ...x, decision } : x,
            ),
          },
        },
    );

  const b = batch?.result;
  const malformed = b ? new Set(b.issues.map((i) => i.line)).size : 0;
  return (
    <section className="analysis" aria-labelledby="batch-heading">
      <h2 id="batch-heading">{t('screening.batchHeading')}</h2>
      <form
        className="batch-form"
        noValidate
        aria-label={t('screening.batchFormLabel')}
        onSubmit={(e) => void submit(e)}
      >
        <div className="controls">
          <Field label={t('screening.file')} hint={t('screening.fileHint')} className="field-wide">
            <input
              type="file"
              id="batch-file"
              accept=".csv,text/csv"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </Field>
          <Field label={t('screening.threshold')} hint={t('screening.thresholdHint')}>
            <input
              type="number"
              id="batch-threshold"
              min={0}
              max={1}
              step={0.01}
              inputMode="decimal"
              value={threshold}
              onChange={(e) => setThreshold(e.target.value)}
            />
          </Field>
          <div className="field check-inline">
            <input
              type="checkbox"
              id="batch-all"
              checked={all}
              onChange={(e) => setAll(e.target.checked)}
            />
            <label htmlFor="batch-all">{t('screening.batchAll')}</label>
          </div>
        </div>
        <ListPicker lists={lists} prefix="batch" ticked={ticked} onChange={setTicked} />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {t('screening.screenFile')}
          </button>
        </div>
      </form>
      <div className="analysis-content" aria-live="polite">
        {problem && <p className="field-error">{problem}</p>}
        {busy && file && <Loading what={t('screening.namesOf', { name: file.name })} />}
        {failure && (
          <ErrorNotice
            title={t('screening.fileError', { name: failure.name })}
            error={failure.error}
          />
        )}
        {batch && b && !busy && (
          <div>
            <p className="result-count" id="batch-summary">
              {t('screening.batchSummary', {
                rowsRead: b.rowsRead,
                screened: b.screened,
                withHits: b.withHits,
                hits: b.hits,
                threshold: b.threshold,
              })}
              {malformed > 0 && ` ${t('screening.malformed', { count: malformed })}`}
            </p>
            {b.issues.length > 0 && (
              <ul className="batch-issues notice notice-error">
                {b.issues.map((i, n) => (
                  <li key={n}>
                    {t('screening.issue', {
                      file: i.file,
                      line: i.line,
                      field: i.field,
                      reason: i.reason,
                    })}
                    {i.value ? ` (“${i.value}”)` : ''}
                  </li>
                ))}
              </ul>
            )}
            <div className="actions-bar">
              <button
                type="button"
                className="button button-quiet"
                id="batch-download"
                onClick={() =>
                  downloadCsv(batch.name.replace(/\.csv$/i, '') + '-hits.csv', batchRowsCsv(b.rows))
                }
              >
                {t('screening.downloadHits')}
              </button>
            </div>
            {b.rows.length ? (
              <BatchTable result={b} review={setReviewing} />
            ) : (
              <p className="muted">{t('screening.batchNoHit')}</p>
            )}
          </div>
        )}
      </div>
      {batch && reviewing ? (
        <BatchReview
          key={`${reviewing.id} ${reviewing.query}`}
          row={reviewing}
          batch={batch.result}
          token={token}
          onDecided={(entityId, decision) => decided(reviewing.query, entityId, decision)}
        />
      ) : (
        <div className="analysis-content" id="batch-review" tabIndex={-1} />
      )}
    </section>
  );
}

export function ScreeningPage() {
  const t = useT();
  const lists = useScreeningLists();
  const token = useWriteToken('screening-token');
  return (
    <>
      <PageHeading title={t('screening.title')} />
      <p className="lede">
        {t('screening.lede')} <a href="#/screening/reconcile">{t('screening.compareLists')}</a>.
      </p>
      <QueryState
        query={lists}
        what={t('screening.listsWhat')}
        errorTitle={t('screening.listsError')}
      >
        {({ items }) =>
          items.length === 0 ? (
            <div className="notice">
              <p className="notice-title">{t('screening.noLists')}</p>
              <p>
                {t('screening.noListsDetail')} <code>techalliance import ofac-sdn sdn.csv</code>{' '}
                {t('screening.noListsFormats')}
              </p>
            </div>
          ) : (
            <>
              <ListsSummary lists={items} />
              <section className="analysis screening-token" aria-labelledby="decide-heading">
                <h2 id="decide-heading">{t('screening.decideHeading')}</h2>
                <p className="field-hint">{t('screening.decideHint')}</p>
                <WriteTokenSlot field={token} />
              </section>
              <ScreenName lists={items} token={token} />
              <ScreenBatch lists={items} token={token} />
            </>
          )
        }
      </QueryState>
    </>
  );
}
