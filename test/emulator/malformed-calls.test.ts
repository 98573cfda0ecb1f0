import { expect } from 'chai';
import type { Connection } from '@salesforce/core';
import { anIntegrationUser } from '../builders/org-user-builder.js';
import { apiRejectionOf, connectToEmulator, isolateSalesforceState, type OrgEmulator, startOrgEmulator } from './org-emulator.js';

type SaveResult = { success: boolean; errors: Array<{ statusCode: string }> };
const V = '/services/data/v66.0';

describe('org emulator: calls a client gets wrong, refused as Salesforce refuses them', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let connection: Connection;

  const send = (method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${org.instanceUrl}${V}${path}`, { method, headers: { Authorization: `Bearer ${org.accessToken}`, 'content-type': 'application/json', ...headers }, ...(body === undefined ? {} : { body }) });

  beforeEach(async () => {
    org = await startOrgEmulator();
    ({ connection } = await connectToEmulator(org));
  });
  afterEach(async () => org.stop());

  it('a body that is not JSON: 400 JSON_PARSER_ERROR', async () => {
    const response = await send('POST', '/sobjects/Account', '{"Name": ');

    expect(response.status).to.equal(400);
    expect(((await response.json()) as Array<{ errorCode: string }>)[0]?.errorCode).to.equal('JSON_PARSER_ERROR');
  });

  it('an Id that is not one, or a record since deleted', async () => {
    const { id } = (await connection.sobject('Account').create({ Name: 'Acme' })) as { id: string };
    await connection.sobject('Account').destroy(id);

    const malformed = await apiRejectionOf(connection.sobject('Account').retrieve('not-an-id'));
    const deleted = await apiRejectionOf(connection.sobject('Account').update({ Id: id, Name: 'Again' }));

    expect(malformed).to.include({ errorCode: 'NOT_FOUND', message: 'Provided external ID field does not exist or is not accessible: not-an-id' });
    expect(deleted).to.include({ errorCode: 'ENTITY_IS_DELETED' });
  });

  it('a write to an object the API only reads', async () => {
    const refusal = await apiRejectionOf(connection.sobject('UserLicense').create({ Name: 'More seats' }));

    expect(refusal).to.include({ errorCode: 'INVALID_TYPE_FOR_OPERATION', message: 'entity type cannot be inserted' });
  });

  it('an object the Tooling API does not serve, and a child relationship the object does not have', async () => {
    const notTooling = await apiRejectionOf(connection.tooling.query('SELECT Id FROM UserLicense'));
    const noSuchChildren = await apiRejectionOf(connection.query('SELECT Id, (SELECT Id FROM Widgets) FROM User'));

    expect(notTooling.errorCode).to.equal('INVALID_TYPE');
    expect(noSuchChildren.errorCode).to.equal('INVALID_TYPE');
    expect(noSuchChildren.message).to.include("Didn't understand relationship 'Widgets' in FROM part of query call.");
  });

  it('a query locator the org never gave: INVALID_QUERY_LOCATOR', async () => {
    const response = await send('GET', '/query/01gEM0000000000999-2000');

    expect(response.status).to.equal(400);
    expect(await response.json()).to.deep.equal([{ message: 'invalid query locator', errorCode: 'INVALID_QUERY_LOCATOR' }]);
  });

  it('a collection update without Ids, and a delete of an Id that is not one', async () => {
    const updated = (await (await send('PATCH', '/composite/sobjects', JSON.stringify({ records: [{ attributes: { type: 'Account' }, Name: 'No Id' }] }))).json()) as SaveResult[];
    const deleted = (await (await send('DELETE', '/composite/sobjects?ids=zzz')).json()) as SaveResult[];

    expect(updated[0]?.errors[0]?.statusCode).to.equal('MISSING_ARGUMENT');
    expect(deleted[0]?.errors[0]?.statusCode).to.equal('MALFORMED_ID');
  });

  it('pages as small as Sforce-Query-Options asks, within 200 to 2,000', async () => {
    for (let index = 0; index < 250; index++) org.insert('Account', { Name: `Account ${index}` });

    const page = (await (await send('GET', `/query?q=${encodeURIComponent('SELECT Id FROM Account')}`, undefined, { 'Sforce-Query-Options': 'batchSize=100' })).json()) as { records: unknown[]; done: boolean };

    expect(page.records).to.have.length(200);
    expect(page.done).to.equal(false);
  });

  it('moves a user’s profile assignment with their profile', async () => {
    const { id } = (await connection.sobject('User').create(anIntegrationUser({ ProfileId: org.record('Profile', { Name: 'Standard User' }).Id }))) as { id: string };
    const minimum = org.record('Profile', { Name: 'Minimum Access - Salesforce' });

    await connection.sobject('User').update({ Id: id, ProfileId: String(minimum.Id) });

    const [assignment] = org.records('PermissionSetAssignment', { AssigneeId: id });
    expect(org.record('PermissionSet', { Id: String(assignment?.PermissionSetId) }).ProfileId).to.equal(minimum.Id);
    expect(org.records('PermissionSetAssignment', { AssigneeId: id })).to.have.length(1);
  });

  it('moves a group’s recalculation on when its Status is read by Id, not when other fields are', async () => {
    const group = org.insert('PermissionSetGroup', { DeveloperName: 'ERP_Sync', MasterLabel: 'ERP Sync' });

    await connection.sobject('PermissionSetGroup').retrieve(String(group.Id), { fields: ['MasterLabel'] });
    const unread = org.record('PermissionSetGroup', { DeveloperName: 'ERP_Sync' }).Status;
    const read = await connection.sobject('PermissionSetGroup').retrieve(String(group.Id));

    expect(unread).to.equal('Outdated');
    expect(read.Status).to.equal('Outdated');
    expect(org.record('PermissionSetGroup', { DeveloperName: 'ERP_Sync' }).Status).to.equal('Updating');
  });

  it('edits permission sets only with Manage Profiles and Permission Sets', async () => {
    org.configure({ runningUserPermissions: { ManageProfilesPermissionsets: false } });

    expect((await apiRejectionOf(connection.sobject('PermissionSet').create({ Name: 'Orders', Label: 'Orders' }))).errorCode).to.equal('INSUFFICIENT_ACCESS_OR_READONLY');
  });
});
