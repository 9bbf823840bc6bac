// The membership criteria page: a criteria set evaluated over every economy, with evidence per
// criterion, filters (result, region, name), a coalition compared with the set, and the table's
// CSV with every criterion's evidence. Every choice, the table's sort included, lives in the URL.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import type { ResponseOf } from '../api/client.ts';
import { CriteriaCoalitionPanel } from '../components/criteria-coalition-panel.tsx';
import { evaluationQuery, isYear, setQuery, setsQuery } from '../components/criteria-queries.ts';
import { catalogueQuery, economiesQuery } from '../components/facts/queries.ts';
import { criteriaCsv } from '../components/criteria-csv.ts';
import type { IndicatorLookup } from '../components/criteria-evidence.tsx';
import { RESULT_ORDER, resultCount, resultLabel } from '../components/criteria-format.ts';
import type {
  CriteriaResult,
  CriteriaSetJson,
  CriteriaTier,
  EconomyEvaluation,
  RuleNode,
} from '../components/criteria-shapes.ts';
import { CriteriaTable, inNameOrder, type CriterionColumn } from '../components/criteria-table.tsx';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { CoalitionPicker } from '../ui/coalition-picker.tsx';
import { Field } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ErrorNotice, QueryState } from '../ui/query-state.tsx';
import { useDebounced } from '../ui/use-debounced.ts';
import '../components/criteria-table.css';

/** The page's URL query: plain strings, absent when empty. */
export type CriteriaSearch = Partial<
  Record<'set' | 'asOf' | 'coalition' | 'result' | 'region' | 'q' | 'sort' | 'dir', string>
>;

type Economy = ResponseOf<'/api/v1/economies'>['items'][number];

/** The URL of a set's JSON definition, dated at `asOf` when given. */
const criteriaSetUrl = (code: string, asOf: string): string =>
  `/api/v1/criteria/${encodeURIComponent(code)}${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`;

/** The order the summary line names the results in. */
const SUMMARY_ORDER: readonly CriteriaResult[] = [
  'eligible_member',
  'eligible_partner',
  'not_eligible',
  'undetermined',
];

const isResult = (v: string | undefined): v is CriteriaResult =>
  v !== undefined && (RESULT_ORDER as readonly string[]).includes(v);

/** The criteria of one tier in tree order, each with the label of the combinator above it. */
function columnsOf(set: CriteriaSetJson, tier: CriteriaTier): CriterionColumn[] {
  const columns: CriterionColumn[] = [];
  const childrenOf = (node: Exclude<RuleNode, { kind: 'criterion' }>): RuleNode[] =>
    node.kind === 'weighted' ? node.children.map((c) => c.node) : node.children;
  const walk = (node: RuleNode, group: string | null): void => {
    if (node.kind === 'criterion') {
      columns.push({ ...node, group, rationale: node.rationale });
      return;
    }
    for (const child of childrenOf(node)) walk(child, node.label);
  };
  // The tier's root is the tier itself ("Member"): its children are not grouped under it.
  const root = set.tiers[tier];
  if (root?.kind === 'criterion') walk(root, null);
  else if (root) for (const child of childrenOf(root)) walk(child, null);
  return columns;
}

/** Without the set's JSON: the criteria of a tier in the order the evidence lists them. */
const columnsFromEvidence = (e: EconomyEvaluation | undefined, tier: CriteriaTier) =>
  (e?.criteria ?? [])
    .filter((c) => c.tier === tier)
    .map((c): CriterionColumn => ({ ...c, group: null, rationale: null }));

/** Lower case without diacritics, so that "cote" finds "Côte d’Ivoire". */
const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase();

/** Regions with their subregions, sorted. */
function regionsOf(economies: readonly Economy[]): [string, string[]][] {
  const regions = new Map<string, Set<string>>();
  for (const e of economies) {
    if (!e.region) continue;
    const subs = regions.get(e.region) ?? new Set<string>();
    if (e.subregion) subs.add(e.subregion);
    regions.set(e.region, subs);
  }
  return [...regions.keys()].sort().map((r) => [r, [...regions.get(r)!].sort()]);
}

export function CriteriaPage() {
  const t = useT();
  const intl = useIntl();
  const search: CriteriaSearch = useSearch({ strict: false });
  const navigate = useNavigate();
  const setCode = search.set || 'default';
  const asOf = isYear(search.asOf ?? '') ? search.asOf! : '';
  const coalition = search.coalition ?? '';
  const result = isResult(search.result) ? search.result : '';
  const region = search.region ?? '';
  const update = (changes: CriteriaSearch): void =>
    void navigate({
      to: '/criteria',
      search: (prev: CriteriaSearch) => {
        const next: CriteriaSearch = { ...prev, ...changes };
        for (const k of Object.keys(next) as (keyof CriteriaSearch)[]) if (!next[k]) delete next[k];
        return next;
      },
      replace: true,
    });

  // The name filter follows typing at once; the URL follows when typing pauses.
  const [needle, setNeedle] = useState(search.q ?? '');
  const settledNeedle = useDebounced(needle, 300);
  useEffect(() => {
    if (settledNeedle.trim() !== (search.q ?? '')) update({ q: settledNeedle.trim() });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the typing settles
  }, [settledNeedle]);

  const [asOfDraft, setAsOfDraft] = useState(asOf);
  const asOfValid = asOfDraft.trim() === '' || isYear(asOfDraft.trim());
  const commitAsOf = (): void => {
    const v = asOfDraft.trim();
    if (asOfValid && v !== asOf) update({ asOf: v });
  };

  const sets = useQuery(setsQuery);
  const economies = useQuery(economiesQuery);
  const catalogue = useQuery(catalogueQuery);
  const setJson = useQuery({ ...setQuery(setCode, asOf), placeholderData: keepPreviousData });
  const evaluation = useQuery({
    ...evaluationQuery(setCode, asOf, coalition),
    placeholderData: keepPreviousData,
  });

  const economyBy = useMemo(
    () => new Map((economies.data?.items ?? []).map((e) => [e.iso3, e])),
    [economies.data],
  );
  const indicator: IndicatorLookup = useMemo(() => {
    const by = new Map((catalogue.data?.items ?? []).map((i) => [i.code, i]));
    return (code) => {
      const i = by.get(code);
      return i
        ? { name: i.name, unit: i.unit, higherIsBetter: i.higherIsBetter }
        : { name: code, unit: '', higherIsBetter: true };
    };
  }, [catalogue.data]);

  const report = evaluation.data?.report;
  const set = setJson.isError ? null : (setJson.data ?? null);
  const memberColumns = useMemo(
    () => (set ? columnsOf(set, 'member') : columnsFromEvidence(report?.economies[0], 'member')),
    [set, report],
  );
  const allCriterionIds = useMemo(
    () =>
      set
        ? [...columnsOf(set, 'member'), ...columnsOf(set, 'partner')].map((c) => c.id)
        : (report?.economies[0]?.criteria.map((c) => c.id) ?? []),
    [set, report],
  );
  const rows = useMemo(() => {
    if (!report) return [];
    const folded = fold(needle.trim());
    return inNameOrder(report.economies)
      .filter((e) => !result || e.result === result)
      .filter((e) => {
        if (!region) return true;
        const economy = economyBy.get(e.iso3);
        return economy?.region === region || economy?.subregion === region;
      })
      .filter((e) => !folded || fold(e.name).includes(folded) || fold(e.iso3).includes(folded));
  }, [report, result, region, needle, economyBy]);

  const summary = report
    ? t('criteria.summary', {
        asOf: report.asOf,
        counts: SUMMARY_ORDER.map((k) => resultCount(intl, k, report.counts[k] ?? 0)).join(', '),
      })
    : '';
  useEffect(() => {
    if (summary) announce(summary);
  }, [summary]);

  const loadProblems = [
    sets.isError ? t('criteria.problemSets', { message: sets.error.message }) : null,
    economies.isError ? t('criteria.problemRegions', { message: economies.error.message }) : null,
    catalogue.isError ? t('criteria.problemUnits', { message: catalogue.error.message }) : null,
  ].filter((p): p is string => p !== null);

  // The table's sort: a column's id (name, result or a criterion's id); by name when absent.
  const sort = {
    key:
      search.sort === 'result' || memberColumns.some((c) => c.id === search.sort)
        ? search.sort!
        : 'name',
    direction: search.dir === 'descending' ? 'descending' : 'ascending',
  } as const;
  const sortedBy =
    sort.key === 'name' || sort.key === 'result'
      ? t('criteria.sortKey', { key: sort.key })
      : (memberColumns.find((c) => c.id === sort.key)?.label ?? sort.key);

  const setItems = sets.data?.items ?? [];
  const evaluationParams = new URLSearchParams({
    ...(asOf ? { asOf } : {}),
    ...(report?.coalition ? { coalition: report.coalition.code } : {}),
  }).toString();
  const cli = `techalliance criteria evaluate --set ${setCode}${asOf ? ` --as-of ${asOf}` : ''}${report?.coalition ? ` --coalition ${report.coalition.code}` : ''}`;

  return (
    <>
      <PageHeading title={t('criteria.title')} />
      <p className="lede">{t('criteria.lede')}</p>
      <form
        className="controls"
        aria-label={t('criteria.choicesLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        <Field label={t('criteria.set')}>
          <select
            id="criteria-set"
            name="set"
            value={setCode}
            disabled={sets.isPending}
            onChange={(e) => update({ set: e.target.value === 'default' ? '' : e.target.value })}
          >
            {setItems.map((s) => (
              <option key={s.code} value={s.code}>
                {s.origin === 'built-in' ? s.name : `${s.name} (${s.code})`}
              </option>
            ))}
            {!setItems.some((s) => s.code === setCode) && (
              <option value={setCode}>{setCode}</option>
            )}
          </select>
        </Field>
        <Field
          label={t('criteria.asOf')}
          className="field-narrow"
          // Said to screen readers only, so that the year lines up with its neighbours.
          hint={<span className="visually-hidden">{t('criteria.asOfHint')}</span>}
          error={asOfValid ? null : t('criteria.asOfInvalid')}
        >
          <input
            id="criteria-asof"
            type="number"
            name="asOf"
            min={1990}
            max={2100}
            step={1}
            inputMode="numeric"
            placeholder={report ? String(report.asOf) : t('criteria.latest')}
            value={asOfDraft}
            onChange={(e) => setAsOfDraft(e.target.value)}
            onBlur={commitAsOf}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commitAsOf();
            }}
          />
        </Field>
        <CoalitionPicker
          id="criteria-coalition"
          label={t('criteria.coalition')}
          noneLabel={t('criteria.none')}
          value={coalition}
          onChange={(code) => update({ coalition: code })}
        />
      </form>
      {set?.description && <p className="criteria-set-description muted">{set.description}</p>}
      <form
        className="controls"
        role="search"
        aria-label={t('criteria.filtersLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        <Field label={t('criteria.result')}>
          <select
            id="criteria-result"
            name="result"
            value={result}
            onChange={(e) => update({ result: e.target.value })}
          >
            <option value="">
              {report
                ? t('criteria.allResultsCount', { count: report.economies.length })
                : t('criteria.allResults')}
            </option>
            {RESULT_ORDER.map((r) => (
              <option key={r} value={r}>
                {report
                  ? `${resultLabel(intl, r)} (${report.counts[r] ?? 0})`
                  : resultLabel(intl, r)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('criteria.region')}>
          <select
            id="criteria-region"
            name="region"
            value={region}
            disabled={economies.isPending}
            onChange={(e) => update({ region: e.target.value })}
          >
            <option value="">{t('criteria.allRegions')}</option>
            {regionsOf(economies.data?.items ?? []).map(([r, subs]) => (
              <optgroup key={r} label={r}>
                <option value={r}>{t('criteria.allOf', { region: r })}</option>
                {subs.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </optgroup>
            ))}
            {economies.isPending && region && <option value={region}>{region}</option>}
          </select>
        </Field>
        <Field label={t('criteria.search')} className="field-wide">
          <input
            id="criteria-search"
            type="search"
            name="q"
            autoComplete="off"
            placeholder={t('criteria.search')}
            value={needle}
            onChange={(e) => setNeedle(e.target.value)}
          />
        </Field>
        <div className="field field-action">
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setNeedle('');
              update({ result: '', region: '', q: '' });
            }}
          >
            {t('criteria.clear')}
          </button>
        </div>
      </form>
      <div className="criteria-summary-row">
        <p className="criteria-summary">{summary}</p>
        <div className="criteria-actions">
          <a className="button button-quiet" href={criteriaSetUrl(setCode, asOf)}>
            {t('criteria.json')}
          </a>
        </div>
      </div>
      <div className="criteria-coalition-box">
        {report?.coalition ? (
          <CriteriaCoalitionPanel
            report={report.coalition}
            setCode={report.set.code}
            asOf={report.asOf}
            indicator={indicator}
          />
        ) : evaluation.data?.coalitionError ? (
          <ErrorNotice
            title={t('criteria.coalitionError', { coalition })}
            error={evaluation.data.coalitionError}
          />
        ) : null}
      </div>
      <p className="criteria-legend">
        {t('criteria.legendStart')}
        <span className="outcome-pass">
          <span className="criteria-mark">✓</span>
          {t('criteria.passes')}
        </span>
        {', '}
        <span className="outcome-fail">
          <span className="criteria-mark">✗</span>
          {t('criteria.fails')}
        </span>
        {', '}
        <span className="outcome-missing">
          <span className="criteria-mark">?</span>
          {t('criteria.missing')}
        </span>
        {t('criteria.legendEnd')}
      </p>
      <div className="criteria-table-box" aria-busy={evaluation.isFetching || undefined}>
        <QueryState
          query={evaluation}
          what={t('criteria.what')}
          errorTitle={t('criteria.error', { set: setCode })}
        >
          {({ report: r }) => (
            <CriteriaTable
              columns={memberColumns}
              rows={rows}
              initialSort={[{ id: sort.key, desc: sort.direction === 'descending' }]}
              onSortChange={(next) =>
                update({
                  sort: next[0]?.id ?? '',
                  dir: next[0]?.desc ? 'descending' : '',
                })
              }
              label={t('criteria.tableLabel')}
              caption={t('criteria.caption', {
                set: r.set.name,
                asOf: r.asOf,
                shown: rows.length,
                total: r.economies.length,
                key: sortedBy,
                direction: t('criteria.sortDirection', { direction: sort.direction }),
              })}
              csvName={[
                'criteria',
                r.set.code,
                String(r.asOf),
                ...(r.coalition ? [r.coalition.code] : []),
              ].join('-')}
              csv={(shown) =>
                criteriaCsv(
                  shown,
                  allCriterionIds,
                  (iso3) => economyBy.get(iso3)?.region ?? null,
                  (result) => resultLabel(intl, result),
                )
              }
              indicator={indicator}
            />
          )}
        </QueryState>
      </div>
      <div className="source-note">
        {report && report.warnings.length > 0 && (
          <div className="notice">
            <p className="notice-title">{t('criteria.warnings')}</p>
            <ul>
              {report.warnings.map((w, i) => (
                <li key={i}>{w.message}</li>
              ))}
            </ul>
          </div>
        )}
        {loadProblems.length > 0 && (
          <p className="notice notice-error">
            {t('criteria.notLoaded', { problems: loadProblems.join('; ') })}
          </p>
        )}
        {report && (
          <p>
            {t('criteria.sourcesNote')}{' '}
            <a
              href={`/api/v1/criteria/${encodeURIComponent(setCode)}/evaluation${evaluationParams ? `?${evaluationParams}` : ''}`}
            >
              {t('criteria.evaluationJson')}
            </a>
            {t('criteria.cliIntro')}
            <code>{cli}</code>.
          </p>
        )}
      </div>
    </>
  );
}
