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
});
