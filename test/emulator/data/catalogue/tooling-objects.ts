import { defineObject, flag, text, READ_ONLY, type ObjectDefinition } from '../object-definition.js';

/**
 * What the plugin checks names against through the Tooling API. PermissionDependency is Tooling-only, API 46.0+
 * (https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_permissiondependency.htm);
 * ApexClass and CustomPermission are in both APIs. Key prefixes 01p and 0CP are Salesforce's; PermissionDependency's
 * (2Pd) is unverified.
 */
export const TOOLING_OBJECTS: readonly ObjectDefinition[] = [
  // PermissionType and RequiredPermissionType are 'User Permission' or 'Object Permission'; object permissions
  // read Object<verb> (Contract<read>): both as observed in real orgs, not documented (unverified).
  defineObject(
    'PermissionDependency',
    '2Pd',
    { Permission: text(READ_ONLY), PermissionType: text(READ_ONLY), RequiredPermission: text(READ_ONLY), RequiredPermissionType: text(READ_ONLY) },
    { label: 'Permission Dependency', labelPlural: 'Permission Dependencies', apis: ['tooling'] }
  ),
  defineObject(
    'ApexClass',
    '01p',
    { Name: text(READ_ONLY), NamespacePrefix: text(READ_ONLY), ApiVersion: { type: 'double', ...READ_ONLY }, Status: text(READ_ONLY), IsValid: flag(READ_ONLY) },
    { label: 'Apex Class', labelPlural: 'Apex Classes' }
  ),
  defineObject(
    'CustomPermission',
    '0CP',
    { DeveloperName: text(READ_ONLY), MasterLabel: text(READ_ONLY), NamespacePrefix: text(READ_ONLY), Description: text(READ_ONLY), IsLicensed: flag(READ_ONLY) },
    { label: 'Custom Permission' }
  ),
];
