import type { OrgDatabase } from '../data/org-database.js';
import { sameId } from '../data/record-store.js';
import { componentRow } from '../platform/metadata-tables.js';

/**
 * A component a destructive manifest names but the org does not hold is a warning, worded as SDR parses it
 * ("No ApexClass named: test1 found", source-deploy-retrieve src/client/metadataApiDeploy.ts); "if you try to
 * delete a component that doesn't exist in the org, you get a warning", which fails the deploy unless
 * ignoreWarnings is set (sf CLI reference, project deploy start --ignore-warnings:
 * https://developer.salesforce.com/docs/atlas.en-us.sfdx_cli_reference.meta/sfdx_cli_reference/cli_reference_project_commands_unified.htm).
 */
export const componentNotFound = (type: string, fullName: string): string => `No ${type} named: ${fullName} found`;

/** The org refuses to delete access still in use; these wordings are unverified (tests match on them through these constants). */
export const PERMISSION_SET_ASSIGNED = "You can't delete this permission set because it's assigned to one or more users.";
export const GROUP_ASSIGNED = "You can't delete this permission set group because it's assigned to one or more users.";
export const permissionSetInGroup = (group: string): string => `You can't delete this permission set because it's included in the permission set group ${group}.`;

/** The groups a permission set (by its row Id) is a component of. */
const groupsOf = (db: OrgDatabase, permissionSetId: string): string[] =>
  db
    .where('PermissionSetGroupComponent', { PermissionSetId: permissionSetId })
    .map(({ PermissionSetGroupId }) => db.get('PermissionSetGroup', String(PermissionSetGroupId))?.DeveloperName)
    .filter((name): name is string => typeof name === 'string');

/** Why the org will not delete a component it holds: a permission set or group still assigned, or a permission set still in a group. */
export const deletionProblem = (db: OrgDatabase, type: string, fullName: string): string | undefined => {
  if (type === 'PermissionSetGroup') {
    const group = componentRow(db, type, fullName);
    return group && db.rows('PermissionSetAssignment').some((row) => sameId(row.PermissionSetGroupId, group.Id)) ? GROUP_ASSIGNED : undefined;
  }
  if (type !== 'PermissionSet' && type !== 'MutingPermissionSet') return undefined;
  const row = type === 'PermissionSet' ? componentRow(db, type, fullName) : db.where('PermissionSet', { Name: fullName, Type: 'Muting' })[0];
  if (!row) return undefined;
  if (db.rows('PermissionSetAssignment').some((assignment) => sameId(assignment.PermissionSetId, row.Id))) return PERMISSION_SET_ASSIGNED;
  const [group] = groupsOf(db, String(row.Id));
  return group === undefined ? undefined : permissionSetInGroup(group);
};
