import { expect } from 'chai';
import type { Connection } from '@salesforce/core';
import { anIntegrationUser } from '../builders/org-user-builder.js';
import { apiRejectionOf, connectToEmulator, isolateSalesforceState, type OrgEmulator, startOrgEmulator } from './org-emulator.js';

type Row = Record<string, unknown>;
const DAY = 86_400_000;
const daysAgo = (days: number): string => new Date(Date.now() - days * DAY).toISOString().replace('Z', '+0000');

describe('org emulator: SOQL over the org’s tables, through @salesforce/core', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let connection: Connection;

  const names = async (soql: string, field = 'Name'): Promise<unknown[]> => (await connection.query<Row>(soql)).records.map((record) => record[field]);

  before(async () => {
    org = await startOrgEmulator();
    ({ connection } = await connectToEmulator(org));
    for (const [Name, Industry, NumberOfEmployees] of [
      ['Acme', 'Energy', 120],
      ['Globex', 'Retail', 40],
      ["O'Brien & Sons", null, null],
      ['Initech', 'Energy', 8],
    ] as const) {
      org.insert('Account', { Name, Industry, NumberOfEmployees });
    }
    const erp = org.insert('User', { ...anIntegrationUser(), Profile: { Name: 'Minimum Access - API Only Integrations' } });
    org.insert('LoginHistory', { UserId: String(erp.Id), LoginTime: daysAgo(2), LoginType: 'Remote Access 2.0', Status: 'Success' });
    org.insert('LoginHistory', { UserId: String(erp.Id), LoginTime: daysAgo(45), LoginType: 'Remote Access 2.0', Status: 'Failed: Invalid Password' });
  });
  after(async () => org.stop());

  describe('what it answers', () => {
    it('selects relationship paths, nesting the related records', async () => {
      const [user] = (await connection.query<Row>("SELECT Username, Profile.Name, Profile.UserLicense.Name FROM User WHERE Username = 'svc.erp-sync@acme.example'")).records;

      const profile = user?.Profile as Row;
      expect(user?.Username).to.equal('svc.erp-sync@acme.example');
      expect(profile.Name).to.equal('Minimum Access - API Only Integrations');
      expect((profile.UserLicense as Row).Name).to.equal('Salesforce Integration');
      expect(profile.attributes).to.deep.include({ type: 'Profile' });
    });

    it('filters with =, !=, IN, NOT IN, LIKE, AND, OR, NOT and parentheses, comparing text without case', async () => {
      expect(await names("SELECT Name FROM Account WHERE Industry = 'energy' ORDER BY Name")).to.deep.equal(['Acme', 'Initech']);
      expect(await names("SELECT Name FROM Account WHERE Industry != 'Energy' ORDER BY Name")).to.deep.equal(['Globex', "O'Brien & Sons"]);
      expect(await names("SELECT Name FROM Account WHERE Name IN ('Acme', 'Globex') ORDER BY Name")).to.deep.equal(['Acme', 'Globex']);
      expect(await names("SELECT Name FROM Account WHERE Name NOT IN ('Acme', 'Globex') ORDER BY Name")).to.deep.equal(['Initech', "O'Brien & Sons"]);
      expect(await names("SELECT Name FROM Account WHERE Name LIKE 'o\\'b%'")).to.deep.equal(["O'Brien & Sons"]);
      expect(await names("SELECT Name FROM Account WHERE (Industry = 'Energy' AND NumberOfEmployees > 100) OR Name = 'Globex' ORDER BY Name")).to.deep.equal(['Acme', 'Globex']);
      expect(await names("SELECT Name FROM Account WHERE NOT (Industry = 'Energy' OR Industry = null) ORDER BY Name")).to.deep.equal(['Globex']);
    });

    it('filters on booleans, null and numbers', async () => {
      expect(await names('SELECT Username FROM User WHERE IsActive = true ORDER BY Username', 'Username')).to.have.length(2);
      expect(await names('SELECT Name FROM Account WHERE Industry = null')).to.deep.equal(["O'Brien & Sons"]);
      expect(await names('SELECT Name FROM Account WHERE NumberOfEmployees >= 40 AND NumberOfEmployees < 120')).to.deep.equal(['Globex']);
    });

    it('filters on date literals and dateTime values, as LoginHistory is read', async () => {
      const userId = String(org.record('User', { Username: 'svc.erp-sync@acme.example' }).Id);

      const recent = await names(`SELECT Status FROM LoginHistory WHERE UserId = '${userId}' AND LoginTime = LAST_N_DAYS:30 ORDER BY LoginTime DESC`, 'Status');
      const before = await names(`SELECT Status FROM LoginHistory WHERE LoginTime < ${new Date(Date.now() - 30 * DAY).toISOString().replace(/\.\d+Z$/, 'Z')}`, 'Status');

      expect(recent).to.deep.equal(['Success']);
      expect(before).to.deep.equal(['Failed: Invalid Password']);
      expect(await names('SELECT Status FROM LoginHistory WHERE LoginTime = TODAY', 'Status')).to.deep.equal([]);
    });

    it('answers a semi-join: the permission sets assigned to a user', async () => {
      const ids = await names(`SELECT Id FROM PermissionSet WHERE Id IN (SELECT PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId = '${org.userId}')`, 'Id');

      expect(ids).to.deep.equal([org.record('PermissionSet', { Name: `X${String(org.record('Profile', { Name: 'System Administrator' }).Id)}` }).Id]);
    });

    it('orders, with nulls first ascending and last descending, and cuts with OFFSET and LIMIT', async () => {
      expect(await names('SELECT Name FROM Account ORDER BY Industry, Name')).to.deep.equal(["O'Brien & Sons", 'Acme', 'Initech', 'Globex']);
      expect(await names('SELECT Name FROM Account ORDER BY Industry DESC, Name DESC')).to.deep.equal(['Globex', 'Initech', 'Acme', "O'Brien & Sons"]);
      expect(await names('SELECT Name FROM Account ORDER BY Name LIMIT 2 OFFSET 1')).to.deep.equal(['Globex', 'Initech']);
    });

    it('counts: COUNT() with totalSize and no records, COUNT(field) as an AggregateResult', async () => {
      const count = await connection.query("SELECT COUNT() FROM Account WHERE Industry = 'Energy'");
      const [aggregate] = (await connection.query<Row>('SELECT COUNT(Industry) FROM Account')).records;

      expect(count).to.include({ totalSize: 2, done: true });
      expect(count.records).to.deep.equal([]);
      expect(aggregate).to.deep.equal({ attributes: { type: 'AggregateResult' }, expr0: 3 });
    });

    it('answers a child subquery with the related records, and null where there are none', async () => {
      const users = (await connection.query<Row>('SELECT Username, (SELECT PermissionSet.IsOwnedByProfile FROM PermissionSetAssignments), (SELECT Id FROM PermissionSetLicenseAssignments) FROM User ORDER BY Username')).records;

      const assignments = users[0]?.PermissionSetAssignments as { totalSize: number; records: Row[] };
      expect(assignments.totalSize).to.equal(1);
      expect(assignments.records[0]?.PermissionSet).to.deep.include({ IsOwnedByProfile: true });
      expect(users[0]?.PermissionSetLicenseAssignments).to.equal(null);
    });

    it('answers in pages of 2,000 with nextRecordsUrl, which jsforce follows', async () => {
      const many = await startOrgEmulator();
      for (let index = 0; index < 2001; index++) many.insert('Account', { Name: `Account ${index}` });
      const { connection: manyConnection } = await connectToEmulator(many);

      const first = await manyConnection.query('SELECT Name FROM Account');
      const rest = await manyConnection.queryMore(first.nextRecordsUrl ?? '');
      const all = await manyConnection.autoFetchQuery('SELECT Name FROM Account');
      await many.stop();

      expect(first).to.include({ totalSize: 2001, done: false });
      expect(first.records).to.have.length(2000);
      expect(first.nextRecordsUrl, 'jsforce makes it absolute').to.match(/\/services\/data\/v66\.0\/query\/01g\w+-2000$/);
      expect(rest).to.include({ totalSize: 2001, done: true });
      expect(rest.records).to.have.length(1);
      expect(all.records).to.have.length(2001);
    });

    it('answers queryAll with deleted records too', async () => {
      const { id } = (await connection.sobject('Account').create({ Name: 'Doomed' })) as { id: string };
      await connection.sobject('Account').destroy(id);

      const live = await connection.query("SELECT Id FROM Account WHERE Name = 'Doomed'");
      const all = await connection.query("SELECT Id, IsDeleted FROM Account WHERE Name = 'Doomed'", { scanAll: true });

      expect(live.totalSize).to.equal(0);
      expect(all.records).to.deep.equal([{ attributes: { type: 'Account', url: `/services/data/v66.0/sobjects/Account/${id}` }, Id: id, IsDeleted: true }]);
    });
  });

  describe('what it refuses, as Salesforce does', () => {
    it('an unknown field: INVALID_FIELD, pointing at it', async () => {
      const refusal = await apiRejectionOf(connection.query('SELECT Id, Foo FROM Account'));

      expect(refusal.errorCode).to.equal('INVALID_FIELD');
      expect(refusal.message).to.equal(
        "\nSELECT Id, Foo FROM Account\n           ^\nERROR at Row:1:Column:12\nNo such column 'Foo' on entity 'Account'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names."
      );
    });

    it('an unknown relationship: INVALID_FIELD', async () => {
      const refusal = await apiRejectionOf(connection.query('SELECT Manager__r.Name FROM User'));

      expect(refusal.errorCode).to.equal('INVALID_FIELD');
      expect(refusal.message).to.include("Didn't understand relationship 'Manager__r' in field path.");
    });

    it('an unknown object, or one the other API serves: INVALID_TYPE', async () => {
      const unknown = await apiRejectionOf(connection.query('SELECT Id FROM Widget__c'));
      const toolingOnly = await apiRejectionOf(connection.query('SELECT Permission FROM PermissionDependency'));

      expect(unknown.errorCode).to.equal('INVALID_TYPE');
      expect(unknown.message).to.include("sObject type 'Widget__c' is not supported.");
      expect(toolingOnly.errorCode).to.equal('INVALID_TYPE');
    });

    it('a query that does not parse, or mixes AND and OR without parentheses: MALFORMED_QUERY', async () => {
      const syntax = await apiRejectionOf(connection.query('SELECT Id FROM Account WHERE'));
      const mixed = await apiRejectionOf(connection.query("SELECT Id FROM Account WHERE Name = 'a' AND Name = 'b' OR Name = 'c'"));

      expect(syntax.errorCode).to.equal('MALFORMED_QUERY');
      expect(mixed.errorCode).to.equal('MALFORMED_QUERY');
      expect(mixed.message).to.match(/unexpected token: 'OR'$/);
    });

    it('a literal of the wrong type, or an Id that is not one: INVALID_QUERY_FILTER_OPERATOR', async () => {
      const quotedBoolean = await apiRejectionOf(connection.query("SELECT Id FROM User WHERE IsActive = 'true'"));
      const badId = await apiRejectionOf(connection.query("SELECT Id FROM User WHERE Id = 'nope'"));

      expect(quotedBoolean.errorCode).to.equal('INVALID_QUERY_FILTER_OPERATOR');
      expect(quotedBoolean.message).to.match(/value of filter criterion for field 'IsActive' must be of type boolean and should not be enclosed in quotes$/);
      expect(badId.message).to.match(/invalid ID field: nope$/);
    });

    it('a field that cannot be filtered, such as LoginHistory.Status', async () => {
      const refusal = await apiRejectionOf(connection.query("SELECT Id FROM LoginHistory WHERE Status = 'Success'"));

      expect(refusal.errorCode).to.equal('INVALID_FIELD');
      expect(refusal.message).to.match(/field 'Status' can not be filtered in a query call$/);
    });

    it('what the emulator does not evaluate, with a 400 that says so rather than a wrong answer', async () => {
      const refusal = await apiRejectionOf(connection.query('SELECT Industry, COUNT(Id) FROM Account GROUP BY Industry'));

      expect(refusal.errorCode).to.equal('MALFORMED_QUERY');
      expect(refusal.message).to.include('The org emulator does not support GROUP BY');
    });
  });
});
