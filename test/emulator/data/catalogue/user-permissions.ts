import type { FieldDefinition } from '../../org-schema.js';

/**
 * The user permissions the emulated org knows: each is a boolean Permissions<Name> field on PermissionSet,
 * Profile and UserPermissionAccess, which is how a client learns what an org offers (salesforce-facts.md).
 * A realistic subset: the ones the least-privilege rules name, and common ones a standard profile holds.
 * Names from the Metadata API's userPermissions and the Object Reference's PermissionSet fields.
 */
export const USER_PERMISSIONS: readonly string[] = [
  'ActivitiesAccess',
  'AllowViewKnowledge',
  'ApiEnabled',
  'ApiUserOnly',
  'AssignPermissionSets',
  'AuthorApex',
  'BulkApiHardDelete',
  'BypassMFAForUiLogins',
  'CanDoActAsUser',
  'ChatterInternalUser',
  'ConvertLeads',
  'CustomizeApplication',
  'DataExport',
  'EditEvent',
  'EditTask',
  'EmailMass',
  'EmailSingle',
  'ExportReport',
  'ExternalClientAppAdmin',
  'FreezeUsers',
  'ImportPersonal',
  'InstallPackaging',
  'LightningExperienceUser',
  'ManageAuthProviders',
  'ManageCertificates',
  'ManageCustomPermissions',
  'ManageEncryptionKeys',
  'ManageInternalUsers',
  'ManageIpAddresses',
  'ManageLoginAccessPolicies',
  'ManageNamedCredentials',
  'ManagePasswordPolicies',
  'ManageProfilesPermissionsets',
  'ManageRemoteAccess',
  'ManageRoles',
  'ManageSandboxes',
  'ManageSharing',
  'ManageUsers',
  'ModifyAllData',
  'ModifyMetadata',
  'MonitorLoginHistory',
  'PasswordNeverExpires',
  'QueryAllFiles',
  'ResetPasswords',
  'RunReports',
  'TransactionSecurityExempt',
  'TwoFactorApi',
  'ViewAllData',
  'ViewAllFieldsGlobal',
  'ViewAllProfiles',
  'ViewAllUsers',
  'ViewClientSecret',
  'ViewDeveloperName',
  'ViewEncryptedData',
  'ViewEventLogFiles',
  'ViewHelpLink',
  'ViewRoles',
  'ViewSetup',
];

export const permissionField = (permission: string): string => `Permissions${permission}`;

/** The Permissions<Name> fields, for objects that carry user permissions. */
export const permissionFields = (extra: FieldDefinition = {}): Record<string, FieldDefinition> =>
  Object.fromEntries(USER_PERMISSIONS.map((permission) => [permissionField(permission), { type: 'boolean', ...extra } satisfies FieldDefinition]));

