// Which members' lists control each supply-chain input, through the links (kept as editable
// data) from list entries and paragraphs to inputs: "3B001.f controls Lithography tools". With
// the input's supply shares it says where one member controls an input alone while other members
// whose lists are loaded supply it without controlling it — the gap a coordinated control closes.
import type { ControlEntry, ControlInputLink, StoredControlList } from './control-list.ts';
import { controlledParagraphs } from './compare.ts';

export interface InputControlList {
  listId: string;
  jurisdiction: string;
  /** The linked entries and paragraphs this list controls (`3B001.f`, `3B001` for a whole entry). */
  controls: string[];
}

export interface InputSupplier {
  iso3: string;
  /** Percent of world supply; null = a major provider of unknown share. */
  sharePct: number | null;
  /** The member lists of this economy (by jurisdiction). */
  lists: string[];
  /** Whether any of them controls the input; null when no list of this economy is loaded. */
  controls: boolean | null;
}

export interface InputControl {
  inputId: string;
  inputName: string;
  links: Pick<ControlInputLink, 'canonicalCode' | 'paragraph' | 'note'>[];
  /** Member lists (not regime lists) that control at least one linked entry or paragraph. */
  controlledBy: InputControlList[];
  /** Member lists that control none of them. */
  notControlledBy: string[];
  /** Regime lists that control at least one of them. */
  regimeLists: string[];
  /**
   * The coalition's economies that supply the input (every supplier with a member list loaded,
   * when no coalition is given), largest share first.
   */
  suppliers: InputSupplier[];
  /** Known share of supply from those suppliers whose lists do not control the input. */
  uncontrolledSupplyPct: number;
  /** Known share of supply from those suppliers with no list loaded (cannot be judged). */
  unknownSupplyPct: number;
  /**
   * Exactly one member list controls the input while other suppliers in the coalition, whose
   * lists are loaded, do not control it.
   */
  controlledAlone: boolean;
}

/** Whether `entry` controls what a link names: the whole entry, or the paragraph (or a child). */
export function controlsLink(entry: ControlEntry, paragraph: string): boolean {
  if (entry.status !== 'controlled') return false;
  if (paragraph === '') return true;
  const controlled = controlledParagraphs(entry);
  if (controlled.has(paragraph)) return true;
  // A paragraph the source does not print (a heading-only entry) cannot be judged; a parent
  // controlled through any of its children counts.
  for (const label of controlled.keys()) if (label.startsWith(`${paragraph}.`)) return true;
  return false;
}

/**
 * Per linked input of one chain: which lists control it and who supplies it. `shares` gives each
 * input's economy shares (input-shares.ts); `entries` every list's entries by list id.
 */
export function inputControls(
  inputs: readonly { id: string; name: string }[],
  links: readonly ControlInputLink[],
  lists: readonly StoredControlList[],
  entries: ReadonlyMap<string, readonly ControlEntry[]>,
  shares: ReadonlyMap<string, readonly { iso3: string; sharePct: number | null }[]>,
  coalition: readonly string[] | null = null,
): InputControl[] {
  const inCoalition = coalition ? new Set(coalition) : null;
  const byCode = new Map<string, Map<string, ControlEntry>>();
  for (const [listId, es] of entries)
    byCode.set(listId, new Map(es.map((e) => [e.canonicalCode, e])));
  const members = lists.filter((l) => !l.isRegimeList);
  const out: InputControl[] = [];
  for (const input of inputs) {
    const own = links.filter((l) => l.inputId === input.id);
    if (own.length === 0) continue;
    const what = (listId: string): string[] =>
      own
        .filter((l) => {
          const e = byCode.get(listId)?.get(l.canonicalCode);
          return e !== undefined && controlsLink(e, l.paragraph);
        })
        .map((l) => (l.paragraph ? `${l.canonicalCode}.${l.paragraph}` : l.canonicalCode));
    const controlledBy = members
      .map((l) => ({ listId: l.id, jurisdiction: l.jurisdiction, controls: what(l.id) }))
      .filter((c) => c.controls.length > 0);
    const controlling = new Set(controlledBy.map((c) => c.listId));
    const suppliers: InputSupplier[] = [];
    for (const s of shares.get(input.id) ?? []) {
      const theirs = members.filter((l) => l.jurisdiction === s.iso3).map((l) => l.id);
      if (inCoalition ? !inCoalition.has(s.iso3) : theirs.length === 0) continue;
      suppliers.push({
        iso3: s.iso3,
        sharePct: s.sharePct,
        lists: theirs,
        controls: theirs.length === 0 ? null : theirs.some((id) => controlling.has(id)),
      });
    }
    const sum = (xs: InputSupplier[]): number => xs.reduce((t, s) => t + (s.sharePct ?? 0), 0);
    out.push({
      inputId: input.id,
      inputName: input.name,
      links: own.map((l) => ({
        canonicalCode: l.canonicalCode,
        paragraph: l.paragraph,
        note: l.note,
      })),
      controlledBy,
      notControlledBy: members.filter((l) => !controlling.has(l.id)).map((l) => l.id),
      regimeLists: lists.filter((l) => l.isRegimeList && what(l.id).length > 0).map((l) => l.id),
      suppliers,
      uncontrolledSupplyPct: sum(suppliers.filter((s) => s.controls === false)),
      unknownSupplyPct: sum(suppliers.filter((s) => s.controls === null)),
      controlledAlone: controlledBy.length === 1 && suppliers.some((s) => s.controls === false),
    });
  }
  return out;
}
