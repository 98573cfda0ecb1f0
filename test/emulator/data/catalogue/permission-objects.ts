import { defineObject, flag, count, picklist, reference, text, timestamp, READ_ONLY, CREATE_ONLY, type ObjectDefinition } from '../object-definition.js';
import { permissionFields } from './user-permissions.js';

const WRITABLE = { createable: true, updateable: true, deletable: true };
const objectRight = flag();

/**
 * Permission sets, groups, their assignments and licences, and the object and field permissions they grant:
 * the rows a deploy creates (platform/metadata-tables.ts) and those the plugin writes when it provisions a user.
 * Fields from the Object Reference (e.g. https://developer.salesforce.com/docs/atlas.en-us.244.0.object_reference.meta/object_reference/sforce_api_objects_permissionsetgroupcomponent.htm,
 * https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_permissionset.htm).
 * Key prefixes 0PS, 0PG, 0Pa, 0PL, 2LA, 110 and 01k are Salesforce's; PermissionSetGroupComponent (0PC),
 * MutingPermissionSet (0QM) are unverified.
 */
export const PERMISSION_OBJECTS: readonly ObjectDefinition[] = [
  defineObject(
    'PermissionSet',
    '0PS',
    {
      Name: text({ required: true, unique: true }),
      Label: text({ required: true }),
      Description: text(),
      HasActivationRequired: flag(),
      IsOwnedByProfile: flag(READ_ONLY),
      IsCustom: flag({ ...READ_ONLY, defaultValue: true }),
      ProfileId: reference('Profile', 'Profile', READ_ONLY),
      PermissionSetGroupId: reference('PermissionSetGroup', 'PermissionSetGroup', READ_ONLY),
      LicenseId: reference(['UserLicense', 'PermissionSetLicense'], 'License', CREATE_ONLY),
      NamespacePrefix: text(READ_ONLY),
      // Regular, Profile, Group, Session, Standard, Muting (the last one unverified).
      Type: picklist({ ...READ_ONLY, defaultValue: 'Regular' }),
      ...permissionFields(),
    },
    { label: 'Permission Set', ...WRITABLE }
  ),
  defineObject(
    'PermissionSetGroup',
    '0PG',
    {
      DeveloperName: text({ required: true, unique: true }),
      MasterLabel: text({ required: true }),
      Description: text(),
      HasActivationRequired: flag(),
      NamespacePrefix: text(READ_ONLY),
      // Updated, Outdated, Updating, Failed: assignments need Updated (data/group-recalculation.ts).
      Status: picklist(READ_ONLY),
    },
    { label: 'Permission Set Group', ...WRITABLE }
  ),
  defineObject(
    'PermissionSetGroupComponent',
    '0PC',
    {
      PermissionSetGroupId: reference('PermissionSetGroup', 'PermissionSetGroup', { required: true, updateable: false, childRelationshipName: 'PermissionSetGroupComponents' }),
      PermissionSetId: reference('PermissionSet', 'PermissionSet', { required: true, updateable: false }),
    },
    { label: 'Permission Set Group Component', createable: true, deletable: true }
  ),
  defineObject(
    'MutingPermissionSet',
    '0QM',
    { DeveloperName: text({ required: true, unique: true }), MasterLabel: text({ required: true }), Description: text(), NamespacePrefix: text(READ_ONLY) },
    { label: 'Muting Permission Set', ...WRITABLE }
  ),
  defineObject(
    'PermissionSetAssignment',
    '0Pa',
    {
      AssigneeId: reference('User', 'Assignee', { required: true, updateable: false, childRelationshipName: 'PermissionSetAssignments' }),
      // One of the two: a group assignment names the group, and the platform fills in the group's permission set.
      PermissionSetId: reference('PermissionSet', 'PermissionSet', { updateable: false, childRelationshipName: 'Assignments' }),
      PermissionSetGroupId: reference('PermissionSetGroup', 'PermissionSetGroup', { updateable: false, childRelationshipName: 'Assignments' }),
      IsActive: flag({ ...READ_ONLY, defaultValue: true }),
      ExpirationDate: timestamp(),
    },
    { label: 'Permission Set Assignment', ...WRITABLE, apis: ['data'] }
  ),
  defineObject(
    'PermissionSetLicense',
    '0PL',
    {
      DeveloperName: text(READ_ONLY),
      MasterLabel: text(READ_ONLY),
      Status: picklist(READ_ONLY),
      TotalLicenses: count(READ_ONLY),
      UsedLicenses: count(READ_ONLY),
      ExpirationDate: { type: 'date', ...READ_ONLY },
      IsAvailableForIntegrations: flag(READ_ONLY),
    },
    { label: 'Permission Set License', apis: ['data'] }
  ),
  defineObject(
    'PermissionSetLicenseAssign',
    '2LA',
    {
      AssigneeId: reference('User', 'Assignee', { required: true, updateable: false, childRelationshipName: 'PermissionSetLicenseAssignments' }),
      PermissionSetLicenseId: reference('PermissionSetLicense', 'PermissionSetLicense', { required: true, updateable: false }),
    },
    { label: 'Permission Set License Assignment', createable: true, deletable: true, apis: ['data'] }
  ),
  defineObject(
    'ObjectPermissions',
    '110',
    {
      ParentId: reference('PermissionSet', 'Parent', { required: true, updateable: false, childRelationshipName: 'ObjectPerms' }),
      SobjectType: picklist({ required: true, updateable: false }),
      PermissionsRead: objectRight,
      PermissionsCreate: objectRight,
      PermissionsEdit: objectRight,
      PermissionsDelete: objectRight,
      PermissionsViewAllRecords: objectRight,
      PermissionsModifyAllRecords: objectRight,
      PermissionsViewAllFields: objectRight,
    },
    { label: 'Object Permissions', labelPlural: 'Object Permissions', ...WRITABLE }
  ),
  defineObject(
    'FieldPermissions',
    '01k',
    {
      ParentId: reference('PermissionSet', 'Parent', { required: true, updateable: false, childRelationshipName: 'FieldPerms' }),
      SobjectType: picklist({ required: true, updateable: false }),
      Field: picklist({ required: true, updateable: false }),
      PermissionsRead: objectRight,
      PermissionsEdit: objectRight,
    },
    { label: 'Field Permissions', labelPlural: 'Field Permissions', ...WRITABLE }
  ),
];
