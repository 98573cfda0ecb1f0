import type { OrgDatabase } from '../data/org-database.js';
import type { SObjectRecord } from '../data/record-store.js';
import { addUserCompanions, moveProfileAssignment } from '../data/user-rows.js';
import { aggregateGroupPermissions, markGroupOutdated, markGroupsOfPermissionSet } from './group-recalculation.js';

/**
 * What the platform does by itself around a write, whoever writes (the API, a deploy, a test's org.insert):
 * fill in what it owns before the rules look at a row, and make the rows that follow from it.
 */
export type Triggers = {
  complete?: (db: OrgDatabase, row: SObjectRecord) => void;
  afterInsert?: (db: OrgDatabase, row: SObjectRecord) => void;
  afterUpdate?: (db: OrgDatabase, before: SObjectRecord, after: SObjectRecord) => void;
  afterDelete?: (db: OrgDatabase, row: SObjectRecord) => void;
};

const groupOfRow = (db: OrgDatabase, row: SObjectRecord): void => markGroupOutdated(db, String(row.PermissionSetGroupId));
const groupsOfParent = (db: OrgDatabase, row: SObjectRecord): void => markGroupsOfPermissionSet(db, String(row.ParentId));

/**
 * The permission set Salesforce makes for each group ("a same-named backing PermissionSet for every group",
 * https://github.com/trailheadapps/multiframework-recipes/pull/100); its Type Group and Label are unverified.
 */
const groupPermissionSet = (db: OrgDatabase, group: SObjectRecord): void => {
  db.insertRow('PermissionSet', { Name: group.DeveloperName ?? null, Label: group.MasterLabel ?? null, Type: 'Group', IsCustom: true, PermissionSetGroupId: group.Id ?? null });
};

export const TRIGGERS: Readonly<Record<string, Triggers>> = {
  User: {
    complete: (_db, row) => {
      row.UserType ??= 'Standard';
      row.CommunityNickname ??= String(row.Alias ?? row.Username);
    },
    afterInsert: addUserCompanions,
    afterUpdate: (db, before, after) => {
      if (String(before.ProfileId) !== String(after.ProfileId)) moveProfileAssignment(db, after, String(before.ProfileId));
    },
  },
  PermissionSetGroup: {
    complete: (_db, row) => {
      row.Status ??= 'Outdated';
    },
    afterInsert: (db, group) => {
      groupPermissionSet(db, group);
      if (group.Status === 'Updated') aggregateGroupPermissions(db, String(group.Id));
    },
    // A test that sets a group Updated (org.update) skips its recalculation, not what the recalculation computes.
    afterUpdate: (db, before, after) => {
      if (before.Status !== 'Updated' && after.Status === 'Updated') aggregateGroupPermissions(db, String(after.Id));
    },
    afterDelete: (db, group) => {
      for (const permissionSet of db.where('PermissionSet', { PermissionSetGroupId: String(group.Id) })) db.store.remove('PermissionSet', String(permissionSet.Id));
    },
  },
  PermissionSetGroupComponent: { afterInsert: groupOfRow, afterDelete: groupOfRow },
  PermissionSetAssignment: {
    // A group assignment holds the group's own permission set, as a real org's rows do.
    complete: (db, row) => {
      if (row.PermissionSetId === null && typeof row.PermissionSetGroupId === 'string') {
        row.PermissionSetId = db.where('PermissionSet', { PermissionSetGroupId: row.PermissionSetGroupId, Type: 'Group' })[0]?.Id ?? null;
      }
    },
  },
  PermissionSet: { afterUpdate: (db, _before, after) => markGroupsOfPermissionSet(db, String(after.Id)) },
  ObjectPermissions: { afterInsert: groupsOfParent, afterUpdate: (db, _before, after) => groupsOfParent(db, after), afterDelete: groupsOfParent },
  FieldPermissions: { afterInsert: groupsOfParent, afterUpdate: (db, _before, after) => groupsOfParent(db, after), afterDelete: groupsOfParent },
};
