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
