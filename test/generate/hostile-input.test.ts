import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { generate, type GenerateOptions } from '../../src/generate/generate.js';
import { canonicalHash } from '../../src/sync/canonical.js';
import { LEDGER_PATH } from '../../src/sync/ledger.js';
import { aManifest } from '../builders/manifest-builder.js';
import { aProject, METADATA_DIR, type TestProject } from '../builders/project-builder.js';
import { rejectionOf } from '../support/rejection.js';

const PS_DIR = `${METADATA_DIR}/permissionsets`;
const HAND_MADE = `${PS_DIR}/Sales_Admin.permissionset-meta.xml`;
const HAND_MADE_XML = '<?xml version="1.0" encoding="UTF-8"?>\n<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">\n    <label>Sales Admin</label>\n</PermissionSet>\n';

const run = (project: TestProject, options: Partial<GenerateOptions> = {}) =>
  generate({ projectDir: project.dir, metadataDir: METADATA_DIR, check: false, force: false, ...options });

/** The ledger as committed, with entries added by hand, as a pull request could. */
const claimInLedger = async (project: TestProject, entries: Record<string, { integration: string; sha256: string }>): Promise<void> => {
  const ledger = JSON.parse(await project.read(LEDGER_PATH)) as { files: Record<string, unknown> };
  Object.assign(ledger.files, entries);
  await project.write(LEDGER_PATH, JSON.stringify(ledger, null, 2));
};

describe('generate against hostile input', () => {
  let project: TestProject;
  let outside: string;

  beforeEach(async () => {
    project = await aProject({ 'erp.yaml': aManifest() });
    outside = await mkdtemp(join(tmpdir(), 'intuser-outside-'));
  });

  afterEach(async () => {
    await project.dispose();
    await rm(outside, { recursive: true, force: true });
  });

  describe('a ledger edited by hand', () => {
    for (const force of [false, true]) {
      it(`never deletes a file generate did not write, though the ledger claims it with its hash${force ? ', even with --force' : ''}`, async () => {
        await run(project);
        await project.write(HAND_MADE, HAND_MADE_XML);
        await project.write('config/integration-users/notes.md', 'team notes\n');
        await claimInLedger(project, { [HAND_MADE]: { integration: 'Sales', sha256: canonicalHash(HAND_MADE, HAND_MADE_XML) } });

        const error = await rejectionOf(run(project, { force }));

        expect(error.name).to.equal('GeneratedFileConflictError');
        expect(error.message).to.contain(HAND_MADE);
        expect(error.message).to.match(/do not carry plugin-intuser's mark/);
        expect(await project.read(HAND_MADE)).to.equal(HAND_MADE_XML);
      });
    }

    it('refuses a ledger that claims a file outside the shapes generate writes, naming the entry', async () => {
      await run(project);
      await project.write('config/integration-users/notes.md', 'team notes\n');
      await claimInLedger(project, { 'config/integration-users/notes.md': { integration: 'ERP_Order_Sync', sha256: canonicalHash('x.md', 'team notes\n') } });

      const error = await rejectionOf(run(project, { force: true }));

      expect(error.name).to.equal('InvalidLedgerError');
      expect(error.message).to.contain('notes.md');
      expect(await project.read('config/integration-users/notes.md')).to.equal('team notes\n');
    });

    it('refuses a ledger that is a symbolic link, and never prints what it points at', async () => {
      await writeFile(join(outside, 'shadow'), 'root:$6$very-secret-hash:19000:0:99999:7:::\n');
      await mkdir(join(project.dir, '.intuser'), { recursive: true });
      await symlink(join(outside, 'shadow'), join(project.dir, LEDGER_PATH));

      const error = await rejectionOf(run(project));

      expect(error.name).to.equal('InvalidLedgerError');
      expect(error.message).to.match(/symbolic link/);
      expect(`${error.message} ${JSON.stringify(error.data)}`).not.to.contain('very-secret-hash');
    });
  });

  describe('manifests that are symbolic links', () => {
    it('reads one that points inside the project', async () => {
      await project.write('shared/erp.yaml', await project.read('integrations/erp.yaml'));
      await project.removeManifest('erp.yaml');
      await symlink(join(project.dir, 'shared', 'erp.yaml'), join(project.dir, 'integrations', 'erp.yaml'));

      const result = await run(project);

      expect(result.integrations.map(({ name }) => name)).to.deep.equal(['ERP_Order_Sync']);
    });

    it('refuses one that points outside, at its file, and keeps its integration’s files', async () => {
      await run(project);
      await writeFile(join(outside, 'erp.yaml'), await project.read('integrations/erp.yaml'));
      await project.removeManifest('erp.yaml');
      await symlink(join(outside, 'erp.yaml'), join(project.dir, 'integrations', 'erp.yaml'));
      const before = await project.snapshot();

      const error = await rejectionOf(run(project));

      expect(error.name).to.equal('InvalidManifestError');
      expect(error.message).to.contain('integrations/erp.yaml');
      expect(error.message).to.match(/does not lead to a file inside the project/);
      expect(await project.snapshot()).to.deep.equal(before);
    });
  });

  it('refuses a manifest whose file name holds control characters, its name escaped, and writes nothing', async () => {
    await project.write('integrations/evil\u001b[2J\u202e.yaml', 'name: Evil\n');
    const before = await project.snapshot();

    const error = await rejectionOf(run(project));

    expect(error.message).to.contain('integrations/evil\\u001B[2J\\u202E.yaml');
    expect(error.message).not.to.include('\u001b').and.not.to.include('\u202e');
    expect(await project.snapshot()).to.deep.equal(before);
  });

  it('refuses a lone UTF-16 surrogate at its line, where every run would otherwise rewrite the file', async () => {
    await project.writeManifest('erp.yaml', 'name: ERP_Order_Sync\ndescription: "\\ud800 Orders"\ncontact: integrations@acme.example\nuser: { username: svc@acme.example }\npermissionSets: [{ name: Orders }]\n');

    const error = await rejectionOf(run(project));

    expect(error.message).to.contain('integrations/erp.yaml:2:14 (description)');
    expect(error.message).to.match(/surrogate/);
  });

  for (const [format, text] of [
    ['JSON', `{"name": "ERP_Order_Sync", "description": ${'['.repeat(5000)}${']'.repeat(5000)}}`],
    ['YAML', `name: ERP_Order_Sync\ndescription: ${'['.repeat(5000)}${']'.repeat(5000)}\n`],
  ] as const) {
    it(`refuses ${format} nested 5,000 deep at its file and line, without exhausting the stack`, async () => {
      await project.removeManifest('erp.yaml');
      await project.writeManifest(`deep.${format.toLowerCase()}`, text);

      const error = await rejectionOf(run(project));

      expect(error.name).to.equal('InvalidManifestError');
      expect(error.message).to.match(new RegExp(`integrations/deep\\.${format.toLowerCase()}:\\d+:\\d+: The manifest nests more than 32 levels deep`));
    });
  }

  it('prints the first hundred of 60,000 problems, counts all, and gives all of them to --json', async () => {
    const fields = Object.fromEntries(Array.from({ length: 60_000 }, (_, index) => [`Field_${index}__c`, 'reed']));
    await project.writeManifest('erp.json', JSON.stringify({ ...aManifest(), permissionSets: [{ name: 'Orders', objects: { Account: { access: ['read'], fields } } }] }));
    await project.removeManifest('erp.yaml');

    const error = await rejectionOf(run(project));

    expect(error.message).to.match(/^Found 60000 problem\(s\) in 1 manifest\(s\)/);
    expect(error.message.match(/is not one of: read, edit/g)).to.have.length(100);
    expect(error.message).to.contain('... and 59900 more problem(s)');
    expect(error.data).to.have.length(60_000);
  });

  it('creates no folder outside the project when an output folder is a link to elsewhere', async () => {
    await mkdir(join(project.dir, 'force-app', 'main'), { recursive: true });
    await symlink(outside, join(project.dir, 'force-app', 'main', 'default'));

    const error = await rejectionOf(run(project));

    expect(error.name).to.equal('OutsideProjectError');
    expect(await readdir(outside)).to.deep.equal([]);
  });
});
