// One standards committee (`#/standards/committee?ref=ISO/IEC JTC 1/SC 42`): its title, body,
// type, status, creation date, secretariat, parent and subcommittees, strategic tags (its own and
// those it inherits), its members by role on the map and in a table, the snapshot changes that
// named it, and the coordination of its meetings (recorded here by accounts that may write).
import { useSearch } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { CommitteesTable, TagList } from '../components/standards/committees-table.tsx';
import { CoordinationSection } from '../components/standards/coordination.tsx';
import { ChangesTable } from '../components/standards/changes-table.tsx';
import { useDay, useStandardsLabels } from '../components/standards/labels.ts';
import { CommitteeMembers } from '../components/standards/member-map.tsx';
import {
  tagLabeller,
  useCommittee,
  useStandardsTags,
  type CommitteeDetail,
} from '../components/standards/queries.ts';
import { useT } from '../i18n/i18n.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';
import { committeeHref, type CommitteeSearch } from './standards-search.ts';

function CommitteeFacts({
  c,
  tagLabel,
}: {
  c: CommitteeDetail;
  tagLabel: (code: string) => string;
}) {
  const t = useT();
  const label = useStandardsLabels();
  const day = useDay();
  const own = c.tags.filter((x) => !c.inheritedTags.includes(x));
  return (
    <dl className="facts standards-facts">
      <div>
        <dt>{t('standards.col.body')}</dt>
        <dd>{c.body}</dd>
      </div>
      <div>
        <dt>{t('standards.col.type')}</dt>
        <dd>{label.type(c.type)}</dd>
      </div>
      <div>
        <dt>{t('standards.col.status')}</dt>
        <dd data-status={c.status}>{label.status(c.status)}</dd>
      </div>
      <div>
        <dt>{t('standards.col.created')}</dt>
        <dd>{day(c.created)}</dd>
      </div>
      <div>
        <dt>{t('standards.col.secretariat')}</dt>
        <dd id="committee-secretariat" data-iso3={c.secretariat ?? ''}>
          {c.secretariat ? (
            <>
              <a href={`#/economies/${c.secretariat}`}>{c.secretariatName ?? c.secretariat}</a>
              {c.secretariatBody && ` (${c.secretariatBody})`}
            </>
          ) : (
            t('standards.none')
          )}
        </dd>
      </div>
      <div>
        <dt>{t('standards.col.parent')}</dt>
        <dd id="committee-parent">
          {c.parent ? (
            <a href={committeeHref(c.parent)}>
              {c.parentCommittee ? `${c.parent} — ${c.parentCommittee.title}` : c.parent}
            </a>
          ) : (
            t('standards.none')
          )}
        </dd>
      </div>
      <div className="fact-wide">
        <dt>{t('standards.col.tags')}</dt>
        <dd>
          {c.tags.length === 0 ? (
            t('standards.tags.none')
          ) : (
            <TagList
              tags={[...own, ...c.inheritedTags]}
              tagLabel={tagLabel}
              inherited={c.inheritedTags}
            />
          )}
        </dd>
      </div>
      {c.externalId && (
        <div>
          <dt>{t('standards.committee.externalId')}</dt>
          <dd className="code">{c.externalId}</dd>
        </div>
      )}
    </dl>
  );
}

function Committee({ c }: { c: CommitteeDetail }) {
  const t = useT();
  const intl = useIntl();
  const tags = useStandardsTags();
  const tagLabel = tagLabeller(tags.data?.items);
  return (
    <>
      <p className="lede committee-title">{c.title}</p>
      <CommitteeFacts c={c} tagLabel={tagLabel} />
      <section className="analysis" aria-labelledby="members-heading">
        <h2 id="members-heading">
          {t('standards.members.title')}{' '}
          <span className="muted">({intl.formatNumber(c.members.length)})</span>
        </h2>
        {c.members.length === 0 ? (
          <p className="notice">{t('standards.members.none')}</p>
        ) : (
          <>
            {c.members.every((m) => m.role === 'secretariat') && (
              <p className="note" id="members-not-listed">
                {t('standards.members.onlySecretariat')}
              </p>
            )}
            <CommitteeMembers committee={c} />
          </>
        )}
      </section>
      {c.subcommittees.length > 0 && (
        <section className="analysis" aria-labelledby="subcommittees-heading">
          <h2 id="subcommittees-heading">{t('standards.committee.subcommittees')}</h2>
          <CommitteesTable
            items={c.subcommittees}
            tagLabel={tagLabel}
            caption={t('standards.committee.subCaption', {
              count: c.subcommittees.length,
              ref: c.reference,
            })}
            csvName={`${c.reference.replace(/[^A-Za-z0-9]+/g, '-')}-subcommittees`}
          />
        </section>
      )}
      <section className="analysis" aria-labelledby="committee-changes-heading">
        <h2 id="committee-changes-heading">{t('standards.committee.changes')}</h2>
        {c.changes.length === 0 ? (
          <p className="note">{t('standards.committee.noChanges')}</p>
        ) : (
          <ChangesTable
            items={c.changes}
            tagLabel={tagLabel}
            caption={t('standards.committee.changesCaption', { count: c.changes.length })}
            csvName={`${c.reference.replace(/[^A-Za-z0-9]+/g, '-')}-changes`}
          />
        )}
      </section>
      <section className="analysis" aria-labelledby="coordination-heading">
        <h2 id="coordination-heading">{t('standards.coord.title')}</h2>
        <CoordinationSection committee={c} />
      </section>
    </>
  );
}

export function StandardsCommitteePage() {
  const t = useT();
  const { ref }: CommitteeSearch = useSearch({ from: '/standards/committee' });
  const committee = useCommittee(ref);
  return (
    <>
      <p className="breadcrumb">
        <a href="#/standards">{t('standards.title')}</a>
      </p>
      <PageHeading title={ref ?? t('standards.committee.none')} />
      {ref === undefined ? (
        <p className="notice">{t('standards.committee.noRef')}</p>
      ) : (
        <QueryState
          query={committee}
          what={t('standards.committee.what', { ref })}
          errorTitle={t('standards.committee.error', { ref })}
        >
          {(c) => <Committee c={c} />}
        </QueryState>
      )}
    </>
  );
}
