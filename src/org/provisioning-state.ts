import { INTEGRATION_PSL, INTEGRATION_USER_LICENSE } from '../integration-user/platform-names.js';
import { OrgError } from './org-error.js';
import type { OrgSession } from './org-session.js';
import { inChunks, soqlList, soqlString } from './soql.js';

/** The User fields the plugin manages (the user definition's), and how it finds a user. */
export const USER_FIELDS = ['FirstName', 'LastName', 'Email', 'Alias', 'TimeZoneSidKey', 'LocaleSidKey', 'LanguageLocaleKey', 'EmailEncodingKey'] as const;
export type UserField = (typeof USER_FIELDS)[number];

export type OrgUser = Readonly<Record<UserField, string | null>> & {
  id: string;
  username: string;
  isActive: boolean;
  profileId: string;
  profileName: string;
  licence: string;
  /** The user's UserLogin row: frozen users cannot log in. Undefined where the org gave none. */
  login?: { id: string; isFrozen: boolean };
};

/** An assignment a user holds: a permission set, a group, or its profile's own permission set. */
export type OrgAssignment = { id: string; permissionSet: string | null; group: string | null; ownedByProfile: boolean };
export type OrgLicenceAssignment = { id: string; licence: string };
export type Seats = { total: number; used: number };

/**
 * What deploy needs to know of the org before it plans the users' phases: whether it is a sandbox, the API-only
 * profile found through the Salesforce Integration licence (never by its name, which is translated), the
 * permission set licence, the deploying user's own permissions, and for each username asked, the user found with its login, licences and assignments.
 */
export type ProvisioningState = {
  isSandbox: boolean;
  /** Every profile on the Salesforce Integration licence: exactly one in every org seen (more is unverified). */
  integrationProfiles: ReadonlyArray<{ id: string; name: string; seats: Seats }>;
  integrationPsl: { id: string; seats: Seats } | undefined;
  /** Undefined where the org would not say (UserPermissionAccess is API 41.0+, fields vary by org). */
  runningUser: Readonly<Record<'ManageUsers' | 'ManageInternalUsers' | 'AssignPermissionSets', boolean>> | undefined;
  /** By the username asked (lower case): the user itself, or in a sandbox its copy `<username>.<sandbox>`; several where ambiguous. */
  users: ReadonlyMap<string, readonly OrgUser[]>;
  assignments: ReadonlyMap<string, readonly OrgAssignment[]>;
  licences: ReadonlyMap<string, readonly OrgLicenceAssignment[]>;
};

type Row = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const related = (row: Row, path: string): unknown => path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Row)[key] : undefined), row);
const seatsOf = (row: Row, prefix = ''): Seats => ({ total: Number(related(row, `${prefix}TotalLicenses`) ?? 0), used: Number(related(row, `${prefix}UsedLicenses`) ?? 0) });

/** A LIKE pattern matching the value then anything: `%` and `_` in the value are escaped (SOQL LIKE takes `\%` and `\_`). */
const startsWith = (value: string): string => soqlString(`${value.replace(/[\\%_]/g, (character) => `\\${character}`)}.%`);

/** A sandbox copy's name is `<username>.<sandbox>`, sandbox names being letters and digits (Help, "Users and Contacts"). */
export const isSandboxCopyOf = (candidate: string, username: string): boolean =>
  candidate.toLowerCase().startsWith(`${username.toLowerCase()}.`) && /^[a-z0-9]+$/i.test(candidate.slice(username.length + 1));

/** The user as the plugin reads it: its managed fields, state, profile and licence. */
export const USER_SELECT = `SELECT Id, Username, ${USER_FIELDS.join(', ')}, IsActive, ProfileId, Profile.Name, Profile.UserLicense.Name FROM User`;

export const toUser = (row: Row): OrgUser => ({
  id: String(row.Id),
  username: String(row.Username),
  ...(Object.fromEntries(USER_FIELDS.map((field) => [field, text(row[field])])) as Record<UserField, string | null>),
  isActive: row.IsActive === true,
  profileId: String(row.ProfileId),
  profileName: text(related(row, 'Profile.Name')) ?? '',
  licence: text(related(row, 'Profile.UserLicense.Name')) ?? '',
});

/** Users by exact username; in a sandbox also the copies of those not found (`<username>.<sandbox>`). */
const findUsers = async (session: OrgSession, usernames: readonly string[], isSandbox: boolean): Promise<Map<string, OrgUser[]>> => {
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

const byUser = <T>(rows: readonly Row[], toValue: (row: Row) => T): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const key = String(row.AssigneeId ?? row.UserId).slice(0, 15);
    map.set(key, [...(map.get(key) ?? []), toValue(row)]);
  }
  return map;
};

/** The running user's own permissions; undefined where UserPermissionAccess cannot be read (its fields vary by org). */
const runningUserPermissions = async (session: OrgSession): Promise<ProvisioningState['runningUser']> => {
  try {
    const [row] = await session.query('SELECT PermissionsManageUsers, PermissionsManageInternalUsers, PermissionsAssignPermissionSets FROM UserPermissionAccess', "the deploying user's permissions");
    if (row === undefined) return undefined;
    return { ManageUsers: row.PermissionsManageUsers === true, ManageInternalUsers: row.PermissionsManageInternalUsers === true, AssignPermissionSets: row.PermissionsAssignPermissionSets === true };
  } catch (error) {
    if (error instanceof OrgError && error.kind === 'refused') return undefined;
    throw error;
  }
};

/** What the org is, before any user is looked at: asked at the start of a run, while the project is read. */
export type OrgBasics = Pick<ProvisioningState, 'isSandbox' | 'integrationProfiles' | 'integrationPsl' | 'runningUser'>;

export const readOrgBasics = async (session: OrgSession): Promise<OrgBasics> => {
  const [organization, profiles, psl, runningUser] = await Promise.all([
    session.query('SELECT IsSandbox FROM Organization', 'the organization'),
    session.query(`SELECT Id, Name, UserLicense.TotalLicenses, UserLicense.UsedLicenses FROM Profile WHERE UserLicense.Name = ${soqlString(INTEGRATION_USER_LICENSE)}`, 'the API-only profile'),
    session.query(`SELECT Id, TotalLicenses, UsedLicenses FROM PermissionSetLicense WHERE DeveloperName = ${soqlString(INTEGRATION_PSL)}`, 'the permission set licence'),
    runningUserPermissions(session),
  ]);
  return {
    isSandbox: organization[0]?.IsSandbox === true,
    integrationProfiles: profiles.map((row) => ({ id: String(row.Id), name: String(row.Name), seats: seatsOf(row, 'UserLicense.') })),
    integrationPsl: psl[0] ? { id: String(psl[0].Id), seats: seatsOf(psl[0]) } : undefined,
    runningUser,
  };
};

/** Reads everything the users' phases are planned from, in two rounds of parallel queries whatever the number of integrations. */
export const readProvisioningState = async (session: OrgSession, usernames: readonly string[], basics: OrgBasics): Promise<ProvisioningState> => {
  const chunked = (values: readonly string[], query: (list: string) => string, what: string): Promise<Row[]> =>
    Promise.all(inChunks(values).map((chunk) => session.query(query(soqlList(chunk)), what))).then((pages) => pages.flat());
  const users = await findUsers(session, usernames, basics.isSandbox);
  const ids = [...users.values()].flat().map(({ id }) => id);
  const [logins, licences, assignments] = await Promise.all([
    chunked(ids, (list) => `SELECT Id, UserId, IsFrozen FROM UserLogin WHERE UserId IN ${list}`, "the users' logins"),
    chunked(ids, (list) => `SELECT Id, AssigneeId, PermissionSetLicense.DeveloperName FROM PermissionSetLicenseAssign WHERE AssigneeId IN ${list}`, "the users' permission set licences"),
    chunked(
      ids,
      (list) => `SELECT Id, AssigneeId, PermissionSet.Name, PermissionSet.IsOwnedByProfile, PermissionSetGroup.DeveloperName FROM PermissionSetAssignment WHERE AssigneeId IN ${list}`,
      "the users' assignments"
    ),
  ]);
  const loginOf = new Map(logins.map((row) => [String(row.UserId).slice(0, 15), { id: String(row.Id), isFrozen: row.IsFrozen === true }]));
  return {
    ...basics,
    users: new Map([...users].map(([username, list]) => [username, list.map((user) => ({ ...user, ...(loginOf.has(user.id.slice(0, 15)) ? { login: loginOf.get(user.id.slice(0, 15)) } : {}) }))])),
    licences: byUser(licences, (row) => ({ id: String(row.Id), licence: text(related(row, 'PermissionSetLicense.DeveloperName')) ?? '' })),
    assignments: byUser(assignments, (row) => ({
      id: String(row.Id),
      permissionSet: text(related(row, 'PermissionSet.Name')),
      group: text(related(row, 'PermissionSetGroup.DeveloperName')),
      ownedByProfile: related(row, 'PermissionSet.IsOwnedByProfile') === true,
    })),
  };
};
