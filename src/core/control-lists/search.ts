// Full-text search across control lists: entries' headings and every paragraph, by words (all of
// them, in any order) or by a phrase in double quotes. An inverted index from each word to the
// texts holding it narrows a query to the texts holding its rarest word before any text is read,
// so a search over every list reads a handful of paragraphs rather than all of them.
import type { ControlEntry, ParagraphKind } from './control-list.ts';

export interface ControlSearchHit {
  listId: string;
  code: string;
  canonicalCode: string;
  heading: string;
  /** Paragraph label relative to the entry; `''` for a match in the heading. */
  label: string;
  kind: ParagraphKind | 'heading';
  /** The matching text, cut around the first match (up to about 240 characters). */
  snippet: string;
}

export interface ControlSearchResult {
  query: string;
  total: number;
  hits: ControlSearchHit[];
}

interface Doc {
  entry: ControlEntry;
  label: string;
  kind: ParagraphKind | 'heading';
  text: string;
  folded: string;
}

/** Lower case without accents or quote marks: what words are compared in. */
export const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[“”"‘’'`]/g, '')
    .toLowerCase();

const words = (folded: string): string[] => folded.match(/[a-z0-9µ]+(?:[-+][a-z0-9]+)*/g) ?? [];

/** A parsed query: the words every hit holds, and the phrases it holds as written. */
export function parseQuery(query: string): { words: string[]; phrases: string[] } {
  const phrases: string[] = [];
  const rest = query.replace(/"([^"]*)"/g, (_m, p: string) => {
    const f = fold(p).replace(/\s+/g, ' ').trim();
    if (f) phrases.push(f);
    return ' ';
  });
  const all = [...words(fold(rest)), ...phrases.flatMap((p) => words(p))];
  return { words: [...new Set(all)], phrases };
}

export class ControlSearchIndex {
  private readonly docs: Doc[] = [];
  /** Word → ids of the docs holding it (ascending). */
  private readonly postings = new Map<string, number[]>();
  /** Every indexed word, for prefix queries of the last word typed. */
  private sortedWords: string[] = [];

  constructor(entries: Iterable<ControlEntry>) {
    for (const entry of entries) {
      this.add(entry, '', 'heading', entry.heading);
      for (const p of entry.paragraphs) this.add(entry, p.label, p.kind, p.text);
    }
    this.sortedWords = [...this.postings.keys()].sort();
  }

  get size(): number {
    return this.docs.length;
  }

  private add(entry: ControlEntry, label: string, kind: Doc['kind'], text: string): void {
    if (!text) return;
    const id = this.docs.length;
    const folded = fold(text).replace(/\s+/g, ' ');
    this.docs.push({ entry, label, kind, text, folded });
    for (const w of new Set(words(folded))) {
      const list = this.postings.get(w);
      if (list) list.push(id);
      else this.postings.set(w, [id]);
    }
  }

  /** Doc ids holding a word (exactly, or as a prefix when `prefix`). */
  private docsWith(word: string, prefix: boolean): Set<number> {
    if (!prefix) return new Set(this.postings.get(word) ?? []);
    const out = new Set<number>();
    let lo = 0;
    let hi = this.sortedWords.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sortedWords[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sortedWords.length && this.sortedWords[i]!.startsWith(word); i++)
      for (const id of this.postings.get(this.sortedWords[i]!)!) out.add(id);
    return out;
  }

  /**
   * The texts holding every word of the query (the last word also as a prefix, so that
   * `lithograph` finds "lithography"), and every quoted phrase as written; in list order, at most
   * `limit` hits, `total` counting them all. Restricted to `listIds` when given.
   */
  search(
    query: string,
    options: { limit?: number; listIds?: readonly string[] } = {},
  ): ControlSearchResult {
    const { words: ws, phrases } = parseQuery(query);
    const limit = options.limit ?? 50;
    if (ws.length === 0) return { query, total: 0, hits: [] };
    const lastTyped = !query.trimEnd().endsWith('"');
    const sets = ws.map((w, i) =>
      this.docsWith(w, lastTyped && i === ws.length - 1 && phrases.length === 0),
    );
    sets.sort((a, b) => a.size - b.size);
    const lists = options.listIds ? new Set(options.listIds) : null;
    const hits: ControlSearchHit[] = [];
    let total = 0;
    const candidates = [...sets[0]!].sort((a, b) => a - b);
    for (const id of candidates) {
      if (!sets.every((s) => s.has(id))) continue;
      const doc = this.docs[id]!;
      if (lists && !lists.has(doc.entry.listId)) continue;
      if (!phrases.every((p) => doc.folded.includes(p))) continue;
      total++;
      if (hits.length < limit) hits.push(this.hit(doc, phrases[0] ?? ws[0]!));
    }
    return { query, total, hits };
  }

  private hit(doc: Doc, first: string): ControlSearchHit {
    const at = Math.max(0, doc.folded.indexOf(first));
    const text = doc.text.replace(/\s+/g, ' ');
    const start = Math.max(0, at - 100);
    const end = Math.min(text.length, at + 140);
    const snippet =
      (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
    return {
      listId: doc.entry.listId,
      code: doc.entry.code,
      canonicalCode: doc.entry.canonicalCode,
      heading: doc.entry.heading,
      label: doc.label,
      kind: doc.kind,
      snippet,
    };
  }
}

/**
 * The same search without an index: every text of every entry folded and tested in turn. What the
 * index is measured against (bench/control-lists.bench.ts) and checked against in tests.
 */
export function scanSearch(entries: Iterable<ControlEntry>, query: string): number {
  const { words: ws, phrases } = parseQuery(query);
  if (ws.length === 0) return 0;
  let total = 0;
  const test = (text: string): boolean => {
    const folded = fold(text).replace(/\s+/g, ' ');
    const have = new Set(words(folded));
    const last = ws.at(-1)!;
    const prefix = phrases.length === 0 && !query.trimEnd().endsWith('"');
    return (
      ws.every((w, i) =>
        prefix && i === ws.length - 1 ? [...have].some((h) => h.startsWith(last)) : have.has(w),
      ) && phrases.every((p) => folded.includes(p))
    );
  };
  for (const e of entries) {
    if (e.heading && test(e.heading)) total++;
    for (const p of e.paragraphs) if (p.text && test(p.text)) total++;
  }
  return total;
}
