// Where a paragraph label printed in a control list's text sits in its entry's tree. Lists number
// items alternately with letters and numbers — `a.` / `1.` / `a.` / `1.` — so a label's kind says
// which depths it may sit at (letters at odd depths, numbers at even), and of those the one where
// it follows the label before it (`c` after `b`) or starts a new level (`a`, `1`) under the
// deepest open item. Indentation, when the text keeps it, breaks a tie; a code in the margin
// (`3. B. 1.   f.   2.`) sets the path outright. The column of every open label is kept, so that
// a note printed at some column can be given to the item it is indented under (`ownerAt`).

const isLetter = (s: string): boolean => /^[a-z]{1,2}$/.test(s);
const isNumber = (s: string): boolean => /^[0-9]{1,2}$/.test(s);

/** The label that comes after `label` in its sequence (`b` → `c`, `9` → `10`, `z` → `aa`). */
export function successor(label: string): string | null {
  if (isNumber(label)) return String(Number(label) + 1);
  if (label.length === 1)
    return label === 'z' ? 'aa' : String.fromCharCode(label.charCodeAt(0) + 1);
  if (label.length === 2 && label[0] === label[1])
    return label === 'zz' ? null : String.fromCharCode(label.charCodeAt(0) + 1).repeat(2);
  return null;
}

/** Letters open odd depths (1, 3, 5), numbers even ones (2, 4, 6). */
const fitsDepth = (label: string, depth: number): boolean =>
  isLetter(label) ? depth % 2 === 1 : isNumber(label) ? depth % 2 === 0 : false;

interface Level {
  label: string;
  /** The column the label was printed at, when known. */
  indent: number | undefined;
}

export class ParagraphPath {
  private stack: Level[] = [];

  /** The path of the last placed label, dot-separated (`f.1.b`), `''` at the entry's head. */
  get current(): string {
    return this.stack.map((s) => s.label).join('.');
  }

  get depth(): number {
    return this.stack.length;
  }

  /** Starts a new entry. */
  reset(): void {
    this.stack = [];
  }

  /**
   * Sets the path outright (from a margin code such as `3. B. 1.  f.  2.`): `['f', '2']`.
   * `indent` is the column of the last label, or one column per label; a level whose column is
   * not given keeps the one it had when the path already ran through the same label.
   */
  set(labels: readonly string[], indent?: number | readonly (number | undefined)[]): string {
    const old = this.stack;
    const columnOf = (i: number): number | undefined => {
      if (Array.isArray(indent)) return (indent as readonly (number | undefined)[])[i];
      return i === labels.length - 1 ? (indent as number | undefined) : undefined;
    };
    let samePrefix = true;
    this.stack = labels.map((label, i) => {
      samePrefix = samePrefix && old[i]?.label === label;
      return { label, indent: columnOf(i) ?? (samePrefix ? old[i]?.indent : undefined) };
    });
    return this.current;
  }

  /**
   * Where `label` would go (its path and depth), without placing it; null when it fits nowhere
   * (a label that neither follows an open one nor starts a level).
   */
  peek(label: string, indent?: number): { path: string; depth: number } | null {
    const depth = this.depthFor(label, indent);
    if (depth === null) return null;
    const path = [...this.stack.slice(0, depth - 1).map((s) => s.label), label].join('.');
    return { path, depth };
  }

  /**
   * Places `label` (`c`, `2`, without dots) and returns its path, or null when it fits nowhere
   * (the caller reports it; the path is then unchanged).
   */
  push(label: string, indent?: number): string | null {
    const depth = this.depthFor(label, indent);
    if (depth === null) return null;
    this.stack = [...this.stack.slice(0, depth - 1), { label, indent }];
    return this.current;
  }

  /**
   * The path of the deepest open item whose label was printed left of `column`: a note printed at
   * that column belongs to it (`''`, the entry itself, when every open label is at or right of
   * it). A level whose column is unknown counts as left of any column.
   */
  ownerAt(column: number): string {
    let depth = 0;
    for (let d = 0; d < this.stack.length; d++) {
      const at = this.stack[d]!.indent;
      if (at !== undefined && at >= column) break;
      depth = d + 1;
    }
    return this.stack
      .slice(0, depth)
      .map((s) => s.label)
      .join('.');
  }

  private depthFor(label: string, indent: number | undefined): number | null {
    const candidates: number[] = [];
    // A new level under the deepest open item (only `a` and `1` start a level).
    const childDepth = this.stack.length + 1;
    if ((label === 'a' || label === '1') && fitsDepth(label, childDepth))
      candidates.push(childDepth);
    // The next sibling at an open depth, deepest first.
    for (let d = this.stack.length; d >= 1; d--) {
      const open = this.stack[d - 1]!;
      if (fitsDepth(label, d) && successor(open.label) === label) candidates.push(d);
    }
    if (candidates.length === 0) return null;
    let depth = candidates[0]!;
    if (candidates.length > 1 && indent !== undefined) {
      // Several open levels could take the label (`b` after `a.1.a`): prefer the one whose
      // recorded column is closest to this line's; unknown columns lose.
      const score = (d: number): number => {
        const ref = this.stack[d - 1]?.indent;
        return ref === undefined ? Number.POSITIVE_INFINITY : Math.abs(indent - ref);
      };
      depth = candidates.reduce((best, d) => (score(d) < score(best) ? d : best), depth);
    }
    return depth;
  }
}
