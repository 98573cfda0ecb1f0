/**
 * The API version in which each metadata type, and each element the plugin writes, first became available, as the
 * Metadata API Developer Guide states it ("... components are available in API version N and later", "Available in
 * API version N and later"). A project whose sourceApiVersion is lower cannot deploy what the plugin generates.
 * Names are a type (`PermissionSet`) or a type's element path (`PermissionSet.objectPermissions.viewAllFields`).
 * Sorted by name, by code point.
 */
export type MinimumApiVersion = { name: string; since: number; source: string; unverified?: true };

const guide = (page: string): string =>
  `https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/${page}.htm`;

const CONNECTED_APP = guide('meta_connectedapp');
const ECA = guide('meta_externalclientapplication');
const ECA_CONFIGURABLE_POLICIES = guide('meta_extlclntappconfigurablepolicies');
const ECA_GLOBAL_OAUTH = guide('meta_extlclntappglobaloauthsettings');
const ECA_OAUTH = guide('meta_extlclntappoauthsettings');
const ECA_OAUTH_POLICIES = guide('meta_extlclntappoauthconfigurablepolicies');
const MUTING_PERMISSION_SET = guide('meta_mutingpermissionset');
const PERMISSION_SET = guide('meta_permissionset');
const PERMISSION_SET_GROUP = guide('meta_permissionsetgroup');

export const MINIMUM_API_VERSIONS: readonly MinimumApiVersion[] = [
  { name: 'ConnectedApp', since: 29, source: CONNECTED_APP },
  { name: 'ExternalClientApplication', since: 59, source: ECA },
  { name: 'ExtlClntAppConfigurablePolicies', since: 60, source: ECA_CONFIGURABLE_POLICIES },
  { name: 'ExtlClntAppGlobalOauthSettings', since: 59, source: ECA_GLOBAL_OAUTH },
  // "If the app uses a certificate, the PEM-encoded certificate string. When provided, it enables the JWT Bearer flow."
  { name: 'ExtlClntAppGlobalOauthSettings.certificate', since: 60, source: ECA_GLOBAL_OAUTH },
  { name: 'ExtlClntAppGlobalOauthSettings.isClientCredentialsFlowEnabled', since: 60, source: ECA_GLOBAL_OAUTH },
  { name: 'ExtlClntAppOauthConfigurablePolicies', since: 59, source: ECA_OAUTH_POLICIES },
  // "The execution user for the OAuth 2.0 client credentials flow ... This user must have the API Only permission."
  { name: 'ExtlClntAppOauthConfigurablePolicies.clientCredentialsFlowUser', since: 60, source: ECA_OAUTH_POLICIES },
  {
    name: 'ExtlClntAppOauthConfigurablePolicies.isClientCredentialsFlowEnabled',
    since: 60,
    source: ECA_OAUTH_POLICIES,
  },
  { name: 'ExtlClntAppOauthSettings', since: 59, source: ECA_OAUTH },
  { name: 'MutingPermissionSet', since: 46, source: MUTING_PERMISSION_SET },
  { name: 'PermissionSet', since: 22, source: PERMISSION_SET },
  { name: 'PermissionSet.classAccesses', since: 23, source: PERMISSION_SET },
  { name: 'PermissionSet.customMetadataTypeAccesses', since: 47, source: PERMISSION_SET },
  { name: 'PermissionSet.customPermissions', since: 31, source: PERMISSION_SET },
  { name: 'PermissionSet.customSettingAccesses', since: 47, source: PERMISSION_SET },
  { name: 'PermissionSet.externalCredentialPrincipalAccesses', since: 59, source: PERMISSION_SET },
  { name: 'PermissionSet.fieldPermissions', since: 23, source: PERMISSION_SET },
  { name: 'PermissionSet.flowAccesses', since: 47, source: PERMISSION_SET },
  { name: 'PermissionSet.objectPermissions', since: 23, source: PERMISSION_SET },
  { name: 'PermissionSet.objectPermissions.viewAllFields', since: 63, source: PERMISSION_SET },
  // Never retrieved or deployed for inactive record types.
  { name: 'PermissionSet.recordTypeVisibilities', since: 29, source: PERMISSION_SET },
  // The guide gives no version for this element, only for its behaviour: all permissions up to 28.0, enabled ones
  // only from 29.0, and from 40.0 "if a permission isn't specified for a deployment, it's disabled". It is taken
  // to date from the type itself.
  { name: 'PermissionSet.userPermissions', since: 22, source: PERMISSION_SET, unverified: true },
  { name: 'PermissionSetGroup', since: 45, source: PERMISSION_SET_GROUP },
  { name: 'PermissionSetGroup.mutingPermissionSets', since: 46, source: PERMISSION_SET_GROUP },
];
