import { expect } from 'chai';
import { aManifest, aPermissionSet } from '../builders/manifest-builder.js';
import { findingsFor } from '../builders/estate-builder.js';

const withPermissions = (...userPermissions: string[]) => ({ 'erp.yaml': aManifest({ permissionSets: [aPermissionSet({ userPermissions })] }) });

describe('user permission rules', () => {
  it('reports a critical permission as an error, at its entry in the manifest', () => {
    const findings = findingsFor(withPermissions('ApiEnabled', 'ModifyAllData'));

    expect(findings).to.have.length(1);
    expect(findings[0]).to.include({
      rule: 'critical-user-permission',
      severity: 'error',
      integration: 'ERP_Order_Sync',
      file: 'integrations/erp.yaml',
      path: 'permissionSets[0].userPermissions[1]',
      grant: 'ModifyAllData',
    });
    expect(findings[0]!.message).to.contain('ERP_Order_Sync_Orders').and.contain('ModifyAllData');
    expect(findings[0]!.fix).to.contain('justifications: { ModifyAllData: <why it is needed> }');
  });

  it('reports each critical permission of salesforce-facts.md', () => {
    const critical = ['ModifyAllData', 'ViewAllData', 'ModifyMetadata', 'ManageUsers', 'ManageProfilesPermissionsets', 'AssignPermissionSets', 'CustomizeApplication', 'AuthorApex'];

    const findings = findingsFor(withPermissions(...critical));

    expect(findings.map(({ rule, grant }) => `${rule}:${grant ?? '-'}`)).to.have.members(critical.map((name) => `critical-user-permission:${name}`));
  });

  it('reports a high permission as an error and a medium one as a warning', () => {
    const findings = findingsFor(withPermissions('ManageSharing', 'ViewSetup'));

    expect(findings.map(({ rule, severity, grant }) => [rule, severity, grant])).to.have.deep.members([
      ['high-user-permission', 'error', 'ManageSharing'],
      ['medium-user-permission', 'warning', 'ViewSetup'],
    ]);
  });

  it('recognizes a permission whatever its case in the manifest, and keeps the manifest\'s spelling as the grant', () => {
    const [finding] = findingsFor(withPermissions('modifyalldata'));

    expect(finding).to.include({ rule: 'critical-user-permission', grant: 'modifyalldata' });
  });

  it('reports nothing for permissions an integration commonly needs', () => {
    expect(findingsFor(withPermissions('ApiEnabled', 'ApiUserOnly'))).to.deep.equal([]);
  });

  it('reports nothing for a permission the group mutes', () => {
    const findings = findingsFor({
      'erp.yaml': aManifest({ permissionSets: [aPermissionSet({ userPermissions: ['ViewSetup'] })], mute: { userPermissions: ['ViewSetup'] } }),
    });

    expect(findings).to.deep.equal([]);
  });

  it('reports the permission in each permission set that grants it', () => {
    const findings = findingsFor({
      'erp.yaml': aManifest({
        permissionSets: [aPermissionSet({ userPermissions: ['AuthorApex'] }), aPermissionSet({ name: 'Deploy', userPermissions: ['AuthorApex'] })],
      }),
    });

    expect(findings.map(({ path }) => path)).to.deep.equal(['permissionSets[0].userPermissions[0]', 'permissionSets[1].userPermissions[0]']);
  });
});
