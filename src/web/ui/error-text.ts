// Plain-language error messages: an API error code becomes a sentence a delegate understands, and
// an issue's field path (`votingWindow.closesAt`) is named by the field's label, never shown raw.
import { ApiError, type ApiIssue } from '../api/client.ts';
import type { MessageId } from '../i18n/messages.en.ts';

type Translate = (id: MessageId, values?: Record<string, string | number>) => string;

const BY_CODE: Readonly<Record<string, MessageId>> = {
  network: 'error.network',
  validation_failed: 'error.validation_failed',
  bad_file: 'error.bad_file',
  not_found: 'error.not_found',
  unauthorized: 'error.unauthorized',
  forbidden: 'error.forbidden',
  rate_limited: 'error.rate_limited',
  conflict: 'error.conflict',
  import_rejected: 'error.import_rejected',
  busy: 'error.busy',
  unavailable: 'error.unavailable',
};

/** "Closing date: must be after the opening date" — the issue with its field's label. */
export function issueText(issue: ApiIssue, labels: Readonly<Record<string, string>> = {}): string {
  const label = labelOf(issue.path, labels);
  return label ? `${label}: ${issue.message}` : issue.message;
}

/** The label of a field path: exact, else its nearest labelled parent (`items.2.name` → items). */
export function labelOf(path: string, labels: Readonly<Record<string, string>>): string | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const label = labels[parts.slice(0, n).join('.')];
    if (label) return label;
  }
  return null;
}

/** One sentence for any failure, the API's detail in the field's words. */
export function errorText(
  t: Translate,
  error: unknown,
  labels: Readonly<Record<string, string>> = {},
): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const detail =
    error.issues.length > 0
      ? error.issues.map((i) => issueText(i, labels)).join('; ')
      : error.message;
  const id = BY_CODE[error.code] ?? 'error.other';
  return t(id, { detail });
}
