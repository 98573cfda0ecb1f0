import { expect } from 'chai';
import { ACME_ORG_WITHOUT_USERS } from '../../builders/acme-org.js';
import { theExampleProject, type TestProject } from '../../builders/project-builder.js';
import { connectToEmulator, DEFAULT_ORG_SCHEMA, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from '../../emulator/org-emulator.js';
import { isolatedHome } from '../../emulator/salesforce-environment.js';
import { runCli } from '../../support/run-cli.js';

/** sf intuser validate -o ORG as a pipeline runs it: the org's word on every name, through bin/run.js. */
describe('sf intuser validate --target-org (bin/run.js)', () => {
  isolateSalesforceState();
  let project: TestProject;
  let org: OrgEmulator;

  afterEach(async () => {
    await org.stop();
    await project.dispose();
  });

  it('exits 1 at the manifest line of a field the org lacks, and writes nothing to the org', async () => {
    project = await theExampleProject();
    org = await startOrgEmulator({ ...ACME_ORG_WITHOUT_USERS, schema: DEFAULT_ORG_SCHEMA });
    const { username } = await connectToEmulator(org);
    org.requestLog.clear();

    const { exitCode, stderr } = await runCli(['intuser', 'validate', '-o', username], project.dir, { HOME: isolatedHome()! });

    expect(exitCode).to.equal(1);
    expect(stderr).to.contain('OrgCheckFailedError');
    expect(stderr.replace(/\s+/g, ' ')).to.match(/integrations\/erp-order-sync\.yaml:\d+:\d+ \(permissionSets\[0\]\.objects\.Order\.fields\.External_Id__c\)/);
    expect(org.requestLog.all.every(({ method }) => method === 'GET')).to.equal(true);
  });
});
