// The date spellings of restricted-party lists, read into ISO 8601 (partial allowed). Each reader
// returns null for a cell it cannot read, so that the parser reports it with its line and column.
import { isPartialIsoDate } from '../../core/restricted-parties/restricted-party.ts';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** A month by its English name or abbreviation (`Dec`, `Sept`, `December`); not `Marsh`. */
function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = MONTH_NAMES.indexOf(w);
  return full >= 0 ? full + 1 : MONTHS[w];
}

function iso(year: number, month?: number, day?: number): string | null {
  const s =
    month === undefined
      ? String(year)
      : day === undefined
        ? `${year}-${pad(month)}`
        : `${year}-${pad(month)}-${pad(day)}`;
  return isPartialIsoDate(s) ? s : null;
}

/**
 * `12.9.2014`, `02.12.2019` (EU, CN lists) and `16.02.23`: a two-digit year is read as 20YY — the
 * CN file's two-digit years are its 2020–2024 notices, and none of these lists predates 2000.
 */
export function isoFromDotted(s: string): string | null {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(s.trim());
  if (!m) return null;
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return iso(year, Number(m[2]), Number(m[1]));
}

/**
 * Dates written in words or ISO: `2021-03-12`, `2021-03`, `2021`, `March 12, 2021`,
 * `12 March 2021`, `10 Dec 1948`, `Dec 1948`. Null for anything else.
 */
export function isoFromText(s: string): string | null {
  const t = s.trim().replace(/\s+/g, ' ');
  if (/^\d{4}(-\d{2}){0,2}$/.test(t)) return isPartialIsoDate(t) ? t : null;
  let m = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(t);
  if (m) {
    const month = monthOf(m[1]!);
    return month ? iso(Number(m[3]), month, Number(m[2])) : null;
  }
  m = /^(\d{1,2}) ([A-Za-z]+)\.?,? (\d{4})$/.exec(t);
  if (m) {
    const month = monthOf(m[2]!);
    return month ? iso(Number(m[3]), month, Number(m[1])) : null;
  }
  m = /^([A-Za-z]+)\.?,? (\d{4})$/.exec(t);
  if (m) {
    const month = monthOf(m[1]!);
    return month ? iso(Number(m[2]), month) : null;
  }
  return null;
}

/** Any of the spellings above: dotted day-month-year, words or ISO. */
export const isoFromAny = (s: string): string | null => isoFromDotted(s) ?? isoFromText(s);

/** Year ranges longer than this keep their two ends only. */
const MAX_RANGE_YEARS = 10;

/**
 * OFAC's date-of-birth remarks: `10 Dec 1948`, `Dec 1948`, `1946`, `circa 1951`, `1958 to 1960`,
 * `01 Jan 1960 to 31 Dec 1960`, `circa 1975-1977`. A range gives every year it spans (its two
 * ends when it spans more than ten years), a date within one year gives that date; `circa` is
 * dropped (the year is what a screening can compare). Null when the text is none of these.
 */
export function isoFromOfacDob(s: string): string[] | null {
  const t = s.trim().replace(/^circa\s+/i, '');
  const range = /^(.+?)\s*(?:\bto\b|(?<=\d{4})-(?=\d{4}))\s*(.+)$/.exec(t);
  if (range) {
    const a = isoFromText(range[1]!);
    const b = isoFromText(range[2]!);
    if (!a || !b) return null;
    if (a === b) return [a];
    const [y1, y2] = [Number(a.slice(0, 4)), Number(b.slice(0, 4))];
    if (y2 < y1) return null;
    if (y1 === y2) return a.slice(0, 7) === b.slice(0, 7) ? [a.slice(0, 7)] : [a.slice(0, 4)];
    if (y2 - y1 > MAX_RANGE_YEARS) return [String(y1), String(y2)];
    return Array.from({ length: y2 - y1 + 1 }, (_, i) => String(y1 + i));
  }
  const one = isoFromText(t);
  return one ? [one] : null;
}

/** `20240503` or `2024-05-03` in a file name: the edition date of a list file, if it says one. */
export function dateFromFileName(file: string): string | null {
  const base = file.split(/[\\/]/).pop() ?? file;
  const m = /(?:^|[^\d])(\d{4})-?(\d{2})-?(\d{2})(?:[^\d]|$)/.exec(base);
  if (!m) return null;
  const s = `${m[1]}-${m[2]}-${m[3]}`;
  return isPartialIsoDate(s) ? s : null;
}
