// Loading and error states of server data (TanStack Query), shown the same way on every page and
// announced to screen readers.
import { QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { ApiError, onWrite } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';
import { announce } from '../page-status.ts';
import { errorText } from './error-text.ts';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A request refused for bad input or rights will not succeed on a retry.
      retry: (count, error) =>
        count < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      refetchOnWindowFocus: false,
    },
  },
});

// Every write made through the API client marks all cached answers stale: the ones on screen are
// fetched again at once, the others when next shown.
onWrite(() => void queryClient.invalidateQueries());

export function Loading({ what }: { what: string }) {
  const t = useT();
  const text = t('app.loading', { what });
  useEffect(() => announce(text), [text]);
  return (
    <p className="loading" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      {text}
    </p>
  );
}

export function ErrorNotice({
  title,
  error,
  retry,
  labels,
}: {
  title: string;
  error: unknown;
  retry?: () => void;
  labels?: Readonly<Record<string, string>>;
}) {
  const t = useT();
  const message = errorText(t, error, labels);
  useEffect(() => announce(`${title}: ${message}`), [title, message]);
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title}</p>
      <p>{message}</p>
      {retry && (
        <button type="button" className="button" onClick={retry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}

/** Renders the query's data, or its loading or error state. */
export function QueryState<T>({
  query,
  what,
  errorTitle,
  children,
}: {
  query: UseQueryResult<T>;
  what: string;
  errorTitle: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading what={what} />;
  if (query.isError)
    return (
      <ErrorNotice title={errorTitle} error={query.error} retry={() => void query.refetch()} />
    );
  return <>{children(query.data)}</>;
}
