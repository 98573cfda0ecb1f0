import { idKey } from './org-users.js';
import type { OrgSession } from './org-session.js';
import { inChunks, soqlList } from './soql.js';

/**
 * Which of the users' assignments give Multi-Factor Authentication for API Logins (TwoFactorApi), by the
 * assignment's Id (first 15 characters). A group's assignment carries the group's aggregate permission set, so
 * a group counts when one of its permission sets grants it and no muting takes it away; a profile's counts
 * through the profile's own permission set. Asked apart from the users' assignments: that
 * `PermissionSet.PermissionsTwoFactorApi` can be read in every org is unverified, and deploy never needs it.
 */
export const readTwoFactorApiAssignments = async (session: OrgSession, userIds: readonly string[]): Promise<ReadonlySet<string>> => {
  const pages = await Promise.all(
    inChunks(userIds).map((chunk) =>
      session.query<{ Id: string }>(`SELECT Id FROM PermissionSetAssignment WHERE AssigneeId IN ${soqlList(chunk)} AND PermissionSet.PermissionsTwoFactorApi = true`, 'the assignments that give MFA for API logins')
    )
  );
  return new Set(pages.flat().map(({ Id }) => idKey(Id)));
};
