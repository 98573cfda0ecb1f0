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
