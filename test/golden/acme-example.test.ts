import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { generate } from '../../src/generate/generate.js';
import { aProject, METADATA_DIR, snapshotDir, type TestProject } from '../builders/project-builder.js';
import { metadataSchemaAvailable, schemaErrors } from '../support/metadata-schema.js';
import { resolveComponents } from '../support/resolve-metadata.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/acme', import.meta.url));

/** The committed example is the golden file set: its generated files are what generate must write, byte for byte. */
describe('golden files: examples/acme', () => {
  let project: TestProject;
  let committed: Map<string, string>;

  before(async () => {
    project = await aProject();
    committed = await snapshotDir(EXAMPLE);
    // The project as its authors wrote it: everything but what the ledger says generate wrote, and the ledger.
    const ledger = JSON.parse(committed.get('.intuser/generated.json')!) as { files: Record<string, unknown> };
    for (const path of committed.keys()) {
      if (path === '.intuser/generated.json' || Object.hasOwn(ledger.files, path)) continue;
      // eslint-disable-next-line no-await-in-loop -- a handful of files, copied before the test
      await cp(join(EXAMPLE, path), join(project.dir, path));
    }
  });

  after(() => project.dispose());

  it('generates exactly the committed files from the committed manifests', async () => {
    await generate({ projectDir: project.dir, metadataDir: METADATA_DIR, check: false, force: false, packageDirectories: ['force-app'] });

    const generated = await project.snapshot();
    expect([...generated.keys()]).to.deep.equal([...committed.keys()]);
    expect(generated.size).to.be.greaterThan(40);
    for (const [path, content] of generated) expect(content, path).to.equal(committed.get(path));
  });

  it('finds the committed example up to date', async () => {
    const result = await generate({ projectDir: EXAMPLE, metadataDir: METADATA_DIR, check: true, force: false, packageDirectories: ['force-app'] });

    expect(result.outOfDate).to.deep.equal([]);
    expect(result.upToDate).to.equal(true);
  });

  it('resolves in source-deploy-retrieve to the expected types and names', () => {
    expect(resolveComponents(join(EXAMPLE, 'force-app'))).to.deep.equal([
      'ApexClass:OrderSyncRestResource',
      'ConnectedApp:Boomi_Case_Sync',
      'ConnectedApp:Data_Backup',
      'CustomField:Account.ERP_Customer_Id__c',
      'CustomField:Order.External_Id__c',
      'CustomPermission:Warehouse_Extract',
      'ExternalClientApplication:ERP_Order_Sync',
      'ExternalClientApplication:Warehouse_Loader',
      'ExtlClntAppConfigurablePolicies:ERP_Order_Sync_defaultPolicy',
      'ExtlClntAppConfigurablePolicies:Warehouse_Loader_defaultPolicy',
      'ExtlClntAppGlobalOauthSettings:ERP_Order_Sync_glbloauth',
      'ExtlClntAppGlobalOauthSettings:Warehouse_Loader_glbloauth',
      'ExtlClntAppOauthConfigurablePolicies:ERP_Order_Sync_oauth_defaultPolicy',
      'ExtlClntAppOauthConfigurablePolicies:Warehouse_Loader_oauth_defaultPolicy',
      'ExtlClntAppOauthSettings:ERP_Order_Sync_oauth',
      'ExtlClntAppOauthSettings:Warehouse_Loader_oauth',
      'MutingPermissionSet:ERP_Order_Sync_Muted',
      'PermissionSet:Boomi_Case_Sync_Cases',
      'PermissionSet:Data_Backup_Account_Export',
      'PermissionSet:ERP_Order_Sync_Accounts',
      'PermissionSet:ERP_Order_Sync_Orders',
      'PermissionSet:Warehouse_Loader_Extract_Jobs',
      'PermissionSet:Warehouse_Loader_Sales_Read',
      'PermissionSetGroup:Boomi_Case_Sync',
      'PermissionSetGroup:Data_Backup',
      'PermissionSetGroup:ERP_Order_Sync',
      'PermissionSetGroup:Warehouse_Loader',
    ]);
  });

  it("resolves an environment's variants to the same components as the files they replace", () => {
    expect(resolveComponents(join(EXAMPLE, 'environments', 'uat'))).to.deep.equal([
      'ConnectedApp:Boomi_Case_Sync',
      'ExtlClntAppOauthConfigurablePolicies:ERP_Order_Sync_oauth_defaultPolicy',
      'ExtlClntAppOauthSettings:ERP_Order_Sync_oauth',
    ]);
  });

  it('validates every XML file against the Metadata API schema (metadata-66.0.xsd)', async function () {
    if (!metadataSchemaAvailable()) this.skip();
    const xml = [...committed].filter(([path]) => path.endsWith('-meta.xml')).map(([path, content]) => ({ path, content }));

    expect(xml).to.have.length(30);
    expect(await schemaErrors(xml)).to.deep.equal([]);
  });
});

