// Groupings and their members (economies and supranational bodies such as the EU).
import type { Kysely } from 'kysely';
import type {
  GroupMember,
  Grouping,
  GroupingSummary,
  GroupingWithMembers,
  MemberKind,
  Membership,
} from '../core/groupings/grouping.ts';
import type { Database, GroupMemberRow, GroupingRow } from './schema.ts';
import { noWrites, type WriteCounts } from './write-counts.ts';

const URL_SEPARATOR = ' | ';

const toMember = (r: GroupMemberRow): GroupMember => ({
  code: r.member_code,
  name: r.member_name,
  kind: r.member_kind as MemberKind,
  status: r.status,
  asOf: r.as_of,
  sourceUrls: r.source_urls === '' ? [] : r.source_urls.split(URL_SEPARATOR),
  notes: r.notes,
});

const toGrouping = (r: GroupingRow): Grouping => ({
  code: r.code,
  name: r.name,
  kind: r.kind,
  sourceId: r.source_id,
});

export class GroupingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Writes groupings with their full member lists; members no longer listed are removed. */
  async upsertMany(groups: readonly GroupingWithMembers[]): Promise<WriteCounts> {
    const counts = noWrites();
    for (const g of groups) {
      const row: GroupingRow = { code: g.code, name: g.name, kind: g.kind, source_id: g.sourceId };
      const old = await this.db
        .selectFrom('groupings')
        .selectAll()
        .where('code', '=', g.code)
        .executeTakeFirst();
      if (!old) await this.db.insertInto('groupings').values(row).execute();
      else if (JSON.stringify(old) !== JSON.stringify(row))
        await this.db.updateTable('groupings').set(row).where('code', '=', g.code).execute();

      const oldMembers = new Map(
        (
          await this.db
            .selectFrom('group_members')
            .selectAll()
            .where('group_code', '=', g.code)
            .execute()
        ).map((m) => [m.member_code, m]),
      );
      const keep = new Set<string>();
      for (const m of g.members) {
        keep.add(m.code);
        const mrow: GroupMemberRow = {
          group_code: g.code,
          member_code: m.code,
          member_name: m.name,
          member_kind: m.kind,
          status: m.status,
          as_of: m.asOf,
          source_urls: m.sourceUrls.join(URL_SEPARATOR),
          notes: m.notes,
        };
        const prev = oldMembers.get(m.code);
        if (!prev) {
          await this.db.insertInto('group_members').values(mrow).execute();
          counts.inserted++;
        } else if (JSON.stringify(prev) !== JSON.stringify(mrow)) {
          await this.db
            .updateTable('group_members')
            .set(mrow)
            .where('group_code', '=', g.code)
            .where('member_code', '=', m.code)
            .execute();
          counts.updated++;
        } else counts.unchanged++;
      }
      const gone = [...oldMembers.keys()].filter((c) => !keep.has(c));
      if (gone.length > 0) {
        await this.db
          .deleteFrom('group_members')
          .where('group_code', '=', g.code)
          .where('member_code', 'in', gone)
          .execute();
        counts.updated += gone.length;
      }
    }
    return counts;
  }

  async list(): Promise<GroupingSummary[]> {
    const rows = await this.db
      .selectFrom('groupings as g')
      .leftJoin('group_members as m', 'm.group_code', 'g.code')
      .select((eb) => [
        'g.code',
        'g.name',
        'g.kind',
        'g.source_id',
        eb.fn.count<number>('m.member_code').as('n'),
      ])
      .groupBy(['g.code', 'g.name', 'g.kind', 'g.source_id'])
      .orderBy('g.code')
      .execute();
    return rows.map((r) => ({ ...toGrouping(r), memberCount: Number(r.n) }));
  }

  async get(code: string): Promise<GroupingWithMembers | undefined> {
    const g = await this.db
      .selectFrom('groupings')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirst();
    if (!g) return undefined;
    const members = await this.db
      .selectFrom('group_members')
      .selectAll()
      .where('group_code', '=', code)
      .orderBy('member_kind', 'desc')
      .orderBy('member_name')
      .execute();
    return { ...toGrouping(g), members: members.map(toMember) };
  }

  /** The groupings an economy or supranational body belongs to directly. */
  async membershipsOf(memberCode: string): Promise<Membership[]> {
    const rows = await this.db
      .selectFrom('group_members as m')
      .innerJoin('groupings as g', 'g.code', 'm.group_code')
      .select(['g.code', 'g.name', 'm.status'])
      .where('m.member_code', '=', memberCode)
      .orderBy('g.code')
      .execute();
    return rows.map((r) => ({ groupCode: r.code, groupName: r.name, status: r.status }));
  }
}
