import { permissionField, USER_PERMISSIONS } from './catalogue/user-permissions.js';
import type { OrgDatabase } from './org-database.js';
import type { SObjectRecord } from './record-store.js';
import { translate, type OrgLanguage } from './translations.js';
import { addUserCompanions } from './user-rows.js';

export type OrgIdentitySeed = { orgId: string; adminUserId: string; adminUsername: string; adminEmail: string; language: OrgLanguage; sandbox: string | undefined };

export const ADMIN_NAME = { FirstName: 'Emulated', LastName: 'Admin' } as const;

/** Seats an Enterprise Edition org comes with; 5 Salesforce Integration seats are included (salesforce-facts.md). */
const USER_LICENCES = [
  { Name: 'Salesforce', LicenseDefinitionKey: 'SFDC', TotalLicenses: 10 },
  { Name: 'Salesforce Platform', LicenseDefinitionKey: 'AUL', TotalLicenses: 0 },
  // LicenseDefinitionKey unverified.
  { Name: 'Salesforce Integration', LicenseDefinitionKey: 'SFDC_INTEGRATION', TotalLicenses: 5 },
  { Name: 'Chatter Free', LicenseDefinitionKey: 'PID_Chatter', TotalLicenses: 5000 },
] as const;

const NOT_FOR_ADMINS = new Set(['ApiUserOnly', 'TwoFactorApi', 'BypassMFAForUiLogins', 'CanDoActAsUser', 'ViewEncryptedData', 'ManageEncryptionKeys', 'TransactionSecurityExempt', 'PasswordNeverExpires']);
const STANDARD_USER = ['ActivitiesAccess', 'AllowViewKnowledge', 'ApiEnabled', 'ChatterInternalUser', 'ConvertLeads', 'EditEvent', 'EditTask', 'EmailMass', 'EmailSingle', 'ExportReport', 'ImportPersonal', 'LightningExperienceUser', 'RunReports', 'ViewHelpLink'];

/** The standard profiles, their licence and the user permissions their own permission set holds. */
const PROFILES: ReadonlyArray<{ name: string; licence: string; userType: string; permissions: readonly string[] }> = [
  { name: 'System Administrator', licence: 'Salesforce', userType: 'Standard', permissions: USER_PERMISSIONS.filter((permission) => !NOT_FOR_ADMINS.has(permission)) },
  { name: 'Standard User', licence: 'Salesforce', userType: 'Standard', permissions: STANDARD_USER },
  { name: 'Minimum Access - Salesforce', licence: 'Salesforce', userType: 'Standard', permissions: [] },
  // API only: the profile of the Salesforce Integration licence (salesforce-facts.md, Users).
  { name: 'Minimum Access - API Only Integrations', licence: 'Salesforce Integration', userType: 'Standard', permissions: ['ApiEnabled', 'ApiUserOnly'] },
  { name: 'Chatter Free User', licence: 'Chatter Free', userType: 'CsnOnly', permissions: ['ChatterInternalUser'] },
];

/**
 * Dependencies the org reports in PermissionDependency. Contract's on Account is Salesforce's wording
 * ("Permission Create Contracts depends on permission(s): Read Accounts", salesforce-facts.md); the others
 * are plausible examples (unverified). Tests add rows for the dependencies they are about.
 */
const DEPENDENCIES: ReadonlyArray<readonly [string, string, string, string]> = [
  ['Contract<create>', 'Object Permission', 'Account<read>', 'Object Permission'],
  ['Contract<read>', 'Object Permission', 'Account<read>', 'Object Permission'],
  ['Order<read>', 'Object Permission', 'Account<read>', 'Object Permission'],
  ['ManageUsers', 'User Permission', 'ViewSetup', 'User Permission'],
  ['ManageUsers', 'User Permission', 'ManageInternalUsers', 'User Permission'],
  ['ApiUserOnly', 'User Permission', 'ApiEnabled', 'User Permission'],
];

const permissionValues = (granted: readonly string[]): Record<string, boolean> =>
  Object.fromEntries(USER_PERMISSIONS.map((permission) => [permissionField(permission), granted.includes(permission)]));

/**
 * A production Enterprise Edition org as Salesforce creates it, with one administrator (the user who logs in):
 * licences, standard profiles and the permission sets they own, the Salesforce API Integration permission set
 * licence, and the Organization row that tells clients whether this is a sandbox.
 */
export const seedOrg = (db: OrgDatabase, identity: OrgIdentitySeed): void => {
  // The running user's language is the org's (unverified simplification: one user logs in).
  const { language, sandbox } = identity;
  db.insertRow('Organization', {
    Id: identity.orgId,
    Name: 'Emulated Org',
    InstanceName: sandbox ? 'CS1' : 'EMU1',
    IsSandbox: sandbox !== undefined,
    TrialExpirationDate: null,
    NamespacePrefix: null,
    OrganizationType: 'Enterprise Edition',
    LanguageLocaleKey: language,
    DefaultLocaleSidKey: 'en_GB',
    TimeZoneSidKey: 'Europe/London',
  });
  const licences = new Map<string, SObjectRecord>();
  for (const licence of USER_LICENCES) licences.set(licence.Name, db.insertRow('UserLicense', { ...licence, MasterLabel: translate(language, licence.Name), Status: 'Active' }));

  const profiles = new Map<string, SObjectRecord>();
  for (const { name, licence, userType, permissions } of PROFILES) {
    const licenceId = licences.get(licence)?.Id ?? null;
    const profile = db.insertRow('Profile', { Name: translate(language, name), UserLicenseId: licenceId, UserType: userType, ...permissionValues(permissions) });
    // A profile's own permission set: Name X + the profile's Id, Label its Id (unverified, as seen in orgs).
    db.insertRow('PermissionSet', { Name: `X${String(profile.Id)}`, Label: String(profile.Id), IsOwnedByProfile: true, IsCustom: false, ProfileId: profile.Id ?? null, LicenseId: licenceId, Type: 'Profile', ...permissionValues(permissions) });
    profiles.set(name, profile);
  }

  // Total seats unverified: as many as the Salesforce Integration licence has.
  db.insertRow('PermissionSetLicense', { DeveloperName: 'SalesforceAPIIntegrationPsl', MasterLabel: translate(language, 'Salesforce API Integration'), Status: 'Active', TotalLicenses: 5, IsAvailableForIntegrations: true });

  const admin = db.insertRow('User', {
    Id: identity.adminUserId,
    Username: identity.adminUsername,
    ...ADMIN_NAME,
    Email: identity.adminEmail,
    Alias: 'eadmin',
    CommunityNickname: 'eadmin',
    TimeZoneSidKey: 'Europe/London',
    LocaleSidKey: 'en_GB',
    EmailEncodingKey: 'UTF-8',
    LanguageLocaleKey: language,
    ProfileId: profiles.get('System Administrator')?.Id ?? null,
    IsActive: true,
    UserType: 'Standard',
  });
  addUserCompanions(db, admin);

  for (const [Permission, PermissionType, RequiredPermission, RequiredPermissionType] of DEPENDENCIES) db.insertRow('PermissionDependency', { Permission, PermissionType, RequiredPermission, RequiredPermissionType });
};
