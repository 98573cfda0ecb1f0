import { expect } from 'chai';
import type { Manifest } from '../../src/manifest/manifest.js';
import { buildIntegration } from '../../src/model/build-integration.js';
import { permissionSetContent } from '../../src/metadata/permission-set.js';
import { permissionSetGroupContent } from '../../src/metadata/permission-set-group.js';
import { toMetadataXml } from '../../src/xml/metadata-xml.js';
import { aManifest, aPermissionSet } from '../builders/manifest-builder.js';
import { metadataSchemaAvailable, schemaErrors } from '../support/metadata-schema.js';

const build = (manifest: Manifest) => {
  const { value, diagnostics } = buildIntegration('integrations/erp.yaml', manifest);
  expect(diagnostics).to.deep.equal([]);
  return value;
};

const everyGrant = aManifest({
  permissionSets: [
    aPermissionSet({
      name: 'Cases',
      objects: { Case: { access: ['create'], fields: { Origin: 'edit' }, recordTypes: ['Support', 'Field_Service'] } },
      userPermissions: ['ApiEnabled'],
      apexClasses: ['CaseResource'],
      customPermissions: ['Sync_Bypass'],
      customMetadataTypes: ['Sync_Setting__mdt'],
      customSettings: ['Sync_Config__c'],
      flows: ['Case_Intake'],
      externalCredentialPrincipals: ['ERP_API-Order_Sync'],
    }),
  ],
  existingPermissionSets: ['acme__Connector_User', 'Shared_Read_Only'],
  mute: { objects: { Case: { recordTypes: ['Field_Service'] } }, flows: ['Case_Intake'], customSettings: ['Sync_Config__c'] },
});

const permissionSetXml = (manifest: Manifest): string => {
  const { label, description, grants } = build(manifest).permissionSets[0]!;
  return toMetadataXml('PermissionSet', permissionSetContent('PermissionSet', label, description, grants));
};

const mutingXml = (manifest: Manifest): string => {
  const integration = build(manifest);
  return toMetadataXml('MutingPermissionSet', permissionSetContent('MutingPermissionSet', integration.muting!.label, integration.description, integration.muting!.grants));
};

/** The top-level elements of a file, in order, each once. */
const elementOrder = (xml: string): string[] => [...new Set([...xml.matchAll(/^ {4}<([A-Za-z]+)>/gm)].map(([, name]) => name!))];

describe('permissionSetContent', () => {
  it('writes every grant in the Metadata API\'s element order', () => {
    expect(elementOrder(permissionSetXml(everyGrant))).to.deep.equal([
      'classAccesses',
      'customMetadataTypeAccesses',
      'customPermissions',
      'customSettingAccesses',
      'description',
      'externalCredentialPrincipalAccesses',
      'fieldPermissions',
      'flowAccesses',
      'hasActivationRequired',
      'label',
      'objectPermissions',
      'recordTypeVisibilities',
      'userPermissions',
    ]);
  });

  it('writes each new entry as Salesforce does, sorted', () => {
    const xml = permissionSetXml(everyGrant);

    for (const entry of [
      '<customMetadataTypeAccesses>\n        <enabled>true</enabled>\n        <name>Sync_Setting__mdt</name>\n    </customMetadataTypeAccesses>',
      '<customSettingAccesses>\n        <enabled>true</enabled>\n        <name>Sync_Config__c</name>\n    </customSettingAccesses>',
      '<externalCredentialPrincipalAccesses>\n        <enabled>true</enabled>\n        <externalCredentialPrincipal>ERP_API-Order_Sync</externalCredentialPrincipal>\n    </externalCredentialPrincipalAccesses>',
      '<flowAccesses>\n        <enabled>true</enabled>\n        <flow>Case_Intake</flow>\n    </flowAccesses>',
      [
        '<recordTypeVisibilities>\n        <recordType>Case.Field_Service</recordType>\n        <visible>true</visible>\n    </recordTypeVisibilities>',
        '    <recordTypeVisibilities>\n        <recordType>Case.Support</recordType>\n        <visible>true</visible>\n    </recordTypeVisibilities>',
      ].join('\n'),
    ]) {
      expect(xml).to.contain(entry);
    }
  });

  it('writes none of the new elements for a permission set that does not use them', () => {
    expect(permissionSetXml(aManifest())).not.to.match(/customMetadataTypeAccesses|customSettingAccesses|externalCredentialPrincipalAccesses|flowAccesses|recordTypeVisibilities/);
  });

  it('mutes record types, flows and custom settings with a true, as muting permission sets mute', () => {
    const xml = mutingXml(everyGrant);

    expect(xml).to.contain('<recordTypeVisibilities>\n        <recordType>Case.Field_Service</recordType>\n        <visible>true</visible>\n    </recordTypeVisibilities>');
    expect(xml).to.contain('<flowAccesses>\n        <enabled>true</enabled>\n        <flow>Case_Intake</flow>\n    </flowAccesses>');
    expect(xml).to.contain('<customSettingAccesses>\n        <enabled>true</enabled>\n        <name>Sync_Config__c</name>\n    </customSettingAccesses>');
    expect(xml).not.to.contain('Case.Support');
  });

  it('writes files that validate against the Metadata API schema', async function () {
    if (!metadataSchemaAvailable()) this.skip();
    const integration = build(everyGrant);
    const files = [
      { path: 'Cases.permissionset-meta.xml', content: permissionSetXml(everyGrant) },
      { path: 'Muted.mutingpermissionset-meta.xml', content: mutingXml(everyGrant) },
      { path: 'ERP.permissionsetgroup-meta.xml', content: toMetadataXml('PermissionSetGroup', permissionSetGroupContent(integration)) },
    ];

    expect(await schemaErrors(files)).to.deep.equal([]);
  });
});

describe('permissionSetGroupContent', () => {
  it('lists the existing permission sets beside the generated ones, in one sorted list', () => {
    expect(permissionSetGroupContent(build(everyGrant)).permissionSets).to.deep.equal(['ERP_Order_Sync_Cases', 'Shared_Read_Only', 'acme__Connector_User']);
  });
});
