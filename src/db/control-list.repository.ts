// Item control lists: one row per list, one per entry (kept whole as the model's JSON, with its
// paragraph tree), and the editable links from entries to supply-chain inputs.
import type { Kysely } from 'kysely';
import type {
  ControlCodeScheme,
  ControlEntry,
  ControlInputLink,
  ControlList,
  ControlRegime,
  StoredControlList,
} from '../core/control-lists/control-list.ts';
import type { ControlEntryRow, ControlInputLinkRow, ControlListRow, Database } from './schema.ts';
import { chunks, noWrites, rowsPerInsert, type WriteCounts } from './write-counts.ts';

const ENTRY_COLUMNS = 9;
const IN_CHUNK = 500;

const toList = (r: ControlListRow): ControlList => ({
  id: r.id,
  name: r.name,
  jurisdiction: r.jurisdiction,
  regime: r.regime as ControlRegime,
  isRegimeList: r.is_regime_list === 1,
  scheme: r.scheme as ControlCodeScheme,
  versionDate: r.version_date,
  sourceId: r.source_id,
  licenceNote: r.licence_note,
});

const toEntry = (r: Pick<ControlEntryRow, 'definition'>): ControlEntry =>
  JSON.parse(r.definition) as ControlEntry;

const toLink = (r: ControlInputLinkRow): ControlInputLink => ({
  canonicalCode: r.canonical_code,
  paragraph: r.paragraph,
  chainCode: r.chain_code,
  inputId: r.input_id,
  note: r.note,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export class ControlListRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every stored list — regime lists first, then by jurisdiction and id — with its size. */
  async lists(): Promise<StoredControlList[]> {
    const rows = await this.db
      .selectFrom('control_lists')
      .selectAll()
      .orderBy('is_regime_list', 'desc')
      .orderBy('jurisdiction')
      .orderBy('id')
      .execute();
    const counts = await this.db
      .selectFrom('control_entries')
      .select(['list_id', 'status'])
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
      .groupBy(['list_id', 'status'])
      .execute();
    return rows.map((r) => {
      let entries = 0;
      let activeEntries = 0;
      for (const c of counts)
        if (c.list_id === r.id) {
          entries += Number(c.n);
          if (c.status === 'controlled') activeEntries += Number(c.n);
        }
      return {
        ...toList(r),
        format: r.format,
        file: r.file,
        importedAt: r.imported_at,
        entries,
        activeEntries,
      };
    });
  }

  /** One list, or undefined. */
  async list(id: string): Promise<StoredControlList | undefined> {
    return (await this.lists()).find((l) => l.id === id);
  }

  /**
   * Stores a list and its entries, replacing what an earlier import of the list stored: entries no
   * longer in the file are removed, changed ones updated. A second import of one file changes
   * nothing (every entry counts as unchanged).
   */
  async saveList(
    list: ControlList,
    entries: readonly ControlEntry[],
    origin: { format: string; file: string },
    now: string,
  ): Promise<WriteCounts & { removed: number }> {
    const row: ControlListRow = {
      id: list.id,
      name: list.name,
      jurisdiction: list.jurisdiction,
      regime: list.regime,
      is_regime_list: list.isRegimeList ? 1 : 0,
      scheme: list.scheme,
      version_date: list.versionDate,
      source_id: list.sourceId,
      licence_note: list.licenceNote,
      format: origin.format,
      file: origin.file,
      imported_at: now,
    };
    const existing = await this.db
      .selectFrom('control_lists')
      .select('id')
      .where('id', '=', list.id)
      .executeTakeFirst();
    if (existing)
      await this.db.updateTable('control_lists').set(row).where('id', '=', list.id).execute();
    else await this.db.insertInto('control_lists').values(row).execute();

    const before = new Map(
      (
        await this.db
          .selectFrom('control_entries')
          .select(['canonical_code', 'position', 'definition'])
          .where('list_id', '=', list.id)
          .execute()
      ).map((r) => [r.canonical_code, r]),
    );
    const counts = noWrites();
    const inserts: ControlEntryRow[] = [];
    const seen = new Set<string>();
    for (const [position, e] of entries.entries()) {
      seen.add(e.canonicalCode);
      const definition = JSON.stringify(e);
      const values: ControlEntryRow = {
        list_id: list.id,
        canonical_code: e.canonicalCode,
        code: e.code,
        position,
        category: e.category,
        grp: e.group,
        heading: e.heading,
        status: e.status,
        definition,
      };
      const old = before.get(e.canonicalCode);
      if (!old) {
        inserts.push(values);
        counts.inserted++;
      } else if (old.definition !== definition || old.position !== position) {
        await this.db
          .updateTable('control_entries')
          .set(values)
          .where('list_id', '=', list.id)
          .where('canonical_code', '=', e.canonicalCode)
          .execute();
        counts.updated++;
      } else counts.unchanged++;
    }
    for (const chunk of chunks(inserts, rowsPerInsert(ENTRY_COLUMNS)))
      await this.db.insertInto('control_entries').values(chunk).execute();
    const gone = [...before.keys()].filter((code) => !seen.has(code));
    for (const chunk of chunks(gone, IN_CHUNK))
      await this.db
        .deleteFrom('control_entries')
        .where('list_id', '=', list.id)
        .where('canonical_code', 'in', chunk)
        .execute();
    counts.updated += gone.length;
    return { ...counts, removed: gone.length };
  }

  /** Every entry of the given lists (all lists when none is named), in each list's order. */
  async entries(listIds?: readonly string[]): Promise<ControlEntry[]> {
    if (listIds && listIds.length === 0) return [];
    let q = this.db
      .selectFrom('control_entries')
      .select('definition')
      .orderBy('list_id')
      .orderBy('position');
    if (listIds) q = q.where('list_id', 'in', [...listIds]);
    return (await q.execute()).map(toEntry);
  }

  /** One entry (by canonical code) in each of the given lists that has it. */
  async entry(canonicalCode: string, listIds?: readonly string[]): Promise<ControlEntry[]> {
    if (listIds && listIds.length === 0) return [];
    let q = this.db
      .selectFrom('control_entries')
      .select('definition')
      .where('canonical_code', '=', canonicalCode)
      .orderBy('list_id');
    if (listIds) q = q.where('list_id', 'in', [...listIds]);
    return (await q.execute()).map(toEntry);
  }

  /** Every link from an entry to a supply-chain input, by code, paragraph, chain and input. */
  async links(): Promise<ControlInputLink[]> {
    const rows = await this.db
      .selectFrom('control_input_links')
      .selectAll()
      .orderBy('canonical_code')
      .orderBy('paragraph')
      .orderBy('chain_code')
      .orderBy('input_id')
      .execute();
    return rows.map(toLink);
  }

  /** Adds a link, or replaces its note when it exists. */
  async saveLink(link: ControlInputLink): Promise<void> {
    const key = {
      canonical_code: link.canonicalCode,
      paragraph: link.paragraph,
      chain_code: link.chainCode,
      input_id: link.inputId,
    };
    const existing = await this.db
      .selectFrom('control_input_links')
      .select('note')
      .where('canonical_code', '=', key.canonical_code)
      .where('paragraph', '=', key.paragraph)
      .where('chain_code', '=', key.chain_code)
      .where('input_id', '=', key.input_id)
      .executeTakeFirst();
    if (existing)
      await this.db
        .updateTable('control_input_links')
        .set({ note: link.note, created_by: link.createdBy, created_at: link.createdAt })
        .where('canonical_code', '=', key.canonical_code)
        .where('paragraph', '=', key.paragraph)
        .where('chain_code', '=', key.chain_code)
        .where('input_id', '=', key.input_id)
        .execute();
    else
      await this.db
        .insertInto('control_input_links')
        .values({ ...key, note: link.note, created_by: link.createdBy, created_at: link.createdAt })
        .execute();
  }

  /** Removes a link; false when there was none. */
  async deleteLink(
    key: Pick<ControlInputLink, 'canonicalCode' | 'paragraph' | 'chainCode' | 'inputId'>,
  ): Promise<boolean> {
    const r = await this.db
      .deleteFrom('control_input_links')
      .where('canonical_code', '=', key.canonicalCode)
      .where('paragraph', '=', key.paragraph)
      .where('chain_code', '=', key.chainCode)
      .where('input_id', '=', key.inputId)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
