import { expect } from 'chai';
import { apiRejectionOf, DUPLICATE_USERNAME_MESSAGE, isolateSalesforceState, type OrgEmulatorOptions } from './org-emulator.js';
import { startProvisioningOrg, type ProvisioningOrg } from './provisioning-org.js';

describe('org emulator: the platform’s rules when a client creates, freezes and deactivates users', () => {
  isolateSalesforceState();
  let given: ProvisioningOrg;

  const start = async (options: OrgEmulatorOptions = {}): Promise<void> => {
    given = await startProvisioningOrg(options);
  };
  const usedSeats = async (): Promise<unknown> => (await given.connection.query<{ UsedLicenses: number }>("SELECT UsedLicenses FROM UserLicense WHERE Name = 'Salesforce Integration'")).records[0]?.UsedLicenses;

  afterEach(async () => given?.org.stop());

  describe('users', () => {
    beforeEach(() => start());

    it('creates an active user on the licence of their profile, with their UserLogin and profile assignment', async () => {
      const userId = await given.createUser();

      expect(await usedSeats()).to.equal(1);
      expect(given.org.records('UserLogin', { UserId: userId })).to.have.length(1);
      const [assignment] = (await given.connection.query<{ PermissionSet: { IsOwnedByProfile: boolean } }>(`SELECT PermissionSet.IsOwnedByProfile FROM PermissionSetAssignment WHERE AssigneeId = '${userId}'`)).records;
      expect(assignment?.PermissionSet.IsOwnedByProfile).to.equal(true);
    });

    it('refuses a username this org has, whatever its case: DUPLICATE_USERNAME', async () => {
      await given.createUser();

      const refusal = await apiRejectionOf(given.createUser({ Username: 'SVC.ERP-SYNC@acme.example' }));

      expect(refusal).to.deep.equal({ errorCode: 'DUPLICATE_USERNAME', message: DUPLICATE_USERNAME_MESSAGE, fields: ['Username'] });
    });

    it('refuses a username another org has: DUPLICATE_USERNAME', async () => {
      given.org.configure({ usernamesTakenElsewhere: ['svc.erp-sync@acme.example'] });

      expect((await apiRejectionOf(given.createUser())).errorCode).to.equal('DUPLICATE_USERNAME');
    });

    it('refuses a user when the licence has no free seat: LICENSE_LIMIT_EXCEEDED', async () => {
      given.org.exhaustLicence('Salesforce Integration');

      const refusal = await apiRejectionOf(given.createUser());

      expect(refusal).to.include({ errorCode: 'LICENSE_LIMIT_EXCEEDED', message: 'License Limit Exceeded' });
      expect(given.org.records('User', { Username: 'svc.erp-sync@acme.example' })).to.deep.equal([]);
    });

    it('frees the seat of a deactivated user, and refuses to reactivate one when the licence is full', async () => {
      const first = await given.createUser();
      given.org.exhaustLicence('Salesforce Integration');

      await given.connection.sobject('User').update({ Id: first, IsActive: false });
      const second = await given.createUser({ Username: 'svc.second@acme.example' });
      const reactivation = await apiRejectionOf(given.connection.sobject('User').update({ Id: first, IsActive: true }));

      expect(second).to.match(/^005/);
      expect(reactivation.errorCode).to.equal('LICENSE_LIMIT_EXCEEDED');
      expect(await usedSeats()).to.equal(1);
    });

    it('freezes a user through UserLogin', async () => {
      const userId = await given.createUser();
      const login = String(given.org.record('UserLogin', { UserId: userId }).Id);

      await given.connection.sobject('UserLogin').update({ Id: login, IsFrozen: true });

      expect(given.org.record('UserLogin', { UserId: userId }).IsFrozen).to.equal(true);
    });

    it('refuses to delete a user: they can only be deactivated', async () => {
      const userId = await given.createUser();

      const refusal = await apiRejectionOf(given.connection.sobject('User').destroy(userId));

      expect(refusal).to.include({ errorCode: 'INVALID_TYPE_FOR_OPERATION', message: 'entity type cannot be deleted' });
      expect(given.org.records('User', { Id: userId })).to.have.length(1);
    });
  });

  describe('the running user’s permissions', () => {
    it('refuses to create users without Manage Users', async () => {
      await start({ runningUserPermissions: { ManageUsers: false, ManageInternalUsers: false } });

      expect(await apiRejectionOf(given.createUser())).to.include({ errorCode: 'INSUFFICIENT_ACCESS_OR_READONLY' });
    });

    it('refuses to assign permission sets without Assign Permission Sets', async () => {
      await start();
      const userId = await given.createUser();
      given.org.configure({ runningUserPermissions: { AssignPermissionSets: false } });

      const apiOnly = given.org.insert('PermissionSet', { Name: 'Api_Only', Label: 'API only' });
      const refusal = await apiRejectionOf(given.create('PermissionSetAssignment', { AssigneeId: userId, PermissionSetId: apiOnly.Id }));

      expect(refusal.errorCode).to.equal('INSUFFICIENT_ACCESS_OR_READONLY');
    });
  });
});
