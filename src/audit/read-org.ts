import { readLoginHistory, type OrgLogin } from '../org/login-history.js';
import { retrievedText, retrieveMembers, type MemberName } from '../org/metadata-retrieve.js';
import type { OrgSession } from '../org/org-session.js';
import { findUsers, readActiveIntegrationUsers, readUserHoldings } from '../org/org-users.js';
import { readPermissionSetNames } from '../org/permission-set-ids.js';
import { readOrgLicences } from '../org/provisioning-state.js';
import { readTwoFactorApiAssignments } from '../org/two-factor-api.js';
import type { LicenceSeats } from './audit-result.js';
import { userAccessOf, type UserAccess } from './user-access.js';

/** What the audit asks of the org: the components, the usernames the manifests give, how many days of logins. */
export type AuditReads = { components: readonly MemberName[]; apiVersion: string; usernames: readonly string[]; loginDays: number };

/** What the org holds, as the audit reads it. */
export type AuditedOrgState = {
  /** Each component's file as the org returned it, in the order asked; undefined where the org lacks it. */
  orgFiles: Array<string | undefined>;
  isSandbox: boolean;
  /** The users the manifests name (in a sandbox, their copies where the names are not found) and the active integration users. */
  users: UserAccess[];
  /** The login attempts of the users the manifests name. */
  logins: OrgLogin[];
  licences: { userLicense: LicenceSeats | null; permissionSetLicense: LicenceSeats | null };
  /** Names of the permission sets the org's app policies name by Id, by the Id's first 15 characters. */
  permissionSetNames: ReadonlyMap<string, string>;
};

/** A Salesforce Id (15 or 18 characters, key prefix 0PS for a permission set) where a name would be. */
export const PERMISSION_SET_ID = /^0PS[0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?$/;

const policyIds = (files: ReadonlyArray<string | undefined>): string[] =>
  files
    .flatMap((xml) => (xml === undefined ? [] : [...xml.matchAll(/<commaSeparatedPermissionSet>([^<]*)</g)]))
    .flatMap(([, list]) => list!.split(',').map((entry) => entry.trim()))
    .filter((value) => PERMISSION_SET_ID.test(value));

/** The users, their holdings and their logins: licences and the active integration users first, then the named users (in a sandbox, their copies too), then what they all hold. */
const readUsers = async (session: OrgSession, reads: AuditReads) => {
  const [orgLicences, onLicence] = await Promise.all([readOrgLicences(session), readActiveIntegrationUsers(session)]);
  const named = [...(await findUsers(session, reads.usernames, orgLicences.isSandbox)).values()].flat();
  const users = [...new Map([...named, ...onLicence].map((user) => [user.id, user])).values()];
  const ids = users.map(({ id }) => id);
  const namedIds = [...new Set(named.map(({ id }) => id))];
  const [holdings, twoFactorApi, logins] = await Promise.all([
    readUserHoldings(session, ids),
    ids.length > 0 ? readTwoFactorApiAssignments(session, ids) : new Set<string>(),
    namedIds.length > 0 ? readLoginHistory(session, namedIds, reads.loginDays) : [],
  ]);
  return {
    isSandbox: orgLicences.isSandbox,
    users: users.map((user) => userAccessOf(user, holdings, twoFactorApi)),
    logins,
    licences: { userLicense: orgLicences.integrationProfiles[0]?.seats ?? null, permissionSetLicense: orgLicences.integrationPsl?.seats ?? null },
  };
};

/**
 * Everything the audit reads, in a few rounds of parallel calls whatever the number of integrations: the
 * retrieve runs alongside the users' reads; the names of permission sets the policies give by Id follow it.
 */
export const readAuditedOrg = async (session: OrgSession, reads: AuditReads): Promise<AuditedOrgState> => {
  const [retrieved, people] = await Promise.all([retrieveMembers(session, reads.components, reads.apiVersion), readUsers(session, reads)]);
  const orgFiles = reads.components.map((component) => retrievedText(retrieved, component));
  const ids = policyIds(orgFiles);
  return { orgFiles, ...people, permissionSetNames: ids.length > 0 ? await readPermissionSetNames(session, ids) : new Map() };
};
