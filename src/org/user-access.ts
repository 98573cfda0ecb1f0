import type { OrgSession } from './org-session.js';
import { findUsers, idKey, readUserHoldings, withLogin, type OrgUser } from './org-users.js';

/** A permission set or group a user is assigned, by its full API name (`ns__Name` for a package's). */
export type HeldComponent = { name: string; namespacePrefix: string | null };

/** What a user holds, as import reads it: the user (with its login), its direct permission sets and its groups (its profile's own set apart). */
export type UserAccess = { user: OrgUser; permissionSets: HeldComponent[]; groups: HeldComponent[] };

/**
 * The full name of a component the org lists by name and namespace: `<namespace>__<name>`, as the Metadata API
 * names a package's components ("namespacePrefix__ComponentName",
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_readMetadata.htm).
 */
export const qualifiedName = (name: string, namespacePrefix: string | null): string => (namespacePrefix ? `${namespacePrefix}__${name}` : name);

const byName = (a: HeldComponent, b: HeldComponent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The user by exact username, with the permission sets and groups it is assigned, read the way deploy and audit
 * read users (org-users.ts). A group assignment carries the group's own permission set, and the profile its own
 * one (`IsOwnedByProfile`): neither is a permission set an admin assigned. Undefined when the org has no such user.
 */
export const readUserAccess = async (session: OrgSession, username: string): Promise<UserAccess | undefined> => {
  const [user] = (await findUsers(session, [username], false)).get(username.toLowerCase()) ?? [];
  if (user === undefined) return undefined;
  const holdings = await readUserHoldings(session, [user.id]);
  const permissionSets: HeldComponent[] = [];
  const groups: HeldComponent[] = [];
  for (const { group, permissionSet, namespace, ownedByProfile } of holdings.assignments.get(idKey(user.id)) ?? []) {
    if (group !== null) groups.push({ name: qualifiedName(group, namespace), namespacePrefix: namespace });
    else if (!ownedByProfile && permissionSet !== null) permissionSets.push({ name: qualifiedName(permissionSet, namespace), namespacePrefix: namespace });
  }
  return { user: withLogin(user, holdings), permissionSets: permissionSets.sort(byName), groups: groups.sort(byName) };
};
