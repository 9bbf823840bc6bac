// Coalitions: participants with tiers, and the economies a coalition stands for.
import { coalitionWarning, listCodes, type CoalitionWarning } from './coalition-warning.ts';
import type { Workstream } from './workstream.ts';

/**
 * How closely a participant takes part:
 *
 * - `member` — an economy, or a supranational body such as the EU as a whole, with full membership;
 * - `partner` — an economy cooperating without full membership;
 * - `observer` — an organisation that reads and comments (OECD, GPAI …);
 * - `stakeholder` — an organisation with a constituency (industry, NGO, academia, technical body).
 */
export type Tier = 'member' | 'partner' | 'observer' | 'stakeholder';

/** Every tier, from the closest to the loosest. */
export const TIERS: readonly Tier[] = ['member', 'partner', 'observer', 'stakeholder'];

/**
 * What a participant is:
 *
 * - `economy` — an ISO 3166 economy, by its ISO3 code;
 * - `supranational` — a body that stands for member states (`EU`), counted as those states;
 * - `organisation` — an organisation (OECD, GPAI, an industry body); never counted as an economy.
 */
export type ParticipantKind = 'economy' | 'supranational' | 'organisation';

/** One participant of a coalition: an economy, a supranational body or an organisation. */
export interface Participant {
  /** ISO3 for an economy, the body's code for a supranational (`EU`), a free code otherwise. */
  code: string;
  name: string;
  kind: ParticipantKind;
  tier: Tier;
}

/**
 * Where a coalition comes from:
 *
 * - `grouping` — a named grouping of the reference data (G7, D10, T12 …), used as it is;
 * - `custom` — created and stored by a user;
 * - `ad-hoc` — built for one analysis and not stored (a what-if, a copy being edited).
 */
export type CoalitionOrigin = 'grouping' | 'custom' | 'ad-hoc';

/** A coalition: a named set of participants, each with a tier. */
export interface Coalition {
  code: string;
  name: string;
  description: string;
  participants: Participant[];
  origin: CoalitionOrigin;
  /** Fields of cooperation and who takes part in each; absent: the standard five, default tiers. */
  workstreams?: Workstream[];
}

/** A custom coalition as stored, with when it was created and last changed. */
export interface StoredCoalition extends Coalition {
  createdAt: string;
  updatedAt: string;
}

/**
 * How a supranational participant (the EU, the AU) is counted:
 *
 * - `enumerated` (the default) — not expanded: a coalition counts the economies it enumerates,
 *   so the G7 is its seven economies and the EU, a "non-enumerated member", adds none;
 * - `member-states` — the body counts as its member states (the EU as its 27), each once.
 */
export type SupranationalCounting = 'enumerated' | 'member-states';

/** Every way of counting supranational participants; the first is the default. */
export const SUPRANATIONAL_COUNTINGS: readonly SupranationalCounting[] = [
  'enumerated',
  'member-states',
];

/** The economies a coalition stands for, with what looked wrong on the way. */
export interface CoalitionEconomies {
  /** ISO3 codes, each once, sorted. */
  economies: string[];
  /** How supranational participants were counted. */
  supranational: SupranationalCounting;
  warnings: CoalitionWarning[];
}

/**
 * The set of ISO3 economies that a coalition's participants of the given tiers stand for — the one
 * place a coalition's members are expanded, for every analysis (leverage, balance, what-if,
 * comparison, complementarity, supply-chain metrics, control coverage, retaliation).
 *
 * An economy participant counts as itself. A supranational participant (the EU) counts, with
 * `supranational: 'member-states'`, as its member states, looked up in `supranationalMembers` by
 * the participant's code; by default (`'enumerated'`) it adds no economy, and a warning says so.
 * Every economy counts once: an economy that is a participant in its own right and also a member
 * state of a counted supranational participant is named in a `counted_through_supranational`
 * warning. Organisations never count as economies, whatever their tier. A supranational body with
 * no known member list adds nothing and is named in a warning.
 */
export function coalitionEconomies(
  coalition: Coalition,
  tiers: readonly Tier[],
  supranationalMembers: ReadonlyMap<string, readonly string[]>,
  options: { supranational?: SupranationalCounting } = {},
): CoalitionEconomies {
  const counting = options.supranational ?? 'enumerated';
  const wanted = new Set(tiers);
  const economies = new Set<string>();
  const enumerated = new Set<string>();
  const through = new Map<string, string>();
  const withoutMembers: string[] = [];
  const notExpanded: string[] = [];
  for (const p of coalition.participants) {
    if (!wanted.has(p.tier)) continue;
    switch (p.kind) {
      case 'economy':
        economies.add(p.code);
        enumerated.add(p.code);
        break;
      case 'supranational': {
        if (counting === 'enumerated') {
          notExpanded.push(p.code);
          break;
        }
        const members = supranationalMembers.get(p.code);
        if (members === undefined || members.length === 0) withoutMembers.push(p.code);
        else
          for (const m of members) {
            economies.add(m);
            if (!through.has(m)) through.set(m, p.code);
          }
        break;
      }
      case 'organisation':
        break;
    }
  }
  const warnings: CoalitionWarning[] = [];
  if (notExpanded.length > 0)
    warnings.push(
      coalitionWarning(
        'supranational_not_expanded',
        `${notExpanded.join(', ')} ${notExpanded.length === 1 ? 'takes' : 'take'} part as a whole and ${notExpanded.length === 1 ? 'is' : 'are'} not counted through member states: ${coalition.code} counts the economies it enumerates (count member states to include them)`,
        notExpanded,
      ),
    );
  if (withoutMembers.length > 0)
    warnings.push(
      coalitionWarning(
        'supranational_without_members',
        `no member list is known for ${withoutMembers.join(', ')}: it adds no economy to ${coalition.code}`,
        withoutMembers,
      ),
    );
  const twice = [...enumerated].filter((e) => through.has(e)).sort();
  if (twice.length > 0) {
    const bodies = [...new Set(twice.map((e) => through.get(e)!))].sort();
    warnings.push(
      coalitionWarning(
        'counted_through_supranational',
        `${listCodes(twice)} ${twice.length === 1 ? 'is' : 'are'} also counted through ${bodies.join(', ')}: each economy counts once`,
        twice,
      ),
    );
  }
  if (economies.size === 0)
    warnings.push(
      coalitionWarning(
        'empty_coalition',
        `no economy stands for ${coalition.code} in the tiers ${tiers.join(', ') || '(none)'}`,
      ),
    );
  return { economies: [...economies].sort(), supranational: counting, warnings };
}
