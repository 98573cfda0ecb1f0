import { expect } from 'chai';
import type { Connection } from '@salesforce/core';
import type { FileProperties, RetrieveResult } from '@salesforce/source-deploy-retrieve';
import { connectedAppXml, externalClientAppFiles, policyFiles } from '../builders/org-component-builder.js';
import { METADATA_DIR, type TestProject } from '../builders/project-builder.js';
import { aMetadataProject, permissionSetFile, permissionSetGroupFile, permissionSetGroupXml, permissionSetXml } from './metadata-source.js';
import { connectToEmulator, entityNotFound, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from './org-emulator.js';
import { deployProject, retrieveIntoProject } from './sdr-client.js';

/** A permission set as a developer might write it: defaults left out, a disabled user permission listed. */
const SPARSE_PERMISSION_SET = `<?xml version="1.0" encoding="UTF-8"?>
<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">
    <description>Reads orders</description>
    <label>Orders</label>
    <objectPermissions>
        <allowRead>true</allowRead>
        <object>Order</object>
    </objectPermissions>
    <userPermissions>
        <enabled>false</enabled>
        <name>ViewSetup</name>
    </userPermissions>
    <userPermissions>
        <enabled>true</enabled>
        <name>ApiEnabled</name>
    </userPermissions>
</PermissionSet>
`;

const RETRIEVED_PERMISSION_SET = `<?xml version="1.0" encoding="UTF-8"?>
<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">
    <description>Reads orders</description>
    <hasActivationRequired>false</hasActivationRequired>
    <label>Orders</label>
    <objectPermissions>
        <allowCreate>false</allowCreate>
        <allowDelete>false</allowDelete>
        <allowEdit>false</allowEdit>
        <allowRead>true</allowRead>
        <modifyAllRecords>false</modifyAllRecords>
        <object>Order</object>
        <viewAllFields>false</viewAllFields>
        <viewAllRecords>false</viewAllRecords>
    </objectPermissions>
    <userPermissions>
        <enabled>true</enabled>
        <name>ApiEnabled</name>
    </userPermissions>
</PermissionSet>
`;

describe('org emulator: retrieves, through source-deploy-retrieve over real HTTP', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let project: TestProject;
  let connection: Connection;

  const start = async (files: Record<string, string> = {}): Promise<void> => {
    org = await startOrgEmulator();
    project = await aMetadataProject(files);
    ({ connection } = await connectToEmulator(org));
  };
  const retrieved = (path: string): Promise<string> => project.read(`${METADATA_DIR}/${path}`);
  const propertiesOf = (result: RetrieveResult, fullName: string): FileProperties | undefined =>
    [result.response.fileProperties ?? []].flat().find((properties) => properties.fullName === fullName);

  afterEach(async () => {
    await org?.stop();
    await project?.dispose();
  });

  it('returns a deployed permission set as Salesforce writes it: every right explicit, only enabled user permissions, with its row’s Id', async () => {
    await start({ [permissionSetFile('Orders')]: SPARSE_PERMISSION_SET });
    await deployProject(connection, project);

    const result = await retrieveIntoProject(connection, project, [{ type: 'PermissionSet', fullName: 'Orders' }]);

    expect(result.response.status).to.equal('Succeeded');
    expect(await retrieved(permissionSetFile('Orders'))).to.equal(RETRIEVED_PERMISSION_SET);
    expect(propertiesOf(result, 'Orders')).to.include({
      type: 'PermissionSet',
      fileName: 'unpackaged/permissionsets/Orders.permissionset',
      id: org.record('PermissionSet', { Name: 'Orders' }).Id,
      manageableState: 'unmanaged',
      createdById: org.userId,
    });
    expect(propertiesOf(result, 'unpackaged/package.xml')).to.include({ type: 'Package', id: '' });
    expect(org.retrieves[0]?.request.manifest.types).to.deep.equal([{ name: 'PermissionSet', members: ['Orders'] }]);
  });

  it('reports each member the org does not have, in the words SDR reads, and still succeeds', async () => {
    await start({ [permissionSetFile('Orders')]: SPARSE_PERMISSION_SET });
    await deployProject(connection, project);

    const result = await retrieveIntoProject(connection, project, [
      { type: 'PermissionSet', fullName: 'Orders' },
      { type: 'PermissionSet', fullName: 'Gone' },
    ]);

    expect(result.response).to.include({ status: 'Succeeded', success: true });
    expect(result.getFileResponses().find(({ fullName }) => fullName === 'Gone')).to.deep.include({ type: 'PermissionSet', state: 'Failed', error: entityNotFound('PermissionSet', 'Gone') });
    expect(result.getFileResponses().find(({ fullName }) => fullName === 'Orders')?.state).to.equal('Created');
  });

  it('gives every unmanaged component of a type for *, and a managed package’s only by name, with its namespace', async () => {
    await start({ [permissionSetFile('Orders')]: SPARSE_PERMISSION_SET });
    await deployProject(connection, project);
    org.setup.put('PermissionSet', 'acme__Connector_User', permissionSetXml({ label: 'Connector User', objects: ['Account'] }), { namespacePrefix: 'acme' });

    const all = await retrieveIntoProject(connection, project, [{ type: 'PermissionSet', fullName: '*' }]);
    const managed = await retrieveIntoProject(connection, project, [{ type: 'PermissionSet', fullName: 'acme__Connector_User' }]);

    expect(all.getFileResponses().map(({ fullName }) => fullName)).to.deep.equal(['Orders']);
    expect(propertiesOf(managed, 'acme__Connector_User')).to.include({
      namespacePrefix: 'acme',
      manageableState: 'installed',
      id: org.record('PermissionSet', { Name: 'Connector_User', NamespacePrefix: 'acme' }).Id,
    });
  });

  it('writes a group’s status from its recalculation, whatever the deployed file said', async () => {
    await start({ [permissionSetFile('Orders')]: SPARSE_PERMISSION_SET, [permissionSetGroupFile('ERP_Sync')]: permissionSetGroupXml('ERP Sync', ['Orders']) });
    await deployProject(connection, project);
    const status = async (): Promise<string | undefined> => {
      await retrieveIntoProject(connection, project, [{ type: 'PermissionSetGroup', fullName: 'ERP_Sync' }]);
      return /<status>(\w+)<\/status>/.exec(await retrieved(permissionSetGroupFile('ERP_Sync')))?.[1];
    };

    const afterDeploy = await status();
    await connection.query("SELECT Status FROM PermissionSetGroup WHERE DeveloperName = 'ERP_Sync'");
    await connection.query("SELECT Status FROM PermissionSetGroup WHERE DeveloperName = 'ERP_Sync'");

    expect(afterDeploy).to.equal('Outdated');
    expect(await status()).to.equal('Updated');
  });

  it('adds what the org owns to an External Client App: its org-scoped name, OAuth link and consumer key, the secret only where the org exposes it', async () => {
    await start({ ...externalClientAppFiles('ERP_Sync'), ...policyFiles('ERP_Sync') });
    await deployProject(connection, project);
    const members = [
      { type: 'ExternalClientApplication', fullName: 'ERP_Sync' },
      { type: 'ExtlClntAppOauthSettings', fullName: 'ERP_Sync_oauth' },
      { type: 'ExtlClntAppGlobalOauthSettings', fullName: 'ERP_Sync_glbloauth' },
    ];

    await retrieveIntoProject(connection, project, members);
    const app = await retrieved('externalClientApps/ERP_Sync.eca-meta.xml');
    const oauth = await retrieved('extlClntAppOauthSettings/ERP_Sync_oauth.ecaOauth-meta.xml');
    const hidden = await retrieved('extlClntAppGlobalOauthSets/ERP_Sync_glbloauth.ecaGlblOauth-meta.xml');
    org.configure({ consumerSecretsInMetadataApi: true });
    await retrieveIntoProject(connection, project, members);
    const exposed = await retrieved('extlClntAppGlobalOauthSets/ERP_Sync_glbloauth.ecaGlblOauth-meta.xml');

    expect(app).to.contain(`    <orgScopedExternalApp>${org.orgId}:ERP_Sync</orgScopedExternalApp>\n</ExternalClientApplication>`);
    expect(oauth).to.match(new RegExp(`<oauthLink>${org.orgId}:\\w+</oauthLink>`));
    const consumerKey = /<consumerKey>(.+)<\/consumerKey>/.exec(hidden)?.[1];
    expect(consumerKey).to.match(/^3MVG9/);
    expect(hidden).not.to.contain('consumerSecret');
    expect(exposed).to.contain(`<consumerKey>${consumerKey ?? ''}</consumerKey>`);
    expect(exposed).to.match(/<consumerSecret>[0-9A-F]{64}<\/consumerSecret>\n {4}<externalClientApplication>/);
  });

  it('gives a connected app its consumer key, never its secret', async () => {
    await start();
    org.setup.put('ConnectedApp', 'Legacy_Backup', connectedAppXml('Legacy Backup', { consumerSecret: 'S3CR3T' }));

    await retrieveIntoProject(connection, project, [{ type: 'ConnectedApp', fullName: 'Legacy_Backup' }]);
    const app = await retrieved('connectedApps/Legacy_Backup.connectedApp-meta.xml');

    expect(app).to.match(/<callbackUrl>.+<\/callbackUrl>\n {8}<consumerKey>3MVG9.+<\/consumerKey>\n {8}<isAdminApproved>/);
    expect(app).not.to.contain('S3CR3T');
  });
});
