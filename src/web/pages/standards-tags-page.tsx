// The strategic technology areas (`#/standards/tags`): every tag with the committees it names and
// the active committees it covers, and what the snapshot alerts watch. The secretariat adds, edits
// and removes tags and changes the watch here; everyone else reads them.
import { useState } from 'react';
import { useSession } from '../components/governance/use-session.ts';
import { mayAdminister, useStandardsTags, type Tag } from '../components/standards/queries.ts';
import { TagForm } from '../components/standards/tag-form.tsx';
import { TagsTable } from '../components/standards/tags-table.tsx';
import { WatchSection } from '../components/standards/watch-setting.tsx';
import { useT } from '../i18n/i18n.tsx';
import { signInHref } from '../session.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { QueryState } from '../ui/query-state.tsx';

export function StandardsTagsPage() {
  const t = useT();
  const me = useSession().data;
  const writer = mayAdminister(me);
  const tags = useStandardsTags();
  const [editing, setEditing] = useState<Tag | null>(null);
  // A new key after each save or cancel empties the form.
  const [formKey, setFormKey] = useState(0);
  const done = () => {
    setEditing(null);
    setFormKey((k) => k + 1);
  };
  return (
    <>
      <p className="breadcrumb">
        <a href="#/standards">{t('standards.title')}</a>
      </p>
      <PageHeading title={t('standards.tagsPage.title')} />
      <p className="lede">{t('standards.tagsPage.lede')}</p>
      <section
        className="analysis"
        aria-labelledby="tags-heading"
        aria-busy={tags.isFetching || undefined}
      >
        <h2 id="tags-heading" className="visually-hidden">
          {t('standards.tagsPage.title')}
        </h2>
        <QueryState
          query={tags}
          what={t('standards.tagsPage.what')}
          errorTitle={t('standards.tagsPage.error')}
        >
          {({ items }) => (
            <>
              {items.length === 0 ? (
                <p className="notice" id="tags-none">
                  {t('standards.tagsPage.none')}
                </p>
              ) : (
                <TagsTable
                  tags={items}
                  writer={writer}
                  onEdit={(tag) => {
                    setEditing(tag);
                    setFormKey((k) => k + 1);
                  }}
                  onRemoved={(code) => {
                    if (editing?.code === code) done();
                  }}
                />
              )}
              {writer && <TagForm key={formKey} editing={editing} tags={items} onDone={done} />}
            </>
          )}
        </QueryState>
        {!writer && me && (
          <p className="field-hint" id="tags-who">
            {t('standards.tagsPage.who')}{' '}
            {me.account ? null : <a href={signInHref()}>{t('standards.tagsPage.signIn')}</a>}
          </p>
        )}
      </section>
      <WatchSection writer={writer} />
    </>
  );
}
