// The code schemes of item control lists and the one mapping between them, kept as data: every
// scheme's code turns into the 5-character form that WA, EU, US and SCOMET Category 8 share.
//
//   Wassenaar  `3.B.1.`  category . group . item           → 3B001
//   EU / NO    `3B001`   category group 3-digit number      → 3B001 (x0xx WA, x1xx MTCR, x2xx
//                                                              NSG, x3xx AG, x4xx CWC)
//   US ECCN    `3B001`   same form; 0xx WA-derived or US-only (3A090), 5xx/6xx munitions
//                        transfers, 9xx anti-terrorism-only               → itself
//   SCOMET 8   `8B301`   8 + group + WA category + 2-digit item          → 3B001
//   Munitions  `ML1`     Wassenaar munitions list                         → ML1
import type { ControlCodeScheme } from './control-list.ts';

const FIVE = /^([0-9])([A-E])([0-9]{3})$/;
const WA = /^([0-9])\.\s*([A-E])\.\s*([0-9]{1,3})\.?$/;
const SCOMET8 = /^8([A-E])([0-9])([0-9]{2})$/;
const ML = /^ML\s*([0-9]{1,2})\.?$/i;

/** The 5-character code of a WA-style code (`3.B.1.` → `3B001`), or null when it is not one. */
export function waToCanonical(code: string): string | null {
  const m = WA.exec(code.trim());
  return m ? `${m[1]}${m[2]}${m[3]!.padStart(3, '0')}` : null;
}

/** SCOMET Category 8 (`8B301`) → 5-character (`3B001`); null for other SCOMET codes. */
export function scometToCanonical(code: string): string | null {
  const m = SCOMET8.exec(code.trim());
  return m ? `${m[2]}${m[1]}0${m[3]}` : null;
}

/**
 * The canonical code of a code printed in `scheme`, or null when the code is not in the scheme's
 * form. Munitions codes (`ML1`, `ML 22.`) are canonical in every scheme.
 */
export function canonicalCode(scheme: ControlCodeScheme, code: string): string | null {
  const ml = ML.exec(code.trim());
  if (ml) return `ML${Number(ml[1])}`;
  switch (scheme) {
    case 'wassenaar':
      return waToCanonical(code);
    case 'scomet':
      return scometToCanonical(code);
    case 'eccn':
    case 'eu':
      return FIVE.test(code.trim()) ? code.trim() : null;
  }
}

/**
 * The regime a 5-character code's number belongs to in the EU/US numbering: 0xx Wassenaar,
 * 1xx MTCR, 2xx NSG, 3xx Australia Group, 4xx CWC (EU); in the US CCL 5xx and 6xx are munitions
 * transfers and 9xx controls of the US alone. Null for munitions codes.
 */
export function seriesOf(
  code: string,
): 'wa' | 'mtcr' | 'nsg' | 'ag' | 'cwc' | 'munitions' | 'national' | null {
  const m = FIVE.exec(code);
  if (!m) return null;
  const n = Number(m[3]);
  if (n < 100) return 'wa';
  if (n < 200) return 'mtcr';
  if (n < 300) return 'nsg';
  if (n < 400) return 'ag';
  if (n < 500) return 'cwc';
  if (n < 700) return 'munitions';
  return 'national';
}

/** Parses a paragraph label path as printed (`.f.1.b.`, `f.1.b`, `3B001.f.1.b`) into `f.1.b`. */
export function paragraphLabel(path: string, entryCode?: string): string {
  let p = path.trim();
  if (entryCode && p.startsWith(entryCode)) p = p.slice(entryCode.length);
  return p
    .split('.')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join('.');
}
