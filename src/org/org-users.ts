import { API_ONLY_PROFILES, INTEGRATION_USER_LICENSE } from '../integration-user/platform-names.js';
import type { OrgSession } from './org-session.js';
import { related, text, type Row } from './query-row.js';
import { inChunks, soqlList, soqlString } from './soql.js';

/** The User fields the plugin manages (the user definition's), and how it finds a user. */
export const USER_FIELDS = ['FirstName', 'LastName', 'Email', 'Alias', 'TimeZoneSidKey', 'LocaleSidKey', 'LanguageLocaleKey', 'EmailEncodingKey'] as const;
export type UserField = (typeof USER_FIELDS)[number];

export type OrgUser = Readonly<Record<UserField, string | null>> & {
  id: string;
  username: string;
  /** The full name, as the org composes it. */
  name: string;
  isActive: boolean;
  profileId: string;
  /** As the org names it: standard profile names are translated into the running user's language. */
  profileName: string;
  /** The profile's user licence, by its Name (never translated). */
  licence: string;
  /** User.LastLoginDate (ISO), which covers logins older than the LoginHistory read; null for a user never logged in. */
  lastLoginDate: string | null;
  /** The user's UserLogin row: frozen users cannot log in. Undefined where the org gave none. */
  login?: { id: string; isFrozen: boolean };
};

/** An assignment a user holds: a permission set, a group, or its profile's own permission set. */
export type OrgAssignment = {
  id: string;
  /** The permission set's Name, the group's DeveloperName: without the namespace. */
  permissionSet: string | null;
  group: string | null;
  /** The namespace of the group, or of the permission set when it is no group's. */
  namespace: string | null;
  ownedByProfile: boolean;
};
export type OrgLicenceAssignment = { id: string; licence: string };

/** What users hold, each list by the first 15 characters of the user's Id (as `idKey` gives them). */
export type UserHoldings = {
  logins: ReadonlyMap<string, { id: string; isFrozen: boolean }>;
  assignments: ReadonlyMap<string, readonly OrgAssignment[]>;
  licences: ReadonlyMap<string, readonly OrgLicenceAssignment[]>;
};

/** Ids compare on their first 15 characters: the org answers with 18, relationship fields may carry 15. */
export const idKey = (id: string): string => id.slice(0, 15);

/** A LIKE pattern matching the value then anything: `%` and `_` in the value are escaped (SOQL LIKE takes `\%` and `\_`). */
const startsWith = (value: string): string => soqlString(`${value.replace(/[\\%_]/g, (character) => `\\${character}`)}.%`);

/** A sandbox copy's name is `<username>.<sandbox>`, sandbox names being letters and digits (Help, "Users and Contacts"). */
export const isSandboxCopyOf = (candidate: string, username: string): boolean =>
  candidate.toLowerCase().startsWith(`${username.toLowerCase()}.`) && /^[a-z0-9]+$/i.test(candidate.slice(username.length + 1));

const USER_SELECT = `SELECT Id, Username, Name, ${USER_FIELDS.join(', ')}, IsActive, LastLoginDate, ProfileId, Profile.Name, Profile.UserLicense.Name FROM User`;

const toUser = (row: Row): OrgUser => ({
  id: String(row.Id),
  username: String(row.Username),
  name: text(row.Name) ?? '',
  ...(Object.fromEntries(USER_FIELDS.map((field) => [field, text(row[field])])) as Record<UserField, string | null>),
  isActive: row.IsActive === true,
  profileId: String(row.ProfileId),
  profileName: text(related(row, 'Profile.Name')) ?? '',
  licence: text(related(row, 'Profile.UserLicense.Name')) ?? '',
  lastLoginDate: text(row.LastLoginDate),
});

/** Users by exact username (active or not); in a sandbox also the copies of those not found (`<username>.<sandbox>`). By the username asked, in lower case. */
export const findUsers = async (session: OrgSession, usernames: readonly string[], isSandbox: boolean): Promise<Map<string, OrgUser[]>> => {
  const found = new Map<string, OrgUser[]>(usernames.map((username) => [username.toLowerCase(), []]));
  const exact = (await Promise.all(inChunks(usernames).map((chunk) => session.query(`${USER_SELECT} WHERE Username IN ${soqlList(chunk)}`, 'the integration users')))).flat().map(toUser);
  for (const user of exact) found.get(user.username.toLowerCase())?.push(user);
  const missing = usernames.filter((username) => found.get(username.toLowerCase())!.length === 0);
  if (!isSandbox || missing.length === 0) return found;
  const copies = (
    await Promise.all(inChunks(missing, 2000).map((chunk) => session.query(`${USER_SELECT} WHERE ${chunk.map((username) => `Username LIKE ${startsWith(username)}`).join(' OR ')}`, 'the sandbox copies of the integration users')))
  )
    .flat()
    .map(toUser);
  for (const username of missing) found.set(username.toLowerCase(), copies.filter((user) => isSandboxCopyOf(user.username, username)));
  return found;
};

/**
 * Every active user on the Salesforce Integration licence, or on an API-only profile by its English name (the
 * licence finds those whose profile name the org translated): the integration users, declared or not.
 */
export const readActiveIntegrationUsers = async (session: OrgSession): Promise<OrgUser[]> =>
  (
    await session.query(
      `${USER_SELECT} WHERE IsActive = true AND (Profile.UserLicense.Name = ${soqlString(INTEGRATION_USER_LICENSE)} OR Profile.Name IN ${soqlList(API_ONLY_PROFILES)})`,
      'the users on the Salesforce Integration licence'
    )
  ).map(toUser);

const byUser = <T>(rows: readonly Row[], toValue: (row: Row) => T): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const key = idKey(String(row.AssigneeId ?? row.UserId));
    map.set(key, [...(map.get(key) ?? []), toValue(row)]);
  }
  return map;
};

/** The users' UserLogin rows (frozen or not), permission set licences and assignments: three queries per IN list of Ids, in parallel. */
export const readUserHoldings = async (session: OrgSession, ids: readonly string[]): Promise<UserHoldings> => {
  const chunked = (query: (list: string) => string, what: string): Promise<Row[]> =>
    Promise.all(inChunks(ids).map((chunk) => session.query(query(soqlList(chunk)), what))).then((pages) => pages.flat());
  const [logins, licences, assignments] = await Promise.all([
    chunked((list) => `SELECT Id, UserId, IsFrozen FROM UserLogin WHERE UserId IN ${list}`, "the users' logins"),
    chunked((list) => `SELECT Id, AssigneeId, PermissionSetLicense.DeveloperName FROM PermissionSetLicenseAssign WHERE AssigneeId IN ${list}`, "the users' permission set licences"),
    chunked(
      (list) =>
        'SELECT Id, AssigneeId, PermissionSet.Name, PermissionSet.NamespacePrefix, PermissionSet.IsOwnedByProfile, PermissionSetGroup.DeveloperName, PermissionSetGroup.NamespacePrefix ' +
        `FROM PermissionSetAssignment WHERE AssigneeId IN ${list}`,
      "the users' assignments"
    ),
  ]);
  return {
    logins: new Map(logins.map((row) => [idKey(String(row.UserId)), { id: String(row.Id), isFrozen: row.IsFrozen === true }])),
    licences: byUser(licences, (row) => ({ id: String(row.Id), licence: text(related(row, 'PermissionSetLicense.DeveloperName')) ?? '' })),
    assignments: byUser(assignments, (row) => {
      const group = text(related(row, 'PermissionSetGroup.DeveloperName'));
      return {
        id: String(row.Id),
        permissionSet: text(related(row, 'PermissionSet.Name')),
        group,
        namespace: text(related(row, group === null ? 'PermissionSet.NamespacePrefix' : 'PermissionSetGroup.NamespacePrefix')),
        ownedByProfile: related(row, 'PermissionSet.IsOwnedByProfile') === true,
      };
    }),
  };
};

/** The user with its UserLogin row, where the holdings have one. */
export const withLogin = (user: OrgUser, holdings: UserHoldings): OrgUser => {
  const login = holdings.logins.get(idKey(user.id));
  return login ? { ...user, login } : user;
};
