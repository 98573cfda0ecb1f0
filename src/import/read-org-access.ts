import { readConnectedApp, readExternalClientApp, externalClientApplicationOf, type EcaFiles, type OrgOauthApp } from '../metadata/read-oauth-app.js';
import { readPermissionSet } from '../metadata/read-permission-set.js';
import { readPermissionSetGroup } from '../metadata/read-permission-set-group.js';
import { EVERY_APP, retrieveComponents, type RetrievedComponent } from '../org/access-metadata.js';
import type { OrgSession } from '../org/org-session.js';
import { readProfilePermissions } from '../org/profile-permissions.js';
import { readPermissionSetIds } from '../org/permission-set-ids.js';
import { readUserAccess } from '../org/user-access.js';
import type { ImportInput, SourceGroup } from './build-import.js';
import { profileUnreadableError, userNotFoundError } from './errors.js';
import { findApp } from './find-app.js';
import type { SourceMute } from './import-mutes.js';
import type { SourcePermissionSet } from './import-permission-sets.js';

/** What the org says of the user's access, ready for buildImport (which adds the integration's name and choices). */
export type OrgAccess = Omit<ImportInput, 'name' | 'keepNames'>;

/**
 * A package's component carries its namespace: `ns__Name`. API names of one's own cannot hold two underscores in a
 * row ("not contain two consecutive underscores", PermissionSet.Name,
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_permissionset.htm).
 */
const isPackaged = (name: string): boolean => name.includes('__');

const fileOf = (components: readonly RetrievedComponent[], type: string, fullName: string): string | undefined =>
  components.find((component) => component.type === type && component.fullName.toLowerCase() === fullName.toLowerCase())?.xml;

/** Every app the org holds: connected apps, and External Client Apps with the parts that say who may use them. */
const appsOf = (components: readonly RetrievedComponent[]): OrgOauthApp[] => {
  const partOf = (type: string, app: string): EcaFiles['oauthSettings'] => {
    const part = components.find((component) => component.type === type && externalClientApplicationOf(component.xml)?.toLowerCase() === app.toLowerCase());
    return part && { fullName: part.fullName, xml: part.xml };
  };
  return components.flatMap((component): OrgOauthApp[] => {
    if (component.type === 'ConnectedApp') return [readConnectedApp(component.fullName, component.xml)];
    if (component.type !== 'ExternalClientApplication') return [];
    const [oauthSettings, oauthPolicies, policies] = ['ExtlClntAppOauthSettings', 'ExtlClntAppOauthConfigurablePolicies', 'ExtlClntAppConfigurablePolicies'].map((type) => partOf(type, component.fullName));
    return [readExternalClientApp({ app: { fullName: component.fullName, xml: component.xml }, ...(oauthSettings ? { oauthSettings } : {}), ...(oauthPolicies ? { oauthPolicies } : {}), ...(policies ? { policies } : {}) })];
  });
};

/**
 * Reads what the user holds, in three rounds of calls: the user and its assignments; then, at once, its permission
 * sets and groups (a retrieve, with every app of the org), and its profile's permissions where asked; then the
 * permission sets and muting permission sets its groups bundle, with their Ids. A permission set retrieved alone
 * comes whole: "In API version 40.0 and later, when you retrieve permission set metadata, all content exposed in
 * Metadata API for the permission sets is included"
 * (https://developer.salesforce.com/docs/platform/api-metadata/references/meta-types/metadata-permissionset.html).
 * A package's permission set is not retrieved: it stays the package's, an existing one. One the org does not
 * return (a standard permission set) is kept as existing too. Which apps `*` returns (here: every one not from a
 * managed package) is unverified.
 */
export const readOrgAccess = async (session: OrgSession, username: string, fromProfile: boolean, apiVersion: string): Promise<OrgAccess> => {
  const access = await readUserAccess(session, username);
  if (access === undefined) throw userNotFoundError(username, session.username);
  const direct = access.permissionSets.filter(({ name }) => !isPackaged(name));
  const [first, profile] = await Promise.all([
    retrieveComponents(session, [...direct.map(({ name }) => ({ type: 'PermissionSet', fullName: name })), ...access.groups.map(({ name }) => ({ type: 'PermissionSetGroup', fullName: name })), ...EVERY_APP], apiVersion),
    fromProfile ? readProfilePermissions(session, access.user.profileId) : Promise.resolve(undefined),
  ]);
  if (fromProfile && profile === undefined) throw profileUnreadableError(access.user.profileName, username);
  const groups: SourceGroup[] = access.groups.flatMap(({ name }) => {
    const xml = fileOf(first, 'PermissionSetGroup', name);
    return xml === undefined ? [] : [{ apiName: name, read: readPermissionSetGroup(xml) }];
  });
  const held = new Set(access.permissionSets.map(({ name }) => name.toLowerCase()));
  const members = groups.flatMap(({ apiName, read }) => read.permissionSets.filter((name) => !held.has(name.toLowerCase())).map((name) => ({ name, group: apiName })));
  const toRetrieve = [...new Set(members.filter(({ name }) => !isPackaged(name)).map(({ name }) => name))];
  const mutings = groups.flatMap(({ apiName, read }) => read.mutingPermissionSets.map((name) => ({ name, group: apiName })));
  const [second, found] = await Promise.all([
    retrieveComponents(session, [...toRetrieve.map((fullName) => ({ type: 'PermissionSet', fullName })), ...mutings.map(({ name }) => ({ type: 'MutingPermissionSet', fullName: name }))], apiVersion),
    // An app may list the permission sets it admits by Id.
    readPermissionSetIds(session, [...direct.map(({ name }) => name), ...toRetrieve]),
  ]);
  const ids = new Map([...found].map(([name, id]) => [name.toLowerCase(), id]));
  const idOf = (name: string): { id?: string } => (ids.has(name.toLowerCase()) ? { id: ids.get(name.toLowerCase())! } : {});

  const sources: Array<{ name: string; id?: string; group?: string }> = [
    ...direct.map(({ name }) => ({ name, ...idOf(name) })),
    ...members.filter(({ name }) => !isPackaged(name)).map(({ name, group }) => ({ name, group, ...idOf(name) })),
  ];
  const seen = new Set<string>();
  const permissionSets: SourcePermissionSet[] = [];
  const existing = [...access.permissionSets.filter(({ name }) => isPackaged(name)).map(({ name }) => name), ...members.filter(({ name }) => isPackaged(name)).map(({ name }) => name)];
  for (const source of sources) {
    if (seen.has(source.name.toLowerCase())) continue;
    seen.add(source.name.toLowerCase());
    const xml = fileOf([...first, ...second], 'PermissionSet', source.name);
    if (xml === undefined) existing.push(source.name);
    else permissionSets.push({ apiName: source.name, read: readPermissionSet(xml), ...(source.id ? { id: source.id } : {}), ...(source.group ? { group: source.group } : {}) });
  }
  const mutes: SourceMute[] = mutings.flatMap(({ name, group }) => {
    const xml = fileOf(second, 'MutingPermissionSet', name);
    return xml === undefined ? [] : [{ apiName: name, group, read: readPermissionSet(xml) }];
  });
  const subject = { username: access.user.username, permissionSets: permissionSets.map(({ apiName, id }) => ({ name: apiName, ...(id ? { id } : {}) })) };
  const app = findApp(appsOf(first), subject);
  return {
    username: access.user.username,
    user: access.user,
    permissionSets,
    existingPermissionSets: existing,
    groups,
    mutes,
    ...(profile ? { profile: { name: access.user.profileName, content: profile } } : {}),
    ...(app ? { app } : {}),
  };
};
