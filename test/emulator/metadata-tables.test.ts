import { join } from 'node:path';
import { expect } from 'chai';
import type { Connection } from '@salesforce/core';
import { ComponentSet, type DeployResult } from '@salesforce/source-deploy-retrieve';
import { METADATA_DIR, type TestProject } from '../builders/project-builder.js';
import {
  aMetadataProject,
  mutingPermissionSetFile,
  mutingPermissionSetXml,
  permissionSetFile,
  permissionSetGroupFile,
  permissionSetGroupXml,
  permissionSetXml,
} from './metadata-source.js';
import { anIntegrationUser } from '../builders/org-user-builder.js';
import { connectToEmulator, groupRecalculating, isolateSalesforceState, startOrgEmulator, type OrgEmulator, type OrgEmulatorOptions } from './org-emulator.js';

const ORDERS = permissionSetXml({ label: 'Orders', objects: ['Order'], fields: ['Order.Status'], userPermissions: ['ApiEnabled'] });
const ACCOUNTS = permissionSetXml({ label: 'Accounts', objects: ['Account'] });
const ERP_SYNC = permissionSetGroupXml('ERP Sync', ['Accounts', 'Orders']);

describe('org emulator: what a deploy leaves in the tables, and a group’s recalculation', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let connection: Connection;
  let project: TestProject;

  const start = async (files: Record<string, string>, options: OrgEmulatorOptions = {}): Promise<void> => {
    org = await startOrgEmulator(options);
    project = await aMetadataProject(files);
    ({ connection } = await connectToEmulator(org));
  };
  const deploy = async (checkOnly = false): Promise<void> => {
    const components = ComponentSet.fromSource(join(project.dir, METADATA_DIR));
    await (await components.deploy({ usernameOrConnection: connection, apiOptions: { checkOnly } })).pollStatus(25, 10);
  };
  const deployResult = async (): Promise<DeployResult> => {
    const components = ComponentSet.fromSource(join(project.dir, METADATA_DIR));
    return (await components.deploy({ usernameOrConnection: connection })).pollStatus(25, 10);
  };
  const groupStatus = async (): Promise<unknown> => (await connection.query<{ Status: string }>("SELECT Status FROM PermissionSetGroup WHERE DeveloperName = 'ERP_Sync'")).records[0]?.Status;

  afterEach(async () => {
    await org?.stop();
    await project?.dispose();
  });

  it('makes a deployed permission set a PermissionSet row, with its object, field and user permissions', async () => {
    await start({ [permissionSetFile('Orders')]: ORDERS });

    await deploy();

    const [permissionSet] = (await connection.query<Record<string, unknown>>("SELECT Id, Name, Label, Type, PermissionsApiEnabled, PermissionsModifyAllData FROM PermissionSet WHERE Name = 'Orders'")).records;
    expect(permissionSet).to.include({ Name: 'Orders', Label: 'Orders', Type: 'Regular', PermissionsApiEnabled: true, PermissionsModifyAllData: false });
    const parent = String(permissionSet?.Id);
    expect(org.records('ObjectPermissions', { ParentId: parent }).map(({ SobjectType, PermissionsRead, PermissionsEdit }) => ({ SobjectType, PermissionsRead, PermissionsEdit }))).to.deep.equal([
      { SobjectType: 'Order', PermissionsRead: true, PermissionsEdit: false },
    ]);
    expect(org.records('FieldPermissions', { ParentId: parent }).map(({ Field, PermissionsRead }) => ({ Field, PermissionsRead }))).to.deep.equal([{ Field: 'Order.Status', PermissionsRead: true }]);
  });

  it('replaces a permission set’s content on a redeploy, and writes nothing for a check-only deploy', async () => {
    await start({ [permissionSetFile('Orders')]: ORDERS });
    await deploy(true);
    const afterCheckOnly = org.records('PermissionSet', { Name: 'Orders' });
    await deploy();
    await project.write(`${METADATA_DIR}/${permissionSetFile('Orders')}`, permissionSetXml({ label: 'Orders v2', objects: ['Contact'] }));

    await deploy();

    expect(afterCheckOnly).to.deep.equal([]);
    const permissionSet = org.record('PermissionSet', { Name: 'Orders' });
    expect(permissionSet).to.include({ Label: 'Orders v2', PermissionsApiEnabled: false });
    expect(org.records('ObjectPermissions', { ParentId: String(permissionSet.Id) }).map(({ SobjectType }) => SobjectType)).to.deep.equal(['Contact']);
    expect(org.records('FieldPermissions', { ParentId: String(permissionSet.Id) })).to.deep.equal([]);
  });

  it('makes a deployed group a PermissionSetGroup row with its components, Outdated until it recalculates', async () => {
    await start({ [permissionSetFile('Orders')]: ORDERS, [permissionSetFile('Accounts')]: ACCOUNTS, [permissionSetGroupFile('ERP_Sync')]: ERP_SYNC });

    await deploy();

    const group = org.record('PermissionSetGroup', { DeveloperName: 'ERP_Sync' });
    expect(group).to.include({ MasterLabel: 'ERP Sync' });
    const members = org.records('PermissionSetGroupComponent', { PermissionSetGroupId: String(group.Id) }).map(({ PermissionSetId }) => org.record('PermissionSet', { Id: String(PermissionSetId) }).Name);
    expect(members.sort()).to.deep.equal(['Accounts', 'Orders']);
    expect([await groupStatus(), await groupStatus(), await groupStatus(), await groupStatus()]).to.deep.equal(['Outdated', 'Updating', 'Updated', 'Updated']);
  });

  it('recalculates a group again when one of its permission sets is redeployed changed, and not when nothing changed', async () => {
    await start({ [permissionSetFile('Orders')]: ORDERS, [permissionSetFile('Accounts')]: ACCOUNTS, [permissionSetGroupFile('ERP_Sync')]: ERP_SYNC });
    await deploy();
    org.update('PermissionSetGroup', { DeveloperName: 'ERP_Sync' }, { Status: 'Updated' });

    await deploy();
    const unchanged = await groupStatus();
    await project.write(`${METADATA_DIR}/${permissionSetFile('Accounts')}`, permissionSetXml({ label: 'Accounts', objects: ['Account', 'Contact'] }));
    await deploy();

    expect(unchanged).to.equal('Updated');
    expect(await groupStatus()).to.equal('Outdated');
  });

  it('can keep a group’s recalculation going for ever, or end it Failed', async () => {
    await start(
      { [permissionSetFile('Orders')]: ORDERS, [permissionSetFile('Accounts')]: ACCOUNTS, [permissionSetGroupFile('ERP_Sync')]: ERP_SYNC },
      { groupRecalculation: { ERP_Sync: 'stuck' } }
    );
    await deploy();

    const stuck = [await groupStatus(), await groupStatus(), await groupStatus(), await groupStatus()];
    org.configure({ groupRecalculation: { ERP_Sync: 'fails' } });

    expect(stuck).to.deep.equal(['Outdated', 'Updating', 'Updating', 'Updating']);
    expect([await groupStatus(), await groupStatus()], 'the read that shows Updating moves it on').to.deep.equal(['Updating', 'Failed']);
  });

  it('makes a muting permission set a MutingPermissionSet row, a component of its group', async () => {
    await start({
      [permissionSetFile('Orders')]: ORDERS,
      [mutingPermissionSetFile('ERP_Sync_Muted')]: mutingPermissionSetXml('ERP Sync muted', ['ApiEnabled']),
      [permissionSetGroupFile('ERP_Sync')]: permissionSetGroupXml('ERP Sync', ['Orders'], ['ERP_Sync_Muted']),
    });

    await deploy();

    expect(org.record('MutingPermissionSet', { DeveloperName: 'ERP_Sync_Muted' })).to.include({ MasterLabel: 'ERP Sync muted' });
    const group = org.record('PermissionSetGroup', { DeveloperName: 'ERP_Sync' });
    expect(org.records('PermissionSetGroupComponent', { PermissionSetGroupId: String(group.Id) })).to.have.length(2);
  });

  it('can fail a permission set’s deploy while a group it belongs to recalculates, when switched on', async () => {
    await start({ [permissionSetFile('Orders')]: ORDERS, [permissionSetFile('Accounts')]: ACCOUNTS, [permissionSetGroupFile('ERP_Sync')]: ERP_SYNC });
    await deploy();
    await project.write(`${METADATA_DIR}/${permissionSetFile('Orders')}`, permissionSetXml({ label: 'Orders v2', objects: ['Order'] }));

    const tolerated = (await deployResult()).response.status;
    org.configure({ failDeploysDuringRecalculation: true });
    const refused = await deployResult();
    org.update('PermissionSetGroup', { DeveloperName: 'ERP_Sync' }, { Status: 'Updated' });
    const afterRecalculation = (await deployResult()).response.status;

    expect(tolerated, 'off by default').to.equal('Succeeded');
    expect(refused.response.status).to.equal('Failed');
    expect([refused.response.details.componentFailures].flat().map((failure) => failure?.problem)).to.deep.equal([groupRecalculating('ERP_Sync'), groupRecalculating('ERP_Sync')]);
    expect(afterRecalculation).to.equal('Succeeded');
  });

  it('gives a group’s own permission set its members’ user permissions once recalculated, less what it mutes: MFA for API logins reaches a member through the assignment', async () => {
    const mfa = permissionSetXml({ label: 'MFA', userPermissions: ['ApiEnabled', 'TwoFactorApi'] });
    await start({
      [permissionSetFile('MFA')]: mfa,
      [permissionSetFile('Orders')]: ORDERS,
      [mutingPermissionSetFile('ERP_Sync_Muted')]: mutingPermissionSetXml('ERP Sync muted', ['ApiEnabled']),
      [permissionSetGroupFile('ERP_Sync')]: permissionSetGroupXml('ERP Sync', ['MFA', 'Orders'], ['ERP_Sync_Muted']),
    });
    await deploy();
    const user = org.insert('User', { ...(anIntegrationUser() as Record<string, string>), Profile: { Name: 'Minimum Access - API Only Integrations' } });
    const group = org.record('PermissionSetGroup', { DeveloperName: 'ERP_Sync' });
    org.insert('PermissionSetAssignment', { AssigneeId: String(user.Id), PermissionSetGroupId: String(group.Id) });
    const viaAssignments = async (): Promise<Array<{ TwoFactorApi: boolean; ApiEnabled: boolean }>> =>
      (
        await connection.query<{ PermissionSet: { PermissionsTwoFactorApi: boolean; PermissionsApiEnabled: boolean } }>(
          `SELECT PermissionSet.PermissionsTwoFactorApi, PermissionSet.PermissionsApiEnabled FROM PermissionSetAssignment WHERE AssigneeId = '${String(user.Id)}' AND PermissionSetGroupId != null`
        )
      ).records.map(({ PermissionSet }) => ({ TwoFactorApi: PermissionSet.PermissionsTwoFactorApi, ApiEnabled: PermissionSet.PermissionsApiEnabled }));

    const beforeRecalculation = await viaAssignments();
    await groupStatus();
    await groupStatus();

    expect(beforeRecalculation).to.deep.equal([{ TwoFactorApi: false, ApiEnabled: false }]);
    expect(await viaAssignments(), 'ApiEnabled is muted').to.deep.equal([{ TwoFactorApi: true, ApiEnabled: false }]);
  });
});
