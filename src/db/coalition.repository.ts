// Custom coalitions: code, name, description and the participants with their tiers.
import type { Kysely } from 'kysely';
import type {
  Coalition,
  Participant,
  ParticipantKind,
  StoredCoalition,
  Tier,
} from '../core/coalitions/coalition.ts';
import type { Workstream } from '../core/coalitions/workstream.ts';
import type { CoalitionParticipantRow, CoalitionWorkstreamRow, Database } from './schema.ts';

const toParticipant = (r: CoalitionParticipantRow): Participant => ({
  code: r.participant_code,
  name: r.participant_name,
  kind: r.kind as ParticipantKind,
  tier: r.tier as Tier,
});

const toWorkstream = (r: CoalitionWorkstreamRow): Workstream => ({
  code: r.code,
  name: r.name,
  tiers: r.tiers.split(',') as Tier[],
  participants:
    r.participants === null ? null : r.participants === '' ? [] : r.participants.split(','),
});

export class CoalitionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<StoredCoalition[]> {
    const rows = await this.db.selectFrom('coalitions').selectAll().orderBy('code').execute();
    const participants = await this.db
      .selectFrom('coalition_participants')
      .selectAll()
      .orderBy('coalition_code')
      .orderBy('position')
      .execute();
    const workstreams = await this.db
      .selectFrom('coalition_workstreams')
      .selectAll()
      .orderBy('coalition_code')
      .orderBy('position')
      .execute();
    return rows.map((r) => ({
      code: r.code,
      name: r.name,
      description: r.description,
      origin: 'custom' as const,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      participants: participants.filter((p) => p.coalition_code === r.code).map(toParticipant),
      workstreams: workstreams.filter((w) => w.coalition_code === r.code).map(toWorkstream),
    }));
  }

  async get(code: string): Promise<StoredCoalition | undefined> {
    const r = await this.db
      .selectFrom('coalitions')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirst();
    if (!r) return undefined;
    const participants = await this.db
      .selectFrom('coalition_participants')
      .selectAll()
      .where('coalition_code', '=', code)
      .orderBy('position')
      .execute();
    const workstreams = await this.db
      .selectFrom('coalition_workstreams')
      .selectAll()
      .where('coalition_code', '=', code)
      .orderBy('position')
      .execute();
    return {
      code: r.code,
      name: r.name,
      description: r.description,
      origin: 'custom',
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      participants: participants.map(toParticipant),
      workstreams: workstreams.map(toWorkstream),
    };
  }

  /** Inserts or replaces a coalition with its whole participant list. `now` is an ISO timestamp. */
  async save(coalition: Coalition, now: string): Promise<'created' | 'updated'> {
    const existing = await this.db
      .selectFrom('coalitions')
      .select('created_at')
      .where('code', '=', coalition.code)
      .executeTakeFirst();
    if (existing) {
      await this.db
        .updateTable('coalitions')
        .set({ name: coalition.name, description: coalition.description, updated_at: now })
        .where('code', '=', coalition.code)
        .execute();
      await this.db
        .deleteFrom('coalition_participants')
        .where('coalition_code', '=', coalition.code)
        .execute();
      await this.db
        .deleteFrom('coalition_workstreams')
        .where('coalition_code', '=', coalition.code)
        .execute();
    } else {
      await this.db
        .insertInto('coalitions')
        .values({
          code: coalition.code,
          name: coalition.name,
          description: coalition.description,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    if (coalition.participants.length > 0) {
      await this.db
        .insertInto('coalition_participants')
        .values(
          coalition.participants.map((p, position) => ({
            coalition_code: coalition.code,
            participant_code: p.code,
            participant_name: p.name,
            kind: p.kind,
            tier: p.tier,
            position,
          })),
        )
        .execute();
    }
    const workstreams = coalition.workstreams ?? [];
    if (workstreams.length > 0) {
      await this.db
        .insertInto('coalition_workstreams')
        .values(
          workstreams.map((w, position) => ({
            coalition_code: coalition.code,
            code: w.code,
            name: w.name,
            tiers: w.tiers.join(','),
            participants: w.participants === null ? null : w.participants.join(','),
            position,
          })),
        )
        .execute();
    }
    return existing ? 'updated' : 'created';
  }

  /** Deletes a coalition; false when there was none with that code. */
  async delete(code: string): Promise<boolean> {
    await this.db.deleteFrom('coalition_participants').where('coalition_code', '=', code).execute();
    await this.db.deleteFrom('coalition_workstreams').where('coalition_code', '=', code).execute();
    const r = await this.db.deleteFrom('coalitions').where('code', '=', code).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
