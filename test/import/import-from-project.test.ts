import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import { load } from 'js-yaml';
import { generate } from '../../src/generate/generate.js';
import { renderImport } from '../../src/import/render-import.js';
import { importFromProject, type ImportOptions } from '../../src/import/run-import.js';
import type { Manifest } from '../../src/manifest/manifest.js';
import { orgPermissionSetXml } from '../builders/legacy-integration-builder.js';
import { aProject, METADATA_DIR, type TestProject } from '../builders/project-builder.js';
import { rejectionOf } from '../support/rejection.js';

const HAND_WRITTEN = `${METADATA_DIR}/permissionsets/ERP_Orders.permissionset-meta.xml`;

/** `sf intuser import --permission-set`: nothing is asked of any org. */
describe('importFromProject, offline', () => {
  let project: TestProject;

  const runImport = (permissionSets: readonly string[], options: Partial<ImportOptions> = {}) =>
    importFromProject({ projectDir: project.dir, packageDirectories: ['force-app'], name: 'ERP_Order_Sync', username: 'svc.erp@acme.example', keepNames: false, force: false, fromProfile: false, ...options }, permissionSets);

  const manifest = async (): Promise<Manifest> => load(await project.read('integrations/erp-order-sync.yaml')) as Manifest;

  beforeEach(async () => {
    project = await aProject();
    await project.write(HAND_WRITTEN, orgPermissionSetXml({ label: 'ERP Orders', objects: { Order: ['read', 'edit'] }, fields: { 'Order.Description': 'edit' }, apexClasses: ['OrderSyncRestResource'] }));
  });

  afterEach(() => project.dispose());

  it('writes the committed permission sets as a manifest, a package\'s one as existing', async () => {
    const result = await runImport(['erp_orders', 'acme__Connector_User']);

    expect(await manifest()).to.deep.equal({
      name: 'ERP_Order_Sync',
      contact: 'svc.erp@acme.example',
      user: { username: 'svc.erp@acme.example' },
      permissionSets: [{ name: 'ERP_Orders', objects: { Order: { access: ['edit'], fields: { Description: 'edit' } } }, apexClasses: ['OrderSyncRestResource'] }],
      existingPermissionSets: ['acme__Connector_User'],
    });
    expect(result.source).to.deep.equal({ kind: 'project', files: [HAND_WRITTEN] });
    expect(result.permissionSets).to.deep.equal([{ from: 'ERP_Orders', to: 'ERP_Order_Sync_ERP_Orders', adopted: false }]);
    expect((await project.read('integrations/erp-order-sync.yaml')).replace(/\n# /g, ' ')).to.contain('sf intuser validate, missing-contact (warning)');
  });

  it('adopts them under their own names with keepNames, and says to retire the hand-written file, which generate never overwrites', async () => {
    const result = await runImport(['ERP_Orders'], { keepNames: true });

    expect((await manifest()).permissionSets[0]).to.include({ name: 'ERP_Orders', apiName: 'ERP_Orders', label: 'ERP Orders' });
    expect(renderImport(result).join('\n')).to.contain(`The project commits these permission sets by hand: ${HAND_WRITTEN}.`);
    const refused = await rejectionOf(generate({ projectDir: project.dir, metadataDir: METADATA_DIR, check: false, force: false }));
    expect(refused.message).to.contain(HAND_WRITTEN);

    await rm(join(project.dir, HAND_WRITTEN));
    await generate({ projectDir: project.dir, metadataDir: METADATA_DIR, check: false, force: false });

    expect(await project.read(HAND_WRITTEN)).to.contain('<label>ERP Orders</label>');
  });

  it('names the permission sets the project does not have, and writes nothing', async () => {
    const refused = await rejectionOf(runImport(['ERP_Orders', 'ERP_Invoices']));

    expect(refused).to.include({ name: 'PermissionSetNotFoundError' });
    expect(refused.message).to.equal('No permission set ERP_Invoices in the project\'s package directories (force-app).');
    expect([...(await project.snapshot()).keys()]).to.not.include('integrations/erp-order-sync.yaml');
  });

  it('names a committed file that is not metadata', async () => {
    await project.write(HAND_WRITTEN, '<PermissionSet><label>broken');

    const refused = await rejectionOf(runImport(['ERP_Orders']));

    expect(refused).to.include({ name: 'UnreadableMetadataError' });
    expect(refused.message).to.contain(HAND_WRITTEN);
  });

  it('refuses a name that is not an integration name', async () => {
    const refused = await rejectionOf(runImport(['ERP_Orders'], { name: 'erp-order-sync' }));

    expect(refused).to.include({ name: 'InvalidIntegrationNameError' });
  });
});
