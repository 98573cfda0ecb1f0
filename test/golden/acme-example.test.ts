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
    await cp(join(EXAMPLE, 'integrations'), join(project.dir, 'integrations'), { recursive: true });
    await cp(join(EXAMPLE, 'sfdx-project.json'), join(project.dir, 'sfdx-project.json'));
    committed = await snapshotDir(EXAMPLE);
  });

  after(() => project.dispose());

  it('generates exactly the committed files from the committed manifests', async () => {
    await generate({ projectDir: project.dir, metadataDir: METADATA_DIR, check: false, force: false });

    const generated = await project.snapshot();
    expect([...generated.keys()]).to.deep.equal([...committed.keys()].filter((path) => path !== 'README.md'));
    for (const [path, content] of generated) expect(content, path).to.equal(committed.get(path));
  });

  it('finds the committed example up to date', async () => {
    const result = await generate({ projectDir: EXAMPLE, metadataDir: METADATA_DIR, check: true, force: false });

    expect(result.outOfDate).to.deep.equal([]);
    expect(result.upToDate).to.equal(true);
  });

  it('resolves in source-deploy-retrieve to the expected types and names', () => {
    expect(resolveComponents(join(EXAMPLE, 'force-app'))).to.deep.equal([
      'MutingPermissionSet:ERP_Order_Sync_Muted',
      'PermissionSet:ERP_Order_Sync_Accounts',
      'PermissionSet:ERP_Order_Sync_Orders',
      'PermissionSet:Warehouse_Loader_Extract_Jobs',
      'PermissionSet:Warehouse_Loader_Sales_Read',
      'PermissionSetGroup:ERP_Order_Sync',
      'PermissionSetGroup:Warehouse_Loader',
    ]);
  });

  it('validates every XML file against the Metadata API schema (metadata-66.0.xsd)', async function () {
    if (!metadataSchemaAvailable()) this.skip();
    const xml = [...committed].filter(([path]) => path.endsWith('-meta.xml')).map(([path, content]) => ({ path, content }));

    expect(xml).to.have.length(7);
    expect(await schemaErrors(xml)).to.deep.equal([]);
  });
});

