// A failed governance write or read: the title, the failure in plain words (field paths named by
// their labels) and the HTTP status the server answered, announced to screen readers.
import { useEffect } from 'react';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { announce } from '../../page-status.ts';
import { errorText } from '../../ui/error-text.ts';

export function GovError({
  title,
  error,
  message,
  labels,
}: {
  title: string;
  error: unknown;
  /** Words of the page's own for this failure, in place of the generic ones. */
  message?: string | undefined;
  labels?: Readonly<Record<string, string>>;
}) {
  const t = useT();
  const text = message ?? errorText(t, error, labels);
  const status = error instanceof ApiError && error.status > 0 ? ` (HTTP ${error.status})` : '';
  useEffect(() => announce(`${title}: ${text}`), [title, text]);
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title}</p>
      <p>
        {text}
        {status}
      </p>
    </div>
  );
}
