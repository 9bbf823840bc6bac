// CSV built in the browser (RFC 4180 quoting), and text handed to the user as a download.

export { toCsv, type CsvCell } from '../core/csv.ts';

/** Saves `text` as a file named `filename` through the browser's download. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves CSV text as a file named `filename`. */
export const downloadCsv = (filename: string, text: string): void =>
  downloadText(filename, text, 'text/csv');
