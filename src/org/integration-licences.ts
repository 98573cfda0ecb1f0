import { INTEGRATION_PSL, INTEGRATION_USER_LICENSE } from '../integration-user/platform-names.js';
import type { OrgSession } from './org-session.js';
import { soqlString } from './soql.js';

/** Seats of a licence: how many the org has and how many are taken. */
export type OrgLicence = { name: string; label: string; total: number; used: number };

type Row = { Name?: string; DeveloperName?: string; MasterLabel: string; TotalLicenses: number; UsedLicenses: number };

const licenceOf = (row: Row | undefined): OrgLicence | null =>
  row ? { name: row.Name ?? row.DeveloperName ?? '', label: row.MasterLabel, total: row.TotalLicenses, used: row.UsedLicenses } : null;

/**
 * The Salesforce Integration user licence and the Salesforce API Integration permission set licence (found by
 * their Name and DeveloperName, which are not translated): null where the org has none. Reading them needs View
 * Setup and Configuration.
 */
export const readIntegrationLicences = async (session: OrgSession): Promise<{ userLicense: OrgLicence | null; permissionSetLicense: OrgLicence | null }> => {
  const [users, permissionSets] = await Promise.all([
    session.query<Row>(`SELECT Name, MasterLabel, TotalLicenses, UsedLicenses FROM UserLicense WHERE Name = ${soqlString(INTEGRATION_USER_LICENSE)}`, 'the Salesforce Integration licence'),
    session.query<Row>(`SELECT DeveloperName, MasterLabel, TotalLicenses, UsedLicenses FROM PermissionSetLicense WHERE DeveloperName = ${soqlString(INTEGRATION_PSL)}`, 'the Salesforce API Integration permission set licence'),
  ]);
  return { userLicense: licenceOf(users[0]), permissionSetLicense: licenceOf(permissionSets[0]) };
};
