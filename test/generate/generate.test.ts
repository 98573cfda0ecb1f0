import { expect } from 'chai';
import { generate, type GenerateOptions } from '../../src/generate/generate.js';
import { mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '../../src/sync/canonical.js';
import { LEDGER_PATH } from '../../src/sync/ledger.js';
import { aManifest, aPermissionSet } from '../builders/manifest-builder.js';
import { aProject, METADATA_DIR, type TestProject } from '../builders/project-builder.js';
import { rejectionOf } from '../support/rejection.js';

const PS_DIR = `${METADATA_DIR}/permissionsets`;
const ORDERS = `${PS_DIR}/ERP_Order_Sync_Orders.permissionset-meta.xml`;
const GROUP = `${METADATA_DIR}/permissionsetgroups/ERP_Order_Sync.permissionsetgroup-meta.xml`;

const run = (project: TestProject, options: Partial<GenerateOptions> = {}) =>
  generate({ projectDir: project.dir, metadataDir: METADATA_DIR, check: false, force: false, ...options });


describe('generate', () => {
  let project: TestProject;

  beforeEach(async () => {
    project = await aProject({ 'erp.yaml': aManifest() });
  });

  afterEach(() => project.dispose());

  describe('writing', () => {
    it('writes the permission sets, the group, the user definition, the page and the ledger', async () => {
      const result = await run(project);

      expect(result.integrations).to.have.length(1);
      expect(result.integrations[0]!.written).to.deep.equal([
        'config/integration-users/ERP_Order_Sync.user-def.json',
        'docs/integrations/ERP_Order_Sync.md',
        GROUP,
        ORDERS,
      ]);
      expect([...(await project.snapshot()).keys()]).to.include(LEDGER_PATH);
    });

    it('rewrites nothing on a second run', async () => {
      await run(project);
      const before = await project.snapshot();

      const result = await run(project);

      expect(result.integrations[0]!.written).to.deep.equal([]);
      expect(result.integrations[0]!.unchanged).to.have.length(4);
      expect(await project.snapshot()).to.deep.equal(before);
    });

    it('gives the same bytes whatever the order of keys and list entries in the manifest', async () => {
      const generated = async () => new Map([...(await project.snapshot())].filter(([path]) => !path.startsWith('integrations/')));
      await project.writeManifest('erp.yaml', aManifest({ permissionSets: [aPermissionSet({ objects: { Order: { access: ['edit', 'read'], fields: { PoNumber: 'read', Description: 'edit' } }, Account: { access: ['read'] } }, apexClasses: ['B', 'A'] })] }));
      await run(project);
      const first = await generated();
      await project.writeManifest(
        'erp.yaml',
        `permissionSets:\n  - apexClasses: [A, B]\n    objects:\n      Account: { access: [read] }\n      Order:\n        fields: { Description: edit, PoNumber: read }\n        access: [read, edit]\n    name: Orders\nuser: { username: svc.erp-sync@acme.example }\ncontact: integrations@acme.example\nname: ERP_Order_Sync\n`
      );

      await run(project);

      expect(await generated()).to.deep.equal(first);
    });

    it('removes the files of a permission set that left the manifest', async () => {
      await project.writeManifest('erp.yaml', aManifest({ permissionSets: [aPermissionSet(), aPermissionSet({ name: 'Accounts' })] }));
      await run(project);
      await project.writeManifest('erp.yaml', aManifest());

      const result = await run(project);

      expect(result.integrations[0]!.removed).to.deep.equal([`${PS_DIR}/ERP_Order_Sync_Accounts.permissionset-meta.xml`]);
      expect([...(await project.snapshot()).keys()].filter((path) => path.startsWith(PS_DIR))).to.deep.equal([ORDERS]);
    });

    it('removes the provisioning script an earlier version wrote: deploy provisions the user now', async () => {
      await run(project);
      const script = 'config/integration-users/ERP_Order_Sync.provision.apex';
      const content = '// Provisions the integration user of ERP_Order_Sync\n';
      await project.write(script, content);
      const ledger = JSON.parse(await project.read(LEDGER_PATH)) as { files: Record<string, unknown> };
      ledger.files[script] = { integration: 'ERP_Order_Sync', sha256: sha256(content) };
      await project.write(LEDGER_PATH, `${JSON.stringify(ledger, null, 2)}\n`);

      const result = await run(project);

      expect(result.integrations[0]!.removed).to.deep.equal([script]);
      expect([...(await project.snapshot()).keys()]).not.to.include(script);
    });

    it('removes every file of an integration whose manifest is gone', async () => {
      await project.writeManifest('warehouse.yaml', aManifest({ name: 'Warehouse', user: { username: 'svc.wh@acme.example' } }));
      await run(project);
      await project.removeManifest('warehouse.yaml');

      const result = await run(project);

      const warehouse = result.integrations.find(({ name }) => name === 'Warehouse');
      expect(warehouse).to.include({ manifest: null });
      expect(warehouse!.removed).to.have.length(4);
      expect([...(await project.snapshot()).keys()].some((path) => path.includes('Warehouse'))).to.equal(false);
    });

    it('reports what validate would find, without refusing to write', async () => {
      await project.writeManifest('erp.yaml', aManifest({ permissionSets: [aPermissionSet({ userPermissions: ['ModifyAllData'] })] }));

      const result = await run(project);

      expect(result.findings.map(({ rule, severity }) => `${rule} ${severity}`)).to.deep.equal(['critical-user-permission error']);
      expect(result.integrations[0]!.written).to.have.length(4);
    });

    it('writes metadata where it is told to, inside the project', async () => {
      const result = await run(project, { metadataDir: 'access/main/default' });

      expect(result.outputDir).to.equal('access/main/default');
      expect(await project.read('access/main/default/permissionsetgroups/ERP_Order_Sync.permissionsetgroup-meta.xml')).to.contain('<PermissionSetGroup');
    });
  });

  describe('files it does not own', () => {
    it('refuses to overwrite a file it did not generate, and writes nothing', async () => {
      await project.write(ORDERS, '<PermissionSet>hand made</PermissionSet>\n');
      const before = await project.snapshot();

      const error = await rejectionOf(run(project));

      expect(error.name).to.equal('GeneratedFileConflictError');
      expect(error.message).to.contain(ORDERS);
      expect(error.actions?.join(' ')).to.match(/Move or delete/);
      expect(await project.snapshot()).to.deep.equal(before);
    });

    it('refuses to replace a generated file edited by hand, unless forced', async () => {
      await run(project);
      const edited = (await project.read(ORDERS)).replace('<allowRead>true</allowRead>', '<allowRead>false</allowRead>');
      await project.write(ORDERS, edited);

      const error = await rejectionOf(run(project));
      expect(error.message).to.match(/edited by hand/);
      expect(await project.read(ORDERS)).to.equal(edited);

      await run(project, { force: true });
      expect(await project.read(ORDERS)).to.contain('<allowRead>true</allowRead>');
    });

    it('refuses to delete a generated file edited by hand', async () => {
      await project.writeManifest('erp.yaml', aManifest({ permissionSets: [aPermissionSet(), aPermissionSet({ name: 'Accounts' })] }));
      await run(project);
      const accounts = `${PS_DIR}/ERP_Order_Sync_Accounts.permissionset-meta.xml`;
      await project.write(accounts, 'changed\n');
      await project.writeManifest('erp.yaml', aManifest());

      const error = await rejectionOf(run(project));

      expect(error.message).to.contain(accounts);
      expect(await project.read(accounts)).to.equal('changed\n');
    });

    it('refuses a ledger that is not its own, naming it', async () => {
      await project.write(LEDGER_PATH, '{"files": {"../../etc/passwd": {}}}');

      const error = await rejectionOf(run(project));

      expect(error.name).to.equal('InvalidLedgerError');
      expect(error.message).to.contain(LEDGER_PATH);
    });

    it('refuses a ledger that claims a file generate never writes, such as a manifest', async () => {
      await run(project);
      const ledger = JSON.parse(await project.read(LEDGER_PATH)) as { files: Record<string, unknown> };
      ledger.files['integrations/erp.yaml'] = { integration: 'ERP_Order_Sync', sha256: sha256(await project.read('integrations/erp.yaml')) };
      await project.write(LEDGER_PATH, JSON.stringify(ledger));

      expect((await rejectionOf(run(project))).name).to.equal('InvalidLedgerError');
      expect(await project.read('integrations/erp.yaml')).to.contain('ERP_Order_Sync');
    });

    it('refuses to write through a symbolic link to a folder outside the project', async () => {
      const outside = await mkdtemp(join(tmpdir(), 'intuser-outside-'));
      await mkdir(join(project.dir, 'docs'), { recursive: true });
      await symlink(outside, join(project.dir, 'docs', 'integrations'));

      const error = await rejectionOf(run(project));

      expect(error.name).to.equal('OutsideProjectError');
      expect(await readdir(outside)).to.deep.equal([]);
      await rm(outside, { recursive: true, force: true });
    });

    it('removes every file when the manifests folder itself is gone', async () => {
      await run(project);
      await rm(join(project.dir, 'integrations'), { recursive: true });

      const result = await run(project);

      expect(result.integrations[0]!.removed).to.have.length(4);
    });

    it('refuses a ledger entry that climbs out of the project', async () => {
      await project.write(LEDGER_PATH, JSON.stringify({ generator: 'plugin-intuser', format: 1, files: { '../outside.xml': { integration: 'X', sha256: 'a'.repeat(64) } } }));

      expect((await rejectionOf(run(project))).name).to.equal('InvalidLedgerError');
    });
  });

  describe('all or nothing', () => {
    it('leaves every file as it was when any manifest has an error', async () => {
      await run(project);
      await project.writeManifest('erp.yaml', aManifest({ permissionSets: [aPermissionSet({ name: 'Renamed' })] }));
      await project.writeManifest('broken.yaml', 'name: Broken\ncontact: nope\n');
      const before = await project.snapshot();

      const error = await rejectionOf(run(project));

      expect(error.name).to.equal('InvalidManifestError');
      expect(await project.snapshot()).to.deep.equal(before);
    });

    it('undoes the files already written when a later write fails', async () => {
      // A file where the group's folder should be makes the group's write fail after the permission set's.
      await project.write(`${METADATA_DIR}/permissionsetgroups`, 'not a folder\n');
      const before = await project.snapshot();

      const error = await rejectionOf(run(project)).catch((thrown: unknown) => thrown as Error);

      expect(error).to.be.instanceOf(Error);
      expect(await project.snapshot()).to.deep.equal(before);
    });
  });

  describe('errors', () => {
    it('reports every problem of every manifest, each with its file, line and column', async () => {
      await project.writeManifest('erp.yaml', 'name: ERP_Order_Sync\ncontact: integrations@acme.example\nuser:\n  username: svc@acme.example\npermissionSets:\n  - name: Orders\n    objcts: {}\n');
      await project.writeManifest('other.json', '{"name": "Other", "contact": "x@y.example", "user": {"username": "a@b.example"}}');

      const error = await rejectionOf(run(project));

      expect(error.exitCode).to.equal(1);
      expect(error.message).to.contain('integrations/erp.yaml:7:5 (permissionSets[0].objcts): Unknown key "objcts".');
      expect(error.message).to.contain('Did you mean "objects"?');
      expect(error.message).to.contain('integrations/other.json:1:1 (permissionSets): The required key "permissionSets" is missing.');
      expect(error.data).to.have.length(2);
    });

    it('names the file and line of a secret without repeating it', async () => {
      await project.writeManifest('erp.yaml', 'name: ERP_Order_Sync\ncontact: integrations@acme.example\nuser:\n  username: svc@acme.example\n  password: hunter2-hunter2\npermissionSets: [{name: Orders}]\n');

      const error = await rejectionOf(run(project));

      expect(error.message).to.contain('integrations/erp.yaml:5:3');
      expect(error.message).to.contain('credential');
      expect(error.message).not.to.contain('hunter2');
    });

    it('refuses two manifests of one integration', async () => {
      await project.writeManifest('copy.yml', aManifest());

      const error = await rejectionOf(run(project));

      expect(error.message).to.contain('The integration ERP_Order_Sync is already defined in integrations/copy.yml.');
    });

    it('says where manifests go when there are none', async () => {
      await project.removeManifest('erp.yaml');

      const error = await rejectionOf(run(project));

      expect(error.name).to.equal('NoManifestsError');
      expect(error.actions?.[0]).to.contain('integrations/');
    });
  });

  describe('--check', () => {
    it('reports a project never generated as missing, and writes nothing', async () => {
      const before = await project.snapshot();

      const result = await run(project, { check: true });

      expect(result.upToDate).to.equal(false);
      expect(result.outOfDate.map(({ reason }) => reason)).to.deep.equal(Array(5).fill('missing'));
      expect(await project.snapshot()).to.deep.equal(before);
    });

    it('passes on a generated, unchanged tree', async () => {
      await run(project);

      const result = await run(project, { check: true });

      expect(result).to.include({ upToDate: true, check: true });
      expect(result.outOfDate).to.deep.equal([]);
    });

    it('reports stale, edited, left-over and foreign files, each with its reason', async () => {
      await project.writeManifest('erp.yaml', aManifest({ permissionSets: [aPermissionSet(), aPermissionSet({ name: 'Accounts' })] }));
      await run(project);
      await project.writeManifest('erp.yaml', aManifest({ permissionSets: [aPermissionSet({ objects: { Order: { access: ['edit'] } } }), aPermissionSet({ name: 'Invoices' })] }));
      await project.write(GROUP, 'edited by hand\n');
      await project.write(`${PS_DIR}/ERP_Order_Sync_Invoices.permissionset-meta.xml`, 'not ours\n');

      const result = await run(project, { check: true });

      expect(result.outOfDate.map(({ path, reason }) => [path.split('/').at(-1), reason])).to.deep.equal([
        ['generated.json', 'stale'],
        ['ERP_Order_Sync.md', 'stale'],
        ['ERP_Order_Sync.permissionsetgroup-meta.xml', 'edited'],
        ['ERP_Order_Sync_Accounts.permissionset-meta.xml', 'orphaned'],
        ['ERP_Order_Sync_Invoices.permissionset-meta.xml', 'foreign'],
        ['ERP_Order_Sync_Orders.permissionset-meta.xml', 'stale'],
      ]);
    });
  });
});
