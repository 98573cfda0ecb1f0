import { expect } from 'chai';
import type { Manifest } from '../../src/manifest/manifest.js';
import { projectSourceOf, type SourceFile } from '../../src/resolve/project-source.js';
import { resolveNames } from '../../src/resolve/resolve-names.js';
import { aManifest, aPermissionSet } from '../builders/manifest-builder.js';

const FILE = 'integrations/dreamhouse.yaml';

/** A project shaped like trailheadapps/dreamhouse-lwc: two custom objects, a formula field, an Apex class. */
const DREAMHOUSE: SourceFile[] = [
  { path: 'force-app/main/default/objects/Property__c/Property__c.object-meta.xml', text: '<CustomObject><label>Property</label></CustomObject>' },
  { path: 'force-app/main/default/objects/Property__c/fields/Beds__c.field-meta.xml', text: '<CustomField><fullName>Beds__c</fullName><type>Number</type></CustomField>' },
  { path: 'force-app/main/default/objects/Property__c/fields/Baths__c.field-meta.xml', text: '<CustomField><fullName>Baths__c</fullName><type>Number</type></CustomField>' },
  { path: 'force-app/main/default/objects/Property__c/fields/Price_Sold__c.field-meta.xml', text: '<CustomField><fullName>Price_Sold__c</fullName><type>Currency</type><formula>Price__c * 0.95</formula></CustomField>' },
  { path: 'force-app/main/default/objects/Property__c/fields/Broker__c.field-meta.xml', text: '<CustomField><fullName>Broker__c</fullName><type>MasterDetail</type></CustomField>' },
  { path: 'force-app/main/default/objects/Property__c/recordTypes/Residential.recordType-meta.xml' },
  { path: 'force-app/main/default/objects/Broker__c/Broker__c.object-meta.xml', text: '<CustomObject><label>Broker</label></CustomObject>' },
  { path: 'force-app/main/default/objects/Broker__c/fields/Email__c.field-meta.xml', text: '<CustomField><type>Email</type><required>true</required></CustomField>' },
  { path: 'force-app/main/default/objects/Listing_Setting__mdt/Listing_Setting__mdt.object-meta.xml', text: '<CustomObject><label>Listing Setting</label></CustomObject>' },
  { path: 'force-app/main/default/objects/Sync_Config__c/Sync_Config__c.object-meta.xml', text: '<CustomObject><customSettingsType>Hierarchy</customSettingsType></CustomObject>' },
  { path: 'force-app/main/default/classes/PropertyController.cls-meta.xml' },
  { path: 'force-app/main/default/customPermissions/Bulk_Import.customPermission-meta.xml' },
  { path: 'force-app/main/default/flows/New_Listing.flow-meta.xml' },
  {
    path: 'force-app/main/default/externalCredentials/MLS_API.externalCredential-meta.xml',
    text: '<ExternalCredential><externalCredentialParameters><parameterName>Listing_Feed</parameterName><parameterType>NamedPrincipal</parameterType></externalCredentialParameters></ExternalCredential>',
  },
];

const project = projectSourceOf(DREAMHOUSE);
const resolve = (manifest: Manifest) => resolveNames(FILE, manifest, project);
const withGrants = (grants: Parameters<typeof aPermissionSet>[0]): Manifest => aManifest({ permissionSets: [aPermissionSet({ objects: {}, ...grants })] });
const errors = (manifest: Manifest) => resolve(manifest).filter(({ severity }) => severity !== 'note').map(({ at, message }) => ({ path: at.path.join('.'), message }));
const notes = (manifest: Manifest) => resolve(manifest).filter(({ severity }) => severity === 'note').map(({ at }) => at.path.join('.'));

describe('resolveNames, against the project and the catalogue', () => {
  it('accepts names the project or the catalogue defines, whatever their case', () => {
    const manifest = withGrants({
      objects: {
        property__c: { access: ['read', 'edit'], fields: { BEDS__C: 'edit', Price_Sold__c: 'read' }, recordTypes: ['Residential'] },
        Account: { access: ['read'], fields: { Industry: 'read', AccountNumber: 'edit' } },
      },
      userPermissions: ['ApiEnabled'],
      apexClasses: ['PropertyController'],
      customPermissions: ['Bulk_Import'],
      customMetadataTypes: ['Listing_Setting__mdt'],
      customSettings: ['Sync_Config__c'],
      flows: ['New_Listing'],
      externalCredentialPrincipals: ['MLS_API-Listing_Feed'],
    });

    expect(resolve(manifest)).to.deep.equal([]);
  });

  it('refuses the typos a deploy would refuse, at their line, with the closest known names', () => {
    const manifest = withGrants({
      objects: { Broker_c: { access: ['read'] }, Property__c: { access: ['read'], fields: { Bedrooms__c: 'read' } } },
      userPermissions: ['ApiEnable'],
      apexClasses: ['PropertyControler'],
    });

    expect(errors(manifest)).to.deep.equal([
      { path: 'permissionSets.0.objects.Broker_c', message: '"Broker_c" is neither an object of the project\'s package directories nor a standard object. Did you mean "Broker__c"?' },
      { path: 'permissionSets.0.objects.Property__c.fields.Bedrooms__c', message: 'Bedrooms__c is not a field of Property__c, which the project defines in force-app/main/default/objects/Property__c/Property__c.object-meta.xml.' },
      { path: 'permissionSets.0.userPermissions.0', message: '"ApiEnable" is not a user permission known to the project or to Salesforce. Did you mean "ApiEnabled"?' },
      { path: 'permissionSets.0.apexClasses.0', message: '"PropertyControler" is not an Apex class known to the project. Did you mean "PropertyController"?' },
    ]);
  });

  it('refuses what Salesforce refuses of a field: edit on a formula, security on a required or master-detail field', () => {
    const manifest = withGrants({
      objects: {
        Property__c: { access: ['read', 'edit'], fields: { Price_Sold__c: 'edit', Broker__c: 'read', Name: 'read' } },
        Broker__c: { access: ['read'], fields: { Email__c: 'read' } },
        OrderItem: { fields: { Quantity: 'edit' } },
        Account: { access: ['read'], fields: { CreatedDate: 'read', BillingAddress: 'read', LastActivityDate: 'edit' } },
      },
    });

    expect(errors(manifest).map(({ path, message }) => `${path}: ${message.split(/:| \(/)[0] ?? ''}`)).to.deep.equal([
      'permissionSets.0.objects.Property__c.fields.Price_Sold__c: Property__c.Price_Sold__c is a formula field',
      'permissionSets.0.objects.Property__c.fields.Broker__c: Property__c.Broker__c is a master-detail field',
      'permissionSets.0.objects.Property__c.fields.Name: Property__c.Name is a required field',
      'permissionSets.0.objects.Broker__c.fields.Email__c: Broker__c.Email__c is a required field',
      'permissionSets.0.objects.OrderItem.fields.Quantity: OrderItem.Quantity is a required field',
      'permissionSets.0.objects.Account.fields.CreatedDate: Account.CreatedDate is a system field',
      'permissionSets.0.objects.Account.fields.BillingAddress: Account.BillingAddress is a compound field',
      'permissionSets.0.objects.Account.fields.LastActivityDate: Account.LastActivityDate is read-only',
    ]);
  });

  it('refuses a custom metadata type or a custom setting granted as an object, and an object as a custom setting', () => {
    const manifest = withGrants({ objects: { Listing_Setting__mdt: { access: ['read'] }, Sync_Config__c: { access: ['read'] } }, customSettings: ['Property__c'] });

    expect(errors(manifest)).to.deep.equal([
      { path: 'permissionSets.0.objects.Listing_Setting__mdt', message: '"Listing_Setting__mdt" is a custom metadata type, not an object: its access is not granted here.' },
      { path: 'permissionSets.0.objects.Sync_Config__c', message: '"Sync_Config__c" is a custom setting, not an object: its access is not granted here.' },
      { path: 'permissionSets.0.customSettings.0', message: '"Property__c" is an object, not a custom setting: its access is not granted here.' },
    ]);
  });

  it('refuses access to a child object whose access follows its parent, and keeps its fields', () => {
    const manifest = withGrants({ objects: { Order: { access: ['read', 'edit'] }, OrderItem: { access: ['read'], fields: { UnitPrice: 'edit' } } } });

    expect(errors(manifest)).to.deep.equal([
      {
        path: 'permissionSets.0.objects.OrderItem.access',
        message: 'OrderItem has no object permissions of its own: access to it follows access to its Order, and an object permission on it has no effect.',
      },
    ]);
  });

  it('only notes what only the org can confirm: a managed package, a field created in Setup, an object it does not catalogue', () => {
    const manifest = aManifest({
      permissionSets: [
        aPermissionSet({
          objects: { acme__Invoice__c: { access: ['read'] }, Account: { access: ['read'], fields: { Legacy_Code__c: 'read' } }, WorkOrder: { access: ['read'] } },
          apexClasses: ['ExternalOrderApi'],
          userPermissions: ['ViewDataCategories'],
        }),
      ],
      existingPermissionSets: ['acme__Connector_User'],
    });

    expect(errors(manifest)).to.deep.equal([]);
    expect(notes(manifest)).to.deep.equal([
      'permissionSets.0.objects.acme__Invoice__c',
      'permissionSets.0.objects.Account.fields.Legacy_Code__c',
      'permissionSets.0.objects.WorkOrder',
      'permissionSets.0.apexClasses.0',
      'existingPermissionSets.0',
    ]);
  });

  it('checks the names of the mute as those of a permission set', () => {
    const manifest = aManifest({ permissionSets: [aPermissionSet({ objects: { Property__c: { access: ['read'] } } })], mute: { objects: { Propery__c: { access: ['read'] } } } });

    expect(errors(manifest).map(({ path }) => path)).to.deep.equal(['mute.objects.Propery__c']);
  });

  it('knows an external credential principal by its credential, then its principal', () => {
    const manifest = withGrants({ externalCredentialPrincipals: ['MLS_API-Listing_Fed', 'Other_API-Anyone'] });

    expect(errors(manifest).map(({ message }) => message)).to.deep.equal([
      '"MLS_API-Listing_Fed" is not an external credential principal known to the project. Did you mean "MLS_API-Listing_Feed"?',
    ]);
    expect(notes(manifest)).to.deep.equal(['permissionSets.0.externalCredentialPrincipals.1']);
  });
});
