import { INTEGRATION_PSL, INTEGRATION_USER_LICENSE } from '../integration-user/platform-names.js';
import { OrgError } from './org-error.js';
import type { OrgSession } from './org-session.js';
import { findUsers, readUserHoldings, withLogin, type OrgAssignment, type OrgLicenceAssignment, type OrgUser } from './org-users.js';
import { related, text, type Row } from './query-row.js';
import { soqlString } from './soql.js';

/** A licence as the org counts it: its Name (DeveloperName for a permission set licence, never translated), its label as the org shows it, its seats. */
export type Seats = { name: string; label: string; total: number; used: number };

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

const seatsOf = (row: Row, prefix = ''): Seats => ({
  name: text(related(row, `${prefix}Name`)) ?? text(row.DeveloperName) ?? '',
  label: text(related(row, `${prefix}MasterLabel`)) ?? '',
  total: Number(related(row, `${prefix}TotalLicenses`) ?? 0),
  used: Number(related(row, `${prefix}UsedLicenses`) ?? 0),
});

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

/** What the org is and which integration licences it has: what deploy and audit start from, before any user is looked at. */
export type OrgLicences = Pick<ProvisioningState, 'isSandbox' | 'integrationProfiles' | 'integrationPsl'>;

export const readOrgLicences = async (session: OrgSession): Promise<OrgLicences> => {
  const [organization, profiles, psl] = await Promise.all([
    session.query('SELECT IsSandbox FROM Organization', 'the organization'),
    session.query(
      `SELECT Id, Name, UserLicense.Name, UserLicense.MasterLabel, UserLicense.TotalLicenses, UserLicense.UsedLicenses FROM Profile WHERE UserLicense.Name = ${soqlString(INTEGRATION_USER_LICENSE)}`,
      'the API-only profile'
    ),
    session.query(`SELECT Id, DeveloperName, MasterLabel, TotalLicenses, UsedLicenses FROM PermissionSetLicense WHERE DeveloperName = ${soqlString(INTEGRATION_PSL)}`, 'the permission set licence'),
  ]);
  return {
    isSandbox: organization[0]?.IsSandbox === true,
    integrationProfiles: profiles.map((row) => ({ id: String(row.Id), name: String(row.Name), seats: seatsOf(row, 'UserLicense.') })),
    integrationPsl: psl[0] ? { id: String(psl[0].Id), seats: seatsOf(psl[0]) } : undefined,
  };
};

/** What the org is, and what the deploying user may do: asked at the start of a deploy, while the project is read. */
export type OrgBasics = OrgLicences & Pick<ProvisioningState, 'runningUser'>;

export const readOrgBasics = async (session: OrgSession): Promise<OrgBasics> => {
  const [licences, runningUser] = await Promise.all([readOrgLicences(session), runningUserPermissions(session)]);
  return { ...licences, runningUser };
};

/** Reads everything the users' phases are planned from, in two rounds of parallel queries whatever the number of integrations. */
export const readProvisioningState = async (session: OrgSession, usernames: readonly string[], basics: OrgBasics): Promise<ProvisioningState> => {
  const users = await findUsers(session, usernames, basics.isSandbox);
  const holdings = await readUserHoldings(session, [...users.values()].flat().map(({ id }) => id));
  return {
    ...basics,
    users: new Map([...users].map(([username, list]) => [username, list.map((user) => withLogin(user, holdings))])),
    licences: holdings.licences,
    assignments: holdings.assignments,
  };
};
