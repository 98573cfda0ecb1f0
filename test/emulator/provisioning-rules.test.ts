import { expect } from 'chai';
import type { Connection } from '@salesforce/core';
import { anIntegrationUser } from '../builders/org-user-builder.js';
import { apiRejectionOf } from './api-rejection.js';
import {
  connectToEmulator,
  DUPLICATE_USERNAME_MESSAGE,
  GROUP_NOT_UPDATED_MESSAGE,
  isolateSalesforceState,
  PROFILE_PERMISSION_SET_MESSAGE,
  startOrgEmulator,
  type OrgEmulator,
  type OrgEmulatorOptions,
} from './org-emulator.js';

type Saved = { id: string };

describe('org emulator: the platform’s rules when a client provisions an integration user', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let connection: Connection;
  let integrationProfileId: string;

  const start = async (options: OrgEmulatorOptions = {}): Promise<void> => {
    org = await startOrgEmulator(options);
    ({ connection } = await connectToEmulator(org));
    integrationProfileId = String(org.record('Profile', { Name: 'Minimum Access - API Only Integrations' }).Id);
  };
  const createUser = async (fields: Record<string, unknown> = {}): Promise<string> => ((await connection.sobject('User').create(anIntegrationUser({ ProfileId: integrationProfileId, ...fields }))) as Saved).id;
  const create = async (type: string, fields: Record<string, unknown>): Promise<string> => ((await connection.sobject(type).create(fields)) as Saved).id;
  const assignPsl = (userId: string): Promise<string> => create('PermissionSetLicenseAssign', { AssigneeId: userId, PermissionSetLicenseId: org.record('PermissionSetLicense', { DeveloperName: 'SalesforceAPIIntegrationPsl' }).Id });
  /** A permission set granting read on Order, as a deploy leaves it. */
  const ordersPermissionSet = (): string => {
    const permissionSet = org.insert('PermissionSet', { Name: 'Orders', Label: 'Orders' });
    org.insert('ObjectPermissions', { ParentId: String(permissionSet.Id), SobjectType: 'Order', PermissionsRead: true });
    return String(permissionSet.Id);
  };
  const usedSeats = async (): Promise<unknown> => (await connection.query<{ UsedLicenses: number }>("SELECT UsedLicenses FROM UserLicense WHERE Name = 'Salesforce Integration'")).records[0]?.UsedLicenses;

  afterEach(async () => org.stop());

  describe('users', () => {
    beforeEach(() => start());

    it('creates an active user on the licence of their profile, with their UserLogin and profile assignment', async () => {
      const userId = await createUser();

      expect(await usedSeats()).to.equal(1);
      expect(org.records('UserLogin', { UserId: userId })).to.have.length(1);
      const [assignment] = (await connection.query<{ PermissionSet: { IsOwnedByProfile: boolean } }>(`SELECT PermissionSet.IsOwnedByProfile FROM PermissionSetAssignment WHERE AssigneeId = '${userId}'`)).records;
      expect(assignment?.PermissionSet.IsOwnedByProfile).to.equal(true);
    });

    it('refuses a username this org has, whatever its case: DUPLICATE_USERNAME', async () => {
      await createUser();

      const refusal = await apiRejectionOf(createUser({ Username: 'SVC.ERP-SYNC@acme.example' }));

      expect(refusal).to.deep.equal({ errorCode: 'DUPLICATE_USERNAME', message: DUPLICATE_USERNAME_MESSAGE, fields: ['Username'] });
    });

    it('refuses a username another org has: DUPLICATE_USERNAME', async () => {
      org.configure({ usernamesTakenElsewhere: ['svc.erp-sync@acme.example'] });

      expect((await apiRejectionOf(createUser())).errorCode).to.equal('DUPLICATE_USERNAME');
    });

    it('refuses a user when the licence has no free seat: LICENSE_LIMIT_EXCEEDED', async () => {
      org.exhaustLicence('Salesforce Integration');

      const refusal = await apiRejectionOf(createUser());

      expect(refusal).to.include({ errorCode: 'LICENSE_LIMIT_EXCEEDED', message: 'License Limit Exceeded' });
      expect(org.records('User', { Username: 'svc.erp-sync@acme.example' })).to.deep.equal([]);
    });

    it('frees the seat of a deactivated user, and refuses to reactivate one when the licence is full', async () => {
      const first = await createUser();
      org.exhaustLicence('Salesforce Integration');

      await connection.sobject('User').update({ Id: first, IsActive: false });
      const second = await createUser({ Username: 'svc.second@acme.example' });
      const reactivation = await apiRejectionOf(connection.sobject('User').update({ Id: first, IsActive: true }));

      expect(second).to.match(/^005/);
      expect(reactivation.errorCode).to.equal('LICENSE_LIMIT_EXCEEDED');
      expect(await usedSeats()).to.equal(1);
    });

    it('freezes a user through UserLogin', async () => {
      const userId = await createUser();
      const login = String(org.record('UserLogin', { UserId: userId }).Id);

      await connection.sobject('UserLogin').update({ Id: login, IsFrozen: true });

      expect(org.record('UserLogin', { UserId: userId }).IsFrozen).to.equal(true);
    });

    it('refuses to delete a user: they can only be deactivated', async () => {
      const userId = await createUser();

      const refusal = await apiRejectionOf(connection.sobject('User').destroy(userId));

      expect(refusal).to.include({ errorCode: 'INVALID_TYPE_FOR_OPERATION', message: 'entity type cannot be deleted' });
      expect(org.records('User', { Id: userId })).to.have.length(1);
    });
  });

  describe('assignments', () => {
    beforeEach(() => start());

    it('refuses object access to an integration user before the Salesforce API Integration licence, in Salesforce’s words', async () => {
      const userId = await createUser();
      const permissionSetId = ordersPermissionSet();

      const refusal = await apiRejectionOf(create('PermissionSetAssignment', { AssigneeId: userId, PermissionSetId: permissionSetId }));
      await assignPsl(userId);
      const assigned = await create('PermissionSetAssignment', { AssigneeId: userId, PermissionSetId: permissionSetId });

      expect(refusal).to.include({ errorCode: 'FIELD_INTEGRITY_EXCEPTION', message: "Can't assign permission set Orders to user ERP Sync. The user license doesn't allow the permission: Read Orders" });
      expect(assigned).to.match(/^0Pa/);
    });

    it('assigns a permission set without object or field access before the licence', async () => {
      const userId = await createUser();
      const apiOnly = org.insert('PermissionSet', { Name: 'Api_Only', Label: 'API only', PermissionsApiEnabled: true });

      expect(await create('PermissionSetAssignment', { AssigneeId: userId, PermissionSetId: apiOnly.Id })).to.match(/^0Pa/);
    });

    it('refuses an assignment the user already has: DUPLICATE_VALUE', async () => {
      const userId = await createUser();
      await assignPsl(userId);
      const permissionSetId = ordersPermissionSet();
      await create('PermissionSetAssignment', { AssigneeId: userId, PermissionSetId: permissionSetId });

      const refusal = await apiRejectionOf(create('PermissionSetAssignment', { AssigneeId: userId, PermissionSetId: permissionSetId }));
      const licenceAgain = await apiRejectionOf(assignPsl(userId));

      expect(refusal.errorCode).to.equal('DUPLICATE_VALUE');
      expect(refusal.message).to.match(/^Duplicate PermissionSetAssignment/);
      expect(licenceAgain.errorCode).to.equal('DUPLICATE_VALUE');
    });

    it('assigns a group only once it is Updated, as an assignment of the group’s own permission set', async () => {
      const userId = await createUser();
      const group = org.insert('PermissionSetGroup', { DeveloperName: 'ERP_Sync', MasterLabel: 'ERP Sync', Status: 'Outdated' });

      const refusal = await apiRejectionOf(create('PermissionSetAssignment', { AssigneeId: userId, PermissionSetGroupId: group.Id }));
      org.update('PermissionSetGroup', String(group.Id), { Status: 'Updated' });
      const assignmentId = await create('PermissionSetAssignment', { AssigneeId: userId, PermissionSetGroupId: group.Id });

      expect(refusal).to.include({ errorCode: 'FIELD_INTEGRITY_EXCEPTION', message: GROUP_NOT_UPDATED_MESSAGE });
      const groupPermissionSet = org.record('PermissionSet', { PermissionSetGroupId: String(group.Id) });
      expect(org.record('PermissionSetAssignment', { Id: assignmentId })).to.include({ PermissionSetGroupId: group.Id, PermissionSetId: groupPermissionSet.Id });
      expect(groupPermissionSet).to.include({ Type: 'Group', Name: 'ERP_Sync' });
    });

    it('applies the licence rule to a group whose permission sets grant object access', async () => {
      const userId = await createUser();
      const group = org.insert('PermissionSetGroup', { DeveloperName: 'ERP_Sync', MasterLabel: 'ERP Sync', Status: 'Updated' });
      org.insert('PermissionSetGroupComponent', { PermissionSetGroupId: String(group.Id), PermissionSetId: ordersPermissionSet() });
      org.update('PermissionSetGroup', String(group.Id), { Status: 'Updated' });

      const refusal = await apiRejectionOf(create('PermissionSetAssignment', { AssigneeId: userId, PermissionSetGroupId: group.Id }));

      expect(refusal.message).to.equal("Can't assign permission set ERP Sync to user ERP Sync. The user license doesn't allow the permission: Read Orders");
    });

    it('refuses to assign or remove a profile’s own permission set', async () => {
      const userId = await createUser();
      const profileAssignment = org.record('PermissionSetAssignment', { AssigneeId: userId });
      const standardUser = org.record('PermissionSet', { ProfileId: String(org.record('Profile', { Name: 'Standard User' }).Id) });

      const assign = await apiRejectionOf(create('PermissionSetAssignment', { AssigneeId: userId, PermissionSetId: standardUser.Id }));
      const remove = await apiRejectionOf(connection.sobject('PermissionSetAssignment').destroy(String(profileAssignment.Id)));

      expect(assign.message).to.equal(PROFILE_PERMISSION_SET_MESSAGE);
      expect(remove.message).to.equal(PROFILE_PERMISSION_SET_MESSAGE);
    });

    it('refuses to take the licence from a user who still holds a permission set that needs it', async () => {
      const userId = await createUser();
      const licenceAssignment = await assignPsl(userId);
      const assignment = await create('PermissionSetAssignment', { AssigneeId: userId, PermissionSetId: ordersPermissionSet() });

      const refusal = await apiRejectionOf(connection.sobject('PermissionSetLicenseAssign').destroy(licenceAssignment));
      await connection.sobject('PermissionSetAssignment').destroy(assignment);
      await connection.sobject('PermissionSetLicenseAssign').destroy(licenceAssignment);

      expect(refusal.errorCode).to.equal('FIELD_INTEGRITY_EXCEPTION');
      expect(org.records('PermissionSetLicenseAssign', { AssigneeId: userId })).to.deep.equal([]);
    });

    it('refuses a permission set licence with no free seat', async () => {
      const userId = await createUser();
      org.exhaustLicence('SalesforceAPIIntegrationPsl');

      expect((await apiRejectionOf(assignPsl(userId))).errorCode).to.equal('LICENSE_LIMIT_EXCEEDED');
    });
  });

  describe('the running user’s permissions', () => {
    it('refuses to create users without Manage Users', async () => {
      await start({ runningUserPermissions: { ManageUsers: false, ManageInternalUsers: false } });

      expect(await apiRejectionOf(createUser())).to.include({ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY' });
    });

    it('refuses to assign permission sets without Assign Permission Sets', async () => {
      await start();
      const userId = await createUser();
      org.configure({ runningUserPermissions: { AssignPermissionSets: false } });

      const refusal = await apiRejectionOf(create('PermissionSetAssignment', { AssigneeId: userId, PermissionSetId: org.insert('PermissionSet', { Name: 'Api_Only', Label: 'API only' }).Id }));

      expect(refusal.errorCode).to.equal('INSUFFICIENT_ACCESS_OR_READONLY');
    });
  });
});
