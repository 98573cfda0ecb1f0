import { expect } from 'chai';
import { apiRejectionOf, GROUP_NOT_UPDATED_MESSAGE, isolateSalesforceState, PROFILE_PERMISSION_SET_MESSAGE } from './org-emulator.js';
import { startProvisioningOrg, type ProvisioningOrg } from './provisioning-org.js';

describe('org emulator: the platform’s rules when a client assigns licences, permission sets and groups', () => {
  isolateSalesforceState();
  let given: ProvisioningOrg;
  let userId: string;

  const assign = (fields: Record<string, unknown>): Promise<string> => given.create('PermissionSetAssignment', { AssigneeId: userId, ...fields });

  beforeEach(async () => {
    given = await startProvisioningOrg();
    userId = await given.createUser();
  });
  afterEach(async () => given.org.stop());

  it('refuses object access to an integration user before the Salesforce API Integration licence, in Salesforce’s words', async () => {
    const permissionSetId = given.ordersPermissionSet();

    const refusal = await apiRejectionOf(assign({ PermissionSetId: permissionSetId }));
    await given.assignPsl(userId);
    const assigned = await assign({ PermissionSetId: permissionSetId });

    expect(refusal).to.include({ errorCode: 'FIELD_INTEGRITY_EXCEPTION', message: "Can't assign permission set Orders to user ERP Sync. The user license doesn't allow the permission: Read Orders" });
    expect(assigned).to.match(/^0Pa/);
  });

  it('assigns a permission set without object or field access before the licence', async () => {
    const apiOnly = given.org.insert('PermissionSet', { Name: 'Api_Only', Label: 'API only', PermissionsApiEnabled: true });

    expect(await assign({ PermissionSetId: apiOnly.Id })).to.match(/^0Pa/);
  });

  it('refuses an assignment the user already has: DUPLICATE_VALUE', async () => {
    await given.assignPsl(userId);
    const permissionSetId = given.ordersPermissionSet();
    await assign({ PermissionSetId: permissionSetId });

    const refusal = await apiRejectionOf(assign({ PermissionSetId: permissionSetId }));
    const licenceAgain = await apiRejectionOf(given.assignPsl(userId));

    expect(refusal.errorCode).to.equal('DUPLICATE_VALUE');
    expect(refusal.message).to.match(/^Duplicate PermissionSetAssignment/);
    expect(licenceAgain.errorCode).to.equal('DUPLICATE_VALUE');
  });

  it('assigns a group only once it is Updated, as an assignment of the group’s own permission set', async () => {
    const group = given.org.insert('PermissionSetGroup', { DeveloperName: 'ERP_Sync', MasterLabel: 'ERP Sync', Status: 'Outdated' });

    const refusal = await apiRejectionOf(assign({ PermissionSetGroupId: group.Id }));
    given.org.update('PermissionSetGroup', String(group.Id), { Status: 'Updated' });
    const assignmentId = await assign({ PermissionSetGroupId: group.Id });

    expect(refusal).to.include({ errorCode: 'FIELD_INTEGRITY_EXCEPTION', message: GROUP_NOT_UPDATED_MESSAGE });
    const groupPermissionSet = given.org.record('PermissionSet', { PermissionSetGroupId: String(group.Id) });
    expect(given.org.record('PermissionSetAssignment', { Id: assignmentId })).to.include({ PermissionSetGroupId: group.Id, PermissionSetId: groupPermissionSet.Id });
    expect(groupPermissionSet).to.include({ Type: 'Group', Name: 'ERP_Sync' });
  });

  it('applies the licence rule to a group whose permission sets grant object access', async () => {
    const group = given.org.insert('PermissionSetGroup', { DeveloperName: 'ERP_Sync', MasterLabel: 'ERP Sync' });
    given.org.insert('PermissionSetGroupComponent', { PermissionSetGroupId: String(group.Id), PermissionSetId: given.ordersPermissionSet() });
    given.org.update('PermissionSetGroup', String(group.Id), { Status: 'Updated' });

    const refusal = await apiRejectionOf(assign({ PermissionSetGroupId: group.Id }));

    expect(refusal.message).to.equal("Can't assign permission set ERP Sync to user ERP Sync. The user license doesn't allow the permission: Read Orders");
  });

  it('refuses to assign or remove a profile’s own permission set', async () => {
    const profileAssignment = given.org.record('PermissionSetAssignment', { AssigneeId: userId });
    const standardUser = given.org.record('PermissionSet', { ProfileId: String(given.org.record('Profile', { Name: 'Standard User' }).Id) });

    const assignProfiles = await apiRejectionOf(assign({ PermissionSetId: standardUser.Id }));
    const remove = await apiRejectionOf(given.connection.sobject('PermissionSetAssignment').destroy(String(profileAssignment.Id)));

    expect(assignProfiles.message).to.equal(PROFILE_PERMISSION_SET_MESSAGE);
    expect(remove.message).to.equal(PROFILE_PERMISSION_SET_MESSAGE);
  });

  it('refuses to take the licence from a user who still holds a permission set that needs it', async () => {
    const licenceAssignment = await given.assignPsl(userId);
    const assignment = await assign({ PermissionSetId: given.ordersPermissionSet() });

    const refusal = await apiRejectionOf(given.connection.sobject('PermissionSetLicenseAssign').destroy(licenceAssignment));
    await given.connection.sobject('PermissionSetAssignment').destroy(assignment);
    await given.connection.sobject('PermissionSetLicenseAssign').destroy(licenceAssignment);

    expect(refusal.errorCode).to.equal('FIELD_INTEGRITY_EXCEPTION');
    expect(given.org.records('PermissionSetLicenseAssign', { AssigneeId: userId })).to.deep.equal([]);
  });

  it('refuses a permission set licence with no free seat', async () => {
    given.org.exhaustLicence('SalesforceAPIIntegrationPsl');

    expect((await apiRejectionOf(given.assignPsl(userId))).errorCode).to.equal('LICENSE_LIMIT_EXCEEDED');
  });
});
