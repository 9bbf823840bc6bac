// One supplier (`#/misuse/supplier?name=Hikvision`): its footprint in the cases (countries with
// their technologies and years, technologies, years, sources with their caveats), its listing
// status in the members' restricted-party lists (listed by, not listed by, hits to review) with
// the divergence between members, and for accounts that may write proposals "Open a proposal" to
// list it.
import { useSearch } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { FlagBadges } from '../components/misuse/cases-table.tsx';
import { SOURCE_FLAGS, useMisuseLabels } from '../components/misuse/labels.ts';
import { ListingStatus } from '../components/misuse/listing-status.tsx';
import { OpenProposal } from '../components/misuse/open-proposal.tsx';
import { useSupplier, whoOf, type SupplierView } from '../components/misuse/queries.ts';
import { useSession } from '../components/governance/use-session.ts';
import { useNameOf } from '../components/standards/labels.ts';
import { useT } from '../i18n/i18n.tsx';
import { DataTable, type Column } from '../ui/data-table.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import type { SupplierSearch } from './misuse-search.ts';

type CountryRow = SupplierView['countries'][number];
type TechnologyRow = SupplierView['technologies'][number];
type YearRow = SupplierView['years'][number];

function Footprint({ s, name }: { s: SupplierView; name: string }) {
  const t = useT();
  const intl = useIntl();
  const label = useMisuseLabels();
  const nameOf = useNameOf();
  const slug = s.supplierKey.replace(/[^a-z0-9]+/gi, '-');
  const casesHref = (iso3?: string) =>
    `#/misuse?${new URLSearchParams({ supplier: name, ...(iso3 ? { country: iso3 } : {}) }).toString()}`;
  const countryColumns: Column<CountryRow>[] = [
    {
      id: 'country',
      header: t('misuse.col.country'),
      key: true,
      value: (c) => nameOf(c.iso3),
      cell: (c) => <a href={`#/economies/${c.iso3}`}>{nameOf(c.iso3)}</a>,
    },
    { id: 'iso3', header: 'ISO3', value: (c) => c.iso3, visible: false },
    {
      id: 'technologies',
      header: t('misuse.col.technologies'),
      value: (c) => c.technologies.map(label.technology).join(', '),
    },
    { id: 'years', header: t('misuse.col.years'), value: (c) => c.years.join(', ') },
    {
      id: 'cases',
      header: t('misuse.col.cases'),
      numeric: true,
      value: (c) => c.caseIds.length,
      cell: (c) => <a href={casesHref(c.iso3)}>{intl.formatNumber(c.caseIds.length)}</a>,
    },
  ];
  const technologyColumns: Column<TechnologyRow>[] = [
    {
      id: 'technology',
      header: t('misuse.col.technology'),
      key: true,
      value: (x) => label.technology(x.technology),
    },
    {
      id: 'count',
      header: t('misuse.col.countryCount'),
      numeric: true,
      value: (x) => x.countries.length,
    },
    {
      id: 'countries',
      header: t('misuse.col.countries'),
      value: (x) => x.countries.map(nameOf).join(', '),
    },
  ];
  const yearColumns: Column<YearRow>[] = [
    { id: 'year', header: t('misuse.col.year'), key: true, value: (y) => y.year },
    { id: 'cases', header: t('misuse.col.cases'), numeric: true, value: (y) => y.cases },
  ];
  return (
    <>
      <section className="analysis" aria-labelledby="footprint-heading">
        <h2 id="footprint-heading">{t('misuse.supplier.countries')}</h2>
        {s.countryAttributed > 0 && (
          <p className="note" id="supplier-attributed">
            {t('misuse.supplier.attributed', {
              count: s.countryAttributed,
              total: s.cases,
            })}
          </p>
        )}
        <DataTable
          rows={s.countries}
          columns={countryColumns}
          caption={t('misuse.supplier.countriesCaption', { name, count: s.countries.length })}
          csvName={`${slug}-countries`}
          className="misuse-footprint"
          label={t('misuse.supplier.countries')}
          rowKey={(c) => c.iso3}
          rowProps={(c) => ({ 'data-iso3': c.iso3 })}
          filterable={s.countries.length > 15}
        />
        <p>
          <a href={casesHref()}>{t('misuse.supplier.allCases', { count: s.cases, name })}</a>
        </p>
      </section>
      <div className="misuse-two">
        <section className="analysis" aria-labelledby="technologies-heading">
          <h2 id="technologies-heading">{t('misuse.supplier.technologies')}</h2>
          <DataTable
            rows={s.technologies}
            columns={technologyColumns}
            caption={t('misuse.supplier.technologiesCaption', { name })}
            csvName={`${slug}-technologies`}
            className="misuse-technologies"
            label={t('misuse.supplier.technologies')}
            rowKey={(x) => x.technology}
            rowProps={(x) => ({ 'data-technology': x.technology })}
            filterable={false}
          />
        </section>
        <section className="analysis" aria-labelledby="years-heading">
          <h2 id="years-heading">{t('misuse.supplier.years')}</h2>
          <DataTable
            rows={s.years}
            columns={yearColumns}
            caption={t('misuse.supplier.yearsCaption', { name })}
            csvName={`${slug}-years`}
            className="misuse-years"
            label={t('misuse.supplier.years')}
            rowKey={(y) => String(y.year)}
            filterable={false}
          />
          {s.undated > 0 && (
            <p className="note">{t('misuse.supplier.undated', { count: s.undated })}</p>
          )}
        </section>
      </div>
      <section className="analysis" aria-labelledby="supplier-sources-heading">
        <h2 id="supplier-sources-heading">{t('misuse.supplier.sources')}</h2>
        <ul className="misuse-sources" id="supplier-sources">
          {s.sources.map((x) => (
            <li key={x.sourceId} data-source={x.sourceId}>
              <span className="code">{x.sourceId}</span>{' '}
              {t('misuse.supplier.sourceCases', { count: x.cases })}{' '}
              <FlagBadges flags={SOURCE_FLAGS[x.sourceId] ?? []} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function Supplier({ s }: { s: SupplierView }) {
  const t = useT();
  const name = s.supplier[0] ?? s.supplierKey;
  return (
    <>
      <p className="lede" id="supplier-summary">
        {t('misuse.supplier.summary', {
          name,
          cases: s.cases,
          countries: s.countries.length,
        })}
        {s.supplier.length > 1 &&
          ` ${t('misuse.supplier.spellings', { names: s.supplier.slice(1).join(', ') })}`}
      </p>
      <section className="analysis" aria-labelledby="listing-heading">
        <h2 id="listing-heading">{t('misuse.listing.title')}</h2>
        <ListingStatus s={s} />
        <OpenProposal
          subject={{ supplier: name, action: 'list-supplier' }}
          hint={t('misuse.proposal.supplierHint', { name })}
        />
      </section>
      <Footprint s={s} name={name} />
    </>
  );
}

export function MisuseSupplierPage() {
  const t = useT();
  const { name }: SupplierSearch = useSearch({ from: '/misuse/supplier' });
  const session = useSession();
  const supplier = useSupplier(name, whoOf(session.data));
  return (
    <>
      <p className="breadcrumb">
        <a href="#/misuse">{t('misuse.title')}</a>
      </p>
      <PageHeading title={supplier.data?.supplier[0] ?? name ?? t('misuse.supplier.none')} />
      {name === undefined ? (
        <p className="notice">{t('misuse.supplier.noName')}</p>
      ) : (
        <QueryState
          query={supplier}
          what={t('misuse.supplier.what', { name })}
          errorTitle={t('misuse.supplier.error', { name })}
        >
          {(s) => <Supplier s={s} />}
        </QueryState>
      )}
    </>
  );
}
