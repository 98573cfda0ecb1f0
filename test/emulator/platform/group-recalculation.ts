import { permissionField, USER_PERMISSIONS } from '../data/catalogue/user-permissions.js';
import { groupComponents } from '../data/effective-permissions.js';
import type { OrgDatabase } from '../data/org-database.js';
import { sameId } from '../data/record-store.js';

/**
 * Salesforce recalculates a permission set group after a change to it or to one of its permission sets:
 * Outdated, then Updating, then Updated (or Failed), and users can be assigned the group only once it is
 * Updated (salesforce-facts.md; Status values as the Object Reference lists them, quoted in
 * https://github.com/dxatscale/sfpowerscripts/pull/737). The emulator moves a group
 * one step each time a client reads its status, so that a client's wait loop is exercised; a test can make
 * a group's recalculation never end, or end Failed (groupRecalculation).
 */
export const markGroupOutdated = (db: OrgDatabase, groupId: string): void => {
  const group = db.store.get('PermissionSetGroup', groupId);
  if (group) group.Status = 'Outdated';
};

/** A change to a permission set puts every group it belongs to back to Outdated. */
export const markGroupsOfPermissionSet = (db: OrgDatabase, permissionSetId: string): void => {
  for (const component of db.store.rows('PermissionSetGroupComponent').filter((row) => sameId(row.PermissionSetId, permissionSetId))) {
    markGroupOutdated(db, String(component.PermissionSetGroupId));
  }
};

/**
 * What a recalculation computes: the group's own permission set (the one a group assignment holds) gets the
 * user permissions of its permission sets, less what its muting permission set mutes, so that
 * PermissionSetAssignment.PermissionSet.Permissions<Name> reads true for a group member as for a direct one. The
 * backing permission set exists ("the platform auto-creates a same-named backing PermissionSet for every group",
 * https://github.com/trailheadapps/multiframework-recipes/pull/100); that its Permissions fields carry the
 * aggregate is unverified.
 */
export const aggregateGroupPermissions = (db: OrgDatabase, groupId: string): void => {
  const own = db.store.rows('PermissionSet').find((row) => row.Type === 'Group' && sameId(row.PermissionSetGroupId, groupId));
  if (!own) return;
  const { granting, muting } = groupComponents(db, groupId);
  for (const permission of USER_PERMISSIONS) {
    const field = permissionField(permission);
    own[field] = granting.some((row) => row[field] === true) && !muting.some((row) => row[field] === true);
  }
};

/** A client read the group's status: the recalculation moves one step on. */
export const statusRead = (db: OrgDatabase, groupId: string): void => {
  const group = db.store.get('PermissionSetGroup', groupId);
  if (!group) return;
  const course = db.behaviour.groupRecalculation[String(group.DeveloperName)] ?? 'completes';
  if (group.Status === 'Outdated') group.Status = 'Updating';
  else if (group.Status === 'Updating' && course !== 'stuck') {
    group.Status = course === 'fails' ? 'Failed' : 'Updated';
    if (group.Status === 'Updated') aggregateGroupPermissions(db, groupId);
  }
};

/** Whether the group is being recalculated (or waits to be): a deploy of one of its permission sets can fail then. */
export const isRecalculating = (status: unknown): boolean => status === 'Outdated' || status === 'Updating';
