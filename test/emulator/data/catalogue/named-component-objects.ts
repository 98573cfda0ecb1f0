import { defineObject, flag, reference, text, READ_ONLY, type ObjectDefinition } from '../object-definition.js';

/**
 * The objects through which a client asks whether an org has a record type, a flow or an external credential
 * principal (the plugin's org check, src/org/org-names.ts), with the fields the Object Reference lists:
 * RecordType (SobjectType, DeveloperName, NamespacePrefix, IsActive;
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_recordtype.htm),
 * FlowDefinitionView (ApiName, NamespacePrefix, IsActive;
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_flowdefinitionview.htm),
 * ExternalCredential and ExternalCredentialParameter (API 58.0+; ParameterName, ParameterType NamedPrincipal |
 * PerUserPrincipal | ...). Read-only here: tests insert the rows. Key prefix 012 is Salesforce's; those of
 * FlowDefinitionView (300), ExternalCredential (0pt) and ExternalCredentialParameter (0pu) are unverified.
 */
export const NAMED_COMPONENT_OBJECTS: readonly ObjectDefinition[] = [
  defineObject(
    'RecordType',
    '012',
    { SobjectType: text(READ_ONLY), DeveloperName: text(READ_ONLY), Name: text(READ_ONLY), NamespacePrefix: text(READ_ONLY), IsActive: flag(READ_ONLY) },
    { label: 'Record Type', apis: ['data'] }
  ),
  defineObject(
    'FlowDefinitionView',
    '300',
    { ApiName: text(READ_ONLY), Label: text(READ_ONLY), NamespacePrefix: text(READ_ONLY), IsActive: flag(READ_ONLY) },
    { label: 'Flow Definition View', apis: ['data'] }
  ),
  defineObject('ExternalCredential', '0pt', { DeveloperName: text(READ_ONLY), MasterLabel: text(READ_ONLY), NamespacePrefix: text(READ_ONLY) }, { label: 'External Credential', apis: ['data'] }),
  defineObject(
    'ExternalCredentialParameter',
    '0pu',
    {
      ExternalCredentialId: reference('ExternalCredential', 'ExternalCredential', READ_ONLY),
      ParameterName: text(READ_ONLY),
      ParameterType: text(READ_ONLY),
    },
    { label: 'External Credential Parameter', apis: ['data'] }
  ),
];
