// Coalitions: groupings read as coalitions, custom coalitions created and edited by users, and
// ad-hoc coalitions given as a list of codes. Writes go through here, one transaction each.
import {
  buildCoalition,
  draftOf,
  editDraft,
  parseCoalitionDraft,
  type CoalitionCopy,
  type CoalitionDraft,
  type DraftContext,
  type ParticipantDraft,
} from '../core/coalitions/coalition-draft.ts';
import {
  coalitionFromGrouping,
  supranationalMemberStates,
} from '../core/coalitions/coalition-from-grouping.ts';
import type { Coalition, Tier } from '../core/coalitions/coalition.ts';
import { STANDARD_WORKSTREAMS } from '../core/coalitions/workstream.ts';
import {
  economyLookup,
  economyLookupMessage,
  type EconomyLookup,
} from '../core/economies/economy-names.ts';
import { DomainError, notFound } from '../core/errors.ts';
import { SUPRANATIONAL_BODIES } from '../core/groupings/grouping.ts';
import type { Store } from '../db/store.ts';

export interface CoalitionSummary {
  code: string;
  name: string;
  origin: Coalition['origin'];
  /** Participants per tier. */
  tiers: Record<Tier, number>;
}

const summarise = (c: Coalition): CoalitionSummary => {
  const tiers: Record<Tier, number> = { member: 0, partner: 0, observer: 0, stakeholder: 0 };
  for (const p of c.participants) tiers[p.tier]++;
  return { code: c.code, name: c.name, origin: c.origin, tiers };
};

export class CoalitionService {
  constructor(
    private readonly store: Store,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  async list(): Promise<CoalitionSummary[]> {
    const custom = await this.store.coalitions.list();
    const groupings = await this.store.groupings.list();
    const fromGroupings = await Promise.all(
      groupings.map(async (g) => coalitionFromGrouping((await this.store.groupings.get(g.code))!)),
    );
    return [...custom, ...fromGroupings].map(summarise);
  }

  /** A custom coalition or a grouping, by code (case-insensitive). */
  async get(code: string): Promise<Coalition> {
    const c = code.trim().toUpperCase();
    const custom = await this.store.coalitions.get(c);
    if (custom) return custom;
    const grouping = await this.store.groupings.get(c);
    if (grouping)
      return {
        ...coalitionFromGrouping(grouping),
        workstreams: STANDARD_WORKSTREAMS.map((w) => ({ ...w, tiers: [...w.tiers] })),
      };
    throw notFound('coalition', code);
  }

  /**
   * A coalition by code, or an ad-hoc one from a comma list of participant codes
   * (`USA,JPN,EU`): every listed economy or supranational body as a member.
   */
  async resolve(spec: string): Promise<Coalition> {
    if (!spec.includes(',')) return this.get(spec);
    const draft = parseCoalitionDraft({
      code: 'AD_HOC',
      name: spec,
      participants: spec
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map((code) => ({ code, tier: 'member' })),
    });
    const ctx = await this.context();
    return { ...buildCoalition(draft, { ...ctx, reservedCodes: new Set() }), origin: 'ad-hoc' };
  }

  /**
   * ISO3 codes for economies given by code or by name ("JPN", "Taiwan", "south korea") — the one
   * place the analyses read economies given by users. Throws `validation_failed` naming `path`
   * and every code or name that is unknown or ambiguous.
   */
  async economyCodes(inputs: readonly string[], path: string): Promise<string[]> {
    const lookup = await this.lookup();
    const issues: { path: string; message: string }[] = [];
    const codes = inputs.map((text) => {
      const r = lookup(text);
      if (r.kind === 'found') return r.iso3;
      issues.push({ path, message: economyLookupMessage(text, r) });
      return '';
    });
    if (issues.length > 0)
      throw new DomainError('validation_failed', issues.map((i) => i.message).join('; '), issues);
    return codes;
  }

  /** One economy given by code or by name, or undefined when it names none (or several). */
  async economyCode(text: string): Promise<string | undefined> {
    const r = (await this.lookup())(text);
    return r.kind === 'found' ? r.iso3 : undefined;
  }

  private async lookup(): Promise<(text: string) => EconomyLookup> {
    return economyLookup(await this.store.economies.list());
  }

  /** Member states of each supranational body (EU → its 27), from the groupings. */
  async supranationalMembers(): Promise<Map<string, string[]>> {
    const groups = await Promise.all(
      Object.values(SUPRANATIONAL_BODIES)
        .map((b) => b.memberGroup)
        .filter((g): g is string => g !== null)
        .map((g) => this.store.groupings.get(g)),
    );
    return supranationalMemberStates(groups.filter((g) => g !== undefined));
  }

  /** Stores a new custom coalition, checked against the reference data (edges parse the draft). */
  async create(draft: CoalitionDraft): Promise<Coalition> {
    const coalition = buildCoalition(draft, await this.context());
    return this.store.transaction(async (tx) => {
      if (await tx.coalitions.get(coalition.code))
        throw new DomainError('conflict', `coalition '${coalition.code}' exists already`, [
          { path: 'code', message: 'taken; edit it, or copy it under a new code' },
        ]);
      await tx.coalitions.save(coalition, this.now());
      return coalition;
    });
  }

  /** Replaces a custom coalition's name, description and participants. */
  async update(code: string, draft: Omit<CoalitionDraft, 'code'>): Promise<Coalition> {
    const current = await this.custom(code);
    return this.save(buildCoalition({ ...draft, code: current.code }, await this.context()));
  }

  async addParticipants(code: string, add: readonly ParticipantDraft[]): Promise<Coalition> {
    const current = await this.custom(code);
    return this.save(buildCoalition(editDraft(draftOf(current), { add }), await this.context()));
  }

  async removeParticipants(code: string, remove: readonly string[]): Promise<Coalition> {
    const current = await this.custom(code);
    const known = new Set(current.participants.map((p) => p.code.toUpperCase()));
    const missing = remove.filter((c) => !known.has(c.toUpperCase()));
    if (missing.length > 0)
      throw new DomainError('validation_failed', `${missing.join(', ')} not in ${current.code}`, [
        { path: 'remove', message: `not a participant: ${missing.join(', ')}` },
      ]);
    return this.save(buildCoalition(editDraft(draftOf(current), { remove }), await this.context()));
  }

  /** Copies any coalition (a grouping too) under a new code, with optional edits: "T12 plus NLD". */
  async copy(from: string, to: CoalitionCopy): Promise<Coalition> {
    const source = await this.get(from);
    const draft = editDraft(
      {
        ...draftOf(source),
        code: to.code,
        name: to.name ?? `${source.name} (copy)`,
        description: source.description,
      },
      { ...(to.add ? { add: to.add } : {}), ...(to.remove ? { remove: to.remove } : {}) },
    );
    return this.create(draft);
  }

  async delete(code: string): Promise<void> {
    await this.custom(code);
    await this.store.transaction((tx) => tx.coalitions.delete(code.toUpperCase()));
  }

  private async custom(code: string): Promise<Coalition> {
    const c = await this.store.coalitions.get(code.trim().toUpperCase());
    if (c) return c;
    if (await this.store.groupings.get(code.trim().toUpperCase()))
      throw new DomainError(
        'conflict',
        `'${code}' is a grouping from the reference data and cannot be edited; copy it first`,
      );
    throw notFound('coalition', code);
  }

  private async save(c: Coalition): Promise<Coalition> {
    await this.store.transaction((tx) => tx.coalitions.save(c, this.now()));
    return c;
  }

  private async context(): Promise<DraftContext> {
    const economies = await this.store.economies.list();
    const groupings = await this.store.groupings.list();
    return {
      economies: new Map(economies.map((e) => [e.iso3, e.name])),
      supranational: new Map(
        Object.entries(SUPRANATIONAL_BODIES).map(([code, b]) => [code, b.name]),
      ),
      reservedCodes: new Set(groupings.map((g) => g.code)),
      lookup: economyLookup(economies),
    };
  }
}
