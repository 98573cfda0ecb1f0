import type { Integration } from '../model/integration.js';
import { effectiveGrants } from './effective-grants.js';
import type { Risk } from './risk.js';
import type { RuleId } from './rules.js';

/** User permission -> the rule that reports it, keyed in lower case: the manifest may not match Salesforce's case. */
export type PermissionTable = ReadonlyMap<string, RuleId>;

export const permissionTable = (tiers: ReadonlyArray<readonly [RuleId, readonly string[]]>): PermissionTable =>
  new Map(tiers.flatMap(([rule, names]) => names.map((name) => [name.toLowerCase(), rule] as const)));

/**
 * Admin-level permissions, by how much of the org they hand over. BypassMFAForUiLogins, rated high as well,
 * is left to the MFA rules, which say why an integration user in particular never needs it.
 */
export const USER_PERMISSION_TIERS = permissionTable([
  [
    'critical-user-permission',
    ['ModifyAllData', 'ViewAllData', 'ModifyMetadata', 'ManageUsers', 'ManageProfilesPermissionsets', 'AssignPermissionSets', 'CustomizeApplication', 'AuthorApex'],
  ],
  [
    'high-user-permission',
    [
      'ViewAllFieldsGlobal', 'ManageInternalUsers', 'ManageRoles', 'ManageSharing', 'ResetPasswords', 'ManageRemoteAccess', 'ManageAuthProviders',
      'ManageCertificates', 'ManageNamedCredentials', 'ManageIpAddresses', 'ManageLoginAccessPolicies', 'ManagePasswordPolicies', 'CanDoActAsUser',
      'TransactionSecurityExempt', 'ViewEncryptedData', 'ManageEncryptionKeys', 'DataExport', 'BulkApiHardDelete', 'QueryAllFiles', 'InstallPackaging',
      'ViewClientSecret', 'ExternalClientAppAdmin',
    ],
  ],
  [
    'medium-user-permission',
    ['ViewSetup', 'ViewAllUsers', 'ViewAllProfiles', 'ViewRoles', 'ExportReport', 'PasswordNeverExpires', 'ManageSandboxes', 'MonitorLoginHistory', 'ViewEventLogFiles'],
  ],
]);

/** Each user permission the integration user holds (unmuted) that the table rates, where a permission set grants it. */
export const permissionRisks = (integration: Integration, table: PermissionTable): Risk[] =>
  effectiveGrants(integration).flatMap(({ permissionSet, userPermissions }) =>
    userPermissions.flatMap((name): Risk[] => {
      const rule = table.get(name.toLowerCase());
      if (rule === undefined) return [];
      return [
        {
          rule,
          integration: integration.name,
          file: integration.file,
          at: { path: [...permissionSet.origin, 'userPermissions'], entries: [name] },
          grant: name,
          tokens: [permissionSet.apiName, name],
        },
      ];
    })
  );

export const userPermissionRisks = (integration: Integration): Risk[] => permissionRisks(integration, USER_PERMISSION_TIERS);
