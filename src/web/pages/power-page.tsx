// Voting power: for a decision rule (a weighted quota, optionally capped, or a double majority)
// and a member set — typed in, or started from a coalition's member economies — the normalised
// Banzhaf and Shapley–Shubik indices per member against its weight share, who can block or pass
// alone, blocking pairs and warnings (POST /api/v1/power). Settings live in the URL, so a result
// can be shared; the page computes on load when the URL holds them.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import { useIntl } from 'react-intl';
import { api, ApiError, type RequestBodyOf, data } from '../api/client.ts';
import {
  membersParam,
  parseMembers,
  type PowerRequestMember,
} from '../components/analysis/power-members.ts';
import { Citation } from '../components/facts/citation.tsx';
import { powerChart } from '../components/power-chart.ts';
import { downloadCsv, toCsv } from '../csv-file.ts';
import { formatCompact, formatShare, formatValue } from '../format-value.ts';
import { useT } from '../i18n/i18n.tsx';
import type { MessageId } from '../i18n/messages.en.ts';
import { announce } from '../page-status.ts';
import { CoalitionPicker } from '../ui/coalition-picker.tsx';
import { Field } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { errorText } from '../ui/error-text.ts';
import './power-page.css';

type PowerRequestBody = RequestBodyOf<'/api/v1/power', 'post'>;
type PowerRule = PowerRequestBody['rule'];
type PowerWeightBasis = NonNullable<PowerRequestBody['weight']>;
const postAudit = (body: PowerRequestBody, signal: AbortSignal) =>
  data(api.POST('/api/v1/power', { body, signal }), signal);
/** The audit as the client reads it (openapi-fetch widens the schema's pair tuples to arrays). */
type PowerAudit = Awaited<ReturnType<typeof postAudit>>;
type PowerMember = PowerAudit['members'][number];

type Basis = 'given' | PowerWeightBasis;
const BASES: readonly { value: Basis; label: MessageId }[] = [
  { value: 'given', label: 'power.basis.given' },
  { value: 'population', label: 'power.basis.population' },
  { value: 'gdp', label: 'power.basis.gdp' },
  { value: 'equal', label: 'power.basis.equal' },
];
const DEFAULT_WARN = '40';
const DEFAULT_MEMBERS_PCT = '55';
const DEFAULT_WEIGHT_PCT = '65';

/** What the URL holds. */
interface PowerSearch {
  rule?: string;
  from?: string;
  members?: string;
  basis?: string;
  quota?: string;
  quotaPct?: string;
  cap?: string;
  membersPct?: string;
  weightPct?: string;
  warn?: string;
}

/** The form's fields and the request fields (the API's issue paths) each one shows. */
const FIELD_OF: Readonly<Record<string, { id: string; label: MessageId }>> = {
  rule: { id: 'power-rule', label: 'power.rule' },
  members: { id: 'power-members', label: 'power.members' },
  weight: { id: 'power-basis', label: 'power.basis' },
  quota: { id: 'power-quota', label: 'power.quota' },
  quotaPct: { id: 'power-quota', label: 'power.quota' },
  capPct: { id: 'power-cap', label: 'power.capShort' },
  membersPct: { id: 'power-members-pct', label: 'power.membersPct' },
  weightPct: { id: 'power-weight-pct', label: 'power.weightPct' },
  maxPowerShare: { id: 'power-warn', label: 'power.warnShort' },
};

const numberOf = (v: string): number | undefined => {
  const s = v.trim();
  if (s === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
};

const pctText = (share: number): string => formatShare(share * 100);

/** A weight as given or looked up: people compact, GDP in US$, given weights as written. */
function formatWeight(weight: number, basis: Basis): string {
  if (basis === 'gdp') return formatValue(weight, 'current US$');
  if (basis === 'population') return formatCompact(weight);
  return weight.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** The table as CSV: one row per member, numbers at full precision. */
function powerCsv(audit: PowerAudit, basis: Basis): string {
  const blocks = new Set(audit.blocking.canBlockAlone);
  const passes = new Set(audit.blocking.canPassAlone);
  return toCsv(
    [
      'member',
      'name',
      'weight_basis',
      'weight',
      'weight_year',
      'capped_weight',
      'units',
      'weight_share',
      'banzhaf',
      'shapley_shubik',
      'power_to_weight',
      'can_block_alone',
      'can_pass_alone',
      'rule',
    ],
    audit.members.map((m) => [
      m.member,
      m.name,
      basis,
      m.weight,
      m.year,
      m.cappedWeight,
      m.units,
      m.weightShare,
      m.banzhaf,
      m.shapleyShubik,
      m.powerToWeight,
      blocks.has(m.member) ? 'yes' : 'no',
      passes.has(m.member) ? 'yes' : 'no',
      audit.rule,
    ]),
  );
}

/** The Observable Plot chart, redrawn to the box's width. */
function PowerChart({ audit, warningPct }: { audit: PowerAudit; warningPct: number }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const title = t('power.chartTitle', { rule: audit.rule });
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const draw = () => {
      const style = getComputedStyle(box);
      const inner =
        box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const width = Math.max(
        280,
        Math.min(1200, Number.isFinite(inner) && inner > 0 ? inner : 600),
      );
      box.replaceChildren(powerChart(audit.members, { width, warningPct, title }));
    };
    draw();
    let timer = 0;
    const onResize = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(draw, 150);
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('resize', onResize);
    };
  }, [audit, warningPct, title]);
  return (
    <div
      className="chart-wide power-chart"
      ref={ref}
      role="group"
      aria-labelledby="power-chart-heading"
      aria-describedby="power-chart-note"
    />
  );
}

function PowerTable({ audit, basis }: { audit: PowerAudit; basis: Basis }) {
  const t = useT();
  const blocks = new Set(audit.blocking.canBlockAlone);
  const passes = new Set(audit.blocking.canPassAlone);
  const dummies = new Set(
    audit.warnings.flatMap((w) => (w.code === 'dummy' && w.member ? [w.member] : [])),
  );
  const capped = audit.members.some((m) => m.cappedWeight !== null);
  const row = (m: PowerMember) => (
    <tr key={m.member} data-member={m.member}>
      <th scope="row">
        <span className="power-member-name">{m.name ?? m.member}</span>
        {m.name && <span className="sub code">{m.member}</span>}
        <span className="sub power-row-weight">
          {`${formatWeight(m.weight, basis)}${m.year !== null ? ` · ${m.year}` : ''}`}
        </span>
        {(blocks.has(m.member) || passes.has(m.member) || dummies.has(m.member)) && (
          <span className="power-badges">
            {passes.has(m.member) && (
              <span className="badge power-badge-pass">{t('power.canPassAlone')}</span>
            )}
            {blocks.has(m.member) && (
              <span className="badge power-badge-block">{t('power.canBlockAlone')}</span>
            )}
            {dummies.has(m.member) && (
              <span className="badge power-badge-dummy">{t('power.neverDecisive')}</span>
            )}
          </span>
        )}
      </th>
      <td className="num power-weight-col" data-col="weight">
        {formatWeight(m.weight, basis)}
        {m.year !== null && <span className="year">{m.year}</span>}
        {m.cappedWeight !== null && (
          <span className="sub">
            {t('power.capped', { weight: formatWeight(m.cappedWeight, basis) })}
          </span>
        )}
      </td>
      <td className="num" data-col="weight-share">
        {pctText(m.weightShare)}
      </td>
      <td className="num" data-col="banzhaf">
        {pctText(m.banzhaf)}
      </td>
      <td className="num" data-col="shapley-shubik">
        {pctText(m.shapleyShubik)}
      </td>
      <td className="num" data-col="power-to-weight">
        {m.powerToWeight === null ? '—' : m.powerToWeight.toFixed(2)}
      </td>
    </tr>
  );
  return (
    <div className="table-scroll">
      <table className="data-table power-table">
        <caption>
          {t('power.tableCaption', {
            count: audit.members.length,
            rule: audit.rule,
            capped: capped ? 'yes' : 'no',
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">
              {t('power.member')}
              <span className="power-row-weight">{t('power.andWeight')}</span>
            </th>
            <th scope="col" className="num power-weight-col">
              {t('power.weight')}
            </th>
            <th scope="col" className="num">
              {t('power.weightShare')}
            </th>
            <th scope="col" className="num">
              Banzhaf
            </th>
            <th scope="col" className="num">
              Shapley–
              <wbr />
              Shubik
            </th>
            <th scope="col" className="num">
              {t('power.powerToWeight')}
            </th>
          </tr>
        </thead>
        <tbody>{audit.members.map(row)}</tbody>
      </table>
    </div>
  );
}

function Blocking({ audit }: { audit: PowerAudit }) {
  const t = useT();
  const names = new Map(audit.members.map((m) => [m.member, m.name ?? m.member]));
  const who = (codes: readonly string[]): string =>
    codes.length === 0
      ? t('power.noOne')
      : codes.map((c) => `${names.get(c) ?? c} (${c})`).join(', ');
  const pairs = audit.blocking.blockingPairs;
  return (
    <section className="power-blocking" aria-labelledby="power-blocking-heading">
      <h3 id="power-blocking-heading">{t('power.blocking')}</h3>
      <dl className="facts power-facts">
        <div data-fact="can-pass-alone">
          <dt>{t('power.canPassAlone')}</dt>
          <dd>{who(audit.blocking.canPassAlone)}</dd>
        </div>
        <div data-fact="can-block-alone">
          <dt>{t('power.canBlockAlone')}</dt>
          <dd>{who(audit.blocking.canBlockAlone)}</dd>
        </div>
        <div data-fact="blocking-pairs" className="power-pairs-fact">
          <dt>{t('power.blockingPairs', { count: pairs.length })}</dt>
          <dd>
            {pairs.length === 0 ? (
              audit.blocking.canBlockAlone.length > 0 ? (
                t('power.noPairsBesides')
              ) : (
                t('power.noPairs')
              )
            ) : (
              <ul className="power-pairs">
                {pairs.map(([a, b]) => (
                  <li key={`${a}+${b}`} data-pair={`${a}+${b}`}>{`${a} + ${b}`}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function Sources({ audit, basis }: { audit: PowerAudit; basis: Basis }) {
  const t = useT();
  return (
    <section className="sources power-sources" aria-labelledby="power-sources-heading">
      <h3 id="power-sources-heading">{t('power.sources', { count: audit.sources.length })}</h3>
      <p className="note">{t('power.sourcesNote', { basis })}</p>
      <ol>
        {audit.sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <Citation text={s.citation} />
            <span className="muted">
              {` — ${s.publisher}${s.date ? `, ${s.date}` : ''}. ${t('power.licence', { licence: s.licence })}`}
            </span>
            {s.url && (
              <>
                {' '}
                <a href={s.url} rel="noopener">
                  {s.url}
                </a>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function PowerResult({
  audit,
  basis,
  warningPct,
  ignoredWeights,
}: {
  audit: PowerAudit;
  basis: Basis;
  warningPct: number;
  ignoredWeights: boolean;
}) {
  const t = useT();
  const intl = useIntl();
  const { members, weight } = audit.thresholds;
  const values = {
    weight: intl.formatNumber(weight),
    total: intl.formatNumber(audit.totalUnits),
    pct: pctText(weight / audit.totalUnits),
    members,
    n: audit.members.length,
  };
  return (
    <>
      <p className="power-summary">
        <strong>{`${audit.rule}.`}</strong>{' '}
        {members > 0 ? t('power.thresholdMembers', values) : t('power.thresholdWeight', values)}
        {audit.scaled ? ` ${t('power.scaled')}` : ''}
      </p>
      {ignoredWeights && (
        <p className="note">
          {t('power.ignoredWeights', { basis: t(BASES.find((b) => b.value === basis)!.label) })}
        </p>
      )}
      {audit.warnings.length === 0 ? (
        <div className="notice notice-success power-warnings" data-warnings="0">
          <p>{t('power.noWarnings', { pct: warningPct })}</p>
        </div>
      ) : (
        <div
          className="notice power-warnings"
          data-warnings={String(audit.warnings.length)}
          role="region"
          aria-labelledby="power-warnings-title"
        >
          <p className="notice-title" id="power-warnings-title">
            {t('power.warnings', { count: audit.warnings.length })}
          </p>
          <ul>
            {audit.warnings.map((w, i) => (
              <li key={i} data-warning={w.code} {...(w.member ? { 'data-member': w.member } : {})}>
                {w.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3 className="chart-title" id="power-chart-heading">
        {t('power.chartHeading')}
      </h3>
      <p className="note" id="power-chart-note">
        {t('power.chartNote', { pct: warningPct })}
      </p>
      <PowerChart audit={audit} warningPct={warningPct} />
      <div className="power-table-head">
        <h3 id="power-table-heading">{t('power.perMember')}</h3>
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={() =>
            downloadCsv(`voting-power-${audit.members.length}-members.csv`, powerCsv(audit, basis))
          }
        >
          {t('power.downloadCsv')}
        </button>
      </div>
      <PowerTable audit={audit} basis={basis} />
      <p className="note power-legend">{t('power.legend')}</p>
      <Blocking audit={audit} />
      {audit.sources.length > 0 && <Sources audit={audit} basis={basis} />}
    </>
  );
}

/** The request a URL describes, or why it cannot be made. */
function requestOf(s: PowerSearch) {
  const rule: PowerRule = s.rule === 'double-majority' ? 'double-majority' : 'weighted';
  const basis: Basis = BASES.some((b) => b.value === s.basis) ? (s.basis as Basis) : 'given';
  const parsed = parseMembers((s.members ?? '').split(',').join('\n'));
  const lookup = basis !== 'given';
  const members: PowerRequestMember[] = parsed.members.map((m) =>
    lookup || m.weight === undefined
      ? { member: m.member }
      : { member: m.member, weight: m.weight },
  );
  const warn = numberOf(s.warn ?? DEFAULT_WARN);
  const common = {
    members,
    ...(lookup ? { weight: basis } : {}),
    ...(warn !== undefined ? { maxPowerShare: warn / 100 } : {}),
  };
  const quota = numberOf(s.quotaPct ?? s.quota ?? '');
  const cap = numberOf(s.cap ?? '');
  const m = numberOf(s.membersPct ?? '');
  const w = numberOf(s.weightPct ?? '');
  // A rule without its numbers is sent as typed: the API names what is missing.
  const body = (
    rule === 'weighted'
      ? {
          rule,
          ...common,
          ...(quota === undefined
            ? {}
            : s.quotaPct !== undefined
              ? { quotaPct: quota }
              : { quota }),
          ...(cap !== undefined ? { capPct: cap } : {}),
        }
      : {
          rule,
          ...common,
          ...(m !== undefined ? { membersPct: m } : {}),
          ...(w !== undefined ? { weightPct: w } : {}),
        }
  ) as PowerRequestBody;
  return {
    body,
    basis,
    problems: parsed.problems,
    warningPct: warn ?? Number(DEFAULT_WARN),
    ignoredWeights: lookup && parsed.members.some((x) => x.weight !== undefined),
  };
}

function IssuesNotice({ error, sent }: { error: unknown; sent: readonly PowerRequestMember[] }) {
  const t = useT();
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{t('power.error')}</p>
      <p>{error instanceof ApiError ? error.message : errorText(t, error)}</p>
      {issues.length > 0 && (
        <ul className="power-issues">
          {issues.map((issue, i) => {
            const target = FIELD_OF[issue.path.split('.')[0] ?? ''];
            const index = /^members\.(\d+)\./.exec(issue.path);
            const who = index ? sent[Number(index[1])]?.member : undefined;
            const message = who ? `${who}: ${issue.message}` : issue.message;
            return (
              <li key={i} data-path={issue.path}>
                {target ? (
                  <>
                    <a href={`#${target.id}`}>{t(target.label)}</a>
                    {` (${issue.path}): `}
                  </>
                ) : (
                  `${issue.path}: `
                )}
                {message}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

export function PowerPage() {
  const t = useT();
  const search: PowerSearch = useSearch({ strict: false });
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form, setForm] = useState({
    rule: search.rule === 'double-majority' ? 'double-majority' : 'weighted',
    from: search.from ?? '',
    members: (search.members ?? '').split(',').join('\n'),
    basis: BASES.some((b) => b.value === search.basis) ? (search.basis as Basis) : 'given',
    quota: search.quotaPct ?? search.quota ?? '',
    quotaUnit: search.quotaPct !== undefined ? 'pct' : 'units',
    cap: search.cap ?? '',
    membersPct: search.membersPct ?? DEFAULT_MEMBERS_PCT,
    weightPct: search.weightPct ?? DEFAULT_WEIGHT_PCT,
    warn: search.warn ?? DEFAULT_WARN,
  });
  const [coalitionHint, setCoalitionHint] = useState<string | null>(null);
  const [coalitionError, setCoalitionError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  /** Entries of the typed list whose weight could not be read (nothing is sent then). */
  const [problems, setProblems] = useState<string[]>([]);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));

  /** Puts the coalition's member-tier economies in the list; says who was left out. */
  const fillFrom = async (code: string, keepBasis?: Basis) => {
    setCoalitionError(null);
    if (!code) return null;
    try {
      const coalition = await client.fetchQuery({
        queryKey: ['coalition', code],
        queryFn: ({ signal }) =>
          data(
            api.GET('/api/v1/coalitions/{code}', { params: { path: { code } }, signal }),
            signal,
          ),
      });
      const members = coalition.participants.filter((p) => p.tier === 'member');
      const economies = members.filter((p) => p.kind === 'economy');
      const left = members.filter((p) => p.kind !== 'economy');
      const list = economies.map((p) => p.code).join('\n');
      setForm((f) => ({
        ...f,
        from: code,
        members: list,
        basis: keepBasis ?? (f.basis === 'given' ? 'population' : f.basis),
      }));
      const hint = t('power.filled', {
        name: coalition.name,
        count: economies.length,
        left: left.map((p) => `${p.name} (${p.code})`).join(', '),
        hasLeft: left.length > 0 ? 'yes' : 'no',
      });
      setCoalitionHint(hint);
      announce(hint);
      return list;
    } catch (e) {
      setCoalitionError(e);
      return null;
    }
  };

  // A shared address naming a coalition but no members: fill in the coalition, then compute.
  const [filling, setFilling] = useState(Boolean(search.from && !search.members));
  useEffect(() => {
    if (!filling || !search.from) return;
    const wanted = BASES.some((b) => b.value === search.basis)
      ? (search.basis as Basis)
      : undefined;
    void fillFrom(search.from, wanted).then((list) => {
      setFilling(false);
      if (list !== null)
        void navigate({
          to: '/power',
          search: { ...search, members: list.split('\n').join(',') },
          replace: true,
        });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on arrival
  }, []);

  const asked = search.members ? requestOf(search) : null;
  const audit = useQuery({
    queryKey: ['power', asked?.body, attempt],
    enabled: asked !== null && problems.length === 0,
    retry: false,
    queryFn: ({ signal }) => postAudit(asked!.body, signal),
  });
  const result = audit.data;
  useEffect(() => {
    if (result)
      announce(
        t('power.announce', { members: result.members.length, warnings: result.warnings.length }),
      );
  }, [result, t]);

  const issues = audit.isError && audit.error instanceof ApiError ? audit.error.issues : [];
  const errorsById = new Map<string, string>();
  for (const issue of issues) {
    const target = FIELD_OF[issue.path.split('.')[0] ?? ''];
    if (!target) continue;
    const before = errorsById.get(target.id);
    errorsById.set(target.id, before ? `${before}; ${issue.message}` : issue.message);
  }
  if (problems.length > 0)
    errorsById.set(
      'power-members',
      problems.map((p) => t('power.badWeight', { entry: p })).join('; '),
    );
  const fieldError = (id: string) => errorsById.get(id) ?? null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseMembers(form.members);
    setProblems(parsed.problems);
    const weighted = form.rule === 'weighted';
    void navigate({
      to: '/power',
      search: {
        rule: form.rule,
        from: form.from,
        members: membersParam(parsed.members),
        basis: form.basis === 'given' ? '' : form.basis,
        quota: weighted && form.quotaUnit === 'units' ? form.quota.trim() : '',
        quotaPct: weighted && form.quotaUnit === 'pct' ? form.quota.trim() : '',
        cap: weighted ? form.cap.trim() : '',
        membersPct: weighted ? '' : form.membersPct.trim(),
        weightPct: weighted ? '' : form.weightPct.trim(),
        warn: form.warn.trim() === DEFAULT_WARN ? '' : form.warn.trim(),
      },
      replace: true,
    });
    // Asked again unchanged: compute again.
    setAttempt((n) => n + 1);
  };

  const rows = Math.min(12, Math.max(5, form.members.split('\n').length));
  const numberProps = {
    type: 'number',
    inputMode: 'decimal',
    step: 'any',
    autoComplete: 'off',
  } as const;
  let body: ReactNode;
  if (filling) body = null;
  else if (problems.length > 0)
    body = (
      <div className="notice notice-error" role="alert">
        <p className="notice-title">{t('power.unreadable')}</p>
        <p>{errorsById.get('power-members')}</p>
      </div>
    );
  else if (!asked) body = <p className="muted">{t('power.start')}</p>;
  else if (audit.isError) body = <IssuesNotice error={audit.error} sent={asked.body.members} />;
  else if (result)
    body = (
      <PowerResult
        audit={result}
        basis={asked.basis}
        warningPct={asked.warningPct}
        ignoredWeights={asked.ignoredWeights}
      />
    );
  else
    body = (
      <p className="loading" aria-busy="true">
        <span className="spinner" aria-hidden="true" />
        {t('power.computing')}
      </p>
    );

  return (
    <>
      <PageHeading title={t('power.title')} />
      <p className="lede">{t('power.lede')}</p>
      <form className="power-form" noValidate aria-label={t('power.formLabel')} onSubmit={submit}>
        <div className="controls">
          <Field label={t('power.rule')} className="field-wide" error={fieldError('power-rule')}>
            <select id="power-rule" value={form.rule} onChange={set('rule')}>
              <option value="weighted">{t('power.rule.weighted')}</option>
              <option value="double-majority">{t('power.rule.double')}</option>
            </select>
          </Field>
          <div className="field-wide">
            <CoalitionPicker
              id="power-coalition"
              label={t('power.from')}
              value={form.from}
              noneLabel={t('power.fromNone')}
              hint={coalitionHint ?? t('power.fromHint')}
              error={coalitionError ? errorText(t, coalitionError) : null}
              onChange={(code) => {
                setForm((f) => ({ ...f, from: code }));
                void fillFrom(code);
              }}
            />
          </div>
        </div>
        <div className="controls power-members-row">
          <Field
            label={t('power.members')}
            hint={t('power.membersHint')}
            className="field-wide"
            error={fieldError('power-members')}
          >
            <textarea
              id="power-members"
              rows={rows}
              spellCheck={false}
              autoComplete="off"
              placeholder={'USA=3\nDEU=2\nFRA=1\nITA=1'}
              value={form.members}
              onChange={set('members')}
            />
          </Field>
          <div className="power-side">
            <Field label={t('power.basis')} error={fieldError('power-basis')}>
              <select id="power-basis" value={form.basis} onChange={set('basis')}>
                {BASES.map((b) => (
                  <option key={b.value} value={b.value}>
                    {t(b.label)}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              label={t('power.warn')}
              hint={t('power.warnHint')}
              error={fieldError('power-warn')}
            >
              <input
                id="power-warn"
                {...numberProps}
                min={0}
                max={100}
                value={form.warn}
                onChange={set('warn')}
              />
            </Field>
          </div>
        </div>
        <div className="controls" data-rule="weighted" hidden={form.rule !== 'weighted'}>
          <div
            className={`field power-quota-field${fieldError('power-quota') ? ' field-invalid' : ''}`}
          >
            <label htmlFor="power-quota">{t('power.quota')}</label>
            <div className="power-inline">
              <input
                id="power-quota"
                {...numberProps}
                min={0}
                value={form.quota}
                onChange={set('quota')}
                aria-describedby="power-quota-hint power-quota-error"
                aria-invalid={fieldError('power-quota') ? true : undefined}
              />
              <select
                id="power-quota-unit"
                aria-label={t('power.quotaUnit')}
                value={form.quotaUnit}
                onChange={set('quotaUnit')}
              >
                <option value="units">{t('power.quotaUnits')}</option>
                <option value="pct">{t('power.quotaPct')}</option>
              </select>
            </div>
            <span className="field-hint" id="power-quota-hint">
              {t('power.quotaHint')}
            </span>
            {fieldError('power-quota') && (
              <span className="field-error" id="power-quota-error">
                {fieldError('power-quota')}
              </span>
            )}
          </div>
          <Field
            label={t('power.cap')}
            hint={t('power.capHint')}
            className="field-narrow"
            error={fieldError('power-cap')}
          >
            <input
              id="power-cap"
              {...numberProps}
              min={0}
              max={100}
              value={form.cap}
              onChange={set('cap')}
            />
          </Field>
        </div>
        <div
          className="controls"
          data-rule="double-majority"
          hidden={form.rule !== 'double-majority'}
        >
          <Field
            label={t('power.membersPct')}
            hint={t('power.membersPctHint')}
            className="field-narrow"
            error={fieldError('power-members-pct')}
          >
            <input
              id="power-members-pct"
              {...numberProps}
              min={0}
              max={100}
              value={form.membersPct}
              onChange={set('membersPct')}
            />
          </Field>
          <Field
            label={t('power.weightPct')}
            hint={t('power.weightPctHint')}
            className="field-narrow"
            error={fieldError('power-weight-pct')}
          >
            <input
              id="power-weight-pct"
              {...numberProps}
              min={0}
              max={100}
              value={form.weightPct}
              onChange={set('weightPct')}
            />
          </Field>
        </div>
        <div className="button-row">
          <button type="submit" className="button" disabled={audit.isFetching}>
            {t('power.compute')}
          </button>
        </div>
      </form>
      <section className="analysis power-result" aria-labelledby="power-result-heading">
        <h2 id="power-result-heading">{t('power.result')}</h2>
        <div
          className="analysis-content"
          id="power-result"
          aria-busy={audit.isFetching || undefined}
        >
          {body}
        </div>
      </section>
    </>
  );
}
