import { permissionField, USER_PERMISSIONS } from './catalogue/user-permissions.js';
import type { OrgDatabase } from './org-database.js';
import { sameId, type SObjectRecord } from './record-store.js';

/** The permission sets a group grants: its components, the muting ones apart. */
export const groupComponents = (db: OrgDatabase, groupId: string): { granting: SObjectRecord[]; muting: SObjectRecord[] } => {
  const members = db
    .where('PermissionSetGroupComponent', { PermissionSetGroupId: groupId })
    .map(({ PermissionSetId }) => (typeof PermissionSetId === 'string' ? db.get('PermissionSet', PermissionSetId) : undefined))
    .filter((row): row is SObjectRecord => row !== undefined);
  return { granting: members.filter((row) => row.Type !== 'Muting'), muting: members.filter((row) => row.Type === 'Muting') };
};

/** The permission sets an assignment grants: the set itself, or a group's components (muting ones apart). */
export const grantingPermissionSets = (db: OrgDatabase, assignment: SObjectRecord): SObjectRecord[] => {
  if (typeof assignment.PermissionSetGroupId === 'string') return groupComponents(db, assignment.PermissionSetGroupId).granting;
  const permissionSet = typeof assignment.PermissionSetId === 'string' ? db.get('PermissionSet', assignment.PermissionSetId) : undefined;
  return permissionSet ? [permissionSet] : [];
};

/**
 * A user's effective user permissions: every permission set assigned to them, their profile's included, a
 * group's components minus what its muting permission set mutes. What UserPermissionAccess answers.
 */
export const effectivePermissions = (db: OrgDatabase, userId: string): Record<string, boolean> => {
  const granted = new Set<string>();
  for (const assignment of db.rows('PermissionSetAssignment').filter((row) => sameId(row.AssigneeId, userId))) {
    const muted = typeof assignment.PermissionSetGroupId === 'string' ? groupComponents(db, assignment.PermissionSetGroupId).muting : [];
    for (const permission of USER_PERMISSIONS) {
      const field = permissionField(permission);
      const isMuted = muted.some((row) => row[field] === true);
      if (!isMuted && grantingPermissionSets(db, assignment).some((row) => row[field] === true)) granted.add(permission);
    }
  }
  return Object.fromEntries(USER_PERMISSIONS.map((permission) => [permission, granted.has(permission)]));
};

/** The running user's effective permissions, with the test's overrides (runningUserPermissions) on top. */
export const runningUserPermissions = (db: OrgDatabase): Record<string, boolean> => ({ ...effectivePermissions(db, db.runningUserId), ...db.behaviour.runningUserPermissions });
