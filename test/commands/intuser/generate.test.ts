import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { expect } from 'chai';
import { aManifest } from '../../builders/manifest-builder.js';
import { aProject, type TestProject } from '../../builders/project-builder.js';
import { runCli } from '../../support/run-cli.js';

const resultSchema = JSON.parse(readFileSync(new URL('../../../schemas/results/intuser-generate.json', import.meta.url), 'utf8')) as object;
const validateResult = new Ajv({ allErrors: true }).compile(resultSchema);

/** The command as users run it: bin/run.js in a child process. Few of them, since each costs a CLI start. */
describe('sf intuser generate (bin/run.js)', () => {
  let project: TestProject;

  beforeEach(async () => {
    project = await aProject({ 'erp.yaml': aManifest() });
  });

  afterEach(() => project.dispose());

  it('generates, and returns a --json result that matches its schema', async () => {
    const { exitCode, stdout } = await runCli(['intuser', 'generate', '--json'], project.dir);

    const output = JSON.parse(stdout) as { status: number; result: { integrations: Array<{ written: string[] }> } };
    expect(exitCode).to.equal(0);
    expect(output.status).to.equal(0);
    expect(validateResult(output.result), JSON.stringify(validateResult.errors)).to.equal(true);
    expect(output.result.integrations[0]!.written).to.have.length(4);
  });

  it('exits 1 on --check when files are out of date, listing them, and passes once generated', async () => {
    const stale = await runCli(['intuser', 'generate', '--check'], project.dir);

    expect(stale.exitCode).to.equal(1);
    expect(stale.stdout).to.contain('ERP_Order_Sync_Orders.permissionset-meta.xml');
    expect(stale.stdout).to.contain('Missing');

    await runCli(['intuser', 'generate'], project.dir);
    const fresh = await runCli(['intuser', 'generate', '--check'], project.dir);
    expect(fresh.exitCode).to.equal(0);
    expect(fresh.stdout).to.contain('match their manifests');
  });

  it('exits 1 on a bad manifest with file, line, column and fix, and no stack trace', async () => {
    await project.writeManifest('erp.yaml', 'name: ERP_Order_Sync\ncontakt: integrations@acme.example\n');

    const { exitCode, stderr } = await runCli(['intuser', 'generate'], project.dir);

    expect(exitCode).to.equal(1);
    expect(stderr).to.contain('integrations/erp.yaml:2:1 (contakt): Unknown key "contakt".');
    expect(stderr).to.contain('Did you mean "contact"?');
    expect(stderr).not.to.match(/\n\s+at .+\(.+:\d+:\d+\)/);
  });

  it('returns the diagnostics as data with --json', async () => {
    await project.writeManifest('erp.yaml', 'name: ERP_Order_Sync\ncontakt: integrations@acme.example\n');

    const { exitCode, stdout } = await runCli(['intuser', 'generate', '--json'], project.dir);

    const output = JSON.parse(stdout) as { status: number; name: string; data: Array<{ file: string; line: number }> };
    expect(exitCode).to.equal(1);
    expect(output).to.include({ status: 1, name: 'InvalidManifestError' });
    expect(output.data.map(({ file, line }) => `${file}:${line}`)).to.include('integrations/erp.yaml:2');
  });
});
