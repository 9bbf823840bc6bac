// Signed-in callers for service tests: an account principal of a role and delegation, with an id,
// e-mail and name derived from them (stakeholders speak for industry).
import type { Principal, Role } from '../src/core/accounts/access.ts';

export const testPrincipal = (
  role: Role,
  delegation: string | null,
  name = `${role} ${delegation ?? ''}`,
): Principal => ({
  kind: 'account',
  accountId: `${role}-${delegation ?? 'x'}`,
  email: `${role}.${delegation ?? 'x'}@example.org`.toLowerCase(),
  name,
  role,
  delegation,
  constituency: role === 'stakeholder' ? 'industry' : null,
});
