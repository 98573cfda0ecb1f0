import { join } from 'node:path';
import { expect } from 'chai';
import { ComponentSet, ComponentStatus, MetadataApiDeploy, type DeployResult } from '@salesforce/source-deploy-retrieve';
import type { Connection } from '@salesforce/core';
import { METADATA_DIR, type TestProject } from '../builders/project-builder.js';
import { connectToEmulator } from './connect.js';
import { aMetadataProject, permissionSetFile, permissionSetXml } from './metadata-source.js';
import { CONNECTED_APP_CREATION_BLOCKED } from './deploy/rules/connected-app-rule.js';
import { startOrgEmulator, type OrgEmulator, type OrgEmulatorOptions } from './org-emulator.js';
import { isolateSalesforceState } from './salesforce-environment.js';

type ApiOptions = { rest?: boolean; checkOnly?: boolean; rollbackOnError?: boolean };

/** What a deploy command does: a ComponentSet from the project's source, deployed, then polled to the end. */
const deployProject = async (connection: Connection, project: TestProject, apiOptions: ApiOptions = {}, timeoutSeconds = 10): Promise<DeployResult> => {
  const components = ComponentSet.fromSource(join(project.dir, METADATA_DIR));
  const deploy = await components.deploy({ usernameOrConnection: connection, apiOptions });
  return deploy.pollStatus(25, timeoutSeconds);
};

const connectedAppXml = (label: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">\n    <contactEmail>integrations@acme.example</contactEmail>\n    <label>${label}</label>\n</ConnectedApp>\n`;

const ORDERS = permissionSetXml({ label: 'Orders', objects: ['Order'], fields: ['Order.Status'] });
const ACCOUNTS = permissionSetXml({ label: 'Accounts', objects: ['Account'], fields: ['Account.Industry'] });

describe('org emulator, driven by source-deploy-retrieve over real HTTP', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let project: TestProject;

  const start = async (options: OrgEmulatorOptions, files: Record<string, string>): Promise<Connection> => {
    org = await startOrgEmulator(options);
    project = await aMetadataProject(files);
    return (await connectToEmulator(org)).connection;
  };

  afterEach(async () => {
    await org?.stop();
    await project?.dispose();
  });

  for (const api of ['SOAP', 'REST'] as const) {
    const rest = api === 'REST';

    describe(`over ${api}`, () => {
      it('deploys permission sets: every component succeeds and the org keeps what it received', async () => {
        const connection = await start({}, { [permissionSetFile('Orders')]: ORDERS, [permissionSetFile('Accounts')]: ACCOUNTS });

        const result = await deployProject(connection, project, { rest });

        expect(result.response.status).to.equal('Succeeded');
        expect(result.response.success).to.equal(true);
        expect(result.response.numberComponentsDeployed).to.equal(2);
        expect(result.getFileResponses().map(({ fullName, state }) => `${fullName}:${state}`).sort()).to.deep.equal(['Accounts:Created', 'Orders:Created']);
        const [received] = org.deploys;
        expect(received?.api).to.equal(api);
        expect(received?.apiVersion).to.equal('66.0');
        expect(received?.options.rollbackOnError, 'SDR’s default').to.equal(true);
        expect(received?.components.map(({ type, fullName, fileName }) => `${type}:${fullName}:${fileName}`)).to.deep.equal([
          'PermissionSet:Accounts:permissionsets/Accounts.permissionset',
          'PermissionSet:Orders:permissionsets/Orders.permissionset',
        ]);
        expect(received?.components.find(({ fullName }) => fullName === 'Orders')?.content).to.equal(ORDERS);
        expect(org.savedComponents.map(({ fullName }) => fullName).sort()).to.deep.equal(['Accounts', 'Orders']);
      });

      it('fails a permission set granting a field the org does not have, in Salesforce’s words, and keeps nothing', async () => {
        const unknownField = permissionSetXml({ label: 'Orders', objects: ['Order'], fields: ['Order.Foo__c'] });
        const connection = await start({}, { [permissionSetFile('Orders')]: unknownField, [permissionSetFile('Accounts')]: ACCOUNTS });

        const result = await deployProject(connection, project, { rest });

        expect(result.response.status).to.equal('Failed');
        expect(result.response.success).to.equal(false);
        const failed = result.getFileResponses().filter((response) => response.state === ComponentStatus.Failed);
        expect(failed).to.have.length(1);
        expect(failed[0]).to.include({ fullName: 'Orders', type: 'PermissionSet', problemType: 'Error', error: 'In field: field - no CustomField named Order.Foo__c found' });
        expect(org.savedComponents, 'rollbackOnError: all or nothing').to.deep.equal([]);
      });

      it('validates without saving when checkOnly', async () => {
        const connection = await start({}, { [permissionSetFile('Orders')]: ORDERS });

        const result = await deployProject(connection, project, { rest, checkOnly: true });

        expect(result.response).to.include({ status: 'Succeeded', checkOnly: true });
        expect(org.deploys[0]?.checkOnly).to.equal(true);
        expect(org.savedComponents).to.deep.equal([]);
      });
    });
  }

  it('with rollbackOnError false, keeps what succeeded and reports SucceededPartial', async () => {
    const unknownObject = permissionSetXml({ label: 'Widgets', objects: ['Widget__c'] });
    const connection = await start({}, { [permissionSetFile('Widgets')]: unknownObject, [permissionSetFile('Accounts')]: ACCOUNTS });

    const result = await deployProject(connection, project, { rollbackOnError: false });

    expect(result.response.status).to.equal('SucceededPartial');
    expect(result.getFileResponses().find((response) => response.fullName === 'Widgets')).to.include({ state: 'Failed', error: 'In field: object - no CustomObject named Widget__c found' });
    expect(org.savedComponents.map(({ fullName }) => fullName)).to.deep.equal(['Accounts']);
  });

  it('reports an element out of WSDL order with the line and column Salesforce gives', async () => {
    const outOfOrder = ORDERS.replace('    <hasActivationRequired>false</hasActivationRequired>\n', '').replace('</PermissionSet>', '    <hasActivationRequired>false</hasActivationRequired>\n</PermissionSet>');
    const connection = await start({}, { [permissionSetFile('Orders')]: outOfOrder });

    const [failure] = (await deployProject(connection, project)).getFileResponses();

    // The line of the misplaced element; the column just past its start tag, where a streaming parser stands.
    const line = outOfOrder.split('\n').findIndex((text) => text.includes('<hasActivationRequired>')) + 1;
    const column = '    <hasActivationRequired>'.length + 1;
    expect(failure).to.include({
      state: 'Failed',
      error: `Error parsing file: Element {http://soap.sforce.com/2006/04/metadata}hasActivationRequired invalid at this location in type PermissionSet (${line}:${column})`,
      lineNumber: line,
      columnNumber: column,
    });
  });

  it('refuses to create a connected app, but redeploys one the org has', async () => {
    const connection = await start({ existingConnectedApps: ['Legacy_Backup'] }, { 'connectedApps/ERP_Sync.connectedApp-meta.xml': connectedAppXml('ERP Sync'), 'connectedApps/Legacy_Backup.connectedApp-meta.xml': connectedAppXml('Legacy Backup') });

    const result = await deployProject(connection, project, { rollbackOnError: false });

    expect(result.getFileResponses().map(({ fullName, state }) => `${fullName}:${state}`).sort()).to.deep.equal(['ERP_Sync:Failed', 'Legacy_Backup:Created']);
    expect(result.getFileResponses().find(({ fullName }) => fullName === 'ERP_Sync')).to.include({ error: CONNECTED_APP_CREATION_BLOCKED });
  });

  it('remembers what it holds: a redeploy is Unchanged, an edit Changed', async () => {
    const connection = await start({}, { [permissionSetFile('Orders')]: ORDERS, [permissionSetFile('Accounts')]: ACCOUNTS });
    await deployProject(connection, project);
    await project.write(`${METADATA_DIR}/${permissionSetFile('Orders')}`, ORDERS.replace('<label>Orders</label>', '<label>Orders v2</label>'));

    const result = await deployProject(connection, project);

    expect(result.getFileResponses().map(({ fullName, state }) => `${fullName}:${state}`).sort()).to.deep.equal(['Accounts:Unchanged', 'Orders:Changed']);
  });

  it('keeps a deploy in progress for the polls asked, then completes it', async () => {
    const connection = await start({ pendingPolls: 3 }, { [permissionSetFile('Orders')]: ORDERS });

    const result = await deployProject(connection, project);

    expect(result.response.status).to.equal('Succeeded');
    expect(org.deploys[0]?.polls).to.equal(4);
  });

  it('keeps a deploy in progress for ever: pollStatus times out, naming the deploy, which can be resumed once released', async () => {
    const connection = await start({ pendingPolls: 'forever' }, { [permissionSetFile('Orders')]: ORDERS });

    const error = await deployProject(connection, project, {}, 0.3).then(
      () => expect.fail('pollStatus should time out'),
      (thrown: unknown) => thrown as Error & { data?: { id?: string } }
    );

    expect(error.name).to.equal('MetadataTransferError');
    expect(error.message).to.equal('Metadata API request failed: The client has timed out.');
    expect(error.data?.id).to.equal(org.deploys[0]?.id);
    expect(org.deploys[0]?.result, 'never completed').to.equal(undefined);

    org.releasePendingDeploys();
    const resumed = await new MetadataApiDeploy({ id: error.data?.id, usernameOrConnection: connection }).pollStatus(25, 10);

    expect(resumed.response.status).to.equal('Succeeded');
  });

  for (const api of ['SOAP', 'REST'] as const) {
    it(`refuses every call once the session has expired (${api})`, async () => {
      const connection = await start({}, { [permissionSetFile('Orders')]: ORDERS });
      org.expireSession();

      const error = await deployProject(connection, project, { rest: api === 'REST' }).then(
        () => expect.fail('the deploy should be refused'),
        (thrown: unknown) => thrown as Error
      );

      expect(`${error.name}: ${error.message}`).to.match(api === 'SOAP' ? /INVALID_SESSION_ID: Invalid Session ID found in SessionHeader: Illegal Session/ : /INVALID_SESSION_ID.*Session expired or invalid/);
      expect(org.deploys).to.deep.equal([]);
    });
  }
});
