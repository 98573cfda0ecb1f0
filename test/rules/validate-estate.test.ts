import { expect } from 'chai';
import { aManifest, aPermissionSet } from '../builders/manifest-builder.js';
import { findingsFor } from '../builders/estate-builder.js';

describe('validateEstate', () => {
  it('gives each finding its rule, severity, integration, place, grant, message, risk and fix', () => {
    const manifest = [
      'name: ERP_Order_Sync',
      'contact: integrations@acme.example',
      'user: { username: svc.erp-sync@acme.example }',
      'permissionSets:',
      '  - name: Orders',
      '    objects:',
      '      Order:',
      '        access:',
      '          - read',
      '          - modifyAll',
      '',
    ].join('\n');

    const [finding] = findingsFor({ 'erp.yaml': manifest });

    expect(finding).to.deep.include({
      rule: 'object-modify-all',
      severity: 'error',
      integration: 'ERP_Order_Sync',
      file: 'integrations/erp.yaml',
      line: 10,
      column: 13,
      path: 'permissionSets[0].objects.Order.access[1]',
      grant: 'Order.modifyAll',
      message: 'Permission set ERP_Order_Sync_Orders grants Modify All on Order: read, edit and delete every record, whoever owns it.',
    });
    expect(finding!.risk).to.contain('ignores sharing');
    expect(finding!.fix).to.equal(
      'Grant read, create and edit instead, and share with the integration user the records it works on. ' +
        'If the integration needs it, justify it in the manifest instead: justifications: { Order.modifyAll: <why it is needed> }.'
    );
    expect(finding).not.to.have.property('reason');
  });

  it('places findings in JSON manifests too', () => {
    const json = JSON.stringify(aManifest({ permissionSets: [aPermissionSet({ userPermissions: ['AuthorApex'] })] }), null, 2);

    const [finding] = findingsFor({ 'erp.json': json });

    const line = json.split('\n').findIndex((text) => text.includes('"AuthorApex"')) + 1;
    expect(finding).to.include({ file: 'integrations/erp.json', line, path: 'permissionSets[0].userPermissions[0]' });
  });

  it('orders findings by integration, then file and line', () => {
    const findings = findingsFor({
      'a.yaml': aManifest({
        name: 'Zeta',
        user: { username: 'svc.zeta@acme.example' },
        permissionSets: [aPermissionSet({ objects: { Order: { access: ['delete'] } }, userPermissions: ['AuthorApex'] })],
      }),
      'b.yaml': aManifest({ name: 'Alpha', user: { username: 'svc.alpha@acme.example' }, permissionSets: [aPermissionSet({ userPermissions: ['ViewSetup'] })] }),
    });

    expect(findings.map(({ integration, rule }) => `${integration} ${rule}`)).to.deep.equal([
      'Alpha medium-user-permission',
      'Zeta object-delete',
      'Zeta critical-user-permission',
    ]);
  });
});
