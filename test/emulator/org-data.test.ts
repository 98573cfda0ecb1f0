import { expect } from 'chai';
import type { Connection } from '@salesforce/core';
import { anIntegrationUser } from '../builders/org-user-builder.js';
import {
  apiRejectionOf,
  connectToEmulator,
  DUPLICATE_USERNAME_MESSAGE,
  isolateSalesforceState,
  type OrgEmulator,
  type OrgEmulatorOptions,
  startOrgEmulator,
  withoutAttributes,
} from './org-emulator.js';

type Row = Record<string, unknown>;

/** The query salesforce-facts.md recommends for finding the API-only profile, whatever the org's language. */
const INTEGRATION_PROFILE = "SELECT Name, UserLicense.Name, UserLicense.MasterLabel, UserLicense.TotalLicenses, UserLicense.UsedLicenses FROM Profile WHERE UserLicense.Name = 'Salesforce Integration'";

describe('org emulator: the data of a seeded Enterprise org, as a client and a test see it', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let connection: Connection;

  const start = async (options: OrgEmulatorOptions = {}): Promise<void> => {
    org = await startOrgEmulator(options);
    ({ connection } = await connectToEmulator(org));
  };
  const rows = async (soql: string): Promise<Row[]> => (await connection.query(soql)).records.map((record) => withoutAttributes(record as Row));

  afterEach(async () => org?.stop());

  describe('a production org, as Salesforce creates it', () => {
    beforeEach(() => start());

    it('is a production Enterprise Edition org', async () => {
      expect(await rows('SELECT IsSandbox, OrganizationType FROM Organization')).to.deep.equal([{ IsSandbox: false, OrganizationType: 'Enterprise Edition' }]);
    });

    it('has one API-only profile, on the Salesforce Integration licence with 5 free seats', async () => {
      const [profile] = await rows(INTEGRATION_PROFILE);

      expect(profile?.Name).to.equal('Minimum Access - API Only Integrations');
      expect(withoutAttributes(profile?.UserLicense as Row)).to.deep.equal({ Name: 'Salesforce Integration', MasterLabel: 'Salesforce Integration', TotalLicenses: 5, UsedLicenses: 0 });
      expect((await connection.query("SELECT COUNT() FROM Profile WHERE UserLicense.Name = 'Salesforce Integration'")).totalSize).to.equal(1);
    });

    it('has the Salesforce API Integration permission set licence', async () => {
      const licences = await rows("SELECT DeveloperName, MasterLabel, TotalLicenses, UsedLicenses FROM PermissionSetLicense WHERE DeveloperName = 'SalesforceAPIIntegrationPsl'");

      expect(licences).to.deep.equal([{ DeveloperName: 'SalesforceAPIIntegrationPsl', MasterLabel: 'Salesforce API Integration', TotalLicenses: 5, UsedLicenses: 0 }]);
    });

    it('gives each profile its own permission set, and the admin holds their profile’s', async () => {
      const assignments = await rows(`SELECT PermissionSet.IsOwnedByProfile, PermissionSet.Profile.Name FROM PermissionSetAssignment WHERE AssigneeId = '${org.userId}'`);

      expect(assignments).to.have.length(1);
      expect(assignments[0]?.PermissionSet).to.deep.include({ IsOwnedByProfile: true });
      expect((assignments[0]?.PermissionSet as Row).Profile).to.deep.include({ Name: 'System Administrator' });
      expect((await connection.query('SELECT COUNT() FROM PermissionSet WHERE IsOwnedByProfile = true')).totalSize).to.equal((await connection.query('SELECT COUNT() FROM Profile')).totalSize);
    });

    it('lets the admin do everything an administrator may: UserPermissionAccess', async () => {
      const [access] = await rows('SELECT PermissionsManageUsers, PermissionsAssignPermissionSets, PermissionsViewSetup, PermissionsApiUserOnly FROM UserPermissionAccess');

      expect(access).to.deep.equal({ PermissionsManageUsers: true, PermissionsAssignPermissionSets: true, PermissionsViewSetup: true, PermissionsApiUserOnly: false });
    });
  });

  describe('what a test arranges and reads', () => {
    beforeEach(() => start());

    it('adds rows, naming related rows by their fields, and the org counts them', async () => {
      org.insert('User', { ...anIntegrationUser(), Profile: { Name: 'Minimum Access - API Only Integrations' } });

      const [profile] = await rows(INTEGRATION_PROFILE);
      expect((profile?.UserLicense as Row).UsedLicenses).to.equal(1);
      expect(org.records('UserLogin', { UserId: String(org.record('User', { Username: 'svc.erp-sync@acme.example' }).Id) })).to.have.length(1);
    });

    it('reads back what a client wrote', async () => {
      const profileId = String(org.record('Profile', { Name: 'Minimum Access - API Only Integrations' }).Id);

      const { id } = (await connection.sobject('User').create(anIntegrationUser({ ProfileId: profileId }))) as { id: string };

      expect(org.record('User', { Id: id })).to.include({ Username: 'svc.erp-sync@acme.example', IsActive: true, ProfileId: profileId });
    });

    it('changes a row in place, whatever the API would allow', async () => {
      org.update('UserLicense', { Name: 'Salesforce Integration' }, { TotalLicenses: 10 });

      expect((await rows("SELECT TotalLicenses FROM UserLicense WHERE Name = 'Salesforce Integration'"))[0]).to.deep.equal({ TotalLicenses: 10 });
    });

    it('takes every free seat of a licence', async () => {
      org.exhaustLicence('Salesforce Integration');
      org.exhaustLicence('SalesforceAPIIntegrationPsl');

      expect(await rows("SELECT TotalLicenses, UsedLicenses FROM UserLicense WHERE Name = 'Salesforce Integration'")).to.deep.equal([{ TotalLicenses: 0, UsedLicenses: 0 }]);
      expect(await rows('SELECT TotalLicenses FROM PermissionSetLicense')).to.deep.equal([{ TotalLicenses: 0 }]);
    });

    it('says plainly when a test names a row that is not there', () => {
      expect(() => org.insert('User', { ...anIntegrationUser(), Profile: { Name: 'No Such Profile' } })).to.throw('Profile {"Name":"No Such Profile"} matches 0 Profile rows, not one');
      expect(() => org.record('User', { Username: 'nobody@acme.example' })).to.throw('0 User rows match');
    });
  });

  describe('switches', () => {
    it('runs in another language: standard profile names and licence labels are translated, API names are not', async () => {
      await start({ language: 'fr' });

      const [profile] = await rows(INTEGRATION_PROFILE);

      expect(profile?.Name).to.equal('Accès minimal - Intégrations API uniquement');
      expect(profile?.UserLicense).to.deep.include({ Name: 'Salesforce Integration', MasterLabel: 'Intégration Salesforce' });
      expect(await rows("SELECT Name FROM Profile WHERE Name = 'System Administrator'")).to.deep.equal([]);
      expect(await rows("SELECT Name FROM Profile WHERE Name = 'Administrateur système'")).to.deep.equal([{ Name: 'Administrateur système' }]);
    });

    it('is a sandbox: IsSandbox, and users copied from production renamed <username>.<sandbox>, e-mails made invalid', async () => {
      await start({ sandbox: 'uat', username: 'admin@acme.example', records: { User: [{ ...anIntegrationUser(), Profile: { Name: 'Minimum Access - API Only Integrations' } }] } });

      expect(await rows('SELECT IsSandbox FROM Organization')).to.deep.equal([{ IsSandbox: true }]);
      expect(org.username).to.equal('admin@acme.example.uat');
      expect(await rows('SELECT Username, Email FROM User ORDER BY Username')).to.deep.equal([
        { Username: 'admin@acme.example.uat', Email: 'admin@acme.example.invalid' },
        { Username: 'svc.erp-sync@acme.example.uat', Email: 'integrations@acme.example.invalid' },
      ]);
      expect(org.sandboxName).to.equal('uat');
    });

    it('keeps a sandbox’s production usernames taken: they belong to the production org', async () => {
      await start({ sandbox: 'uat', records: { User: [{ ...anIntegrationUser(), Profile: { Name: 'Minimum Access - API Only Integrations' } }] } });
      const profileId = String(org.record('Profile', { Name: 'Standard User' }).Id);

      const refusal = await apiRejectionOf(connection.sobject('User').create(anIntegrationUser({ ProfileId: profileId })));

      expect(refusal).to.deep.equal({ errorCode: 'DUPLICATE_USERNAME', message: DUPLICATE_USERNAME_MESSAGE, fields: ['Username'] });
    });

    it('takes the running user’s permissions away, at once, with configure', async () => {
      await start({ runningUserPermissions: { ManageUsers: false } });
      org.configure({ runningUserPermissions: { ManageUsers: false, ViewSetup: false } });

      expect(await rows('SELECT PermissionsManageUsers, PermissionsViewSetup, PermissionsApiEnabled FROM UserPermissionAccess')).to.deep.equal([
        { PermissionsManageUsers: false, PermissionsViewSetup: false, PermissionsApiEnabled: true },
      ]);
    });
  });
});
