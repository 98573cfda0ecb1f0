import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { expect } from 'chai';
import { theExampleProject, type TestProject } from '../../builders/project-builder.js';
import { ACME_ORG } from '../../builders/acme-org.js';
import { connectToEmulator, DEFAULT_ORG_SCHEMA, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from '../../emulator/org-emulator.js';
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
    org = await startOrgEmulator(ACME_ORG);
    ({ username } = await connectToEmulator(org));
  });

  afterEach(async () => {
    await org.stop();
    await project.dispose();
  });

  it('deploys an environment and returns a --json result that matches its schema', async () => {
    const { exitCode, stdout } = await deploy(['--env', 'uat', '--json']);

    const output = JSON.parse(stdout) as { status: number; result: { status: string; components: unknown[] } };
    expect(exitCode).to.equal(0);
    expect(validateResult(output.result), JSON.stringify(validateResult.errors)).to.equal(true);
    expect(output.result.status).to.equal('Succeeded');
    expect(org.deploys).to.have.length(1);
  });

  it('exits 1 on component failures, and shows the problem Salesforce reported', async () => {
    org.configure({ schema: DEFAULT_ORG_SCHEMA });

    const { exitCode, stdout, stderr } = await deploy(['--integration', 'ERP_Order_Sync']);

    expect(exitCode).to.equal(1);
    expect(stdout).to.contain('no CustomField named Order.External_Id__c found');
    expect(`${stdout}${stderr}`.replace(/\s+/g, ' ')).to.contain('Deploy Failed: 2 of 9 components failed');
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
