// What the snapshot alerts watch: the coalition (with its members now) and the economies of
// concern, and who set it when — shown to every reader; for the secretariat, the form that changes
// it (the coalition picker and the economy picker of the concern economies).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import { api, data } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { announce } from '../../page-status.ts';
import { CoalitionPicker, useCoalitions } from '../../ui/coalition-picker.tsx';
import { EconomyPicker, type PickerEntry } from '../../ui/economy-picker.tsx';
import { ErrorNotice, QueryState } from '../../ui/query-state.tsx';
import { economiesQuery } from '../facts/queries.ts';
import { useNameOf } from './labels.ts';
import { STANDARDS_KEY, useWatch, type Watch } from './queries.ts';
import './standards.css';

function WatchForm({ watch }: { watch: Watch }) {
  const t = useT();
  const client = useQueryClient();
  const economies = useQuery(economiesQuery);
  const [coalition, setCoalition] = useState(watch.coalition);
  const [concern, setConcern] = useState<string[]>(watch.concern);
  const [needConcern, setNeedConcern] = useState(false);
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
  const save = useMutation({
    mutationFn: () => data(api.PUT('/api/v1/standards/watch', { body: { coalition, concern } })),
    onSuccess: (w) => {
      announce(t('standards.watch.saved', { coalition: w.coalition }));
      void client.invalidateQueries({ queryKey: STANDARDS_KEY });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNeedConcern(concern.length === 0);
    if (concern.length > 0) save.mutate();
  };
  const labels = {
    coalition: t('standards.watch.coalition'),
    concern: t('standards.watch.concern'),
  };
  return (
    <form className="watch-form" onSubmit={submit} noValidate aria-labelledby="watch-form-heading">
      <h3 id="watch-form-heading">{t('standards.watch.formTitle')}</h3>
      <div className="controls">
        <CoalitionPicker
          id="watch-coalition"
          label={labels.coalition}
          value={coalition}
          onChange={(code) => code && setCoalition(code)}
        />
      </div>
      <EconomyPicker
        id="watch-concern"
        label={t('standards.watch.concernSearch')}
        entries={entries}
        stateOf={(e) => {
          const selected = concern.includes(e.code);
          return {
            selected,
            label: t(
              selected ? 'standards.engagement.concernRemove' : 'standards.engagement.concernAdd',
              { name: e.name },
            ),
            action: t(selected ? 'standards.coord.unpickShort' : 'standards.coord.pickShort'),
          };
        }}
        onToggle={(e) =>
          setConcern((c) =>
            c.includes(e.code) ? c.filter((x) => x !== e.code) : [...c, e.code].sort(),
          )
        }
      />
      {needConcern && concern.length === 0 && (
        <p className="field-error" id="watch-concern-error">
          {t('standards.watch.needConcern')}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('standards.watch.save')}
        </button>
      </div>
      <div aria-live="polite">
        {save.isError && (
          <ErrorNotice title={t('standards.watch.saveError')} error={save.error} labels={labels} />
        )}
      </div>
    </form>
  );
}

function WatchFacts({ watch }: { watch: Watch }) {
  const t = useT();
  const intl = useIntl();
  const nameOf = useNameOf();
  const saved = useCoalitions().data?.items.find((c) => c.code === watch.coalition);
  const list = (codes: readonly string[]) => codes.map(nameOf).join(', ') || '—';
  return (
    <dl className="facts watch-facts" id="watch-current">
      <div>
        <dt>{t('standards.watch.coalition')}</dt>
        <dd id="watch-current-coalition" data-code={watch.coalition}>
          {saved ? `${saved.code} — ${saved.name}` : watch.coalition}
        </dd>
      </div>
      <div>
        <dt>{t('standards.watch.concern')}</dt>
        <dd id="watch-current-concern" data-codes={watch.concern.join(',')}>
          {list(watch.concern)}
        </dd>
      </div>
      <div className="fact-wide">
        <dt>{t('standards.watch.members')}</dt>
        <dd>{list(watch.members)}</dd>
      </div>
      <div>
        <dt>{t('standards.watch.updated')}</dt>
        <dd>
          {watch.updatedAt
            ? t('standards.watch.updatedBy', {
                when: intl.formatDate(watch.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                who: watch.updatedBy ?? '—',
              })
            : t('standards.watch.default')}
        </dd>
      </div>
    </dl>
  );
}

export function WatchSection({ writer }: { writer: boolean }) {
  const t = useT();
  const watch = useWatch();
  return (
    <section className="analysis" aria-labelledby="watch-heading" id="watch">
      <h2 id="watch-heading">{t('standards.watch.title')}</h2>
      <p className="note">{t('standards.watch.lede')}</p>
      <QueryState
        query={watch}
        what={t('standards.watch.what')}
        errorTitle={t('standards.watch.error')}
      >
        {(w) => (
          <>
            <WatchFacts watch={w} />
            {writer && <WatchForm key={`${w.coalition}:${w.concern.join(',')}`} watch={w} />}
          </>
        )}
      </QueryState>
    </section>
  );
}
