// The members of committees as a parser reads them row by row: one member per body and committee,
// the secretariat holder's second row (listed once as `secretariat` and once as `P`) folded into
// one member with role `secretariat`, any other repetition refused; and, at the end, a secretariat
// holder that no row lists added as a member, since holding the secretariat is participating.
import type { Committee, CommitteeMember, CommitteeRole } from '../../core/standards/committee.ts';
import { memberOrder } from './parsed-committees.ts';

/** A member body read in one committee, with every role it was listed in. */
interface Seen {
  member: CommitteeMember;
  roles: Set<CommitteeRole>;
}

export class CommitteeMembers {
  private readonly byCommittee = new Map<Committee, Map<string, Seen>>();

  /**
   * What is wrong with listing `body` as `role` in `c` (null: nothing): a secretariat the
   * committees file gives to another body, or a body listed twice otherwise than secretariat + P.
   */
  problem(
    c: Committee,
    body: string,
    role: CommitteeRole,
  ): { field: 'body' | 'role'; reason: string } | null {
    if (role === 'secretariat' && body !== c.secretariatBody)
      return {
        field: 'body',
        reason: `the committees file gives ${c.reference}'s secretariat to ${c.secretariatBody ?? 'nobody'}`,
      };
    const seen = this.byCommittee.get(c)?.get(body);
    if (seen === undefined || this.folds(seen, role)) return null;
    return {
      field: 'role',
      reason: seen.roles.has(role)
        ? `${body} is listed twice as ${role} in ${c.reference}`
        : `${body} is listed as both ${seen.member.role} and ${role} in ${c.reference}`,
    };
  }

  private folds(seen: Seen, role: CommitteeRole): boolean {
    return (
      (role === 'P' && seen.roles.has('secretariat') && !seen.roles.has('P')) ||
      (role === 'secretariat' && seen.roles.size === 1 && seen.roles.has('P'))
    );
  }

  /**
   * Adds a member that has no {@link problem}; `folded` when it was the secretariat holder's
   * second row.
   */
  add(c: Committee, body: string, role: CommitteeRole, iso3: string | null): 'added' | 'folded' {
    let byBody = this.byCommittee.get(c);
    if (!byBody) {
      byBody = new Map<string, Seen>();
      this.byCommittee.set(c, byBody);
    }
    const seen = byBody.get(body);
    if (seen) {
      seen.roles.add(role);
      seen.member.role = 'secretariat';
      return 'folded';
    }
    byBody.set(body, { member: { memberBody: body, iso3, role }, roles: new Set([role]) });
    return 'added';
  }

  /**
   * Gives each committee its members in order, adding the secretariat holder where no row listed
   * it; returns how many were added so.
   */
  attach(committees: Iterable<Committee>): number {
    let added = 0;
    for (const c of committees) {
      const list = [...(this.byCommittee.get(c)?.values() ?? [])].map((m) => m.member);
      if (c.secretariatBody !== null && !list.some((m) => m.memberBody === c.secretariatBody)) {
        list.push({ memberBody: c.secretariatBody, iso3: c.secretariat, role: 'secretariat' });
        added++;
      }
      c.members = list.sort(memberOrder);
    }
    return added;
  }
}

/** The warning for secretariat holders {@link CommitteeMembers.attach} added. */
export const addedSecretariatsWarning = (added: number): string =>
  `${added} committee${added === 1 ? '' : 's'} had no member row for the secretariat holder; it was added as a member`;
