import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { expect } from 'chai';
import { theExampleProject, type TestProject } from '../../builders/project-builder.js';
import { ACME_ORG_WITHOUT_USERS } from '../../builders/acme-org.js';
import type { DeployResult } from '../../../src/deploy/deploy-result.js';
import { connectToEmulator, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from '../../emulator/org-emulator.js';
import { isolatedHome } from '../../emulator/salesforce-environment.js';
import { runCli } from '../../support/run-cli.js';

const resultSchema = JSON.parse(readFileSync(new URL('../../../schemas/results/intuser-deploy.json', import.meta.url), 'utf8')) as object;
const validateResult = new Ajv({ allErrors: true }).compile(resultSchema);


/** sf intuser deploy as a pipeline runs it: bin/run.js in a child process, against the emulated org. */
describe('sf intuser deploy (bin/run.js)', () => {
  isolateSalesforceState();
  let project: TestProject;
  let org: OrgEmulator;
  let username: string;

  const deploy = (args: string[], environment: Record<string, string> = {}) =>
    runCli(['intuser', 'deploy', '--target-org', username, ...args], project.dir, { HOME: isolatedHome()!, ...environment });

  beforeEach(async () => {
    project = await theExampleProject();
    org = await startOrgEmulator(ACME_ORG_WITHOUT_USERS);
    ({ username } = await connectToEmulator(org));
  });

  afterEach(async () => {
    await org.stop();
    await project.dispose();
  });

  it('provisions an environment, users included, and returns a --json result that matches its schema', async () => {
    const { exitCode, stdout } = await deploy(['--env', 'uat', '--json']);

    const output = JSON.parse(stdout) as { status: number; result: DeployResult };
    expect(exitCode, stdout).to.equal(0);
    expect(validateResult(output.result), JSON.stringify(validateResult.errors)).to.equal(true);
    expect(output.result.status).to.equal('Succeeded');
    expect(output.result.integrations.find(({ name }) => name === 'ERP_Order_Sync')!.changes.map(({ sign, target, outcome }) => `${sign} ${target} ${outcome}`)).to.deep.equal([
      '+ user done',
      '+ licence done',
      '+ group done',
    ]);
    expect(org.records('User', { Username: 'svc.erp-sync@acme.example.uat' })).to.have.length(1);
  });

  it('shows each phase\'s plan on a dry run, and says a second deploy changes nothing', async () => {
    const plan = await deploy(['--integration', 'Data_Backup', '--dry-run']);
    await deploy(['--integration', 'Data_Backup']);
    const second = await deploy(['--integration', 'Data_Backup']);

    expect(plan.exitCode).to.equal(0);
    expect(plan.stdout).to.contain('+ user svc.backup@acme.example (profile Minimum Access - API Only Integrations)');
    expect(plan.stdout).to.contain('+ licence SalesforceAPIIntegrationPsl');
    expect(plan.stdout).to.contain('+ group Data_Backup');
    expect(plan.stdout).to.match(/\+ PermissionSet Data_Backup_Account_Export/);
    expect(second.exitCode).to.equal(0);
    expect(second.stdout).to.contain('Nothing to change: 1 integration(s)');
  });

  it('exits 1 on component failures, and shows the problem Salesforce reported', async () => {
    org.configure({ existingConnectedApps: ['Boomi_Case_Sync'] });

    const { exitCode, stdout, stderr } = await deploy(['--integration', 'Data_Backup']);

    expect(exitCode).to.equal(1);
    expect(stdout).to.contain('! ConnectedApp Data_Backup');
    expect(`${stdout}${stderr}`).to.contain('Failed: nothing was changed');
  });

  it('uses the REST Metadata API when SF_ORG_METADATA_REST_DEPLOY is true', async () => {
    const { exitCode } = await deploy(['--integration', 'Data_Backup'], { SF_ORG_METADATA_REST_DEPLOY: 'true' });

    expect(exitCode).to.equal(0);
    expect(org.deploys[0]!.api).to.equal('REST');
  });

  it('returns at once with --async, saying how to follow the deploy', async () => {
    org.configure({ pendingPolls: 'forever' });

    const { exitCode, stdout, stderr } = await deploy(['--async']);

    expect(exitCode).to.equal(0);
    expect(`${stdout}${stderr}`).to.contain(`sf project deploy report --job-id ${org.deploys[0]!.id}`);
  });

  it('exits 1 on an expired session and says how to log in again', async () => {
    org.expireSession();

    const { exitCode, stderr } = await deploy([]);

    expect(exitCode).to.equal(1);
    expect(stderr).to.contain('ExpiredSessionError');
    expect(stderr).to.contain('sf org login');
  });
});
