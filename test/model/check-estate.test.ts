import { expect } from 'chai';
import { buildIntegration } from '../../src/model/build-integration.js';
import { checkEstate } from '../../src/model/check-estate.js';
import { aManifest, aPermissionSet } from '../builders/manifest-builder.js';

const integration = (file: string, ...overrides: Parameters<typeof aManifest>) => buildIntegration(file, aManifest(...overrides)).value;

describe('checkEstate', () => {
  it('accepts integrations with distinct names', () => {
    expect(checkEstate([integration('integrations/a.yaml', { name: 'A' }), integration('integrations/b.yaml', { name: 'B' })])).to.deep.equal([]);
  });

  it('refuses two manifests for one integration name, whatever the case, naming the first', () => {
    const diagnostics = checkEstate([integration('integrations/b.yaml', { name: 'erp' }), integration('integrations/a.yaml', { name: 'ERP' })]);

    expect(diagnostics).to.have.length.greaterThan(0);
    expect(diagnostics[0]).to.include({ file: 'integrations/b.yaml' });
    expect(diagnostics[0]!.message).to.equal('The integration erp is already defined in integrations/a.yaml.');
  });

  it('refuses permission sets of two integrations that come out with the same API name', () => {
    const diagnostics = checkEstate([
      integration('integrations/a.yaml', { name: 'ERP', permissionSets: [aPermissionSet({ name: 'Order_Sync' })] }),
      integration('integrations/b.yaml', { name: 'ERP_Order', permissionSets: [aPermissionSet({ name: 'Sync' })] }),
    ]);

    expect(diagnostics.map(({ file, at, message }) => [file, at.path, message])).to.deep.equal([
      ['integrations/b.yaml', ['permissionSets', 0, 'name'], 'The PermissionSet ERP_Order_Sync is already generated from integrations/a.yaml.'],
    ]);
  });

  it('refuses an existing permission set that another integration generates, naming its owner', () => {
    const diagnostics = checkEstate([
      integration('integrations/a.yaml', { name: 'ERP', permissionSets: [aPermissionSet({ name: 'Orders' })] }),
      integration('integrations/b.yaml', { name: 'Billing', existingPermissionSets: ['erp_orders', 'acme__Connector_User'] }),
    ]);

    expect(diagnostics.map(({ file, at, message }) => [file, at, message])).to.deep.equal([
      [
        'integrations/b.yaml',
        { path: ['existingPermissionSets'], key: true },
        'erp_orders is generated from integrations/a.yaml, which owns it: generate would delete it when that integration goes, and this group would then name a permission set that is gone.',
      ],
    ]);
  });

  it('lets two integrations list the same existing permission set', () => {
    const shared = { existingPermissionSets: ['Shared_Read_Only'] };

    expect(checkEstate([integration('integrations/a.yaml', { name: 'A', ...shared }), integration('integrations/b.yaml', { name: 'B', ...shared })])).to.deep.equal([]);
  });

  it('refuses an adopted permission set whose name another integration generates, at its apiName', () => {
    const diagnostics = checkEstate([
      integration('integrations/a.yaml', { name: 'Billing', permissionSets: [aPermissionSet({ name: 'Invoices' })] }),
      integration('integrations/b.yaml', { name: 'ERP', permissionSets: [aPermissionSet({ name: 'Orders', apiName: 'billing_invoices' })] }),
    ]);

    expect(diagnostics.map(({ file, at }) => [file, at.path])).to.deep.include(['integrations/b.yaml', ['permissionSets', 0, 'apiName']]);
    expect(diagnostics[0]!.message).to.equal('The PermissionSet billing_invoices is already generated from integrations/a.yaml.');
  });

  it('refuses an adopted name of another integration\'s shape, which that integration would take for its own', () => {
    const diagnostics = checkEstate([
      integration('integrations/a.yaml', { name: 'Billing' }),
      integration('integrations/b.yaml', { name: 'ERP', permissionSets: [aPermissionSet({ apiName: 'Billing_Legacy' })], app: { type: 'connectedApp', apiName: 'billing' } }),
    ]);

    expect(diagnostics.map(({ file, at, message }) => [file, at.path, message])).to.deep.equal([
      [
        'integrations/b.yaml',
        ['permissionSets', 0, 'apiName'],
        "The adopted name Billing_Legacy has the shape of the integration Billing's own names (integrations/a.yaml): its deploy --prune and generate's record of its files would take it for that integration's.",
      ],
      ['integrations/b.yaml', ['app', 'apiName'], "The adopted name billing has the shape of the integration Billing's own names (integrations/a.yaml): its deploy --prune and generate's record of its files would take it for that integration's."],
    ]);
  });

  it('refuses two apps of one name, adopted or not', () => {
    const diagnostics = checkEstate([
      integration('integrations/a.yaml', { name: 'Billing', app: {} }),
      integration('integrations/b.yaml', { name: 'ERP', app: { apiName: 'Legacy_App' } }),
      integration('integrations/c.yaml', { name: 'Warehouse', app: { apiName: 'legacy_app' } }),
    ]);

    expect(diagnostics.map(({ file, at, message }) => [file, at.path, message])).to.deep.equal([
      ['integrations/c.yaml', ['app', 'apiName'], 'The ExternalClientApplication legacy_app is already generated from integrations/b.yaml.'],
    ]);
  });
});
