import { API_ONLY_PROFILES, INTEGRATION_USER_LICENSE } from '../integration-user/platform-names.js';
import { idKey, isSandboxCopyOf, type OrgAssignment, type OrgUser, type UserHoldings } from '../org/org-users.js';

/** What a user holds: a permission set, a permission set group, or its profile's own permission set. */
export type UserAssignment = {
  kind: 'permissionSet' | 'group' | 'profile';
  /** API name with its namespace (`acme__Connector_User`); the profile's name for a profile. */
  name: string;
  /** Whether it gives Multi-Factor Authentication for API Logins (TwoFactorApi). */
  grantsTwoFactorApi: boolean;
};

/** A user as the audit judges it: its state, profile and licence, assignments and permission set licences. */
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

/** On the Salesforce Integration licence, or on an API-only profile (whose name the org may have translated: the query finds those through the licence). */
export const isIntegrationUser = (user: Pick<UserAccess, 'userLicense' | 'profile'>): boolean =>
  user.userLicense === INTEGRATION_USER_LICENSE || API_ONLY_PROFILES.includes(user.profile ?? '');

const qualified = (name: string, namespace: string | null): string => (namespace ? `${namespace}__${name}` : name);

const assignmentOf = (assignment: OrgAssignment, profile: string, twoFactorApi: ReadonlySet<string>): UserAssignment => {
  const grantsTwoFactorApi = twoFactorApi.has(idKey(assignment.id));
  if (assignment.group !== null) return { kind: 'group', name: qualified(assignment.group, assignment.namespace), grantsTwoFactorApi };
  if (assignment.ownedByProfile) return { kind: 'profile', name: profile || (assignment.permissionSet ?? ''), grantsTwoFactorApi };
  return { kind: 'permissionSet', name: qualified(assignment.permissionSet ?? '', assignment.namespace), grantsTwoFactorApi };
};

/** The user as the org layer read it, with what it holds and which of its assignments give TwoFactorApi. Pure. */
export const userAccessOf = (user: OrgUser, holdings: UserHoldings, twoFactorApi: ReadonlySet<string>): UserAccess => ({
  id: user.id,
  username: user.username,
  name: user.name,
  isActive: user.isActive,
  isFrozen: holdings.logins.get(idKey(user.id))?.isFrozen === true,
  profile: user.profileName || null,
  userLicense: user.licence || null,
  lastLoginDate: user.lastLoginDate,
  assignments: (holdings.assignments.get(idKey(user.id)) ?? []).map((assignment) => assignmentOf(assignment, user.profileName, twoFactorApi)),
  permissionSetLicenses: (holdings.licences.get(idKey(user.id)) ?? []).map(({ licence }) => licence).filter(Boolean),
});

/**
 * The user a manifest's username names: the user of that name, or in a sandbox its copy `<username>.<sandbox>`
 * (as deploy finds it, org/org-users.ts).
 */
export const declaredUser = (users: readonly UserAccess[], username: string, isSandbox: boolean): UserAccess | undefined =>
  users.find((candidate) => candidate.username.toLowerCase() === username.toLowerCase()) ??
  (isSandbox ? users.find((candidate) => isSandboxCopyOf(candidate.username, username)) : undefined);
