import { expect } from 'chai';
import type { ManifestGrants, ObjectRight } from '../../src/manifest/manifest.js';
import { aManifest, aPermissionSet } from '../builders/manifest-builder.js';
import { findingsFor } from '../builders/estate-builder.js';

const withAccess = (access: ObjectRight[], mute?: ManifestGrants) => ({
  'erp.yaml': aManifest({ permissionSets: [aPermissionSet({ objects: { Order: { access } } })], ...(mute ? { mute } : {}) }),
});

const reported = (access: ObjectRight[], mute?: ManifestGrants): string[] =>
  findingsFor(withAccess(access, mute)).map(({ rule, severity, grant, path }) => `${rule} ${severity} ${grant ?? '-'} ${path}`);

describe('object access rules', () => {
  it('reports nothing for read, create and edit', () => {
    expect(reported(['read', 'create', 'edit'])).to.deep.equal([]);
  });

  it('reports delete as an error at its access entry', () => {
    expect(reported(['read', 'edit', 'delete'])).to.deep.equal(['object-delete error Order.delete permissionSets[0].objects.Order.access[2]']);
  });

  it('reports View All and View All Fields as errors', () => {
    expect(reported(['viewAll', 'viewAllFields'])).to.have.members([
      'object-view-all error Order.viewAll permissionSets[0].objects.Order.access[0]',
      'object-view-all-fields error Order.viewAllFields permissionSets[0].objects.Order.access[1]',
    ]);
  });

  it('reports Modify All once, as Modify All: the delete and View All it brings are part of it', () => {
    expect(reported(['modifyAll'])).to.deep.equal(['object-modify-all error Order.modifyAll permissionSets[0].objects.Order.access[0]']);
  });

  it('reports what stays of Modify All once the group mutes it, pointing at the entry that grants it', () => {
    expect(reported(['modifyAll'], { objects: { Order: { access: ['modifyAll'] } } })).to.have.members([
      'object-delete error Order.delete permissionSets[0].objects.Order.access[0]',
      'object-view-all error Order.viewAll permissionSets[0].objects.Order.access[0]',
    ]);
  });

  it('reports nothing for a right the group mutes', () => {
    expect(reported(['read', 'edit', 'delete'], { objects: { Order: { access: ['delete'] } } })).to.deep.equal([]);
  });

  it('names the permission set and the object in what it grants', () => {
    const [finding] = findingsFor(withAccess(['delete']));

    expect(finding!.message).to.equal('Permission set ERP_Order_Sync_Orders grants delete on Order.');
    expect(finding!.risk).to.match(/destroy/);
    expect(finding!.fix).to.contain('justifications: { Order.delete: <why it is needed> }');
  });
});
