// Supply chains: stored whole as the model's JSON (a chain is read and analysed as one graph).
import type { Kysely } from 'kysely';
import type {
  Provision,
  SupplyChain,
  SupplyChainSummary,
} from '../core/supply-chains/supply-chain.ts';
import type { Database } from './schema.ts';
import { noWrites, type WriteCounts } from './write-counts.ts';

const provisionKey = (p: Provision): string => `${p.provider}|${p.input}|${p.year}`;

export class SupplyChainRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async list(): Promise<SupplyChainSummary[]> {
    const rows = await this.db.selectFrom('supply_chains').selectAll().orderBy('code').execute();
    return rows.map((r) => {
      const c = JSON.parse(r.definition) as SupplyChain;
      return {
        code: r.code,
        name: r.name,
        stages: c.stages.length,
        inputs: c.inputs.length,
        providers: c.providers.length,
        provisions: c.provision.length,
        updatedAt: r.updated_at,
      };
    });
  }

  async get(code: string): Promise<SupplyChain | undefined> {
    const r = await this.db
      .selectFrom('supply_chains')
      .select('definition')
      .where('code', '=', code)
      .executeTakeFirst();
    return r && (JSON.parse(r.definition) as SupplyChain);
  }

  /**
   * Stores a chain, replacing the one with its code. Counts share rows (provider, input, year)
   * inserted, updated and unchanged, so re-importing the same files reports nothing changed.
   */
  async save(chain: SupplyChain, now: string): Promise<WriteCounts> {
    const old = await this.get(chain.code);
    const counts = noWrites();
    const before = new Map((old?.provision ?? []).map((p) => [provisionKey(p), JSON.stringify(p)]));
    for (const p of chain.provision) {
      const prev = before.get(provisionKey(p));
      if (prev === undefined) counts.inserted++;
      else if (prev === JSON.stringify(p)) counts.unchanged++;
      else counts.updated++;
    }
    const definition = JSON.stringify(chain);
    if (!old) {
      await this.db
        .insertInto('supply_chains')
        .values({ code: chain.code, name: chain.name, definition, updated_at: now })
        .execute();
    } else if (JSON.stringify(old) !== definition) {
      await this.db
        .updateTable('supply_chains')
        .set({ name: chain.name, definition, updated_at: now })
        .where('code', '=', chain.code)
        .execute();
      // A change outside the share rows (a renamed input, a new edge) still counts as an update.
      if (counts.inserted + counts.updated === 0) counts.updated++;
    }
    return counts;
  }
}
