import { expect } from 'chai';
import { findUsers, idKey, readActiveIntegrationUsers, readUserHoldings } from '../../src/org/org-users.js';
import { openOrgSession, type OrgSession } from '../../src/org/org-session.js';
import { readOrgLicences } from '../../src/org/provisioning-state.js';
import { readTwoFactorApiAssignments } from '../../src/org/two-factor-api.js';
import { anIntegrationUser } from '../builders/org-user-builder.js';
import { permissionSetXml } from '../emulator/metadata-source.js';
import { connectToEmulator, isolateSalesforceState, startOrgEmulator, type OrgEmulator, type OrgEmulatorOptions } from '../emulator/org-emulator.js';

const API_ONLY = { Profile: { Name: 'Minimum Access - API Only Integrations' } };

/** The users, licences and assignments deploy and audit read, each call over real HTTP. */
describe('org layer: users and what they hold', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let session: OrgSession;

  const start = async (options: OrgEmulatorOptions = {}): Promise<void> => {
    org = await startOrgEmulator(options);
    const { connection } = await connectToEmulator(org);
    session = openOrgSession(connection, { waitMs: 60_000 });
  };

  afterEach(async () => {
    await session.close();
    await org.stop();
  });

  it('finds the active integration users of an org whose profile names are translated, through their licence', async () => {
    await start({ language: 'fr' });
    const apiOnly = org.record('Profile', { UserLicenseId: org.record('UserLicense', { Name: 'Salesforce Integration' }).Id as string });
    org.insert('User', { ...anIntegrationUser({ Username: 'svc.erp@acme.example' }), ProfileId: apiOnly.Id as string });
    org.insert('User', { ...anIntegrationUser({ Username: 'svc.retired@acme.example', Alias: 'retired', IsActive: false }), ProfileId: apiOnly.Id as string });
    org.insert('User', { ...anIntegrationUser({ Username: 'someone@acme.example', Alias: 'someone' }), Profile: { Name: 'Utilisateur standard' } });

    const users = await readActiveIntegrationUsers(session);

    expect(users.map(({ username, licence, profileName }) => `${username} ${licence} ${profileName}`)).to.deep.equal([
      'svc.erp@acme.example Salesforce Integration Accès minimal - Intégrations API uniquement',
    ]);
  });

  it('finds users by username, active or not, whatever quotes a manifest holds', async () => {
    await start({ records: { User: [{ ...anIntegrationUser({ IsActive: false }), ...API_ONLY }] } });

    const found = await findUsers(session, ['SVC.ERP-SYNC@acme.example', "o'brien@acme.example\\"], false);

    expect([...found].map(([asked, users]) => `${asked}: ${users.map(({ username, isActive, name }) => `${username} ${isActive} ${name}`).join()}`)).to.deep.equal([
      'svc.erp-sync@acme.example: svc.erp-sync@acme.example false ERP Sync',
      "o'brien@acme.example\\: ",
    ]);
  });

  it('in a sandbox, finds the copy <username>.<sandbox> of a user not found by its own name', async () => {
    await start({ sandbox: 'uat', records: { User: [{ ...anIntegrationUser(), ...API_ONLY }] } });

    const found = await findUsers(session, ['svc.erp-sync@acme.example'], true);

    expect(found.get('svc.erp-sync@acme.example')?.map(({ username }) => username)).to.deep.equal(['svc.erp-sync@acme.example.uat']);
  });

  it('reads what users hold: their frozen state, permission set licences, and assignments with namespaces, the profile’s own among them', async () => {
    await start({ records: { User: [{ ...anIntegrationUser(), ...API_ONLY }] } });
    org.insert('PermissionSet', { Name: 'Connector_User', Label: 'Connector', NamespacePrefix: 'acme' });
    const user = org.record('User', { Username: 'svc.erp-sync@acme.example' });
    org.update('UserLogin', { UserId: String(user.Id) }, { IsFrozen: true });
    org.insert('PermissionSetLicenseAssign', { Assignee: { Username: 'svc.erp-sync@acme.example' }, PermissionSetLicense: { DeveloperName: 'SalesforceAPIIntegrationPsl' } });
    org.insert('PermissionSetAssignment', { Assignee: { Username: 'svc.erp-sync@acme.example' }, PermissionSet: { Name: 'Connector_User' } });

    const holdings = await readUserHoldings(session, [String(user.Id)]);

    const key = idKey(String(user.Id));
    expect(holdings.logins.get(key)?.isFrozen).to.equal(true);
    expect(holdings.licences.get(key)?.map(({ licence }) => licence)).to.deep.equal(['SalesforceAPIIntegrationPsl']);
    expect(holdings.assignments.get(key)?.map(({ permissionSet, group, namespace, ownedByProfile }) => ({ permissionSet, group, namespace, ownedByProfile }))).to.deep.include.members([
      { permissionSet: 'Connector_User', group: null, namespace: 'acme', ownedByProfile: false },
    ]);
    expect(holdings.assignments.get(key)?.some(({ ownedByProfile }) => ownedByProfile)).to.equal(true);
  });

  it('names the assignments through which MFA for API logins reaches users, and only those', async () => {
    await start({ records: { User: [{ ...anIntegrationUser(), ...API_ONLY }] } });
    org.setup.put('PermissionSet', 'Security_Baseline', permissionSetXml({ label: 'Security Baseline', userPermissions: ['TwoFactorApi'] }));
    org.setup.put('PermissionSet', 'Orders', permissionSetXml({ label: 'Orders', objects: ['Order'] }));
    const user = org.record('User', { Username: 'svc.erp-sync@acme.example' });
    const mfa = org.insert('PermissionSetAssignment', { Assignee: { Username: 'svc.erp-sync@acme.example' }, PermissionSet: { Name: 'Security_Baseline' } });
    org.insert('PermissionSetAssignment', { Assignee: { Username: 'svc.erp-sync@acme.example' }, PermissionSet: { Name: 'Orders' } });

    const granting = await readTwoFactorApiAssignments(session, [String(user.Id)]);

    expect([...granting]).to.deep.equal([idKey(String(mfa.Id))]);
  });

  it('reads the integration licences with the names the org keeps and the labels it shows, and whether it is a sandbox', async () => {
    await start({ language: 'fr', sandbox: 'uat' });

    const licences = await readOrgLicences(session);

    expect(licences.isSandbox).to.equal(true);
    expect(licences.integrationProfiles.map(({ seats }) => seats)).to.deep.equal([{ name: 'Salesforce Integration', label: 'Intégration Salesforce', total: 5, used: 0 }]);
    expect(licences.integrationPsl?.seats).to.deep.include({ name: 'SalesforceAPIIntegrationPsl' });
  });
});
