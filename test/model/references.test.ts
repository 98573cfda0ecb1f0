import { expect } from 'chai';
import { buildIntegration } from '../../src/model/build-integration.js';
import { estateNames, integrationReferences, REFERENCE_KINDS } from '../../src/model/references.js';
import { aManifest, aPermissionSet } from '../builders/manifest-builder.js';

const integration = (file: string, ...overrides: Parameters<typeof aManifest>) => buildIntegration(file, aManifest(...overrides)).value;

const everyKind = aManifest({
  permissionSets: [
    aPermissionSet({
      name: 'Cases',
      objects: { Case: { access: ['create'], fields: { Origin: 'edit' }, recordTypes: ['Support'] } },
      userPermissions: ['ApiEnabled'],
      apexClasses: ['CaseResource'],
      customPermissions: ['Sync_Bypass'],
      customMetadataTypes: ['Sync_Setting__mdt'],
      customSettings: ['Sync_Config__c'],
      flows: ['Case_Intake'],
      externalCredentialPrincipals: ['ERP_API-Order_Sync'],
    }),
  ],
  existingPermissionSets: ['acme__Connector_User'],
  mute: { objects: { Contact: { fields: { Email: 'read' } } } },
});

describe('integrationReferences', () => {
  it('lists every name of every kind, spelt as permission sets write it, with where the manifest says it', () => {
    const references = integrationReferences(integration('integrations/erp.yaml', everyKind));

    expect(references.map(({ kind, name, at }) => [kind, name, at])).to.deep.equal([
      ['object', 'Case', { path: ['permissionSets', 0, 'objects', 'Case'], key: true }],
      ['field', 'Case.Origin', { path: ['permissionSets', 0, 'objects', 'Case', 'fields', 'Origin'], key: true }],
      ['recordType', 'Case.Support', { path: ['permissionSets', 0, 'objects', 'Case', 'recordTypes'], entries: ['Support'] }],
      ['userPermission', 'ApiEnabled', { path: ['permissionSets', 0, 'userPermissions'], entries: ['ApiEnabled'] }],
      ['apexClass', 'CaseResource', { path: ['permissionSets', 0, 'apexClasses'], entries: ['CaseResource'] }],
      ['customPermission', 'Sync_Bypass', { path: ['permissionSets', 0, 'customPermissions'], entries: ['Sync_Bypass'] }],
      ['customMetadataType', 'Sync_Setting__mdt', { path: ['permissionSets', 0, 'customMetadataTypes'], entries: ['Sync_Setting__mdt'] }],
      ['customSetting', 'Sync_Config__c', { path: ['permissionSets', 0, 'customSettings'], entries: ['Sync_Config__c'] }],
      ['flow', 'Case_Intake', { path: ['permissionSets', 0, 'flows'], entries: ['Case_Intake'] }],
      ['externalCredentialPrincipal', 'ERP_API-Order_Sync', { path: ['permissionSets', 0, 'externalCredentialPrincipals'], entries: ['ERP_API-Order_Sync'] }],
      // A mute of fields alone still names their object.
      ['object', 'Contact', { path: ['mute', 'objects', 'Contact'], key: true }],
      ['field', 'Contact.Email', { path: ['mute', 'objects', 'Contact', 'fields', 'Email'], key: true }],
      ['permissionSet', 'acme__Connector_User', { path: ['existingPermissionSets'], entries: ['acme__Connector_User'] }],
    ]);
  });

  it('covers every kind there is', () => {
    const kinds = new Set(integrationReferences(integration('integrations/erp.yaml', everyKind)).map(({ kind }) => kind));

    expect([...kinds].sort()).to.deep.equal([...REFERENCE_KINDS].sort());
  });
});

describe('estateNames', () => {
  it('gathers the names of every integration by kind, each once and sorted', () => {
    const names = estateNames([
      integration('integrations/a.yaml', { name: 'A', permissionSets: [aPermissionSet({ flows: ['Route_Case', 'Case_Intake'] })] }),
      integration('integrations/b.yaml', { name: 'B', permissionSets: [aPermissionSet({ flows: ['Case_Intake'] })], existingPermissionSets: ['Shared_Read_Only'] }),
    ]);

    expect(names.flow).to.deep.equal(['Case_Intake', 'Route_Case']);
    // Account comes with Order read: Salesforce requires it, so the permission set grants it too.
    expect(names.object).to.deep.equal(['Account', 'Order']);
    expect(names.field).to.deep.equal(['Order.Description']);
    expect(names.permissionSet).to.deep.equal(['Shared_Read_Only']);
    expect(names.customSetting).to.deep.equal([]);
  });
});
