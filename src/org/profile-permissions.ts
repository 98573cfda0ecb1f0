import type { PermissionSetContent } from '../metadata/permission-set.js';
import type { OrgSession } from './org-session.js';
import { inChunks, soqlString } from './soql.js';

type Row = Record<string, unknown>;

const OBJECT_RIGHTS = [
  ['allowRead', 'PermissionsRead'],
  ['allowCreate', 'PermissionsCreate'],
  ['allowEdit', 'PermissionsEdit'],
  ['allowDelete', 'PermissionsDelete'],
  ['viewAllRecords', 'PermissionsViewAllRecords'],
  ['modifyAllRecords', 'PermissionsModifyAllRecords'],
  ['viewAllFields', 'PermissionsViewAllFields'],
] as const;

/** The Permissions<Name> fields of PermissionSet, one per user permission the org has (the describe lists them). */
const userPermissionFields = async (session: OrgSession): Promise<string[]> => {
  const describe = await session.describe('PermissionSet');
  return (describe?.fields ?? []).filter(({ name, type }) => name.startsWith('Permissions') && type === 'boolean').map(({ name }) => name);
};

/**
 * A profile's object, field and user permissions, in the shape of a permission set's content: what `--from-profile`
 * moves into a permission set. Read through the profile's own permission set rather than a retrieve of the Profile:
 * a retrieve "returns information about profiles that pertains to other items specified in the package.xml file"
 * (https://developer.salesforce.com/docs/atlas.en-us.sfdx_dev.meta/sfdx_dev/sfdx_dev_source_tracking_source_tracking_profiles.htm),
 * while "every profile is associated with a permission set that stores the profile's user, object, and field
 * permissions": PermissionSet.ProfileId and IsOwnedByProfile find it, its `Permissions<Name>` fields are its user
 * permissions, and ObjectPermissions and FieldPermissions rows name it as their ParentId
 * (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_permissionset.htm,
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_objectpermissions.htm).
 * Undefined when the org shows no permission set for the profile.
 */
export const readProfilePermissions = async (session: OrgSession, profileId: string): Promise<Partial<PermissionSetContent> | undefined> => {
  const [owned] = await session.query(`SELECT Id FROM PermissionSet WHERE IsOwnedByProfile = true AND ProfileId = ${soqlString(profileId)}`, "the profile's permission set");
  if (owned === undefined) return undefined;
  const parent = soqlString(String(owned.Id));
  const fields = await userPermissionFields(session);
  const [permissionPages, objects, fieldRows] = await Promise.all([
    // A few hundred field names do not fit one GET: the query is split by length, each part on the same row.
    Promise.all(inChunks(fields).map((chunk) => session.query(`SELECT ${chunk.join(', ')} FROM PermissionSet WHERE Id = ${parent}`, "the profile's user permissions"))),
    session.query(`SELECT SobjectType, ${OBJECT_RIGHTS.map(([, field]) => field).join(', ')} FROM ObjectPermissions WHERE ParentId = ${parent}`, "the profile's object permissions"),
    session.query(`SELECT Field, PermissionsRead, PermissionsEdit FROM FieldPermissions WHERE ParentId = ${parent}`, "the profile's field permissions"),
  ]);
  const enabled = permissionPages.flatMap((rows: Row[]) => Object.entries(rows[0] ?? {}).filter(([field, value]) => field.startsWith('Permissions') && value === true).map(([field]) => field.slice('Permissions'.length)));
  return {
    objectPermissions: objects.map((row) => ({
      object: String(row.SobjectType),
      ...(Object.fromEntries(OBJECT_RIGHTS.map(([element, field]) => [element, row[field] === true])) as Record<(typeof OBJECT_RIGHTS)[number][0], boolean>),
    })),
    fieldPermissions: fieldRows.map((row) => ({ field: String(row.Field), readable: row.PermissionsRead === true, editable: row.PermissionsEdit === true })),
    userPermissions: [...new Set(enabled)].sort().map((name) => ({ enabled: true, name })),
  };
};
