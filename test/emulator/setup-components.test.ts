import { expect } from 'chai';
import type { Connection } from '@salesforce/core';
import { connectedAppXml, externalClientAppFiles, policyFiles } from '../builders/org-component-builder.js';
import type { TestProject } from '../builders/project-builder.js';
import { aMetadataProject, permissionSetFile, permissionSetGroupFile, permissionSetGroupXml, permissionSetXml } from './metadata-source.js';
import { connectToEmulator, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from './org-emulator.js';
import { deployProject } from './sdr-client.js';

const CONNECTOR_USER = permissionSetXml({ label: 'Connector User', objects: ['Account'], userPermissions: ['ApiEnabled'] });

describe('org emulator: components made in Setup (the test API)', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let project: TestProject;
  let connection: Connection;

  const start = async (files: Record<string, string> = {}): Promise<void> => {
    org = await startOrgEmulator();
    project = await aMetadataProject(files);
    ({ connection } = await connectToEmulator(org));
  };

  afterEach(async () => {
    await org?.stop();
    await project?.dispose();
  });

  it('puts a managed package’s permission set in the org, its PermissionSet row and grants in its namespace', async () => {
    await start();

    org.setup.put('PermissionSet', 'acme__Connector_User', CONNECTOR_USER, { namespacePrefix: 'acme' });

    const { records } = await connection.query<Record<string, unknown>>("SELECT Id, Name, NamespacePrefix, Label, PermissionsApiEnabled FROM PermissionSet WHERE NamespacePrefix = 'acme'");
    expect(records).to.have.length(1);
    expect(records[0]).to.include({ Name: 'Connector_User', NamespacePrefix: 'acme', Label: 'Connector User', PermissionsApiEnabled: true });
    expect(org.records('ObjectPermissions', { ParentId: String(records[0]?.Id) }).map(({ SobjectType }) => SobjectType)).to.deep.equal(['Account']);
    expect(org.savedComponents.find(({ fullName }) => fullName === 'acme__Connector_User')).to.include({ manageableState: 'installed', namespacePrefix: 'acme' });
  });

  it('edits a permission set as an admin adding Modify All does: file and rows change together, and its groups recalculate', async () => {
    await start({ [permissionSetFile('Orders')]: permissionSetXml({ label: 'Orders', objects: ['Order'] }), [permissionSetGroupFile('ERP_Sync')]: permissionSetGroupXml('ERP Sync', ['Orders']) });
    await deployProject(connection, project);
    org.update('PermissionSetGroup', { DeveloperName: 'ERP_Sync' }, { Status: 'Updated' });

    org.setup.edit('PermissionSet', 'Orders', { objectPermissions: [{ object: 'Order', allowEdit: true, allowDelete: true, viewAllRecords: true, modifyAllRecords: true }] });

    const permissionSetId = String(org.record('PermissionSet', { Name: 'Orders' }).Id);
    expect(org.record('ObjectPermissions', { ParentId: permissionSetId })).to.include({ SobjectType: 'Order', PermissionsModifyAllRecords: true, PermissionsRead: true });
    expect(org.setup.read('PermissionSet', 'Orders')).to.contain('        <modifyAllRecords>true</modifyAllRecords>\n        <object>Order</object>');
    expect(org.record('PermissionSetGroup', { DeveloperName: 'ERP_Sync' }).Status).to.equal('Outdated');
  });

  it('edits an app’s policies as an admin relaxing them does: set, change and remove elements', async () => {
    await start({ ...externalClientAppFiles('ERP_Sync'), ...policyFiles('ERP_Sync', { permissionSets: ['ERP_Sync_Orders'] }) });
    await deployProject(connection, project);

    org.setup.edit('ExtlClntAppOauthConfigurablePolicies', 'ERP_Sync_oauth_defaultPolicy', { ipRelaxationPolicyType: 'Bypass', permittedUsersPolicyType: 'AllSelfAuthorized', commaSeparatedPermissionSet: null });

    const policies = org.setup.read('ExtlClntAppOauthConfigurablePolicies', 'ERP_Sync_oauth_defaultPolicy') ?? '';
    expect(policies).to.contain('<ipRelaxationPolicyType>Bypass</ipRelaxationPolicyType>');
    expect(policies).to.contain('<permittedUsersPolicyType>AllSelfAuthorized</permittedUsersPolicyType>');
    expect(policies).not.to.contain('commaSeparatedPermissionSet');
  });

  it('holds a connected app made in Setup, which a deploy may then update where new ones are blocked', async () => {
    await start({ 'connectedApps/Legacy_Backup.connectedApp-meta.xml': connectedAppXml('Legacy Backup') });
    org.setup.put('ConnectedApp', 'Legacy_Backup', connectedAppXml('Legacy Backup (Setup)'));

    const result = await deployProject(connection, project);

    expect(result.response.status).to.equal('Succeeded');
    expect(org.setup.read('ConnectedApp', 'Legacy_Backup')).to.contain('<label>Legacy Backup</label>');
  });

  it('removes a component with its rows, as Setup’s Delete does', async () => {
    await start();
    org.setup.put('PermissionSet', 'acme__Connector_User', CONNECTOR_USER, { namespacePrefix: 'acme' });

    org.setup.remove('PermissionSet', 'acme__Connector_User');

    expect(org.setup.read('PermissionSet', 'acme__Connector_User')).to.equal(undefined);
    expect(org.records('PermissionSet', { NamespacePrefix: 'acme' })).to.deep.equal([]);
  });

  it('tells a test that puts a file under the wrong type, or edits what the org does not hold', async () => {
    await start();

    expect(() => org.setup.put('PermissionSetGroup', 'ERP_Sync', CONNECTOR_USER)).to.throw('a PermissionSetGroup file has the root element PermissionSetGroup, not PermissionSet');
    expect(() => org.setup.edit('PermissionSet', 'Nothing', { label: 'x' })).to.throw('the org holds no PermissionSet named Nothing');
  });

  it('reports a component made in Setup unchanged by a deploy that says the same in its own layout, and changed by one that differs', async () => {
    const sparse = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">',
      '    <description></description>',
      '    <label>Orders</label>',
      '    <objectPermissions>',
      '        <object>Order</object>',
      '        <allowRead>true</allowRead>',
      '    </objectPermissions>',
      '</PermissionSet>',
      '',
    ].join('\n');
    await start({ [permissionSetFile('Orders')]: sparse });
    org.setup.put('PermissionSet', 'Orders', permissionSetXml({ label: 'Orders', objects: ['Order'] }));

    const same = await deployProject(connection, project);
    await project.write(`force-app/main/default/${permissionSetFile('Orders')}`, sparse.replace('<allowRead>true</allowRead>', '<allowRead>true</allowRead><allowEdit>true</allowEdit>'));
    const edited = await deployProject(connection, project);

    const stateOf = (result: typeof same) => result.getFileResponses().find(({ fullName }) => fullName === 'Orders')?.state;
    expect(stateOf(same)).to.equal('Unchanged');
    expect(stateOf(edited)).to.equal('Changed');
  });
});

