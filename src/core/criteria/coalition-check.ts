// Coalition check: a coalition's members and partners against an evaluation — who inside fails what, who outside qualifies.
import { DomainError } from '../errors.ts';
import { CRITERIA_TIERS, type CriteriaTier } from './criteria-set.ts';
import type { CriterionEvidence } from './evaluate-criterion.ts';
import type {
  CriteriaEvaluation,
  EconomyEvaluation,
  NodeOutcome,
  TierResult,
} from './evaluate-criteria.ts';

/** The economies of a coalition by tier (ISO3; a supranational body expanded by the caller). */
export interface CoalitionRoster {
  members: readonly string[];
  partners: readonly string[];
}

/** A participant that does not (or not demonstrably) meet its tier. */
export interface ParticipantFinding {
  iso3: string;
  name: string;
  /** The tier the participant holds in the coalition. */
  tier: CriteriaTier;
  /** `fail`: no tier at or above its own passes; `undetermined`: one could, data missing. */
  outcome: Exclude<NodeOutcome, 'pass'>;
  result: TierResult;
  /** The criteria of its tier that fail (for `fail`) or are missing (for `undetermined`). */
  criteria: CriterionEvidence[];
  reason: string;
}

/** An economy outside the coalition whose tree for a tier passes. */
export interface OutsiderFinding {
  iso3: string;
  name: string;
  /** The highest tier it passes; `result` says whether a higher one is undetermined. */
  qualifiesAs: CriteriaTier;
  result: TierResult;
}

export interface CoalitionCheck {
  /** Members that do not pass the member tier, by ISO3. */
  members: ParticipantFinding[];
  /** Partners that pass neither the partner nor the member tier, by ISO3. */
  partners: ParticipantFinding[];
  /** Partners that pass the member tier: candidates for full membership. */
  partnersQualifyingAsMembers: { iso3: string; name: string }[];
  /** Outsiders that pass a tier, by ISO3. */
  outsiders: OutsiderFinding[];
  /** Participants that could not be checked, with why (not evaluated; tier not in the set). */
  notChecked: { iso3: string; tier: CriteriaTier; reason: string }[];
}

/**
 * Compares a coalition with an evaluation. Tiers nest: a partner that passes the member tier
 * meets its tier. A participant is `undetermined` when no tier at or above its own passes and one
 * of them is undetermined. Throws `DomainError('validation_failed')` when an economy is listed as
 * both member and partner.
 */
export function checkCoalition(
  coalition: CoalitionRoster,
  evaluation: CriteriaEvaluation,
): CoalitionCheck {
  const both = coalition.members.filter((m) => coalition.partners.includes(m));
  if (both.length > 0)
    throw new DomainError(
      'validation_failed',
      `listed as both member and partner: ${[...new Set(both)].sort().join(', ')}`,
      both.map((iso3) => ({ path: 'partners', message: `${iso3} is also a member` })),
    );
  const byIso3 = new Map(evaluation.economies.map((e) => [e.iso3, e]));
  const inside = new Set([...coalition.members, ...coalition.partners]);
  const check: CoalitionCheck = {
    members: [],
    partners: [],
    partnersQualifyingAsMembers: [],
    outsiders: [],
    notChecked: [],
  };

  const participants: [string, CriteriaTier][] = [
    ...coalition.members.map((iso3): [string, CriteriaTier] => [iso3, 'member']),
    ...coalition.partners.map((iso3): [string, CriteriaTier] => [iso3, 'partner']),
  ];
  for (const [iso3, tier] of [...new Map(participants)].sort(([a], [b]) => a.localeCompare(b))) {
    const e = byIso3.get(iso3);
    if (e === undefined) {
      check.notChecked.push({ iso3, tier, reason: 'not among the economies evaluated' });
      continue;
    }
    const finding = findingFor(e, tier);
    if (typeof finding === 'string') check.notChecked.push({ iso3, tier, reason: finding });
    else if (finding !== null) (tier === 'member' ? check.members : check.partners).push(finding);
    if (tier === 'partner' && e.highestPassingTier === 'member')
      check.partnersQualifyingAsMembers.push({ iso3, name: e.name });
  }

  for (const e of [...evaluation.economies].sort((a, b) => a.iso3.localeCompare(b.iso3)))
    if (!inside.has(e.iso3) && e.highestPassingTier !== null)
      check.outsiders.push({
        iso3: e.iso3,
        name: e.name,
        qualifiesAs: e.highestPassingTier,
        result: e.result,
      });
  return check;
}

/** Null when the economy meets its tier; a reason string when the set cannot check that tier. */
function findingFor(e: EconomyEvaluation, tier: CriteriaTier): ParticipantFinding | null | string {
  const rank = CRITERIA_TIERS.indexOf(tier);
  const atOrAbove = e.tiers.filter((t) => CRITERIA_TIERS.indexOf(t.tier) <= rank);
  if (atOrAbove.length === 0) return `the criteria set defines no ${tier} tier`;
  if (atOrAbove.some((t) => t.outcome === 'pass')) return null;
  const outcome = atOrAbove.some((t) => t.outcome === 'undetermined') ? 'undetermined' : 'fail';
  // The evidence of the lowest tier with that outcome: its own tier, unless that one fails while
  // a higher tier is undetermined.
  const decisive = atOrAbove.filter((t) => t.outcome === outcome).at(-1)!;
  const evidence = new Map(e.criteria.map((c) => [c.id, c]));
  return {
    iso3: e.iso3,
    name: e.name,
    tier,
    outcome,
    result: e.result,
    criteria: decisive.decisive.map((id) => evidence.get(id)!),
    reason: atOrAbove.map((t) => `${t.tier} tier ${t.reason}`).join('. '),
  };
}
