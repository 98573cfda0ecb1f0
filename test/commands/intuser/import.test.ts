import { expect } from 'chai';
import { arrangeLegacyIntegration, MULESOFT } from '../../builders/legacy-integration-builder.js';
import { aProject, type TestProject } from '../../builders/project-builder.js';
import { connectToEmulator, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from '../../emulator/org-emulator.js';
import { isolatedHome } from '../../emulator/salesforce-environment.js';
import { runCli } from '../../support/run-cli.js';

/** sf intuser import as an admin runs it, through bin/run.js: the org read, the manifest written, the plan said. */
describe('sf intuser import (bin/run.js)', () => {
  isolateSalesforceState();
  let project: TestProject;
  let org: OrgEmulator;

  afterEach(async () => {
    await org.stop();
    await project.dispose();
  });

  it('writes the manifest, says what the next deploy does with each component, and refuses to run twice without --force', async () => {
    project = await aProject();
    org = await startOrgEmulator();
    const { username } = await connectToEmulator(org);
    arrangeLegacyIntegration(org, MULESOFT);
    const args = ['intuser', 'import', '-o', username, '--username', MULESOFT.username, '--name', 'MuleSoft_Sync', '--keep-names'];

    const first = await runCli(args, project.dir, { HOME: isolatedHome()! });
    const second = await runCli(args, project.dir, { HOME: isolatedHome()! });

    expect(first.exitCode).to.equal(0);
    expect(first.stdout).to.contain('Wrote integrations/mulesoft-sync.yaml');
    expect(first.stdout).to.contain('  = PermissionSet MuleSoft_Orders: adopted in place, under its own name');
    expect(first.stdout).to.contain('  = ConnectedApp MuleSoft_Connector: adopted in place, under its own name');
    expect(first.stdout.replace(/\s+/g, ' ')).to.contain('Adopted in place: MuleSoft_Accounts, MuleSoft_Orders, MuleSoft_Connector.');
    expect(await project.read('integrations/mulesoft-sync.yaml')).to.contain('apiName: MuleSoft_Connector');
    expect(second.exitCode).to.equal(1);
    expect(second.stderr).to.contain('ManifestExistsError');
  });
});
