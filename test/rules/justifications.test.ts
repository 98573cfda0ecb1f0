import { expect } from 'chai';
import type { Manifest } from '../../src/manifest/manifest.js';
import { DEFAULT_CONFIGURATION } from '../../src/rules/rules.js';
import { acceptedGrants } from '../../src/rules/validate-estate.js';
import { anIntegration, findingsFor } from '../builders/estate-builder.js';
import { aManifest, aPermissionSet } from '../builders/manifest-builder.js';

const deletingOrders = (justifications?: Record<string, string>): Manifest =>
  aManifest({ permissionSets: [aPermissionSet({ objects: { Order: { access: ['read', 'edit', 'delete'] } } })], ...(justifications ? { justifications } : {}) });

describe('justifications', () => {
  it('leave an unjustified grant an error', () => {
    const [finding] = findingsFor({ 'erp.yaml': deletingOrders() });

    expect(finding).to.include({ rule: 'object-delete', severity: 'error' });
    expect(finding).not.to.have.property('reason');
  });

  it('turn a justified grant into an accepted note that carries the reason', () => {
    const findings = findingsFor({ 'erp.yaml': deletingOrders({ 'Order.delete': 'Cancelled orders are purged by the ERP' }) });

    expect(findings).to.have.length(1);
    expect(findings[0]).to.include({ rule: 'object-delete', severity: 'note', grant: 'Order.delete', reason: 'Cancelled orders are purged by the ERP' });
  });

  it('accept a grant of their own integration only', () => {
    const findings = findingsFor({
      'a.yaml': deletingOrders({ 'Order.delete': 'Purged by the ERP' }),
      'b.yaml': aManifest({
        name: 'Other',
        user: { username: 'svc.other@acme.example' },
        permissionSets: [aPermissionSet({ objects: { Order: { access: ['delete'] } } })],
      }),
    });

    expect(findings.map(({ integration, severity }) => `${integration} ${severity}`)).to.deep.equal(['ERP_Order_Sync note', 'Other error']);
  });

  it('warn when their grant is gone: they have gone stale', () => {
    const manifest = aManifest({ justifications: { 'Order.delete': 'Cancelled orders are purged by the ERP' } });

    const [finding] = findingsFor({ 'erp.yaml': manifest });

    expect(finding).to.include({ rule: 'stale-justification', severity: 'warning', path: 'justifications.Order.delete', grant: null });
    expect(finding!.message).to.contain('Order.delete');
  });

  it('warn when they name no grant validate reports', () => {
    const findings = findingsFor({ 'erp.yaml': aManifest({ justifications: { 'Order.read': 'Reads orders', 'Order.destroy': 'Typo' } }) });

    expect(findings.map(({ rule, path }) => `${rule} ${path}`)).to.deep.equal(['stale-justification justifications.Order.read', 'stale-justification justifications.Order.destroy']);
  });

  it('do not go stale when their rule is turned off', () => {
    const findings = findingsFor({ 'erp.yaml': deletingOrders({ 'Order.delete': 'Purged by the ERP' }) }, { ...DEFAULT_CONFIGURATION, 'object-delete': 'off' });

    expect(findings).to.deep.equal([]);
  });

  it('accept Modify All as Modify All, which covers the delete and View All it brings', () => {
    const manifest = aManifest({
      permissionSets: [aPermissionSet({ objects: { Order: { access: ['modifyAll'] } } })],
      justifications: { 'Order.modifyAll': 'The ERP owns every order' },
    });

    expect(findingsFor({ 'erp.yaml': manifest }).map(({ rule, severity }) => `${rule} ${severity}`)).to.deep.equal(['object-modify-all note']);
  });

  describe('acceptedGrants (for the documentation page)', () => {
    it('lists each justified grant with its reason, not the stale ones', () => {
      const manifest = aManifest({
        permissionSets: [aPermissionSet({ objects: { Order: { access: ['delete'] } }, userPermissions: ['ViewSetup'] })],
        justifications: { 'Order.delete': 'Purged by the ERP', ViewSetup: 'Reads the org settings', 'Account.delete': 'No longer granted' },
      });

      expect(acceptedGrants(anIntegration(manifest))).to.deep.equal([
        { grant: 'Order.delete', reason: 'Purged by the ERP' },
        { grant: 'ViewSetup', reason: 'Reads the org settings' },
      ]);
    });
  });
});
