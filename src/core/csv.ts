// CSV text written by the platform (downloads, exports, the starter dataset): RFC 4180 quoting,
// a header row, numbers at full precision.

export type CsvCell = string | number | null | undefined;

/** One cell: quoted when it holds a comma, a quote or a line break; empty for null, NaN, ∞. */
export function csvCell(v: CsvCell): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The rows as CSV text, header first, each line ended by `eol` (CRLF unless told). */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: { eol?: '\r\n' | '\n' } = {},
): string {
  const eol = options.eol ?? '\r\n';
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join(eol) + eol;
}
