import { usedPermissionSetLicences } from '../../data/derived-fields.js';
import type { OrgDatabase } from '../../data/org-database.js';
import { sameId, type SObjectRecord } from '../../data/record-store.js';
import { DmlError } from '../dml-error.js';
import { firstDataAccess, INTEGRATION_PSL, isIntegrationUser } from './integration-licence.js';
import { requirePermission, type RowRules } from './row-rules.js';

const checkDuplicate = (db: OrgDatabase, row: SObjectRecord): void => {
  const other = db.rows('PermissionSetLicenseAssign').find((candidate) => sameId(candidate.AssigneeId, row.AssigneeId) && sameId(candidate.PermissionSetLicenseId, row.PermissionSetLicenseId));
  if (other) throw new DmlError('DUPLICATE_VALUE', `duplicate value found: <unknown> duplicates value on record with id: ${String(other.Id)}`);
};

/** Seats of a permission set licence are counted like a user licence's (wording as for users). */
const checkSeat = (db: OrgDatabase, row: SObjectRecord): void => {
  const licence = db.get('PermissionSetLicense', String(row.PermissionSetLicenseId));
  if (licence && usedPermissionSetLicences(db, String(licence.Id)) >= Number(licence.TotalLicenses ?? 0)) throw new DmlError('LICENSE_LIMIT_EXCEEDED', 'License Limit Exceeded');
};

/**
 * The Salesforce API Integration licence cannot be taken from an integration user who still holds permission
 * sets that need it; Salesforce refuses (wording and code unverified), so a client removes assignments first.
 */
const checkStillNeeded = (db: OrgDatabase, row: SObjectRecord): void => {
  const licence = db.get('PermissionSetLicense', String(row.PermissionSetLicenseId));
  const user = db.get('User', String(row.AssigneeId));
  if (licence?.DeveloperName !== INTEGRATION_PSL || !user || !isIntegrationUser(db, user)) return;
  const needing = db.rows('PermissionSetAssignment').find((assignment) => sameId(assignment.AssigneeId, user.Id) && firstDataAccess(db, assignment) !== undefined);
  if (needing) throw new DmlError('FIELD_INTEGRITY_EXCEPTION', `This permission set license can't be removed because it's required by a permission set assigned to ${String(user.Name)}.`);
};

export const LICENCE_ASSIGNMENT_RULES: RowRules = {
  beforeInsert: (db, row) => {
    requirePermission(db, ['ManageUsers', 'ManageInternalUsers']);
    checkDuplicate(db, row);
    checkSeat(db, row);
  },
  beforeDelete: (db, row) => {
    requirePermission(db, ['ManageUsers', 'ManageInternalUsers']);
    checkStillNeeded(db, row);
  },
};
