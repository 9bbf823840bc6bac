// datetime-local values for the governance forms: a time in the reader's zone and back to ISO 8601
// with the reader's offset. (The governance pages' words — states, confidentiality, rights, ballot
// choices — are in the message catalogue, i18n/messages/governance.*.ts, and dates go through
// useIntl; see useWhen in governance/governance-tally.tsx.)

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** A time as a datetime-local value in the reader's zone: `2026-03-12T14:05:30`. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/**
 * A datetime-local value (the reader's zone) as ISO 8601 with the reader's offset:
 * `2026-03-12T14:05:30+01:00`. Null when the value is empty or not a date-time.
 */
export function localInputToIso(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(value.trim());
  if (!m) return null;
  const n = (i: number): number => Number(m[i] ?? 0);
  const date = new Date(n(1), n(2) - 1, n(3), n(4), n(5), n(6));
  if (Number.isNaN(date.getTime()) || date.getDate() !== n(3)) return null;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${toLocalInput(date)}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(
    Math.abs(offset) % 60,
  )}`;
}
