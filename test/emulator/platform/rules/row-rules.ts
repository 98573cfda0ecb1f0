import type { OrgDatabase } from '../../data/org-database.js';
import type { SObjectRecord } from '../../data/record-store.js';
import { runningUserPermissions } from '../../data/effective-permissions.js';
import { DmlError } from '../dml-error.js';

/** The checks Salesforce makes before it writes a row of one object through the API (never for the platform's own writes). */
export type RowRules = {
  beforeInsert?: (db: OrgDatabase, row: SObjectRecord) => void;
  beforeUpdate?: (db: OrgDatabase, before: SObjectRecord, after: SObjectRecord) => void;
  beforeDelete?: (db: OrgDatabase, row: SObjectRecord) => void;
};

/**
 * Setup writes need a user permission (Manage Users to create users, Assign Permission Sets to assign them).
 * The error Salesforce gives a user without it is unverified: INSUFFICIENT_ACCESS_OR_READONLY is its code for
 * a write the user may not make.
 */
export const requirePermission = (db: OrgDatabase, anyOf: readonly string[]): void => {
  const granted = runningUserPermissions(db);
  if (!anyOf.some((permission) => granted[permission] === true)) throw new DmlError('INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id');
};

export const changed = (before: SObjectRecord, after: SObjectRecord, field: string): boolean => String(before[field]) !== String(after[field]);
