// Reconciliation: two sides (jurisdictions or lists), the parties one lists and the other does
// not, counted by country, and the pairs both name. The sides, country and threshold live in the
// URL, and the page reconciles on load when the URL names both sides.
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { api, type ResponseOf, data } from '../api/client.ts';
import { useScreeningLists } from '../components/analysis/screening-lists.ts';
import { downloadCsv, toCsv } from '../csv-file.ts';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { Field } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ErrorNotice, Loading, QueryState } from '../ui/query-state.tsx';
import '../components/analysis/screening.css';

type ReconcileResult = ResponseOf<'/api/v1/screening/reconcile'>;
type ReconcileGap = ReconcileResult['onlyA'];
type PartySummary = ReconcileGap['parties'][number];

const DEFAULT_THRESHOLD = '0.7';
/** Countries listed per gap before "and N more". */
const COUNTRIES_SHOWN = 20;
/** The API returns at most this many parties of a gap. */
const PARTIES_RETURNED = 200;

interface Settings {
  a: string;
  b: string;
  country: string;
  threshold: string;
}

function PartiesTable({ parties, caption }: { parties: readonly PartySummary[]; caption: string }) {
  const t = useT();
  return (
    <div className="table-scroll table-scroll-tall">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reconcile.party')}</th>
            <th scope="col">{t('reconcile.type')}</th>
            <th scope="col">{t('reconcile.countries')}</th>
            <th scope="col">{t('reconcile.list')}</th>
            <th scope="col">{t('reconcile.listed')}</th>
          </tr>
        </thead>
        <tbody>
          {parties.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                {p.name}
                <div className="field-hint code">{p.id}</div>
              </th>
              <td>{p.schema}</td>
              <td>{p.countries.join(', ') || '—'}</td>
              <td className="code">{p.listId}</td>
              <td>{p.listingDate ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function GapSection({
  id,
  title,
  gap,
  country,
}: {
  id: string;
  title: string;
  gap: ReconcileGap;
  country: string | null;
}) {
  const t = useT();
  const intl = useIntl();
  const shown = gap.parties.length;
  return (
    <section className="analysis reconcile-gap" aria-labelledby={id}>
      <h2 id={id}>
        {title}: <span className="gap-count">{intl.formatNumber(gap.count)}</span>
      </h2>
      <div className="table-scroll">
        <table className="data-table by-country">
          <caption>{t('reconcile.byCountryCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reconcile.country')}</th>
              <th scope="col" className="num">
                {t('reconcile.parties')}
              </th>
            </tr>
          </thead>
          <tbody>
            {gap.byCountry.slice(0, COUNTRIES_SHOWN).map((c) => (
              <tr key={c.country ?? ''}>
                <th scope="row">{c.country ?? t('reconcile.noCountry')}</th>
                <td className="num">{intl.formatNumber(c.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {gap.byCountry.length > COUNTRIES_SHOWN && (
        <p className="field-hint">
          {t('reconcile.moreCountries', { count: gap.byCountry.length - COUNTRIES_SHOWN })}
        </p>
      )}
      <p className="field-hint">
        {country
          ? t('reconcile.partiesOf', {
              country,
              count: shown,
              capped: shown === PARTIES_RETURNED ? 'yes' : 'no',
            })
          : t('reconcile.firstParties', { count: shown })}
      </p>
      <PartiesTable parties={gap.parties} caption={title} />
    </section>
  );
}

function ReconcileReport({ r }: { r: ReconcileResult }) {
  const t = useT();
  const intl = useIntl();
  const side = (s: ReconcileResult['a']) =>
    t('reconcile.side', {
      spec: s.spec.join(', '),
      lists: s.lists.map((l) => l.name).join('; '),
      count: s.parties,
    });
  const csv = () =>
    toCsv(
      ['side', 'entity_id', 'name', 'schema', 'countries', 'list'],
      [
        ...r.onlyA.parties.map((p) => [
          'only A',
          p.id,
          p.name,
          p.schema,
          p.countries.join(' '),
          p.listId,
        ]),
        ...r.onlyB.parties.map((p) => [
          'only B',
          p.id,
          p.name,
          p.schema,
          p.countries.join(' '),
          p.listId,
        ]),
      ],
    );
  return (
    <div>
      <dl className="facts">
        <dt>A</dt>
        <dd>{side(r.a)}</dd>
        <dt>B</dt>
        <dd>{side(r.b)}</dd>
        <dt>{t('reconcile.namedByBoth')}</dt>
        <dd id="same-as-count">
          {t('reconcile.pairs', { count: r.sameAs.count, threshold: r.threshold })}
        </dd>
      </dl>
      <div className="actions-bar">
        <button
          type="button"
          className="button button-quiet"
          onClick={() => downloadCsv('reconciliation.csv', csv())}
        >
          {t('reconcile.download')}
        </button>
      </div>
      <GapSection
        id="only-a-heading"
        title={t('reconcile.onlyA')}
        gap={r.onlyA}
        country={r.country}
      />
      <GapSection
        id="only-b-heading"
        title={t('reconcile.onlyB')}
        gap={r.onlyB}
        country={r.country}
      />
      <section className="analysis" aria-labelledby="pairs-heading">
        <h2 id="pairs-heading">{t('reconcile.pairsHeading')}</h2>
        <div className="table-scroll table-scroll-tall">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">A</th>
                <th scope="col">B</th>
                <th scope="col">{t('reconcile.matchedNames')}</th>
                <th scope="col" className="num">
                  {t('reconcile.score')}
                </th>
              </tr>
            </thead>
            <tbody>
              {r.sameAs.pairs.map((p) => (
                <tr key={`${p.a.id} ${p.b.id}`}>
                  <td>
                    {p.a.name}
                    <div className="field-hint code">{p.a.id}</div>
                  </td>
                  <td>
                    {p.b.name}
                    <div className="field-hint code">{p.b.id}</div>
                  </td>
                  <td>{`“${p.queryName}” ~ “${p.matchedName}”`}</td>
                  <td className="num">
                    {intl.formatNumber(p.score, {
                      minimumFractionDigits: 2,
                      maximumFractionDigits: 2,
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}

function ReconcileForm({
  choices,
  initial,
  busy,
  onSubmit,
}: {
  choices: readonly string[];
  initial: Settings;
  busy: boolean;
  onSubmit: (s: Settings) => void;
}) {
  const t = useT();
  const [form, setForm] = useState(initial);
  const set = (k: keyof Settings) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      a: form.a.trim(),
      b: form.b.trim(),
      country: form.country.trim().toUpperCase(),
      threshold: form.threshold.trim(),
    });
  };
  const text = { type: 'text', autoComplete: 'off', spellCheck: false } as const;
  return (
    <form
      className="reconcile-form"
      noValidate
      aria-label={t('reconcile.formLabel')}
      onSubmit={submit}
    >
      <datalist id="reconcile-choices">
        {choices.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <div className="controls">
        <Field label={t('reconcile.sideA')} hint={t('reconcile.sideAHint')}>
          <input
            id="reconcile-a"
            {...text}
            list="reconcile-choices"
            value={form.a}
            onChange={set('a')}
          />
        </Field>
        <Field label={t('reconcile.sideB')} hint={t('reconcile.sideBHint')}>
          <input
            id="reconcile-b"
            {...text}
            list="reconcile-choices"
            value={form.b}
            onChange={set('b')}
          />
        </Field>
        <Field label={t('reconcile.showPartiesOf')} hint={t('reconcile.showPartiesOfHint')}>
          <input id="reconcile-country" {...text} value={form.country} onChange={set('country')} />
        </Field>
        <Field label={t('reconcile.threshold')} hint={t('reconcile.thresholdHint')}>
          <input
            id="reconcile-threshold"
            {...text}
            value={form.threshold}
            onChange={set('threshold')}
          />
        </Field>
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {t('reconcile.submit')}
        </button>
      </div>
    </form>
  );
}

export function ReconcilePage() {
  const t = useT();
  const search: Partial<Settings> = useSearch({ strict: false });
  const navigate = useNavigate();
  const lists = useScreeningLists();
  const asked = search.a && search.b ? search : null;
  const reconciliation = useQuery({
    queryKey: ['screening', 'reconcile', asked?.a, asked?.b, asked?.country, asked?.threshold],
    enabled: asked !== null,
    queryFn: ({ signal }) =>
      data(
        api.GET('/api/v1/screening/reconcile', {
          params: {
            query: {
              a: asked!.a!,
              b: asked!.b!,
              ...(asked!.country ? { country: asked!.country } : {}),
              threshold: Number(asked!.threshold || DEFAULT_THRESHOLD),
            },
          },
          signal,
        }),
        signal,
      ),
  });
  const result = reconciliation.data;
  useEffect(() => {
    if (result)
      announce(t('reconcile.announce', { onlyA: result.onlyA.count, onlyB: result.onlyB.count }));
  }, [result, t]);

  const run = (s: Settings) =>
    void navigate({
      to: '/screening/reconcile',
      search: {
        a: s.a,
        b: s.b,
        country: s.country,
        threshold: s.threshold === DEFAULT_THRESHOLD ? '' : s.threshold,
      },
      replace: true,
    });

  return (
    <>
      <p className="breadcrumb">
        <a href="#/screening">{t('reconcile.breadcrumb')}</a>
      </p>
      <PageHeading title={t('reconcile.title')} />
      <p className="lede">{t('reconcile.lede')}</p>
      <QueryState
        query={lists}
        what={t('reconcile.listsWhat')}
        errorTitle={t('reconcile.listsError')}
      >
        {({ items }) => {
          if (items.length < 2) return <p className="notice">{t('reconcile.needTwo')}</p>;
          const jurisdictions = [...new Set(items.map((l) => l.jurisdiction))];
          const choices = [...jurisdictions, ...items.map((l) => l.id)];
          return (
            <>
              <ReconcileForm
                choices={choices}
                initial={{
                  a: search.a ?? jurisdictions[0] ?? '',
                  b: search.b ?? jurisdictions[1] ?? '',
                  country: search.country ?? '',
                  threshold: search.threshold || DEFAULT_THRESHOLD,
                }}
                busy={reconciliation.isFetching}
                onSubmit={run}
              />
              <div className="analysis-content" aria-live="polite">
                {asked && reconciliation.isPending && <Loading what={t('reconcile.what')} />}
                {reconciliation.isError && (
                  <ErrorNotice
                    title={t('reconcile.error')}
                    error={reconciliation.error}
                    retry={() => void reconciliation.refetch()}
                  />
                )}
                {result && <ReconcileReport r={result} />}
              </div>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
