import type {
  PermissionSet,
  PermissionSetApexClassAccess,
  PermissionSetCustomPermissions,
  PermissionSetFieldPermissions,
  PermissionSetObjectPermissions,
  PermissionSetUserPermission,
} from '@salesforce/types/metadata';
import type { Grants, ObjectGrant } from '../model/integration.js';

/** The part of a PermissionSet this plugin writes, keys in the WSDL's sequence order. */
export type PermissionSetContent = Pick<
  PermissionSet,
  'classAccesses' | 'customPermissions' | 'description' | 'fieldPermissions' | 'hasActivationRequired' | 'label' | 'objectPermissions' | 'userPermissions'
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
 * permission sets carry. Lists come sorted from the model.
 */
export const permissionSetContent = (
  kind: 'PermissionSet' | 'MutingPermissionSet',
  label: string,
  description: string,
  grants: Grants
): PermissionSetContent => ({
  classAccesses: grants.apexClasses.map((apexClass): PermissionSetApexClassAccess => ({ apexClass, enabled: true })),
  customPermissions: grants.customPermissions.map((name): PermissionSetCustomPermissions => ({ enabled: true, name })),
  description,
  fieldPermissions: grants.fields.map(({ field, readable, editable }): PermissionSetFieldPermissions => ({ editable, field, readable })),
  ...(kind === 'PermissionSet' ? { hasActivationRequired: false } : {}),
  label,
  objectPermissions: grants.objects.map(objectPermissions),
  userPermissions: grants.userPermissions.map((name): PermissionSetUserPermission => ({ enabled: true, name })),
});
