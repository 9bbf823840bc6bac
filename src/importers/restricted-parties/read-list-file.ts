// Reads the bytes of a restricted-party list file that is not a CSV with a header (OFAC's
// headerless CSV, METI's text dumps, JSON): a missing or empty file stops the import with a
// message naming it; invalid UTF-8 does not — the lines holding it are named so that the records
// on them can be reported and left out.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { DomainError } from '../../core/errors.ts';

export interface ListText {
  file: string;
  /** The text, decoded as UTF-8; an invalid byte sequence is U+FFFD. */
  text: string;
  /** Lines (1-based) holding an invalid byte sequence. */
  badLines: ReadonlySet<number>;
}

export function readListText(file: string): ListText {
  if (!existsSync(file)) throw new DomainError('bad_file', `${file}: file not found`);
  if (!statSync(file).isFile()) throw new DomainError('bad_file', `${file}: not a file`);
  const bytes = readFileSync(file);
  if (bytes.length === 0) throw new DomainError('bad_file', `${file}: the file is empty`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { file, text, badLines: new Set() };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const badLines = new Set<number>();
    text.split('\n').forEach((line, i) => {
      if (line.includes('\uFFFD')) badLines.add(i + 1);
    });
    return { file, text, badLines };
  }
}

/** The 1-based line of each offset of a text, by binary search over the line starts. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
