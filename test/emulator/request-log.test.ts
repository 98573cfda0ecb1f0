import { expect } from 'chai';
import type { Connection } from '@salesforce/core';
import type { TestProject } from '../builders/project-builder.js';
import { aMetadataProject, permissionSetFile, permissionSetXml } from './metadata-source.js';
import { connectToEmulator, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from './org-emulator.js';
import { deployProject, retrieveIntoProject } from './sdr-client.js';

describe('org emulator: the request log, for tests and benchmarks that count what a command asked of the org', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let project: TestProject;
  let connection: Connection;

  beforeEach(async () => {
    org = await startOrgEmulator();
    project = await aMetadataProject({ [permissionSetFile('Orders')]: permissionSetXml({ label: 'Orders', objects: ['Order'] }) });
    ({ connection } = await connectToEmulator(org));
    org.requestLog.clear();
  });
  afterEach(async () => {
    await org.stop();
    await project.dispose();
  });

  it('counts data calls by kind, with the object each is about', async () => {
    await connection.query('SELECT Id FROM User');
    await connection.query("SELECT Id FROM PermissionSet WHERE Name = 'Orders'");
    await connection.tooling.query('SELECT Permission FROM PermissionDependency');
    await connection.describe('Account');
    const { id } = (await connection.sobject('Account').create({ Name: 'Acme' })) as { id: string };
    await connection.sobject('Account').update({ Id: id, Name: 'Acme Ltd' });
    await connection.request({ method: 'POST', url: '/services/data/v66.0/composite', body: JSON.stringify({ compositeRequest: [{ method: 'GET', url: '/services/data/v66.0/sobjects/Account/describe', referenceId: 'a' }] }) });

    expect(org.requestLog.countByKind()).to.deep.equal({ query: 2, 'tooling:query': 1, describe: 1, create: 1, update: 1, composite: 1 });
    expect(org.requestLog.count('query')).to.equal(2);
    expect(org.requestLog.all.filter(({ kind }) => kind === 'query').map(({ target }) => target)).to.deep.equal(['User', 'PermissionSet']);
  });

  for (const rest of [false, true]) {
    it(`names Metadata API calls the same over ${rest ? 'REST' : 'SOAP'}: a deploy and its status checks`, async () => {
      await deployProject(connection, project, { apiOptions: { rest } });

      expect(org.requestLog.count('metadata:deploy')).to.equal(1);
      expect(org.requestLog.count('metadata:checkDeployStatus')).to.be.at.least(1);
      expect(new Set(org.requestLog.all.filter(({ kind }) => kind.startsWith('metadata:')).map(({ api }) => api))).to.deep.equal(new Set([rest ? 'REST' : 'SOAP']));
    });
  }

  it('names a retrieve and its status checks, and forgets what came before when cleared', async () => {
    await retrieveIntoProject(connection, project, [{ type: 'PermissionSet', fullName: 'Orders' }]);
    const retrieveCalls = org.requestLog.count('metadata:retrieve') + org.requestLog.count('metadata:checkRetrieveStatus');

    org.requestLog.clear();

    expect(retrieveCalls).to.equal(2);
    expect(org.requestLog.count()).to.equal(0);
  });
});
