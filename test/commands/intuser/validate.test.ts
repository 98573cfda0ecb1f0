import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { expect } from 'chai';
import { aManifest, aPermissionSet } from '../../builders/manifest-builder.js';
import { aProject, type TestProject } from '../../builders/project-builder.js';
import { runCli } from '../../support/run-cli.js';
import { validateSarif } from '../../support/sarif-schema.js';

const resultSchema = JSON.parse(readFileSync(new URL('../../../schemas/results/intuser-validate.json', import.meta.url), 'utf8')) as object;
const validateResult = new Ajv({ allErrors: true }).compile(resultSchema);

const WORKERS = [{ start: '203.0.113.10', end: '203.0.113.20' }];

const configureRules = async (project: TestProject, rules: Record<string, string>): Promise<void> => {
  const projectJson = JSON.parse(await project.read('sfdx-project.json')) as Record<string, unknown>;
  await project.write('sfdx-project.json', JSON.stringify({ ...projectJson, plugins: { intuser: { rules } } }, null, 2));
};

/** The command as users run it: bin/run.js in a child process. Few of them, since each costs a CLI start. */
describe('sf intuser validate (bin/run.js)', () => {
  let project: TestProject;

  beforeEach(async () => {
    project = await aProject({ 'erp.yaml': aManifest({ app: { scopes: ['api'], ipRanges: WORKERS } }) });
  });

  afterEach(() => project.dispose());

  it('exits 0 on a least-privilege project, saying each integration was checked', async () => {
    const { exitCode, stdout } = await runCli(['intuser', 'validate'], project.dir);

    expect(exitCode).to.equal(0);
    expect(stdout).to.contain('ERP_Order_Sync (integrations/erp.yaml): nothing to report.');
    expect(stdout).to.contain('Checked 1 integration(s): 0 error(s), 0 warning(s), 0 accepted.');
  });

  it('exits 1 on an error; --json returns the typed result and --output-file writes valid SARIF', async () => {
    await project.writeManifest('erp.yaml', aManifest({ permissionSets: [aPermissionSet({ userPermissions: ['ModifyAllData'] })] }));

    const { exitCode, stdout } = await runCli(['intuser', 'validate', '--json', '--output-file', 'intuser.sarif'], project.dir);

    const output = JSON.parse(stdout) as { result: { passed: boolean; findings: Array<{ rule: string; line: number }> } };
    expect(exitCode).to.equal(1);
    expect(validateResult(output.result), JSON.stringify(validateResult.errors)).to.equal(true);
    expect(output.result.passed).to.equal(false);
    expect(output.result.findings.map(({ rule }) => rule)).to.deep.equal(['critical-user-permission']);
    const sarif = JSON.parse(readFileSync(join(project.dir, 'intuser.sarif'), 'utf8')) as object;
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).to.equal(true);
  });

  it('prints SARIF with --format sarif and nothing else, at the severities sfdx-project.json configures', async () => {
    await project.writeManifest('erp.yaml', aManifest({ app: { scopes: ['api'] }, contact: 'no-reply@acme.example' }));
    await configureRules(project, { 'missing-contact': 'error' });

    const { exitCode, stdout } = await runCli(['intuser', 'validate', '--format', 'sarif'], project.dir);

    const sarif = JSON.parse(stdout) as { runs: Array<{ results: Array<{ ruleId: string; level: string }> }> };
    expect(exitCode).to.equal(1);
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).to.equal(true);
    expect(sarif.runs[0]!.results.map(({ ruleId, level }) => `${ruleId} ${level}`)).to.have.members(['app-no-ip-ranges warning', 'missing-contact error']);
  });

  it('refuses an invalid rule configuration, naming sfdx-project.json', async () => {
    await configureRules(project, { 'app-no-ip-ranges': 'eror' });

    const { exitCode, stderr } = await runCli(['intuser', 'validate'], project.dir);

    expect(exitCode).to.equal(1);
    expect(stderr).to.contain('InvalidRuleConfigurationError');
    expect(stderr).to.contain('sfdx-project.json');
    expect(stderr).to.contain('plugins.intuser.rules.app-no-ip-ranges is "eror"');
  });
});
