import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import type { Connection } from '@salesforce/core';
import { ComponentStatus } from '@salesforce/source-deploy-retrieve';
import { METADATA_DIR, type TestProject } from '../builders/project-builder.js';
import { anIntegrationUser } from '../builders/org-user-builder.js';
import { aMetadataProject, permissionSetFile, permissionSetGroupFile, permissionSetGroupXml, permissionSetXml } from './metadata-source.js';
import {
  componentNotFound,
  connectToEmulator,
  GROUP_ASSIGNED,
  isolateSalesforceState,
  PERMISSION_SET_ASSIGNED,
  permissionSetInGroup,
  startOrgEmulator,
  type OrgEmulator,
} from './org-emulator.js';
import { deployProject } from './sdr-client.js';

const ORDERS = permissionSetXml({ label: 'Orders', objects: ['Order'], fields: ['Order.Status'] });
const ACCOUNTS = permissionSetXml({ label: 'Accounts', objects: ['Account'] });
const ORDERS_SET = { type: 'PermissionSet', fullName: 'Orders' };

describe('org emulator: destructive changes in a deploy', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let project: TestProject;
  let connection: Connection;

  /** An org that holds the permission sets Orders and Accounts (and whatever else the files add), deployed from the project. */
  const start = async (files: Record<string, string> = {}): Promise<void> => {
    org = await startOrgEmulator();
    project = await aMetadataProject({ [permissionSetFile('Orders')]: ORDERS, [permissionSetFile('Accounts')]: ACCOUNTS, ...files });
    ({ connection } = await connectToEmulator(org));
    await deployProject(connection, project);
  };
  const removeSource = (path: string): Promise<void> => rm(join(project.dir, METADATA_DIR, path));
  const holds = (type: string, fullName: string): boolean => org.savedComponents.some((component) => component.type === type && component.fullName === fullName);
  const assignToAUser = (fields: Record<string, string>): void => {
    const user = org.insert('User', { ...(anIntegrationUser() as Record<string, string>), Profile: { Name: 'Minimum Access - API Only Integrations' } });
    org.insert('PermissionSetAssignment', { AssigneeId: String(user.Id), ...fields });
  };

  afterEach(async () => {
    await org?.stop();
    await project?.dispose();
  });

  it('deletes a permission set the manifest lists: reported deleted, gone from the org with its rows', async () => {
    await start();
    const rowId = String(org.record('PermissionSet', { Name: 'Orders' }).Id);
    await removeSource(permissionSetFile('Orders'));

    const result = await deployProject(connection, project, { deleteAfter: [ORDERS_SET] });

    expect(result.response.status).to.equal('Succeeded');
    const reported = [result.response.details.componentSuccesses].flat().find((message) => message?.fullName === 'Orders');
    expect(reported).to.deep.include({ componentType: 'PermissionSet', fileName: 'permissionsets/Orders.permissionset', deleted: true, created: false, changed: false, success: true });
    expect([result.response.numberComponentsTotal, result.response.numberComponentsDeployed]).to.deep.equal([2, 2]);
    expect(org.deploys[1]?.deletions).to.deep.equal([{ ...ORDERS_SET, manifest: 'destructiveChangesPost.xml' }]);
    expect(holds('PermissionSet', 'Orders')).to.equal(false);
    expect(org.records('PermissionSet', { Name: 'Orders' })).to.deep.equal([]);
    expect([...org.records('ObjectPermissions', { ParentId: rowId }), ...org.records('FieldPermissions', { ParentId: rowId })]).to.deep.equal([]);
    expect(holds('PermissionSet', 'Accounts')).to.equal(true);
  });

  it('refuses to delete a permission set still assigned, and keeps it', async () => {
    await start();
    assignToAUser({ PermissionSetId: String(org.record('PermissionSet', { Name: 'Orders' }).Id) });

    const result = await deployProject(connection, project, { deleteAfter: [ORDERS_SET] });

    expect(result.response.status).to.equal('Failed');
    expect(result.getFileResponses().find(({ state }) => state === ComponentStatus.Failed)).to.deep.include({ fullName: 'Orders', type: 'PermissionSet', error: PERMISSION_SET_ASSIGNED });
    expect(holds('PermissionSet', 'Orders')).to.equal(true);
    expect(org.records('PermissionSet', { Name: 'Orders' })).to.have.length(1);
  });

  it('refuses to delete a permission set still in a group, unless the same deploy takes it out of the group first', async () => {
    await start({ [permissionSetGroupFile('ERP_Sync')]: permissionSetGroupXml('ERP Sync', ['Accounts', 'Orders']) });
    await removeSource(permissionSetFile('Orders'));
    await project.write(`${METADATA_DIR}/${permissionSetGroupFile('ERP_Sync')}`, permissionSetGroupXml('ERP Sync', ['Accounts']));

    const before = await deployProject(connection, project, { deleteBefore: [ORDERS_SET] });
    const after = await deployProject(connection, project, { deleteAfter: [ORDERS_SET] });

    expect(before.getFileResponses().find(({ state }) => state === ComponentStatus.Failed)).to.deep.include({ fullName: 'Orders', error: permissionSetInGroup('ERP_Sync') });
    expect(after.response.status).to.equal('Succeeded');
    expect(holds('PermissionSet', 'Orders')).to.equal(false);
  });

  it('refuses to delete a group still assigned; deletes one that is not, with its components and its own permission set', async () => {
    await start({ [permissionSetGroupFile('ERP_Sync')]: permissionSetGroupXml('ERP Sync', ['Orders']), [permissionSetGroupFile('Backup')]: permissionSetGroupXml('Backup', ['Accounts']) });
    const erpSync = String(org.record('PermissionSetGroup', { DeveloperName: 'ERP_Sync' }).Id);
    const backup = String(org.record('PermissionSetGroup', { DeveloperName: 'Backup' }).Id);
    assignToAUser({ PermissionSetGroupId: erpSync });
    await removeSource(permissionSetGroupFile('ERP_Sync'));
    await removeSource(permissionSetGroupFile('Backup'));

    const refused = await deployProject(connection, project, { deleteAfter: [{ type: 'PermissionSetGroup', fullName: 'ERP_Sync' }] });
    const deleted = await deployProject(connection, project, { deleteAfter: [{ type: 'PermissionSetGroup', fullName: 'Backup' }] });

    expect(refused.getFileResponses().find(({ state }) => state === ComponentStatus.Failed)).to.deep.include({ fullName: 'ERP_Sync', error: GROUP_ASSIGNED });
    expect(deleted.response.status).to.equal('Succeeded');
    expect(org.records('PermissionSetGroup').map(({ DeveloperName }) => DeveloperName)).to.deep.equal(['ERP_Sync']);
    expect(org.records('PermissionSetGroupComponent', { PermissionSetGroupId: backup })).to.deep.equal([]);
    expect(org.records('PermissionSet', { PermissionSetGroupId: backup })).to.deep.equal([]);
  });

  it('warns of a component the org does not have, which fails the deploy unless warnings are ignored', async () => {
    await start();
    const gone = { type: 'PermissionSet', fullName: 'Gone' };
    await removeSource(permissionSetFile('Orders'));

    const strict = await deployProject(connection, project, { deleteAfter: [gone, ORDERS_SET] });
    const lenient = await deployProject(connection, project, { deleteAfter: [gone, ORDERS_SET], apiOptions: { ignoreWarnings: true } });

    const [warning] = [strict.response.details.componentFailures ?? []].flat();
    expect(warning).to.deep.include({ componentType: 'PermissionSet', fullName: 'destructiveChangesPost.xml', problem: componentNotFound('PermissionSet', 'Gone'), problemType: 'Warning' });
    expect(strict.response.status).to.equal('Failed');
    expect(lenient.response.status).to.equal('Succeeded');
    expect(holds('PermissionSet', 'Orders')).to.equal(false);
  });

  it('deletes nothing in a check-only deploy, tables included', async () => {
    await start();
    await removeSource(permissionSetFile('Orders'));

    const result = await deployProject(connection, project, { deleteAfter: [ORDERS_SET], apiOptions: { checkOnly: true } });

    expect(result.response).to.include({ status: 'Succeeded', checkOnly: true });
    expect(holds('PermissionSet', 'Orders')).to.equal(true);
    expect(org.records('PermissionSet', { Name: 'Orders' })).to.have.length(1);
  });
});
