import { expect } from 'chai';
import { ACME_ORG_WITHOUT_USERS } from '../../builders/acme-org.js';
import { theExampleProject, type TestProject } from '../../builders/project-builder.js';
import { connectToEmulator, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from '../../emulator/org-emulator.js';
import { isolatedHome } from '../../emulator/salesforce-environment.js';
import { restCall, soapCall, startFaultProxy, type FaultProxy } from '../../support/fault-proxy.js';
import { runCli } from '../../support/run-cli.js';

/** sf intuser deploy as a pipeline runs it, with a proxy between it and the org that breaks the calls a test picks. */
describe('sf intuser deploy under faults (bin/run.js)', () => {
  isolateSalesforceState();
  let project: TestProject;
  let org: OrgEmulator;
  let proxy: FaultProxy;
  let username: string;

  const deploy = (args: string[]) => runCli(['intuser', 'deploy', '--target-org', username, '--integration', 'Data_Backup', ...args], project.dir, { HOME: isolatedHome()! });

  beforeEach(async () => {
    project = await theExampleProject();
    org = await startOrgEmulator(ACME_ORG_WITHOUT_USERS);
    proxy = await startFaultProxy(org.instanceUrl);
    ({ username } = await connectToEmulator({ ...org, instanceUrl: proxy.url }));
  });

  afterEach(async () => {
    await proxy.stop();
    await org.stop();
    await project.dispose();
  });

  it('exits 1, not 10, and names the failure when the connection is reset before anything changed', async () => {
    proxy.inject({ fault: 'reset', when: soapCall('retrieve') });

    const { exitCode, stderr } = await deploy([]);

    expect(exitCode).to.equal(1);
    expect(stderr).to.contain('OrgUnreachableError');
    expect(stderr).to.contain('Nothing was changed by this run');
    expect(stderr).not.to.match(/TypeError|fetch failed\n/);
  });

  it('exits 1 without an internal error when an answer is garbled', async () => {
    proxy.inject({ fault: 'garble', when: restCall('/query') });

    const { exitCode, stdout } = await deploy(['--json']);

    const output = JSON.parse(stdout) as { status: number; name: string; message: string };
    expect(exitCode).to.equal(1);
    expect(output).to.include({ status: 1, name: 'OrgMalformedError' });
    expect(output.message).not.to.match(/TypeError|Cannot read properties/);
  });
});
