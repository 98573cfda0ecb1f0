import type { OrgDatabase } from './org-database.js';
import type { SObjectRecord } from './record-store.js';

/** The permission set a profile owns (IsOwnedByProfile): what carries the profile's permissions. */
export const profilePermissionSet = (db: OrgDatabase, profileId: string): SObjectRecord | undefined => db.where('PermissionSet', { ProfileId: profileId, IsOwnedByProfile: true })[0];

/**
 * What the platform makes with every user: their UserLogin row (where freezing happens) and the assignment
 * of their profile's permission set, which a real org lists among the user's PermissionSetAssignments.
 */
export const addUserCompanions = (db: OrgDatabase, user: SObjectRecord): void => {
  db.insertRow('UserLogin', { UserId: user.Id ?? null, IsFrozen: false, IsPasswordLocked: false });
  assignProfilePermissionSet(db, user);
};

export const assignProfilePermissionSet = (db: OrgDatabase, user: SObjectRecord): void => {
  const permissionSet = typeof user.ProfileId === 'string' ? profilePermissionSet(db, user.ProfileId) : undefined;
  if (permissionSet) db.insertRow('PermissionSetAssignment', { AssigneeId: user.Id ?? null, PermissionSetId: permissionSet.Id ?? null });
};

/** After a profile change the user holds the new profile's permission set, not the old one's. */
export const moveProfileAssignment = (db: OrgDatabase, user: SObjectRecord, oldProfileId: string): void => {
  const old = profilePermissionSet(db, oldProfileId);
  for (const assignment of db.where('PermissionSetAssignment', { AssigneeId: String(user.Id), PermissionSetId: String(old?.Id) })) db.store.remove('PermissionSetAssignment', String(assignment.Id));
  assignProfilePermissionSet(db, user);
};
