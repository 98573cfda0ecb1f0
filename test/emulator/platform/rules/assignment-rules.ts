import type { OrgDatabase } from '../../data/org-database.js';
import { sameId, type SObjectRecord } from '../../data/record-store.js';
import { DmlError } from '../dml-error.js';
import { firstDataAccess, holdsIntegrationPsl, isIntegrationUser } from './integration-licence.js';
import { requirePermission, type RowRules } from './row-rules.js';

/** Salesforce's words (https://github.com/trailheadapps/multiframework-recipes/pull/100); the status code is unverified. */
export const GROUP_NOT_UPDATED_MESSAGE = 'You can only assign users to permission set groups that have the "Updated" status.';

/** Unverified wording for a profile's own permission set, which follows the profile and is never assigned directly. */
export const PROFILE_PERMISSION_SET_MESSAGE = "You can't assign or unassign this permission set because it's associated with a profile.";

const permissionSetOf = (db: OrgDatabase, row: SObjectRecord): SObjectRecord | undefined => (typeof row.PermissionSetId === 'string' ? db.get('PermissionSet', row.PermissionSetId) : undefined);

const checkGroupStatus = (db: OrgDatabase, row: SObjectRecord): void => {
  if (typeof row.PermissionSetGroupId !== 'string') return;
  const group = db.get('PermissionSetGroup', row.PermissionSetGroupId);
  if (group?.Status !== 'Updated') throw new DmlError('FIELD_INTEGRITY_EXCEPTION', GROUP_NOT_UPDATED_MESSAGE, ['PermissionSetGroupId']);
};

/**
 * "Duplicate PermissionSetAssignment" is how Salesforce's message starts (`sf org assign permset` reports it, and
 * scripts that tolerate re-assigning match on it); the rest of the wording is unverified.
 */
const checkDuplicate = (db: OrgDatabase, row: SObjectRecord): void => {
  const duplicate = db.rows('PermissionSetAssignment').some((other) => sameId(other.AssigneeId, row.AssigneeId) && sameId(other.PermissionSetId, row.PermissionSetId));
  if (duplicate) throw new DmlError('DUPLICATE_VALUE', `Duplicate PermissionSetAssignment. Assignee: ${String(row.AssigneeId)}; Permission Set: ${String(row.PermissionSetId)}`);
};

/**
 * A user on the Salesforce Integration licence gets object and field access only through the Salesforce API
 * Integration permission set licence, which must be assigned first (salesforce-facts.md): "Can't assign
 * permission set X to user Y. The user license doesn't allow the permission: Read Accounts"
 * (https://support.veeva.com/hc/en-us/articles/115003888654 for the sentence; the status code
 * FIELD_INTEGRITY_EXCEPTION is unverified).
 */
const checkIntegrationLicence = (db: OrgDatabase, row: SObjectRecord): void => {
  const user = db.get('User', String(row.AssigneeId));
  if (!user || !isIntegrationUser(db, user) || holdsIntegrationPsl(db, String(user.Id))) return;
  const access = firstDataAccess(db, row);
  if (!access) return;
  const label = typeof row.PermissionSetGroupId === 'string' ? db.get('PermissionSetGroup', row.PermissionSetGroupId)?.MasterLabel : permissionSetOf(db, row)?.Label;
  throw new DmlError('FIELD_INTEGRITY_EXCEPTION', `Can't assign permission set ${String(label)} to user ${String(user.Name)}. The user license doesn't allow the permission: ${access}`);
};

export const ASSIGNMENT_RULES: RowRules = {
  beforeInsert: (db, row) => {
    requirePermission(db, ['AssignPermissionSets']);
    if (row.PermissionSetId === null) throw new DmlError('REQUIRED_FIELD_MISSING', 'Required fields are missing: [PermissionSetId]', ['PermissionSetId']);
    checkGroupStatus(db, row);
    if (permissionSetOf(db, row)?.IsOwnedByProfile === true) throw new DmlError('FIELD_INTEGRITY_EXCEPTION', PROFILE_PERMISSION_SET_MESSAGE, ['PermissionSetId']);
    checkDuplicate(db, row);
    checkIntegrationLicence(db, row);
  },
  beforeDelete: (db, row) => {
    requirePermission(db, ['AssignPermissionSets']);
    if (permissionSetOf(db, row)?.IsOwnedByProfile === true) throw new DmlError('FIELD_INTEGRITY_EXCEPTION', PROFILE_PERMISSION_SET_MESSAGE, ['PermissionSetId']);
  },
};
