import { expect } from 'chai';
import type { Connection } from '@salesforce/core';
import { ACME_ORG_WITHOUT_USERS } from '../builders/acme-org.js';
import { deployProject } from '../builders/deploy-runner.js';
import { theExampleProject, type TestProject } from '../builders/project-builder.js';
import { connectToEmulator, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from '../emulator/org-emulator.js';
import type { DeployResult } from '../../src/deploy/deploy-result.js';
import { deployExitCode } from '../../src/deploy/deploy-status.js';
import type { DeployOptions } from '../../src/deploy/run-deploy.js';
import { OrgError } from '../../src/org/org-error.js';
import { restCall, soapCall, startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { rejectionOf } from '../support/rejection.js';

/** What a run ended with: its result, or what it threw. */
const settle = async (run: Promise<DeployResult>): Promise<{ result?: DeployResult; error?: unknown }> => {
  try {
    return { result: await run };
  } catch (error) {
    return { error };
  }
};

/** Issue 9, points 9-11: deploy under faults between it and the org, each ending in a documented exit code, within --wait. */
describe('deployIntegrations under faults (a proxy between deploy and the org)', () => {
  isolateSalesforceState();
  let project: TestProject;
  let org: OrgEmulator;
  let proxy: FaultProxy;
  let connection: Connection;

  const deploy = (waitMs = 60_000, options: Partial<DeployOptions> = {}): Promise<DeployResult> =>
    deployProject(connection, project.dir, { environment: 'prod', integrations: ['ERP_Order_Sync'], ...options }, waitMs);

  beforeEach(async () => {
    project = await theExampleProject();
    org = await startOrgEmulator(ACME_ORG_WITHOUT_USERS);
    proxy = await startFaultProxy(org.instanceUrl);
    ({ connection } = await connectToEmulator({ ...org, instanceUrl: proxy.url }));
  });

  afterEach(async () => {
    await proxy.stop();
    await org.stop();
    await project.dispose();
  });

  it('gives up at the end of --wait when the org stops answering before anything is sent, having changed nothing', async () => {
    proxy.inject({ fault: 'hang', when: restCall('/query') });
    const started = Date.now();

    const { error } = await settle(deploy(1500));

    expect(error).to.be.instanceOf(OrgError);
    expect((error as OrgError).kind).to.equal('timeout');
    expect(Date.now() - started).to.be.below(4000);
    expect(org.deploys).to.deep.equal([]);
  });

  it('says the deploy may or may not have arrived, and that running it again is safe, when its request gets no answer', async () => {
    proxy.inject({ fault: 'hang', when: soapCall('deploy>') });
    const started = Date.now();

    const error = await rejectionOf(deploy(2500));

    expect(Date.now() - started).to.be.below(5000);
    expect(error.exitCode).to.equal(1);
    expect(error.message).to.contain('may or may not have reached the org');
    expect(error.message).to.contain('sf intuser deploy --target-org');
  });

  it('exits 69 with the deploy id and how to follow it when the org stops answering after accepting the deploy', async () => {
    proxy.inject({ fault: 'hang', when: soapCall('checkDeployStatus') });
    const started = Date.now();

    const { result } = await settle(deploy(2500));

    expect(Date.now() - started).to.be.below(5000);
    expect(result?.status).to.equal('InProgress');
    expect(deployExitCode(result!)).to.equal(69);
    expect(result!.id).to.equal(org.deploys[0]!.id);
    expect(result!.nextCommand).to.contain(`sf project deploy report --job-id ${org.deploys[0]!.id}`);
  });

  it('exits 69 with the deploy id when the session expires after the org accepted the deploy, which it recorded as Succeeded', async () => {
    proxy.inject({ fault: 'expireSession', when: soapCall('checkDeployStatus') });

    const { result } = await settle(deploy());

    expect(result?.metadata[0]).to.include({ status: 'Unknown', done: false, id: org.deploys[0]!.id });
    expect(deployExitCode(result!)).to.equal(69);
    // What `sf project deploy report --job-id <id>` then finds.
    proxy.clear();
    expect((await connection.metadata.checkDeployStatus(result!.id!)).status).to.equal('Succeeded');
  });

  it('exits 69 with the deploy id when the answers about an accepted deploy stay garbled', async () => {
    proxy.inject({ fault: 'garble', when: soapCall('checkDeployStatus') });

    const { result } = await settle(deploy());

    expect(result?.status).to.equal('InProgress');
    expect(result!.metadata[0]!.id).to.equal(org.deploys[0]!.id);
  });

  it('stops part-way (68), saying what the org holds, when the connection is reset while creating users', async () => {
    proxy.inject({ fault: 'reset', when: restCall('/composite/sobjects', 'POST') });

    const error = await rejectionOf(deploy());

    expect(error.exitCode).to.equal(68);
    expect(error.message).to.contain(`deploy ${org.deploys[0]!.id}`);
    expect(error.message).to.contain('sf intuser deploy --target-org');
    expect(error.message).not.to.match(/TypeError|fetch failed/);
  });

  it('reads a garbled answer to a query as the org answering wrongly, never as an internal error', async () => {
    proxy.inject({ fault: 'garble', when: restCall('/query') });

    const { error } = await settle(deploy());

    expect(error).to.be.instanceOf(OrgError);
    expect((error as OrgError).kind).to.equal('malformed');
    expect((error as OrgError).message).not.to.match(/TypeError|Cannot read/);
  });
});
