// Who may do what: the roles of the alliance, one permission table, and the one function that
// decides (`can`). Routes ask it before their handler runs; services ask it again with the
// resource (a workstream's rights, a proposal's confidentiality) where the answer depends on it.

/**
 * The roles an account holds:
 *
 * - `secretariat` — administers: accounts, workstreams, rules, the lifecycle of proposals;
 * - `member_delegate` — speaks and votes for one member economy (or the EU);
 * - `partner_delegate` — speaks for a partner economy: comments, answers, advisory votes;
 * - `observer` — an organisation (OECD, GPAI) that follows and may comment where admitted;
 * - `stakeholder` — an organisation with a constituency (industry, NGO, academia, technical
 *   body) that answers consultations it is admitted to.
 *
 * Anonymous callers read what is published. The operator (the holder of the server's
 * `API_WRITE_TOKEN`) acts with the secretariat's rights.
 */
export type Role =
  'secretariat' | 'member_delegate' | 'partner_delegate' | 'observer' | 'stakeholder';

export const ROLES: readonly Role[] = [
  'secretariat',
  'member_delegate',
  'partner_delegate',
  'observer',
  'stakeholder',
];

export type Constituency = 'industry' | 'ngo' | 'academia' | 'technical';
export const CONSTITUENCIES: readonly Constituency[] = ['industry', 'ngo', 'academia', 'technical'];

/** Who is asking. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'operator' }
  | {
      kind: 'account';
      accountId: string;
      email: string;
      name: string;
      role: Role;
      /** The member or partner economy (ISO3, or `EU`) or the organisation's code. */
      delegation: string | null;
      constituency: Constituency | null;
    };

export const ANONYMOUS: Principal = { kind: 'anonymous' };
export const OPERATOR: Principal = { kind: 'operator' };

/**
 * How a write records who made it (in the record and as the audit log's `actor`): the signed-in
 * account as `account:<id>`, the holder of the operator's token as `operator`.
 */
export function actorOf(p: Principal): string {
  return p.kind === 'account' ? `account:${p.accountId}` : p.kind;
}

/**
 * What a request may need. Route-level permissions name what kind of act it is; resource rules
 * (workstream rights, confidentiality) refine some of them in `canOnResource`.
 */
export type Permission =
  /** Read published data: economies, indicators, analyses, public proposals. */
  | 'read'
  /** Read what needs an account: the caller's own profile and tokens, the audit log. */
  | 'read:signed-in'
  /** Write shared data sets: coalitions, criteria sets. */
  | 'data:write'
  /**
   * Screen as an analyst: see the decisions taken on screening hits (with their notes and who
   * took them) and record decisions. Anyone may screen a name; only these callers see or make
   * decisions.
   */
  | 'screening:decide'
  /** Manage accounts and workstreams (rules, participants, rights). */
  | 'admin'
  /** Manage one's own API tokens. */
  | 'tokens'
  /** One's own account: change one's password, end one's other sessions. */
  | 'account:self'
  /** Create and edit proposals (refined by the workstream's `propose` right). */
  | 'proposal:write'
  /** Move a proposal through its lifecycle. */
  | 'proposal:transition'
  /** Comment (refined by the workstream's `comment` right). */
  | 'comment'
  /** Answer a consultation (refined by the workstream's `respond` right). */
  | 'consultation:respond'
  /** Cast or change a ballot (refined: a member delegation with the `vote` right, or `advisory_vote`). */
  | 'ballot'
  /** Report national implementation of an adopted proposal. */
  | 'implementation:report'
  /** Record a member's position on a policy issue (a delegate its own delegation's). */
  | 'position:write';

type Actor = Role | 'operator' | 'anonymous';

/** The permission table: which callers hold each permission. The only such table. */
export const PERMISSION_TABLE: Readonly<Record<Permission, readonly Actor[]>> = {
  read: [
    'anonymous',
    'operator',
    'secretariat',
    'member_delegate',
    'partner_delegate',
    'observer',
    'stakeholder',
  ],
  'read:signed-in': [
    'operator',
    'secretariat',
    'member_delegate',
    'partner_delegate',
    'observer',
    'stakeholder',
  ],
  'data:write': ['operator', 'secretariat', 'member_delegate'],
  // Screening decisions are compliance judgements on named persons and firms: made by the
  // secretariat and the member delegations that enforce export controls, not by partners,
  // observers or stakeholders.
  'screening:decide': ['operator', 'secretariat', 'member_delegate'],
  admin: ['operator', 'secretariat'],
  tokens: ['secretariat', 'member_delegate', 'partner_delegate', 'observer', 'stakeholder'],
  'account:self': ['secretariat', 'member_delegate', 'partner_delegate', 'observer', 'stakeholder'],
  'proposal:write': ['operator', 'secretariat', 'member_delegate', 'partner_delegate'],
  'proposal:transition': ['operator', 'secretariat'],
  comment: ['secretariat', 'member_delegate', 'partner_delegate', 'observer', 'stakeholder'],
  'consultation:respond': ['member_delegate', 'partner_delegate', 'observer', 'stakeholder'],
  ballot: ['member_delegate', 'partner_delegate'],
  'implementation:report': ['secretariat', 'member_delegate'],
  // Positions are what a member's government stands for: its member delegation records them, or
  // the secretariat for it; partners, observers and stakeholders do not.
  'position:write': ['operator', 'secretariat', 'member_delegate'],
};

const callerOf = (p: Principal): Actor => (p.kind === 'account' ? p.role : p.kind);

/** The outcome of a check: allowed, or why not (for the error message). */
export type AccessDecision =
  { allowed: true } | { allowed: false; status: 401 | 403; reason: string };

const ALLOWED: AccessDecision = { allowed: true };

/** Whether the caller holds a permission (route level). */
export function can(principal: Principal, permission: Permission): AccessDecision {
  if (PERMISSION_TABLE[permission].includes(callerOf(principal))) return ALLOWED;
  if (principal.kind === 'anonymous')
    return { allowed: false, status: 401, reason: 'sign in first (or send an API token)' };
  return {
    allowed: false,
    status: 403,
    reason: `${principal.kind === 'account' ? `the ${principal.role.replace('_', ' ')} role` : 'the operator'} may not do this (${permission})`,
  };
}

// ——— Resource rules ———

/** What a participant may do in a workstream. */
export type WorkstreamRight = 'read' | 'propose' | 'comment' | 'respond' | 'vote' | 'advisory_vote';
export const WORKSTREAM_RIGHTS: readonly WorkstreamRight[] = [
  'read',
  'propose',
  'comment',
  'respond',
  'vote',
  'advisory_vote',
];

/** A delegation taking part in a workstream, with its rights there. */
export interface WorkstreamParticipant {
  delegation: string;
  rights: WorkstreamRight[];
}

/**
 * Whether the caller holds a right in a workstream: the secretariat and the operator hold every
 * right; an account holds what its delegation was given. `vote` is for member delegates only (a
 * partner given `vote` votes in an advisory capacity: ask for `advisory_vote`).
 */
export function hasWorkstreamRight(
  principal: Principal,
  participants: readonly WorkstreamParticipant[],
  right: WorkstreamRight,
): boolean {
  if (principal.kind === 'operator') return true;
  if (principal.kind !== 'account') return false;
  if (principal.role === 'secretariat') return true;
  if (right === 'vote' && principal.role !== 'member_delegate') return false;
  const mine = participants.find((p) => p.delegation === principal.delegation);
  return mine !== undefined && mine.rights.includes(right);
}

/** What decides who sees a document. */
export interface Visibility {
  confidentiality: 'public' | 'alliance' | 'members' | 'restricted';
  /** Delegations that see a `restricted` document. */
  restrictedTo: readonly string[];
  /** A draft is seen only by its author's delegation (and the secretariat). */
  draft: boolean;
  /** The delegation of the account that created it. */
  authorDelegation: string | null;
}

/**
 * The visibility of a record that has only a level — public, alliance or members — as registry
 * instruments, positions, divergences, alerts and conversations have: never a draft, never
 * restricted to named delegations.
 */
export const levelVisibility = (
  confidentiality: 'public' | 'alliance' | 'members',
  authorDelegation: string | null = null,
): Visibility => ({ confidentiality, restrictedTo: [], draft: false, authorDelegation });

/**
 * Whether the caller may see a document (a proposal, its versions, comments and responses).
 * What a caller may not see is answered as not found. The secretariat and the operator see all.
 */
export function canSee(principal: Principal, v: Visibility): boolean {
  if (principal.kind === 'operator') return true;
  if (principal.kind === 'account' && principal.role === 'secretariat') return true;
  if (v.draft)
    return (
      principal.kind === 'account' &&
      principal.delegation !== null &&
      principal.delegation === v.authorDelegation
    );
  switch (v.confidentiality) {
    case 'public':
      return true;
    case 'alliance':
      return principal.kind === 'account';
    case 'members':
      return principal.kind === 'account' && principal.role === 'member_delegate';
    case 'restricted':
      return (
        principal.kind === 'account' &&
        principal.delegation !== null &&
        v.restrictedTo.includes(principal.delegation)
      );
  }
}
