// Builds the parties of one list while its rows are read: rows naming the same entity (same list
// entity ID) are merged into one draft, and the drafts become validated RestrictedParty records.
import { collectNames, cleanName, nameKey } from '../../core/restricted-parties/party-names.ts';
import {
  partyId,
  validateParty,
  type PartyIdentifier,
  type PartySchema,
  type RestrictedList,
  type RestrictedParty,
} from '../../core/restricted-parties/restricted-party.ts';
import type { Source } from '../../core/sources/source.ts';
import type { ParsedRestrictedList, RestrictedListCounts } from './parsed-restricted-list.ts';
import type { PartyLog } from './party-log.ts';

/** One entity of the list while rows are read; call the adders, then {@link PartyBook.finish}. */
export class PartyDraft {
  /** Lines of the rows that name this entity (the first is where issues are reported). */
  readonly lines: number[] = [];
  private readonly names: string[] = [];
  private readonly identifiers = new Map<string, PartyIdentifier>();
  private readonly addresses = new Map<string, string>();
  private readonly countries = new Set<string>();
  private readonly birthDates = new Set<string>();
  private readonly birthPlaces = new Map<string, string>();
  private readonly programs = new Set<string>();
  private readonly periods: { start: string | null; end: string | null }[] = [];
  private readonly notes: string[] = [];
  private sourceUrl: string | undefined;

  constructor(
    readonly listEntityId: string,
    readonly schema: PartySchema,
  ) {}

  /** Adds names; the first name ever added is the primary name. */
  name(...names: (string | null | undefined)[]): this {
    for (const n of names) if (n && cleanName(n)) this.names.push(cleanName(n));
    return this;
  }

  identifier(id: PartyIdentifier): this {
    const value = cleanName(id.value);
    if (!value) return this;
    const key = `${id.scheme}\n${value.toLowerCase()}`;
    if (!this.identifiers.has(key)) this.identifiers.set(key, { ...id, value });
    return this;
  }

  address(...addresses: (string | null | undefined)[]): this {
    for (const a of addresses) {
      const clean = a ? cleanName(a) : '';
      if (clean && !this.addresses.has(clean.toLowerCase()))
        this.addresses.set(clean.toLowerCase(), clean);
    }
    return this;
  }

  country(...iso3: (string | null | undefined)[]): this {
    for (const c of iso3) if (c) this.countries.add(c);
    return this;
  }

  birthDate(...iso: string[]): this {
    for (const d of iso) this.birthDates.add(d);
    return this;
  }

  birthPlace(place: string): this {
    const clean = cleanName(place);
    if (clean) this.birthPlaces.set(clean.toLowerCase(), clean);
    return this;
  }

  program(...programs: (string | null | undefined)[]): this {
    for (const p of programs) if (p && cleanName(p)) this.programs.add(cleanName(p));
    return this;
  }

  /**
   * One listing period or edition of the entity (one row): when it started and when it ends (null
   * while it stands). The party's listing date is the earliest start; its end date is that of the
   * latest period (a relisted entity is listed again; an entity whose latest edition row has an
   * end date is delisted) — null when one of the latest periods is open.
   */
  listing(start: string | null, end: string | null): this {
    this.periods.push({ start, end });
    return this;
  }

  private endDate(): string | null {
    const latest = this.periods.reduce((m, p) => ((p.start ?? '') > m ? (p.start ?? '') : m), '');
    const last = this.periods.filter((p) => (p.start ?? '') === latest);
    if (last.length === 0 || last.some((p) => p.end === null)) return null;
    return last
      .map((p) => p.end!)
      .sort()
      .at(-1)!;
  }

  note(text: string | null | undefined): this {
    const clean = text ? text.trim() : '';
    if (clean && !this.notes.includes(clean)) this.notes.push(clean);
    return this;
  }

  source(url: string | null | undefined): this {
    if (url?.trim() && !this.sourceUrl) this.sourceUrl = url.trim();
    return this;
  }

  toParty(list: RestrictedList): RestrictedParty {
    const { name, aliases, originalScriptNames } = collectNames(this.names);
    const starts = this.periods.flatMap((p) => (p.start ? [p.start] : [])).sort();
    return {
      id: partyId(list.id, this.listEntityId),
      schema: this.schema,
      name,
      aliases,
      originalScriptNames,
      identifiers: [...this.identifiers.values()],
      addresses: [...this.addresses.values()],
      countries: [...this.countries].sort(),
      birthDates: [...this.birthDates].sort(),
      birthPlaces: [...this.birthPlaces.values()],
      programs: [...this.programs],
      listingDate: starts[0] ?? null,
      endDate: this.endDate(),
      listId: list.id,
      jurisdiction: list.jurisdiction,
      listEntityId: this.listEntityId,
      ...(this.sourceUrl !== undefined && { sourceUrl: this.sourceUrl }),
      ...(this.notes.length > 0 && { notes: this.notes.join('\n') }),
    };
  }
}

/** The source record a list's parties cite. */
export const listSource = (list: RestrictedList, notes: string | null = null): Source => ({
  id: list.id,
  citation: `${list.name}${list.date ? ` (edition ${list.date})` : ''}`,
  publisher: list.publisher,
  licence: list.licence,
  url: list.url,
  date: list.date,
  notes,
});

/** The drafts of one list, by list entity ID, in the order the file first names them. */
export class PartyBook {
  private readonly drafts = new Map<string, PartyDraft>();

  constructor(private readonly log: PartyLog) {}

  /**
   * The draft for an entity, created on first sight. A later row with another schema keeps the
   * first one and is noted (a list naming one entity as a person and as a company is odd).
   */
  draft(listEntityId: string, schema: PartySchema, line: number): PartyDraft {
    let d = this.drafts.get(listEntityId);
    if (!d) {
      d = new PartyDraft(listEntityId, schema);
      this.drafts.set(listEntityId, d);
    } else if (d.schema !== schema) {
      this.log.note(
        `rows naming one entity with another schema (the first is kept)`,
        `${listEntityId}: ${d.schema}/${schema}`,
        line,
      );
    }
    d.lines.push(line);
    return d;
  }

  has(listEntityId: string): boolean {
    return this.drafts.has(listEntityId);
  }

  get size(): number {
    return this.drafts.size;
  }

  /**
   * Turns the drafts into parties, validating each (a party with an issue is reported on the
   * first line naming it and left out), and builds the parser's result with its counts.
   */
  finish(
    list: RestrictedList,
    rowsRead: number,
    sourceNotes: string | null = null,
  ): ParsedRestrictedList {
    const parties: RestrictedParty[] = [];
    for (const d of this.drafts.values()) {
      const party = d.toParty(list);
      const issues = validateParty(party);
      if (issues.length === 0) {
        parties.push(party);
        continue;
      }
      for (const i of issues) this.log.bad(d.lines[0] ?? 0, i.field, i.reason, i.value);
    }
    warnSameNames(parties, this.log);
    this.log.flush();
    return {
      list,
      parties,
      sources: [listSource(list, sourceNotes)],
      issues: this.log.issues,
      warnings: this.log.warnings,
      counts: countParties(parties, rowsRead, this.log),
    };
  }
}

/** Entries of one list with the same primary name (the list names one entity twice, or two). */
function warnSameNames(parties: readonly RestrictedParty[], log: PartyLog): void {
  const byName = new Map<string, string[]>();
  for (const p of parties) {
    const key = nameKey(p.name);
    byName.set(key, [...(byName.get(key) ?? []), p.listEntityId]);
  }
  const same = [...byName.entries()].filter(([, ids]) => ids.length > 1);
  if (same.length === 0) return;
  const list = same
    .slice(0, 10)
    .map(([, ids]) => ids.join(' = '))
    .join('; ');
  log.warn(
    `${log.file}: ${same.length} name${same.length > 1 ? 's are' : ' is'} the primary name of more than one entry ` +
      `(kept apart, as the list numbers them): ${list}${same.length > 10 ? ' …' : ''}`,
  );
}

function countParties(
  parties: readonly RestrictedParty[],
  rowsRead: number,
  log: PartyLog,
): RestrictedListCounts {
  const bySchema: RestrictedListCounts['bySchema'] = {};
  for (const p of parties) bySchema[p.schema] = (bySchema[p.schema] ?? 0) + 1;
  const having = (f: (p: RestrictedParty) => boolean) => parties.filter(f).length;
  return {
    rowsRead,
    rejectedRows: log.rejectedRows,
    setAside: { ...log.setAside },
    parties: parties.length,
    bySchema,
    withAliases: having((p) => p.aliases.length > 0),
    withOriginalScriptNames: having((p) => p.originalScriptNames.length > 0),
    withIdentifiers: having((p) => p.identifiers.length > 0),
    withBirthDates: having((p) => p.birthDates.length > 0),
    withCountries: having((p) => p.countries.length > 0),
    withEndDate: having((p) => p.endDate !== null),
  };
}
