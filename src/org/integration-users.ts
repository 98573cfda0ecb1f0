import { INTEGRATION_PROFILE, INTEGRATION_USER_LICENSE } from '../integration-user/platform-names.js';
import type { OrgSession } from './org-session.js';
import { inChunks, soqlList, soqlString } from './soql.js';

/** What a user holds: a permission set, a permission set group, or its profile's own permission set. */
export type UserAssignment = {
  kind: 'permissionSet' | 'group' | 'profile';
  /** API name with its namespace (`acme__Connector_User`); the profile's name for a profile. */
  name: string;
  /** Whether it gives Multi-Factor Authentication for API Logins (TwoFactorApi). */
  grantsTwoFactorApi: boolean;
};

/** A user and everything it holds: its state, profile and licence, assignments and permission set licences. */
export type UserAccess = {
  id: string;
  username: string;
  name: string;
  isActive: boolean;
  isFrozen: boolean;
  /** As the org names it: standard profile names are translated into the running user's language. */
  profile: string | null;
  /** The profile's user licence, by its internal Name (not translated). */
  userLicense: string | null;
  /** User.LastLoginDate (ISO), which covers logins older than the LoginHistory the audit reads. */
  lastLoginDate: string | null;
  assignments: UserAssignment[];
  /** Permission set licences, by DeveloperName. */
  permissionSetLicenses: string[];
};

/** The API-only profile's names, current and deprecated (salesforce-facts.md, "Names"), in English. */
const API_ONLY_PROFILES = [INTEGRATION_PROFILE, 'Salesforce API Only System Integrations'];

/** On the Salesforce Integration licence, or on an API-only profile (whose name the org may have translated: the query finds those through the licence). */
export const isIntegrationUser = (user: Pick<UserAccess, 'userLicense' | 'profile'>): boolean =>
  user.userLicense === INTEGRATION_USER_LICENSE || API_ONLY_PROFILES.includes(user.profile ?? '');

const USER_FIELDS = 'Id, Username, Name, IsActive, LastLoginDate, Profile.Name, Profile.UserLicense.Name';

type UserRow = { Id: string; Username: string; Name: string; IsActive: boolean; LastLoginDate: string | null; Profile: { Name: string; UserLicense: { Name: string } | null } | null };
type FrozenRow = { UserId: string; IsFrozen: boolean };
type AssignmentRow = {
  AssigneeId: string;
  PermissionSetGroupId: string | null;
  PermissionSet: { Name: string; NamespacePrefix: string | null; IsOwnedByProfile: boolean; PermissionsTwoFactorApi?: boolean } | null;
  PermissionSetGroup: { DeveloperName: string; NamespacePrefix: string | null } | null;
};
type LicenceRow = { AssigneeId: string; PermissionSetLicense: { DeveloperName: string } | null };

const qualified = (name: string, namespace: string | null): string => (namespace ? `${namespace}__${name}` : name);

const assignmentOf = (row: AssignmentRow, profile: string | null): UserAssignment => {
  const grantsTwoFactorApi = row.PermissionSet?.PermissionsTwoFactorApi === true;
  if (row.PermissionSetGroupId && row.PermissionSetGroup) return { kind: 'group', name: qualified(row.PermissionSetGroup.DeveloperName, row.PermissionSetGroup.NamespacePrefix), grantsTwoFactorApi };
  if (row.PermissionSet?.IsOwnedByProfile) return { kind: 'profile', name: profile ?? row.PermissionSet.Name, grantsTwoFactorApi };
  return { kind: 'permissionSet', name: qualified(row.PermissionSet?.Name ?? '', row.PermissionSet?.NamespacePrefix ?? null), grantsTwoFactorApi };
};

/** Rows whose Id-valued field is in `ids`, one query per chunk of Ids. */
const byIds = async <T extends Record<string, unknown>>(session: OrgSession, ids: readonly string[], select: (list: string) => string, what: string): Promise<T[]> =>
  (await Promise.all(inChunks(ids).map((chunk) => session.query<T>(select(soqlList(chunk)), what)))).flat();

/**
 * The users the manifests name (active or not), and every active user on the Salesforce Integration licence
 * or an API-only profile (profiles found through their licence too: their names are translated), each with
 * its frozen state, assignments and permission set licences. Five queries, whatever the number of users
 * (more only when the usernames or Ids fill more than one IN list).
 */
export const readIntegrationUsers = async (session: OrgSession, usernames: readonly string[]): Promise<UserAccess[]> => {
  const named = (await Promise.all(inChunks(usernames).map((chunk) => session.query<UserRow>(`SELECT ${USER_FIELDS} FROM User WHERE Username IN ${soqlList(chunk)}`, 'the integration users')))).flat();
  const onLicence = await session.query<UserRow>(
    `SELECT ${USER_FIELDS} FROM User WHERE IsActive = true AND (Profile.UserLicense.Name = ${soqlString(INTEGRATION_USER_LICENSE)} OR Profile.Name IN ${soqlList(API_ONLY_PROFILES)})`,
    'the users on the Salesforce Integration licence'
  );
  const users = [...new Map([...named, ...onLicence].map((row) => [row.Id, row])).values()];
  const ids = users.map(({ Id }) => Id);
  if (ids.length === 0) return [];
  const [frozen, assignments, licences] = await Promise.all([
    byIds<FrozenRow>(session, ids, (list) => `SELECT UserId, IsFrozen FROM UserLogin WHERE UserId IN ${list}`, 'whether the users are frozen'),
    byIds<AssignmentRow>(
      session,
      ids,
      (list) =>
        'SELECT AssigneeId, PermissionSetGroupId, PermissionSet.Name, PermissionSet.NamespacePrefix, PermissionSet.IsOwnedByProfile, PermissionSet.PermissionsTwoFactorApi, ' +
        `PermissionSetGroup.DeveloperName, PermissionSetGroup.NamespacePrefix FROM PermissionSetAssignment WHERE AssigneeId IN ${list}`,
      'the users’ permission set assignments'
    ),
    byIds<LicenceRow>(session, ids, (list) => `SELECT AssigneeId, PermissionSetLicense.DeveloperName FROM PermissionSetLicenseAssign WHERE AssigneeId IN ${list}`, 'the users’ permission set licences'),
  ]);
  const isFrozen = new Set(frozen.filter(({ IsFrozen }) => IsFrozen).map(({ UserId }) => UserId.slice(0, 15)));
  const of = <T extends { AssigneeId: string }>(rows: readonly T[], id: string): T[] => rows.filter(({ AssigneeId }) => AssigneeId.slice(0, 15) === id.slice(0, 15));
  return users.map((row): UserAccess => ({
    id: row.Id,
    username: row.Username,
    name: row.Name,
    isActive: row.IsActive,
    isFrozen: isFrozen.has(row.Id.slice(0, 15)),
    profile: row.Profile?.Name ?? null,
    userLicense: row.Profile?.UserLicense?.Name ?? null,
    lastLoginDate: row.LastLoginDate ?? null,
    assignments: of(assignments, row.Id).map((assignment) => assignmentOf(assignment, row.Profile?.Name ?? null)),
    permissionSetLicenses: of(licences, row.Id).flatMap(({ PermissionSetLicense }) => (PermissionSetLicense ? [PermissionSetLicense.DeveloperName] : [])),
  }));
};
