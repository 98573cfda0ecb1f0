import { permissionField } from './catalogue/user-permissions.js';
import { runningUserPermissions } from './effective-permissions.js';
import type { OrgDatabase } from './org-database.js';
import { sameId, type SObjectRecord } from './record-store.js';

const isActiveUser = (db: OrgDatabase, userId: unknown): boolean => typeof userId === 'string' && db.store.get('User', userId)?.IsActive === true;

/** The licence a user consumes: their profile's. */
export const licenceOfUser = (db: OrgDatabase, user: SObjectRecord): string | undefined => {
  const profile = typeof user.ProfileId === 'string' ? db.store.get('Profile', user.ProfileId) : undefined;
  return typeof profile?.UserLicenseId === 'string' ? profile.UserLicenseId : undefined;
};

/** Seats taken: active users on the licence (deactivating a user frees a seat, freezing does not). */
export const usedUserLicences = (db: OrgDatabase, licenceId: string): number =>
  db.store.rows('User').filter((user) => user.IsActive === true && sameId(licenceOfUser(db, user), licenceId)).length;

export const usedPermissionSetLicences = (db: OrgDatabase, licenceId: string): number =>
  db.store.rows('PermissionSetLicenseAssign').filter((row) => row.IsDeleted !== true && sameId(row.PermissionSetLicenseId, licenceId) && isActiveUser(db, row.AssigneeId)).length;

/** The objects whose rows have fields computed when they are read. */
export const HAS_DERIVED_FIELDS: ReadonlySet<string> = new Set(['UserLicense', 'PermissionSetLicense', 'User']);

/** A row with the fields Salesforce computes when they are read (UsedLicenses), as a copy. */
export const deriveFields = (db: OrgDatabase, type: string, row: SObjectRecord): SObjectRecord => {
  const id = String(row.Id);
  if (type === 'UserLicense') return { ...row, UsedLicenses: usedUserLicences(db, id) };
  if (type === 'PermissionSetLicense') return { ...row, UsedLicenses: usedPermissionSetLicences(db, id) };
  if (type === 'User') return { ...row, Name: [row.FirstName, row.LastName].filter((part) => typeof part === 'string' && part !== '').join(' ') };
  return { ...row };
};

/** Objects without rows of their own: UserPermissionAccess is the running user's effective permissions. */
export const virtualRows = (db: OrgDatabase, type: string): SObjectRecord[] => {
  if (type !== 'UserPermissionAccess') return [];
  const permissions = runningUserPermissions(db);
  return [Object.fromEntries(Object.entries(permissions).map(([permission, granted]) => [permissionField(permission), granted]))];
};
