import { expect } from 'chai';
import { ACME_ORG } from '../builders/acme-org.js';
import { METADATA_DIR, theExampleProject, type TestProject } from '../builders/project-builder.js';
import { connectToEmulator, DEFAULT_ORG_SCHEMA, isolateSalesforceState, startOrgEmulator, type OrgEmulator, type OrgEmulatorOptions } from '../emulator/org-emulator.js';
import { openOrgSession, type OrgSession } from '../../src/org/org-session.js';
import { DEFAULT_SETTINGS } from '../../src/project/project-settings.js';
import { validate } from '../../src/validate/validate.js';
import { rejectionOf } from '../support/rejection.js';

describe('validate with a target org', () => {
  isolateSalesforceState();
  let project: TestProject;
  let org: OrgEmulator;
  let session: OrgSession;

  const validateAgainst = async (options: OrgEmulatorOptions) => {
    org = await startOrgEmulator(options);
    const { connection } = await connectToEmulator(org);
    session = openOrgSession(connection, { waitMs: 60_000 });
    return validate({ projectDir: project.dir, metadataDir: METADATA_DIR, settings: DEFAULT_SETTINGS, packageDirectories: ['force-app'] }, session);
  };

  beforeEach(async () => {
    project = await theExampleProject();
  });

  afterEach(async () => {
    await session?.close();
    await org?.stop();
    await project.dispose();
  });

  it('passes the example project in the org it is written for, and writes nothing to it', async () => {
    const result = await validateAgainst(ACME_ORG);

    expect(result.passed).to.equal(true);
    expect(org.requestLog.all.every(({ method }) => method === 'GET')).to.equal(true);
  });

  it('fails at the manifest line of a field the org does not have', async () => {
    const error = await rejectionOf(validateAgainst({ ...ACME_ORG, schema: DEFAULT_ORG_SCHEMA }));

    expect(error.name).to.equal('OrgCheckFailedError');
    expect(error.exitCode).to.equal(1);
    expect(error.message).to.match(/integrations\/erp-order-sync\.yaml:\d+:\d+ \(permissionSets\[0\]\.objects\.Order\.fields\.External_Id__c\): The org has no field "External_Id__c" on Order\./);
    expect(error.message).to.contain('ERP_Customer_Id__c');
  });
});
