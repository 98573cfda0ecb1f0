import { expect } from 'chai';
import { planEstate } from '../../src/estate/plan-estate.js';
import { validateManifests } from '../../src/manifest/validate-manifests.js';
import { DEFAULT_LAYOUT } from '../../src/project/output-layout.js';
import { ownershipOf } from '../../src/sync/ownership.js';
import { aManifest, aPermissionSet, toYaml } from '../builders/manifest-builder.js';
import { METADATA_DIR } from '../builders/project-builder.js';

const owns = ownershipOf(DEFAULT_LAYOUT);

describe('ownershipOf', () => {
  it('owns every file generate writes for an integration, environments and app included, and none for another', () => {
    const manifest = aManifest({
      permissionSets: [aPermissionSet(), aPermissionSet({ name: 'Accounts' })],
      mute: { objects: { Order: { fields: { Description: 'read' } } } },
      app: { scopes: ['api'] },
      environments: { uat: { user: { username: 'svc.erp@acme.example.uat' } } },
    });
    const plan = planEstate(validateManifests([{ file: 'integrations/erp.yaml', text: toYaml(manifest) }]), new Map(), { ...DEFAULT_LAYOUT, metadataDir: METADATA_DIR });
    if (!plan.ok) throw new Error(JSON.stringify(plan.diagnostics));

    expect(plan.files.filter(({ path }) => !owns(path, 'ERP_Order_Sync')).map(({ path }) => path)).to.deep.equal([]);
    expect(plan.files.filter(({ path }) => owns(path, 'Sales'))).to.deep.equal([]);
  });

  it('owns the metadata of an earlier output folder, but nothing else of the project', () => {
    expect(owns('src/main/default/permissionsets/ERP_Old.permissionset-meta.xml', 'ERP')).to.equal(true);
    for (const path of [
      'integrations/erp.yaml',
      'README.md',
      '.git/config',
      'config/integration-users/notes.md',
      'docs/integrations/Other.md',
      `${METADATA_DIR}/permissionsets/Sales_ERP.permissionset-meta.xml`,
      `${METADATA_DIR}/classes/ERP.cls`,
      `.hidden/permissionsets/ERP_A.permissionset-meta.xml`,
      '../ERP_A.permissionset-meta.xml',
    ]) {
      expect(owns(path, 'ERP'), path).to.equal(false);
    }
  });

  it('owns the files of the components an integration adopts under their own names, and only for that integration', () => {
    const adopting = ownershipOf(DEFAULT_LAYOUT, new Map([['ERP', { permissionSets: ['Legacy_Orders'], app: 'MuleSoft_Connector' }]]));

    for (const path of [
      `${METADATA_DIR}/permissionsets/Legacy_Orders.permissionset-meta.xml`,
      `${METADATA_DIR}/connectedApps/MuleSoft_Connector.connectedApp-meta.xml`,
      `${METADATA_DIR}/extlClntAppOauthPolicies/MuleSoft_Connector_oauth_defaultPolicy.ecaOauthPlcy-meta.xml`,
      `environments/uat/${METADATA_DIR}/connectedApps/MuleSoft_Connector.connectedApp-meta.xml`,
    ]) {
      expect(adopting(path, 'ERP'), path).to.equal(true);
      expect(adopting(path, 'Sales'), path).to.equal(false);
    }
    expect(adopting(`${METADATA_DIR}/permissionsets/Legacy_Accounts.permissionset-meta.xml`, 'ERP')).to.equal(false);
    expect(owns(`${METADATA_DIR}/permissionsets/Legacy_Orders.permissionset-meta.xml`, 'ERP')).to.equal(false);
  });
});

