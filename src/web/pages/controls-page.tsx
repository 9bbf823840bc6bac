// Export-control effectiveness: for a chain, a controlling coalition, a target, chosen inputs and
// a goal — coverage, target share, foreign availability, verdict and who to add, per input; and
// the retaliation exposure of the same coalition to the same target. Settings live in the URL.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState, type FormEvent } from 'react';
import type { ChainSummary } from '../components/chain-model.ts';
import { coverageQuery, retaliationQuery } from '../components/chain-queries.ts';
import { useChain, useChains, useEconomyNames } from '../components/chains/chain-hooks.ts';
import { CoverageTable, RetaliationTable } from '../components/chains/coverage-tables.tsx';
import { InputChecklist } from '../components/chains/input-checklist.tsx';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { useCoalitions } from '../ui/coalition-picker.tsx';
import { Field } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { ErrorNotice, Loading, QueryState } from '../ui/query-state.tsx';
import {
  DEFAULT_GOAL,
  settingsOf,
  type ControlsSearch,
  type ControlsSettings,
} from './chains-search.ts';
import '../components/chains/chains.css';

export function ControlsPage() {
  const t = useT();
  const chains = useChains();
  return (
    <>
      <PageHeading title={t('chains.controls.title')} />
      <p className="lede">{t('chains.controls.lede')}</p>
      <QueryState
        query={chains}
        what={t('chains.list.what')}
        errorTitle={t('chains.list.loadError')}
      >
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('chains.list.none')}</p>
          ) : (
            <ControlsBody chains={items} />
          )
        }
      </QueryState>
    </>
  );
}

function ControlsBody({ chains }: { chains: readonly ChainSummary[] }) {
  const t = useT();
  const search: ControlsSearch = useSearch({ from: '/controls' });
  const navigate = useNavigate({ from: '/controls' });
  const applied = settingsOf(search, chains);
  const [draft, setDraft] = useState<ControlsSettings>(applied);
  const set = (patch: Partial<ControlsSettings>) => setDraft((d) => ({ ...d, ...patch }));
  const names = useEconomyNames();
  const coalitions = useCoalitions();
  const chain = useChain(draft.chain);
  const years = [...new Set((chain.data?.chain.provision ?? []).map((p) => p.year))].sort(
    (a, b) => b - a,
  );
  const year = years.map(String).includes(draft.year) ? draft.year : 'latest';

  const coverage = useQuery({ ...coverageQuery(applied), placeholderData: keepPreviousData });
  const exposure = useQuery({
    ...retaliationQuery(applied.coalition, applied.target),
    placeholderData: keepPreviousData,
  });
  useEffect(() => {
    if (coverage.data)
      announce(
        t('chains.controls.announce', {
          count: coverage.data.inputs.length,
          controlling: coverage.data.controlling,
          target: coverage.data.target,
        }),
      );
  }, [coverage.data, t]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: ControlsSearch = {
      chain: draft.chain,
      coalition: draft.coalition.trim(),
      target: draft.target.trim(),
      inputs: draft.inputs.length ? draft.inputs.join('|') : undefined,
      goal: draft.goal === DEFAULT_GOAL ? undefined : draft.goal,
      year: year === 'latest' ? undefined : year,
    };
    const same = JSON.stringify(settingsOf(next, chains)) === JSON.stringify(applied);
    void navigate({ search: next, replace: true });
    if (same) {
      void coverage.refetch();
      void exposure.refetch();
    }
  };
  const busy = coverage.isFetching || exposure.isFetching;

  return (
    <>
      <form
        className="controls-form"
        noValidate
        aria-label={t('chains.controls.formLabel')}
        onSubmit={submit}
      >
        <datalist id="controls-coalitions">
          {(coalitions.data?.items ?? []).map((c) => (
            <option key={c.code} value={c.code} />
          ))}
        </datalist>
        <div className="controls">
          <Field label={t('chains.controls.chain')} className="field-chain" id="controls-chain">
            <select
              value={draft.chain}
              onChange={(e) => {
                const code = e.target.value;
                setDraft((d) => ({ ...d, chain: code, inputs: [] }));
              }}
            >
              {chains.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
          <Field
            label={t('chains.controls.coalition')}
            hint={t('chains.controls.coalitionHint')}
            id="controls-coalition"
          >
            <input
              type="text"
              value={draft.coalition}
              autoComplete="off"
              spellCheck={false}
              list="controls-coalitions"
              onChange={(e) => set({ coalition: e.target.value })}
            />
          </Field>
          <Field
            label={t('chains.controls.targetField')}
            hint={t('chains.controls.targetHint')}
            id="controls-target"
          >
            <input
              type="text"
              value={draft.target}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => set({ target: e.target.value })}
            />
          </Field>
          <Field label={t('chains.controls.goal')} className="field-narrow" id="controls-goal">
            <input
              type="number"
              min={1}
              max={100}
              step={1}
              inputMode="decimal"
              value={draft.goal}
              onChange={(e) => set({ goal: e.target.value })}
            />
          </Field>
          <Field label={t('chains.controls.year')} className="field-narrow" id="controls-year">
            <select value={year} onChange={(e) => set({ year: e.target.value })}>
              <option value="latest">{t('chains.latestPerInput')}</option>
              {years.map((y) => (
                <option key={y} value={String(y)}>
                  {y}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {chain.isError ? (
          <ErrorNotice title={t('chains.chain.loadError')} error={chain.error} />
        ) : chain.data ? (
          <InputChecklist
            chain={chain.data.chain}
            ticked={draft.inputs}
            onChange={(inputs) => set({ inputs })}
          />
        ) : (
          <Loading what={t('chains.controls.inputsWhat')} />
        )}
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {t('chains.controls.check')}
          </button>
        </div>
      </form>
      <section className="analysis" aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">{t('chains.controls.coverageHeading')}</h2>
        <div className="analysis-content" aria-busy={coverage.isFetching || undefined}>
          {coverage.isError ? (
            <ErrorNotice title={t('chains.controls.coverageError')} error={coverage.error} />
          ) : coverage.data ? (
            <CoverageTable report={coverage.data} names={names} />
          ) : (
            <Loading what={t('chains.controls.figures')} />
          )}
        </div>
      </section>
      <section className="analysis" aria-labelledby="retaliation-heading">
        <h2 id="retaliation-heading">{t('chains.controls.retaliationHeading')}</h2>
        <p className="lede">{t('chains.controls.retaliationLede')}</p>
        <div className="analysis-content" aria-busy={exposure.isFetching || undefined}>
          {exposure.isError ? (
            <ErrorNotice title={t('chains.controls.retaliationError')} error={exposure.error} />
          ) : exposure.data ? (
            <RetaliationTable report={exposure.data} />
          ) : (
            <Loading what={t('chains.controls.figures')} />
          )}
        </div>
      </section>
    </>
  );
}
