import { expect } from 'chai';
import { buildIntegration } from '../../src/model/build-integration.js';
import { aManifest, aPermissionSet } from '../builders/manifest-builder.js';

const FILE = 'integrations/erp.yaml';

describe('buildIntegration', () => {
  it('derives labels, the user and names from the manifest', () => {
    const { value, diagnostics } = buildIntegration(FILE, aManifest());

    expect(diagnostics).to.deep.equal([]);
    expect(value.label).to.equal('ERP Order Sync');
    expect(value.permissionSets.map(({ apiName, label }) => [apiName, label])).to.deep.equal([['ERP_Order_Sync_Orders', 'ERP Order Sync - Orders']]);
    expect(value.user).to.deep.equal({
      username: 'svc.erp-sync@acme.example',
      lastName: 'ERP Order Sync',
      alias: 'erporder',
      email: 'integrations@acme.example',
      timeZone: 'GMT',
      locale: 'en_US',
      language: 'en_US',
    });
  });

  it('keeps what the manifest says over the defaults', () => {
    const manifest = aManifest({
      label: 'NetSuite',
      user: { username: 'svc@acme.example', firstName: 'Net', lastName: 'Suite', alias: 'ns', email: 'ops@acme.example', timeZone: 'Europe/Paris', locale: 'fr_FR', language: 'fr' },
    });

    const { value } = buildIntegration(FILE, manifest);

    expect(value.user).to.deep.equal({ username: 'svc@acme.example', firstName: 'Net', lastName: 'Suite', alias: 'ns', email: 'ops@acme.example', timeZone: 'Europe/Paris', locale: 'fr_FR', language: 'fr' });
    expect(value.permissionSets[0]!.label).to.equal('NetSuite - Orders');
  });

  it('writes out the rights a grant requires and field edit as read and edit', () => {
    const manifest = aManifest({ permissionSets: [aPermissionSet({ objects: { Order: { access: ['delete'], fields: { Status: 'edit', Description: 'read' } } } })] });

    const { grants } = buildIntegration(FILE, manifest).value.permissionSets[0]!;

    expect(grants.objects).to.deep.equal([
      // Salesforce requires Read on Accounts for any access to orders: it is written out, and says why.
      { object: 'Account', rights: ['read'], implied: { rights: ['read'], by: [{ object: 'Order', right: 'read' }] } },
      { object: 'Order', rights: ['read', 'edit', 'delete'] },
    ]);
    expect(grants.fields).to.deep.equal([
      { field: 'Order.Description', readable: true, editable: false },
      { field: 'Order.Status', readable: true, editable: true },
    ]);
  });

  it('builds the muting permission set with what muting implies', () => {
    const manifest = aManifest({
      permissionSets: [aPermissionSet({ objects: { Order: { access: ['read', 'edit', 'delete'], fields: { Status: 'edit' } } } })],
      mute: { objects: { Order: { access: ['edit'], fields: { Status: 'edit' } } } },
    });

    const { value, diagnostics } = buildIntegration(FILE, manifest);

    expect(diagnostics).to.deep.equal([]);
    expect(value.muting?.apiName).to.equal('ERP_Order_Sync_Muted');
    expect(value.muting?.grants.objects).to.deep.equal([{ object: 'Order', rights: ['edit', 'delete', 'modifyAll'] }]);
    expect(value.muting?.grants.fields).to.deep.equal([{ field: 'Order.Status', readable: false, editable: true }]);
  });

  it('refuses to mute what no permission set grants', () => {
    const manifest = aManifest({ mute: { objects: { Order: { access: ['delete'] } }, userPermissions: ['ViewSetup'] } });

    const { diagnostics } = buildIntegration(FILE, manifest);

    expect(diagnostics.map(({ at, message }) => [at.path, message])).to.deep.equal([
      [['mute', 'objects', 'Order', 'access', 0], 'Order.delete is muted, but no permission set of this integration grants it: muting it changes nothing.'],
      [['mute', 'userPermissions', 0], 'ViewSetup is muted, but no permission set of this integration grants it: muting it changes nothing.'],
    ]);
  });

  it('refuses two permission sets of the same name, whatever their case', () => {
    const manifest = aManifest({ permissionSets: [aPermissionSet({ name: 'Orders' }), aPermissionSet({ name: 'ORDERS' })] });

    const { diagnostics } = buildIntegration(FILE, manifest);

    expect(diagnostics).to.have.length(1);
    expect(diagnostics[0]!.at.path).to.deep.equal(['permissionSets', 1, 'name']);
  });

  it('refuses a permission set API name longer than 80 characters', () => {
    const manifest = aManifest({ name: 'A'.repeat(40), permissionSets: [aPermissionSet({ name: 'B'.repeat(40) })] });

    const { diagnostics } = buildIntegration(FILE, manifest);

    expect(diagnostics[0]!.message).to.match(/has 81 characters; Salesforce allows 80/);
    expect(diagnostics[0]!.fix).to.contain('39 characters');
  });
});

describe('names Salesforce takes as one', () => {
  it('refuses an object, a field or a permission listed twice in different cases', () => {
    const manifest = aManifest({
      permissionSets: [
        aPermissionSet({
          objects: { Account: { access: ['read'], fields: { Site: 'read', site: 'read' } }, account: { access: ['read'] } },
          userPermissions: ['ApiEnabled', 'apienabled'],
        }),
      ],
    });

    const { diagnostics } = buildIntegration(FILE, manifest);

    expect(diagnostics.map(({ at }) => at.path)).to.deep.equal([
      ['permissionSets', 0, 'objects', 'account'],
      ['permissionSets', 0, 'objects', 'Account', 'fields', 'site'],
      ['permissionSets', 0, 'userPermissions', 1],
    ]);
    expect(diagnostics[0]!.message).to.equal('"account" is "Account" again: Salesforce compares API names without case.');
  });
});

describe('grants beyond objects and permissions', () => {
  it('names record types Object.RecordType and sorts every list, each name once', () => {
    const manifest = aManifest({
      permissionSets: [
        aPermissionSet({
          objects: { Case: { access: ['create'], recordTypes: ['Support', 'Field_Service'] }, Account: { access: ['edit'], recordTypes: ['Partner'] } },
          customMetadataTypes: ['Sync_Setting__mdt', 'Mapping__mdt'],
          customSettings: ['Sync_Config__c'],
          flows: ['Route_Case', 'Case_Intake'],
          externalCredentialPrincipals: ['ERP_API-Order_Sync', 'Bank-Payments'],
        }),
      ],
    });

    const { value, diagnostics } = buildIntegration(FILE, manifest);
    const { grants } = value.permissionSets[0]!;

    expect(diagnostics).to.deep.equal([]);
    expect(grants.recordTypes).to.deep.equal(['Account.Partner', 'Case.Field_Service', 'Case.Support']);
    expect(grants.customMetadataTypes).to.deep.equal(['Mapping__mdt', 'Sync_Setting__mdt']);
    expect(grants.customSettings).to.deep.equal(['Sync_Config__c']);
    expect(grants.flows).to.deep.equal(['Case_Intake', 'Route_Case']);
    expect(grants.externalCredentialPrincipals).to.deep.equal(['Bank-Payments', 'ERP_API-Order_Sync']);
  });

  it('leaves every new list empty when the manifest does not use it', () => {
    const { grants } = buildIntegration(FILE, aManifest()).value.permissionSets[0]!;

    expect([grants.recordTypes, grants.customMetadataTypes, grants.customSettings, grants.flows, grants.externalCredentialPrincipals]).to.deep.equal([[], [], [], [], []]);
  });

  it('refuses record types on an object the permission set neither creates nor edits: reading needs none', () => {
    const manifest = aManifest({ permissionSets: [aPermissionSet({ objects: { Case: { access: ['read', 'viewAll'], recordTypes: ['Support'] } } })] });

    const { diagnostics } = buildIntegration(FILE, manifest);

    expect(diagnostics.map(({ at, message, fix }) => [at, message, fix])).to.deep.equal([
      [
        { path: ['permissionSets', 0, 'objects', 'Case', 'recordTypes'], key: true },
        'Record types of Case only matter to create records of a type or move records to it (reading needs none), and this permission set neither creates nor edits them.',
        'Grant create or edit on Case, or remove its "recordTypes".',
      ],
    ]);
  });

  it('takes delete as edit for record types, since delete brings edit', () => {
    const manifest = aManifest({ permissionSets: [aPermissionSet({ objects: { Case: { access: ['delete'], recordTypes: ['Support'] } } })] });

    expect(buildIntegration(FILE, manifest).diagnostics).to.deep.equal([]);
  });

  it('refuses a record type, a flow or a principal listed twice in different cases', () => {
    const manifest = aManifest({
      permissionSets: [
        aPermissionSet({
          objects: { Case: { access: ['create'], recordTypes: ['Support', 'SUPPORT'] } },
          flows: ['Case_Intake', 'case_intake'],
          externalCredentialPrincipals: ['ERP-Sync', 'erp-sync'],
        }),
      ],
    });

    const { diagnostics } = buildIntegration(FILE, manifest);

    expect(diagnostics.map(({ at }) => at.path)).to.deep.equal([
      ['permissionSets', 0, 'objects', 'Case', 'recordTypes', 1],
      ['permissionSets', 0, 'flows', 1],
      ['permissionSets', 0, 'externalCredentialPrincipals', 1],
    ]);
  });

  it('mutes record types and the new lists the way it mutes permissions', () => {
    const manifest = aManifest({
      permissionSets: [aPermissionSet({ objects: { Case: { access: ['create'], recordTypes: ['Support'] } }, flows: ['Case_Intake'], customSettings: ['Sync_Config__c'] })],
      mute: { objects: { Case: { recordTypes: ['Support'] } }, flows: ['Case_Intake'] },
    });

    const { value, diagnostics } = buildIntegration(FILE, manifest);

    expect(diagnostics).to.deep.equal([]);
    expect(value.muting?.grants.recordTypes).to.deep.equal(['Case.Support']);
    expect(value.muting?.grants.flows).to.deep.equal(['Case_Intake']);
    expect(value.muting?.grants.customSettings).to.deep.equal([]);
  });

  it('refuses to mute a record type or a flow no permission set grants', () => {
    const manifest = aManifest({ mute: { objects: { Case: { recordTypes: ['Support'] } }, flows: ['Case_Intake'] } });

    const { diagnostics } = buildIntegration(FILE, manifest);

    expect(diagnostics.map(({ at, message }) => [at.path, message])).to.deep.equal([
      [['mute', 'objects', 'Case', 'recordTypes', 0], 'Case.Support is muted, but no permission set of this integration grants it: muting it changes nothing.'],
      [['mute', 'flows', 0], 'Case_Intake is muted, but no permission set of this integration grants it: muting it changes nothing.'],
    ]);
  });
});

describe('existing permission sets', () => {
  it('keeps them apart from the generated ones, sorted', () => {
    const { value, diagnostics } = buildIntegration(FILE, aManifest({ existingPermissionSets: ['Shared_Read_Only', 'acme__Connector_User'] }));

    expect(diagnostics).to.deep.equal([]);
    expect(value.existingPermissionSets).to.deep.equal(['Shared_Read_Only', 'acme__Connector_User']);
    expect(value.permissionSets.map(({ apiName }) => apiName)).to.deep.equal(['ERP_Order_Sync_Orders']);
  });

  it('keeps the app to holders of the integration\'s own permission sets: an existing one is shared', () => {
    const { value } = buildIntegration(FILE, aManifest({ existingPermissionSets: ['Shared_Read_Only'], app: {} }));

    expect(value.app?.permissionSets).to.deep.equal(['ERP_Order_Sync_Orders']);
  });

  it('refuses one of the integration\'s own generated permission sets, whatever its case', () => {
    const { diagnostics } = buildIntegration(FILE, aManifest({ existingPermissionSets: ['Shared_Read_Only', 'erp_order_sync_orders'] }));

    expect(diagnostics.map(({ at, message }) => [at.path, message])).to.deep.equal([
      [['existingPermissionSets', 1], 'erp_order_sync_orders is generated by this integration (permissionSets[0]): an existing permission set is one that plugin-intuser does not generate.'],
    ]);
  });

  it('refuses one listed twice in different cases', () => {
    const { diagnostics } = buildIntegration(FILE, aManifest({ existingPermissionSets: ['Shared_Read_Only', 'shared_read_only'] }));

    expect(diagnostics.map(({ at }) => at.path)).to.deep.equal([['existingPermissionSets', 1]]);
  });

  it('lets the group mute what no generated permission set grants: an existing one may grant it', () => {
    const manifest = aManifest({ existingPermissionSets: ['acme__Connector_User'], mute: { objects: { Account: { access: ['delete'] } }, userPermissions: ['ViewSetup'] } });

    const { value, diagnostics } = buildIntegration(FILE, manifest);

    expect(diagnostics).to.deep.equal([]);
    expect(value.muting?.grants.objects).to.deep.equal([{ object: 'Account', rights: ['delete', 'modifyAll'] }]);
  });
});


describe('names adopted in place (apiName)', () => {
  it('gives a permission set and the app the API names the org has, and says they are adopted', () => {
    const manifest = aManifest({
      permissionSets: [aPermissionSet({ name: 'Orders', apiName: 'Legacy_Order_Access' }), aPermissionSet({ name: 'Invoices' })],
      app: { type: 'connectedApp', apiName: 'MuleSoft_Connector' },
    });

    const { value, diagnostics } = buildIntegration(FILE, manifest);

    expect(diagnostics).to.deep.equal([]);
    expect(value.permissionSets.map(({ apiName, adopted }) => [apiName, adopted])).to.deep.equal([
      ['ERP_Order_Sync_Invoices', undefined],
      ['Legacy_Order_Access', true],
    ]);
    expect(value.app).to.include({ apiName: 'MuleSoft_Connector', adopted: true });
    expect(value.app?.permissionSets).to.deep.equal(['ERP_Order_Sync_Invoices', 'Legacy_Order_Access']);
  });

  it('names the app after the integration when it adopts none', () => {
    expect(buildIntegration(FILE, aManifest({ app: {} })).value.app).to.include({ apiName: 'ERP_Order_Sync' }).and.not.have.property('adopted');
  });

  it('refuses an adopted permission set listed as existing too', () => {
    const { diagnostics } = buildIntegration(FILE, aManifest({ permissionSets: [aPermissionSet({ apiName: 'Legacy_Order_Access' })], existingPermissionSets: ['legacy_order_access'] }));

    expect(diagnostics.map(({ at }) => at.path)).to.deep.equal([['existingPermissionSets', 0]]);
  });

  it('measures an adopted name as it is: a long integration name does not make it too long', () => {
    const { diagnostics } = buildIntegration(FILE, aManifest({ name: 'A'.repeat(40), permissionSets: [aPermissionSet({ name: 'B'.repeat(60), apiName: 'Legacy_Order_Access', label: 'Legacy Order Access' })] }));

    expect(diagnostics).to.deep.equal([]);
  });
});
