// How the control-list pages write a paragraph's numbers: the normalised value (metres, hertz …)
// back with an SI prefix (1.93e-7 m → 193 nm), the comparator as its sign.
import type { Parameter } from './queries.ts';

/** Units a prefix reads well on; the others (K, kg, %, dB, m2 …) are written as they are. */
const PREFIXABLE = new Set([
  'm',
  'Hz',
  'W',
  'J',
  'eV',
  's',
  'bit/s',
  'byte/s',
  'bit',
  'byte',
  'sample/s',
  'Pa',
  'A',
  'V',
  'T',
  'N',
  'F',
  'H',
  'ohm',
  'Bq',
  'Gy',
]);

const PREFIXES: readonly [number, string][] = [
  [1e15, 'P'],
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
  [1, ''],
  [1e-3, 'm'],
  [1e-6, 'µ'],
  [1e-9, 'n'],
  [1e-12, 'p'],
  [1e-15, 'f'],
];

const COMPARATOR_SIGNS: Record<Parameter['comparator'], string> = {
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
  '=': '=',
};

/** A value with its unit, prefixed where that reads better: `{ value: 193, unit: 'nm' }`. */
export function scaled(value: number, unit: string): { value: number; unit: string } {
  if (!PREFIXABLE.has(unit) || value === 0 || !Number.isFinite(value)) return { value, unit };
  const abs = Math.abs(value);
  const found = PREFIXES.find(([factor]) => abs >= factor * 0.9999999) ?? PREFIXES.at(-1)!;
  return { value: value / found[0], unit: `${found[1]}${unit}` };
}

/** `≥ 20 keV`, in the reader's locale; a unit the reader would not expect (ratio) is left out. */
export function formatParameter(p: Parameter, locale: string): string {
  const s = scaled(p.value, p.unit);
  const number = new Intl.NumberFormat(locale, { maximumSignificantDigits: 6 }).format(s.value);
  const unit = s.unit === 'ratio' ? '' : s.unit;
  return `${COMPARATOR_SIGNS[p.comparator]} ${number}${unit ? ` ${unit}` : ''}`;
}

/** part / whole, or null when there is nothing to divide by. */
export const shareOf = (part: number, whole: number): number | null =>
  whole > 0 ? part / whole : null;
