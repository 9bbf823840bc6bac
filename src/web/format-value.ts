// Formats numbers for people: "27.36 trn US$", "1.41 bn", "0.883", "3.1% of GDP".

const MINUS = '\u2212';

// One Intl.NumberFormat per option set, made once: `toLocaleString(locale, options)` builds a new
// one on every call, which cost a 250-row table a fifth of a second.
const formats = new Map<string, Intl.NumberFormat>();
const numberFormat = (min: number | undefined, max: number): Intl.NumberFormat => {
  const key = `${min}:${max}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });
    formats.set(key, format);
  }
  return format;
};

const trim = (s: string): string => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);
const withSign = (v: number, body: string): string => (v < 0 ? MINUS + body : body);

/** A number in words-and-digits: 2 decimals for millions and up, thousands separators below. */
export function formatCompact(v: number, decimals = 2): string {
  const a = Math.abs(v);
  if (a >= 1e12) return withSign(v, `${trim((a / 1e12).toFixed(decimals))} trn`);
  if (a >= 1e9) return withSign(v, `${trim((a / 1e9).toFixed(decimals))} bn`);
  if (a >= 1e6) return withSign(v, `${trim((a / 1e6).toFixed(decimals))} mn`);
  if (a >= 1e3) return withSign(v, numberFormat(undefined, 0).format(Math.round(a)));
  if (a === 0) return '0';
  return withSign(v, numberFormat(undefined, 3).format(Number(a.toPrecision(3))));
}

const fixed = (v: number, digits: number): string =>
  withSign(v, numberFormat(digits, digits).format(Math.abs(v)));

/** The short unit written after a value ("US$"); empty when the number speaks for itself. */
export function shortUnit(unit: string): string {
  if (unit === 'current US$') return 'US$';
  if (unit === 'current PPP US$') return 'PPP US$';
  const intl = /^constant (\d{4}) international \$$/.exec(unit);
  if (intl) return `int’l $ (${intl[1]})`;
  if (unit === 'persons') return '';
  return unit;
}

/** A value with its unit, formatted for the unit's kind. */
export function formatValue(v: number, unit: string): string {
  if (unit.includes('$')) return `${formatCompact(v)} ${shortUnit(unit)}`;
  if (unit === 'persons') return formatCompact(v);
  if (unit.startsWith('%')) return `${fixed(v, Math.abs(v) < 10 ? 2 : 1)}%${unit.slice(1)}`;
  if (/^index 0–1$/.test(unit)) return fixed(v, 3);
  const score = /^score 0–(\d+)$/.exec(unit);
  if (score) return `${trim(fixed(v, 1))} / ${score[1]}`;
  if (unit.startsWith('estimate')) return fixed(v, 2);
  if (unit.startsWith('percentile rank')) return `${trim(fixed(v, 1))} (percentile)`;
  if (unit.startsWith('category')) return String(Math.round(v));
  if (unit.startsWith('index')) return fixed(v, 2);
  return `${formatCompact(v)} ${unit}`;
}

/** A tick or legend number: short, for scales. */
export function formatTick(v: number, unit: string): string {
  if (unit.startsWith('index 0–1')) return fixed(v, 2);
  if (unit.startsWith('estimate')) return fixed(v, 1);
  return formatCompact(v, 1);
}

/** A percentage share: one decimal ("53.4%"), "<0.1%" for a small positive one, "—" for none. */
export function formatShare(pct: number | null | undefined): string {
  if (pct === null || pct === undefined || !Number.isFinite(pct)) return '—';
  if (pct > 0 && pct < 0.05) return '<0.1%';
  return `${fixed(pct, 1)}%`;
}
