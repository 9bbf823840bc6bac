// Item control lists: what each regime and each member controls, entry by entry and paragraph by
// paragraph, with the numbers a paragraph's text sets (a wavelength below 193 nm), so that two
// lists can be compared below the level of the entry code.

/** The regime a list belongs to, or `national` for a list that is only a member's own. */
export type ControlRegime = 'wassenaar' | 'nsg' | 'mtcr' | 'ag' | 'cwc' | 'national';

export const CONTROL_REGIMES: readonly ControlRegime[] = [
  'wassenaar',
  'nsg',
  'mtcr',
  'ag',
  'cwc',
  'national',
];

/**
 * Whose list it is: an ISO3 economy code (`USA`, `NOR`, `IND`), `EU`, or a regime's own id
 * (`WA` for the Wassenaar Arrangement's list itself).
 */
export type ControlJurisdiction = string;

/** The code scheme a list prints its entries in (see codes.ts for the mapping between them). */
export type ControlCodeScheme = 'wassenaar' | 'eccn' | 'eu' | 'scomet';

export interface ControlList {
  /** Stable key chosen at import (`--id`), e.g. `us-ccl-2026`, `wa-2025`. */
  id: string;
  name: string;
  jurisdiction: ControlJurisdiction;
  /**
   * The regime the list implements or is: `wassenaar` for the WA list itself and for national
   * lists that implement it (EU Annex I, SCOMET Category 8); `national` for a list of one
   * member's own that mixes regimes (the US CCL).
   */
  regime: ControlRegime;
  /** True for a regime's own list (the reference national lists are compared against). */
  isRegimeList: boolean;
  scheme: ControlCodeScheme;
  /** The date the text is valid at (ISO): eCFR issue date, plenary correction date, edition. */
  versionDate: string;
  /** The source every entry of the list cites. */
  sourceId: string;
  /** Whether and how the text may be redistributed (from the provenance). */
  licenceNote: string;
}

/**
 * What a paragraph is. Only `item` paragraphs control anything; the others qualify them
 * (`note`: a decontrol or scope note; `technical-note`; `definition` of a term in quotes;
 * `text`: anything else the entry prints, such as "N.B." cross-references).
 */
export type ParagraphKind = 'item' | 'note' | 'technical-note' | 'definition' | 'text';

/** `not-used` ("Not used since 2015") and `reserved` ("(Reserved)") paragraphs control nothing. */
export type ParagraphStatus = 'controlled' | 'not-used' | 'reserved';

/** How a paragraph's text bounds a quantity: `<` reads "less than", `<=` "or less" … */
export type Comparator = '<' | '<=' | '>' | '>=' | '=';

/**
 * One number a paragraph sets, normalised so that "193 nm" and "0.193 µm" compare equal:
 * `value` is in the SI base (or documented canonical) unit `unit` (see parameters.ts).
 */
export interface ControlParameter {
  /** What is bounded, from the words before the number ("light source wavelength"). */
  quantity: string;
  comparator: Comparator;
  value: number;
  unit: string;
  /** The words the number was read from, as printed ("shorter than 193 nm"). */
  text: string;
}

export interface ControlParagraph {
  /**
   * The paragraph's label path relative to its entry, dot-separated, without trailing dots:
   * `f`, `f.1`, `f.1.b`. Non-item paragraphs (notes, technical notes …) carry the label of the
   * item they belong to (`''` when they belong to the entry itself).
   */
  label: string;
  kind: ParagraphKind;
  status: ParagraphStatus;
  /** The paragraph's own text, whitespace collapsed, without its label. */
  text: string;
  /** Numbers read from the text (items only). */
  parameters: ControlParameter[];
}

export interface ControlEntry {
  listId: string;
  /** The code as the list prints it: `3.B.1.`, `3B001`, `8B301`, `ML1`. */
  code: string;
  /** The 5-character form shared by WA, EU, US and SCOMET-8 (`3B001`); a munitions entry `ML1`. */
  canonicalCode: string;
  /** Category digit as a string (`3`), `ML` for munitions. */
  category: string;
  /** Product group letter (`A`…`E`), empty for munitions. */
  group: string;
  heading: string;
  /** Reasons for control where the list gives them (US: `NS`, `RS`, `AT` …), else empty. */
  reasons: string[];
  /** Wassenaar's Sensitive and Very Sensitive lists; null where the list has no such notion. */
  sensitive: boolean | null;
  verySensitive: boolean | null;
  /** `not-used` for an entry that reads "Not used since …" or "- None"; it controls nothing. */
  status: ParagraphStatus;
  /** In the order the list prints them. */
  paragraphs: ControlParagraph[];
  /** Where the entry starts in the source file (line, 1-based), for the record. */
  line: number;
}

/** True when a paragraph controls something: an item that is not "not used" or "reserved". */
export const isControlled = (p: Pick<ControlParagraph, 'kind' | 'status'>): boolean =>
  p.kind === 'item' && p.status === 'controlled';

/** A stored list: the list, where it was imported from, and its size. */
export interface StoredControlList extends ControlList {
  format: string;
  file: string;
  importedAt: string;
  entries: number;
  /** Entries that control something (not "not used" / "None"). */
  activeEntries: number;
}

/**
 * A link, kept as editable data, from a list entry (or one of its paragraphs) to a supply-chain
 * input: "3B001.f controls Lithography tools". Links are by canonical code, so one link holds for
 * every list that has the entry.
 */
export interface ControlInputLink {
  canonicalCode: string;
  /** Paragraph label relative to the entry (`f`, `c.1`), `''` for the whole entry. */
  paragraph: string;
  chainCode: string;
  inputId: string;
  note: string;
  createdBy: string;
  createdAt: string;
}
