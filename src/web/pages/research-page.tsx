// Research strengths (`#/research?coalition=G7&year=2022&field=physics`): the field × member heat
// map of specialisation of a coalition's members, the coalition's world share by field, and every
// economy's share and specialisation in one field — the choices live in the address.
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEconomyNames } from '../components/chains/chain-hooks.ts';
import { HeatMap } from '../components/research/heat-map.tsx';
import { ALL_FIELD_CODES, useFieldLabel, useNumbers } from '../components/research/labels.ts';
import { ResearchLinks } from '../components/research/research-links.tsx';
import {
  useStrengths,
  type CoalitionShare,
  type StrengthItem,
} from '../components/research/queries.ts';
import { useT } from '../i18n/i18n.tsx';
import { CoalitionPicker } from '../ui/coalition-picker.tsx';
import { DataTable } from '../ui/data-table.tsx';
import { Field } from '../ui/field.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { DEFAULT_COALITION, type StrengthsSearch } from './research-search.ts';

export function ResearchPage() {
  const t = useT();
  const search: StrengthsSearch = useSearch({ from: '/research' });
  const navigate = useNavigate({ from: '/research' });
  const set = (next: Partial<StrengthsSearch>) =>
    void navigate({ search: { ...search, ...next }, replace: true });
  const coalition = search.coalition ?? DEFAULT_COALITION;
  const field = search.field ?? 'computer-information-sciences';
  const strengths = useStrengths({
    coalition,
    ...(search.year !== undefined ? { year: search.year } : {}),
  });
  const names = useEconomyNames();
  const nameOf = (iso3: string) => names.get(iso3) ?? iso3;
  const fieldLabel = useFieldLabel();
  const n = useNumbers();
  return (
    <>
      <PageHeading title={t('research.title')} />
      <p className="lede">{t('research.lede')}</p>
      <ResearchLinks />
      <div className="filters research-filters">
        <CoalitionPicker
          id="research-coalition"
          label={t('research.coalition')}
          value={coalition}
          onChange={(code) => set({ coalition: code || undefined })}
        />
        <Field label={t('research.year')}>
          <select
            id="research-year"
            value={search.year ?? strengths.data?.year ?? ''}
            onChange={(e) => set({ year: Number(e.target.value) })}
          >
            {(strengths.data?.years ?? (search.year ? [search.year] : [])).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('research.field')}>
          <select
            id="research-field"
            value={field}
            onChange={(e) => set({ field: e.target.value as StrengthsSearch['field'] })}
          >
            {ALL_FIELD_CODES.filter((f) => f !== 'ai').map((f) => (
              <option key={f} value={f}>
                {fieldLabel(f)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <QueryState
        query={strengths}
        what={t('research.strengths.what')}
        errorTitle={t('research.strengths.error')}
      >
        {(s) => {
          const year = s.year;
          if (year === null || s.items.length === 0)
            return (
              <p className="notice research-empty" id="research-none">
                {t('research.strengths.none')}
              </p>
            );
          const members = [...(s.coalition?.economies ?? [])].sort((a, b) =>
            nameOf(a).localeCompare(nameOf(b)),
          );
          const shares = (s.coalition?.shares ?? []).filter((x) => x.year === year);
          const inField = s.items
            .filter((i) => i.field === field)
            .sort((a, b) => (b.sharePct ?? 0) - (a.sharePct ?? 0));
          return (
            <div aria-busy={strengths.isFetching || undefined}>
              <section className="analysis" aria-labelledby="heat-heading">
                <h2 id="heat-heading">{t('research.heat.heading', { coalition })}</h2>
                <p className="note">{t('research.heat.lede')}</p>
                <HeatMap members={members} items={s.items} year={year} nameOf={nameOf} />
              </section>
              <section className="analysis" aria-labelledby="share-heading">
                <h2 id="share-heading">{t('research.share.heading', { coalition, year })}</h2>
                <DataTable<CoalitionShare>
                  rows={shares}
                  className="research-shares"
                  columns={[
                    {
                      id: 'field',
                      header: t('research.field'),
                      value: (r) => fieldLabel(r.field),
                      key: true,
                    },
                    {
                      id: 'articles',
                      header: t('research.articles'),
                      numeric: true,
                      value: (r) => r.articles,
                      cell: (r) => n.count(r.articles),
                    },
                    {
                      id: 'share',
                      header: t('research.worldShare'),
                      numeric: true,
                      value: (r) => r.sharePct,
                      cell: (r) => n.pct(r.sharePct),
                    },
                    {
                      id: 'rca',
                      header: t('research.rca'),
                      numeric: true,
                      value: (r) => r.rca,
                      cell: (r) => n.ratio(r.rca),
                    },
                    {
                      id: 'missing',
                      header: t('research.missing'),
                      value: (r) => r.missing.join(', '),
                    },
                  ]}
                  caption={t('research.share.caption', { coalition, year })}
                  csvName={`research-coalition-share-${coalition}-${year}`}
                  label={t('research.share.heading', { coalition, year })}
                  rowKey={(r) => r.field}
                  rowProps={(r) => ({ 'data-field': r.field })}
                  initialSort={[{ id: 'share', desc: true }]}
                />
              </section>
              <section className="analysis" aria-labelledby="field-heading">
                <h2 id="field-heading">
                  {t('research.inField.heading', { field: fieldLabel(field), year })}
                </h2>
                <DataTable<StrengthItem>
                  rows={inField}
                  columns={[
                    {
                      id: 'economy',
                      header: t('research.economy'),
                      value: (r) => nameOf(r.iso3),
                      key: true,
                    },
                    { id: 'iso3', header: 'ISO3', value: (r) => r.iso3 },
                    {
                      id: 'articles',
                      header: t('research.articles'),
                      numeric: true,
                      value: (r) => r.articles,
                      cell: (r) => n.count(r.articles),
                    },
                    {
                      id: 'share',
                      header: t('research.worldShare'),
                      numeric: true,
                      value: (r) => r.sharePct,
                      cell: (r) => n.pct(r.sharePct),
                    },
                    {
                      id: 'rca',
                      header: t('research.rca'),
                      numeric: true,
                      value: (r) => r.rca,
                      cell: (r) => n.ratio(r.rca),
                    },
                  ]}
                  caption={t('research.inField.caption', { count: inField.length })}
                  csvName={`research-${field}-${year}`}
                  label={t('research.inField.heading', { field: fieldLabel(field), year })}
                  rowKey={(r) => r.iso3}
                />
              </section>
              <p className="note">{t('research.sources.nsfArticles')}</p>
            </div>
          );
        }}
      </QueryState>
    </>
  );
}
