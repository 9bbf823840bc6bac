// "Not found" for a code that names nothing: a heading that says so, what to check, the server's
// own words, and where to go instead; the trail above a profile; the notice of a failed load.
import { useEffect } from 'react';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { announce } from '../../page-status.ts';
import { PageHeading } from '../../ui/page-heading.tsx';
import { ErrorNotice } from '../../ui/query-state.tsx';

export function NotFoundNotice({
  title,
  detail,
  back,
  apiMessage,
}: {
  title: string;
  detail: string;
  back: { href: string; label: string };
  apiMessage: string;
}) {
  const t = useT();
  useEffect(() => announce(title), [title]);
  return (
    <div className="notice notice-not-found">
      <PageHeading title={title} />
      <p>{detail}</p>
      <p className="muted">{t('facts.serverAnswered', { message: apiMessage })}</p>
      <p>
        <a href={back.href}>{back.label}</a>
      </p>
    </div>
  );
}

/** The trail above a profile: the list it belongs to, then its own name. */
export function Breadcrumb({
  list,
  name,
}: {
  list: { href: string; label: string };
  name: string;
}) {
  const t = useT();
  return (
    <nav className="breadcrumb" aria-label={t('app.breadcrumbs')}>
      <a href={list.href}>{list.label}</a> › {name}
    </nav>
  );
}

/** The error notice of a failed load, its title naming the HTTP status the server answered. */
export function LoadError({
  title,
  error,
  retry,
}: {
  title: string;
  error: unknown;
  retry?: () => void;
}) {
  const status = error instanceof ApiError && error.status > 0 ? ` (HTTP ${error.status})` : '';
  return <ErrorNotice title={title + status} error={error} retry={retry} />;
}
