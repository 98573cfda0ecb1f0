import type { OrgSession } from './org-session.js';
import { toUser, USER_SELECT, type OrgUser } from './provisioning-state.js';
import { inChunks, soqlList, soqlString } from './soql.js';

/** A permission set or group a user is assigned, by its full API name (`ns__Name` for a package's). */
export type HeldComponent = { id: string; name: string; namespacePrefix: string | null };

/** What a user holds, as import reads it: the user, its direct permission sets and its groups (its profile's own set apart). */
export type UserAccess = { user: OrgUser; permissionSets: HeldComponent[]; groups: HeldComponent[] };

type Row = Record<string, unknown>;

const related = (row: Row, path: string): unknown => path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Row)[key] : undefined), row);
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * The full name of a component the org lists by name and namespace: `<namespace>__<name>`, as the Metadata API
 * names a package's components ("namespacePrefix__ComponentName",
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_readMetadata.htm).
 */
export const qualifiedName = (name: string, namespacePrefix: string | null): string => (namespacePrefix ? `${namespacePrefix}__${name}` : name);

/**
 * The user by exact username, with the permission sets and groups it is assigned. A group assignment carries the
 * group's own permission set, and the profile its own one (`IsOwnedByProfile`): neither is a permission set an
 * admin assigned. Undefined when the org has no such user.
 */
export const readUserAccess = async (session: OrgSession, username: string): Promise<UserAccess | undefined> => {
  const [row] = await session.query(`${USER_SELECT} WHERE Username = ${soqlString(username)}`, 'the user to import');
  if (row === undefined) return undefined;
  const user = toUser(row);
  const assignments = await session.query(
    `SELECT Id, PermissionSetId, PermissionSet.Name, PermissionSet.NamespacePrefix, PermissionSet.IsOwnedByProfile, PermissionSetGroupId, PermissionSetGroup.DeveloperName, PermissionSetGroup.NamespacePrefix FROM PermissionSetAssignment WHERE AssigneeId = ${soqlString(user.id)}`,
    "the user's permission sets and groups"
  );
  const permissionSets: HeldComponent[] = [];
  const groups: HeldComponent[] = [];
  for (const assignment of assignments) {
    const groupName = text(related(assignment, 'PermissionSetGroup.DeveloperName'));
    if (groupName !== null) {
      const namespacePrefix = text(related(assignment, 'PermissionSetGroup.NamespacePrefix'));
      groups.push({ id: String(assignment.PermissionSetGroupId), name: qualifiedName(groupName, namespacePrefix), namespacePrefix });
    } else if (related(assignment, 'PermissionSet.IsOwnedByProfile') !== true) {
      const namespacePrefix = text(related(assignment, 'PermissionSet.NamespacePrefix'));
      permissionSets.push({ id: String(assignment.PermissionSetId), name: qualifiedName(String(related(assignment, 'PermissionSet.Name')), namespacePrefix), namespacePrefix });
    }
  }
  const byName = (a: HeldComponent, b: HeldComponent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return { user, permissionSets: permissionSets.sort(byName), groups: groups.sort(byName) };
};

/** The Ids of permission sets named in a group, by full name: an app may list the permission sets it admits by Id. */
export const readPermissionSetIds = async (session: OrgSession, names: readonly string[]): Promise<Map<string, string>> => {
  const bare = names.filter((name) => !name.includes('__'));
  const pages = await Promise.all(inChunks(bare).map((chunk) => session.query(`SELECT Id, Name FROM PermissionSet WHERE NamespacePrefix = null AND Name IN ${soqlList(chunk)}`, 'the Ids of the permission sets in the groups')));
  return new Map(pages.flat().map((row) => [String(row.Name).toLowerCase(), String(row.Id)]));
};
