import type {
  PermissionSet,
  PermissionSetApexClassAccess,
  PermissionSetCustomMetadataTypeAccess,
  PermissionSetCustomPermissions,
  PermissionSetCustomSettingAccess,
  PermissionSetExternalCredentialPrincipalAccess,
  PermissionSetFieldPermissions,
  PermissionSetFlowAccess,
  PermissionSetObjectPermissions,
  PermissionSetRecordTypeVisibility,
  PermissionSetUserPermission,
} from '@salesforce/types/metadata';
import type { Grants, ObjectGrant } from '../model/integration.js';

/** The part of a PermissionSet this plugin writes, keys in the WSDL's sequence order. */
export type PermissionSetContent = Pick<
  PermissionSet,
  | 'classAccesses'
  | 'customMetadataTypeAccesses'
  | 'customPermissions'
  | 'customSettingAccesses'
  | 'description'
  | 'externalCredentialPrincipalAccesses'
  | 'fieldPermissions'
  | 'flowAccesses'
  | 'hasActivationRequired'
  | 'label'
  | 'objectPermissions'
  | 'recordTypeVisibilities'
  | 'userPermissions'
>;

const objectPermissions = ({ object, rights }: ObjectGrant): PermissionSetObjectPermissions => ({
  allowCreate: rights.includes('create'),
  allowDelete: rights.includes('delete'),
  allowEdit: rights.includes('edit'),
  allowRead: rights.includes('read'),
  modifyAllRecords: rights.includes('modifyAll'),
  object,
  viewAllFields: rights.includes('viewAllFields'),
  viewAllRecords: rights.includes('viewAll'),
});

/*
 * What each entry beyond objects, fields and permissions gives its holder, per Salesforce's documentation:
 * - customMetadataTypeAccesses: "grant Read access to specific custom metadata types through profiles and
 *   permission sets" (https://help.salesforce.com/s/articleView?id=platform.custommetadatatypes_permissions.htm&type=5);
 * - customSettingAccesses: public custom settings are open to the "API for users with Customize Application
 *   permission or permissions granted through profiles or permission sets"
 *   (https://help.salesforce.com/s/articleView?id=platform.cs_schema_settings.htm&type=5);
 * - flowAccesses: for a flow set to "Override default behavior and restrict access to enabled profiles or
 *   permission sets", "the user who resumes or runs the flow must have permission to the individual flow"
 *   (https://help.salesforce.com/apex/HTViewHelpDoc?id=platform.flow_distribute_security.htm);
 * - externalCredentialPrincipalAccesses: "Principals link an external credential to permission sets or user
 *   profiles so that users can make callouts using the named credential"
 *   (https://help.salesforce.com/apex/HTViewHelpDoc?id=xcloud.nc_enable_ext_cred_principal.htm). The value's
 *   form, `<external credential>-<principal>`, is how permission sets retrieved from orgs name principals;
 *   the Metadata API reference does not spell it out (unverified);
 * - recordTypeVisibilities: `Object.RecordType`, visible (see src/model/check-grants.ts for what it governs).
 * A muting permission set mutes them with the same `true`: the MutingPermissionSet type extends PermissionSet,
 * and the reference's own sample mutes a record type
 * (https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_mutingpermissionset.htm).
 * That the platform honours a muted flow, custom setting, custom metadata type or principal is unverified.
 */

/**
 * Grants to permission set content. Shared by permission sets and muting permission sets, which have the
 * same shape (in a muting permission set a `true` mutes) except for the activation flag, which only
 * permission sets carry. Lists come sorted from the model. Keys follow the sequence of PermissionSet in
 * metadata-66.0.wsdl (classAccesses, customMetadataTypeAccesses, customPermissions, customSettingAccesses,
 * description, externalCredentialPrincipalAccesses, fieldPermissions, flowAccesses, hasActivationRequired,
 * label, objectPermissions, recordTypeVisibilities, userPermissions), and so do each entry's.
 */
export const permissionSetContent = (
  kind: 'PermissionSet' | 'MutingPermissionSet',
  label: string,
  description: string,
  grants: Grants
): PermissionSetContent => ({
  classAccesses: grants.apexClasses.map((apexClass): PermissionSetApexClassAccess => ({ apexClass, enabled: true })),
  customMetadataTypeAccesses: grants.customMetadataTypes.map((name): PermissionSetCustomMetadataTypeAccess => ({ enabled: true, name })),
  customPermissions: grants.customPermissions.map((name): PermissionSetCustomPermissions => ({ enabled: true, name })),
  customSettingAccesses: grants.customSettings.map((name): PermissionSetCustomSettingAccess => ({ enabled: true, name })),
  description,
  externalCredentialPrincipalAccesses: grants.externalCredentialPrincipals.map(
    (externalCredentialPrincipal): PermissionSetExternalCredentialPrincipalAccess => ({ enabled: true, externalCredentialPrincipal })
  ),
  fieldPermissions: grants.fields.map(({ field, readable, editable }): PermissionSetFieldPermissions => ({ editable, field, readable })),
  flowAccesses: grants.flows.map((flow): PermissionSetFlowAccess => ({ enabled: true, flow })),
  ...(kind === 'PermissionSet' ? { hasActivationRequired: false } : {}),
  label,
  objectPermissions: grants.objects.map(objectPermissions),
  recordTypeVisibilities: grants.recordTypes.map((recordType): PermissionSetRecordTypeVisibility => ({ recordType, visible: true })),
  userPermissions: grants.userPermissions.map((name): PermissionSetUserPermission => ({ enabled: true, name })),
});
