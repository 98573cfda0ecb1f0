import { ASSIGNMENT_RULES } from './assignment-rules.js';
import { LICENCE_ASSIGNMENT_RULES } from './licence-assignment-rules.js';
import { requirePermission, type RowRules } from './row-rules.js';
import { USER_RULES } from './user-rules.js';

export type { RowRules } from './row-rules.js';

/** Editing permission sets, groups and their grants needs Manage Profiles and Permission Sets. */
const SETUP: RowRules = {
  beforeInsert: (db) => requirePermission(db, ['ManageProfilesPermissionsets']),
  beforeUpdate: (db) => requirePermission(db, ['ManageProfilesPermissionsets']),
  beforeDelete: (db) => requirePermission(db, ['ManageProfilesPermissionsets']),
};

/** Freezing a user (UserLogin.IsFrozen) needs user management, or Freeze Users. */
const USER_LOGIN: RowRules = { beforeUpdate: (db) => requirePermission(db, ['ManageUsers', 'ManageInternalUsers', 'FreezeUsers']) };

/** The rules of each object written through the API; objects not listed have none beyond the field checks. */
export const ROW_RULES: Readonly<Record<string, RowRules>> = {
  User: USER_RULES,
  UserLogin: USER_LOGIN,
  PermissionSetAssignment: ASSIGNMENT_RULES,
  PermissionSetLicenseAssign: LICENCE_ASSIGNMENT_RULES,
  PermissionSet: SETUP,
  PermissionSetGroup: SETUP,
  PermissionSetGroupComponent: SETUP,
  MutingPermissionSet: SETUP,
  ObjectPermissions: SETUP,
  FieldPermissions: SETUP,
};
