// Workstreams: the fields a coalition cooperates in, each open to some tiers and, optionally, to a
// named subset of participants (variable geometry).
import type { Coalition, Participant, Tier } from './coalition.ts';

export interface Workstream {
  /** Stable code within the coalition, e.g. `export_controls`. */
  code: string;
  name: string;
  /** Tiers that take part. */
  tiers: Tier[];
  /** When set, only these participants (of those tiers) take part; null: every participant of the tiers. */
  participants: string[] | null;
}

/**
 * The five fields of cooperation of the alliance's mandate, with the tiers each is open to by
 * default: export controls bind members only (they are the alliance's commitments); supply chains
 * add partners and stakeholders (industry); R&D, standards and countering the illiberal use of
 * technology are open to every tier. Users edit them per coalition.
 */
export const STANDARD_WORKSTREAMS: readonly Workstream[] = [
  {
    code: 'rd',
    name: 'Research and development',
    tiers: ['member', 'partner', 'observer', 'stakeholder'],
    participants: null,
  },
  {
    code: 'supply_chains',
    name: 'Supply-chain diversity and security',
    tiers: ['member', 'partner', 'stakeholder'],
    participants: null,
  },
  {
    code: 'standards',
    name: 'Standard-setting',
    tiers: ['member', 'partner', 'observer', 'stakeholder'],
    participants: null,
  },
  {
    code: 'export_controls',
    name: 'Multilateral export controls',
    tiers: ['member'],
    participants: null,
  },
  {
    code: 'illiberal_tech',
    name: 'Countering the illiberal use of technology',
    tiers: ['member', 'partner', 'observer', 'stakeholder'],
    participants: null,
  },
];

/** The participants that take part in a workstream: of its tiers, and of its list when it has one. */
export function workstreamParticipants(
  coalition: Coalition,
  workstream: Workstream,
): Participant[] {
  const tiers = new Set(workstream.tiers);
  const only = workstream.participants === null ? null : new Set(workstream.participants);
  return coalition.participants.filter(
    (p) => tiers.has(p.tier) && (only === null || only.has(p.code)),
  );
}
