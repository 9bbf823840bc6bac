// A source of the divergence register: one recomputation finds every divergence it knows of, in
// the register's one shape (core/divergences/divergence.ts). The register compares what a source
// finds with what it found before (core/divergences/register.ts). Sources and their kinds, keys,
// severity scales and measures: docs/analytics/divergences.md.
import type { DetectedDivergence } from '../../core/divergences/divergence.ts';

export interface DivergenceSource {
  /** Stable: the register keys its rows by source and key (`control-lists`, `standards` …). */
  id: string;
  label: string;
  description: string;
  /** Everything the source finds now; [] when its data is not loaded (never an error for that). */
  detect(): Promise<DetectedDivergence[]>;
}

/** What a source may be given to name economies in its titles and summaries. */
export interface SourceNames {
  /** Economy names by ISO3 (`USA` → `United States`); a code without a name is shown as is. */
  names?: ReadonlyMap<string, string>;
}

/** Names that read with "the" in a sentence ("the United States", "the Netherlands"). */
const WITH_ARTICLE =
  /^(United |Netherlands$|Philippines$|Czech Republic$|Dominican Republic$|Central African Republic$|Bahamas$|Gambia$)/;

/** A member's name as a sentence's subject: `the United States`, `Norway`, `the EU`. */
export function memberName(code: string, names?: ReadonlyMap<string, string>): string {
  if (code === 'EU') return 'the EU';
  const name = names?.get(code) ?? code;
  return WITH_ARTICLE.test(name) ? `the ${name}` : name;
}

/** A member's name after "the" of a phrase such as "the EU, India and Norway lists". */
export function bareName(code: string, names?: ReadonlyMap<string, string>): string {
  return memberName(code, names).replace(/^the /, '');
}

/** `a`, `a and b`, `a, b and c`. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Members sorted and once each, as the register keeps them. */
export const sortedMembers = (codes: Iterable<string>): string[] => [...new Set(codes)].sort();

/** A share rounded to four decimals (severity), 0 when the whole is 0. */
export const share = (part: number, whole: number): number =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : 0;
