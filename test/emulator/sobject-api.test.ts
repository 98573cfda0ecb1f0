import { expect } from 'chai';
import type { Connection } from '@salesforce/core';
import { apiRejectionOf, connectToEmulator, DEFAULT_ORG_SCHEMA, extendSchema, isolateSalesforceState, type OrgEmulator, startOrgEmulator, USER_PERMISSIONS, withoutAttributes } from './org-emulator.js';

type Row = Record<string, unknown>;
type DescribedField = { name: string } & Row;

/** A schema with a custom object in a master-detail relationship to Account, and a formula field. */
const SCHEMA = extendSchema(DEFAULT_ORG_SCHEMA, {
  Invoice__c: {
    Account__c: { referenceTo: ['Account'], relationshipName: 'Account__r', relationshipOrder: 0 },
    Number__c: { required: true },
    Total__c: { type: 'currency', calculated: true },
  },
});

describe('org emulator: sObjects, describe and the Tooling API, through @salesforce/core', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let connection: Connection;

  beforeEach(async () => {
    org = await startOrgEmulator({ schema: SCHEMA });
    ({ connection } = await connectToEmulator(org));
  });
  afterEach(async () => org.stop());

  describe('records', () => {
    it('creates (201 with id, success, errors), reads, updates (204) and deletes (204) a record', async () => {
      const created = await connection.request<Row>({ method: 'POST', url: '/services/data/v66.0/sobjects/Account', body: JSON.stringify({ Name: 'Acme' }), headers: { 'content-type': 'application/json' } });
      const id = String(created.id);
      await connection.sobject('Account').update({ Id: id, Industry: 'Energy' });
      const read = await connection.sobject('Account').retrieve(id);
      await connection.sobject('Account').destroy(id);

      expect(created).to.deep.equal({ id, success: true, errors: [] });
      expect(id).to.match(/^001\w{15}$/);
      expect(read).to.include({ Id: id, Name: 'Acme', Industry: 'Energy', IsDeleted: false });
      expect(org.records('Account')).to.deep.equal([]);
    });

    it('reads the fields asked for', async () => {
      const { id } = (await connection.sobject('Account').create({ Name: 'Acme' })) as { id: string };

      const read = await connection.request<Row>(`/services/data/v66.0/sobjects/Account/${id}?fields=Name,Industry`);

      expect(read).to.deep.equal({ attributes: { type: 'Account', url: `/services/data/v66.0/sobjects/Account/${id}` }, Name: 'Acme', Industry: null });
    });

    it('refuses a field the object does not have, or cannot write', async () => {
      const unknown = await apiRejectionOf(connection.sobject('Account').create({ Name: 'Acme', Colour__c: 'red' }));
      const readOnly = await apiRejectionOf(connection.sobject('Order').create({ OrderNumber: '42' }));

      expect(unknown).to.include({ errorCode: 'INVALID_FIELD', message: "No such column 'Colour__c' on sobject of type Account" });
      expect(readOnly.errorCode).to.equal('INVALID_FIELD_FOR_INSERT_UPDATE');
      expect(readOnly.fields).to.deep.equal(['OrderNumber']);
    });

    it('names every required field that is missing', async () => {
      const refusal = await apiRejectionOf(connection.sobject('Opportunity').create({ Description: 'x' }));

      expect(refusal).to.deep.equal({ errorCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [CloseDate, Name, StageName]', fields: ['CloseDate', 'Name', 'StageName'] });
    });

    it('refuses a reference to the wrong object, or to a record that is not there', async () => {
      const account = (await connection.sobject('Account').create({ Name: 'Acme' })) as { id: string };
      const missingAccount = `${account.id.slice(0, 5)}9${account.id.slice(6)}`;

      const wrongObject = await apiRejectionOf(connection.sobject('Contact').create({ LastName: 'Doe', AccountId: org.userId }));
      const missing = await apiRejectionOf(connection.sobject('Contact').create({ LastName: 'Doe', AccountId: missingAccount }));

      expect(wrongObject).to.deep.equal({ errorCode: 'MALFORMED_ID', message: `Account ID: id value of incorrect type: ${org.userId}`, fields: ['AccountId'] });
      expect(missing).to.include({ errorCode: 'INVALID_CROSS_REFERENCE_KEY', message: 'invalid cross reference id' });
    });

    it('refuses a second permission set of the same name: DUPLICATE_VALUE', async () => {
      await connection.sobject('PermissionSet').create({ Name: 'Orders', Label: 'Orders' });

      const refusal = await apiRejectionOf(connection.sobject('PermissionSet').create({ Name: 'orders', Label: 'Orders again' }));

      expect(refusal.errorCode).to.equal('DUPLICATE_VALUE');
      expect(refusal.message).to.match(/^duplicate value found: Name duplicates value on record with id: 0PS\w{15}$/);
    });

    it('answers an unknown object or record with 404 NOT_FOUND', async () => {
      const unknownType = await apiRejectionOf(connection.sobject('Widget__c').create({ Name: 'x' }));
      const unknownRecord = await apiRejectionOf(connection.sobject('Account').retrieve('001EM0000000000999'));

      expect(unknownType).to.include({ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' });
      expect(unknownRecord).to.include({ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' });
    });
  });

  describe('describe', () => {
    const field = (fields: DescribedField[], name: string): DescribedField | undefined => fields.find((candidate) => candidate.name === name);

    it('gives each field the traits a client checks names and access against', async () => {
      const { fields, keyPrefix } = (await connection.describe('Account')) as unknown as { fields: DescribedField[]; keyPrefix: string };

      expect(keyPrefix).to.equal('001');
      expect(field(fields, 'Name')).to.include({ type: 'string', nillable: false, createable: true, updateable: true, permissionable: false, calculated: false, custom: false });
      expect(field(fields, 'Industry')).to.include({ type: 'picklist', nillable: true, permissionable: true });
      expect(field(fields, 'Id')).to.include({ type: 'id', permissionable: false, createable: false });
      expect(field(fields, 'OwnerId')).to.deep.include({ type: 'reference', referenceTo: ['User'], relationshipName: 'Owner', relationshipOrder: null });
    });

    it('describes custom objects: master-detail fields, formula fields, custom flags', async () => {
      const { fields, custom } = (await connection.describe('Invoice__c')) as unknown as { fields: DescribedField[]; custom: boolean };

      expect(custom).to.equal(true);
      expect(field(fields, 'Account__c')).to.deep.include({ type: 'reference', relationshipOrder: 0, permissionable: false, nillable: false, custom: true });
      expect(field(fields, 'Total__c')).to.include({ type: 'currency', calculated: true, createable: false, updateable: false, permissionable: true });
    });

    it('lists a Permissions<Name> field on PermissionSet for every user permission the org knows', async () => {
      const { fields } = (await connection.describe('PermissionSet')) as unknown as { fields: DescribedField[] };

      const permissions = fields.filter(({ name }) => name.startsWith('Permissions')).map(({ name }) => name.slice('Permissions'.length));
      expect(permissions).to.deep.equal([...USER_PERMISSIONS]);
      expect(field(fields, 'PermissionsModifyAllData')).to.include({ type: 'boolean', nillable: false, defaultedOnCreate: true });
    });

    it('lists child relationships, and the org’s objects in describeGlobal', async () => {
      const user = (await connection.describe('User')) as unknown as { childRelationships: Row[] };
      const global = await connection.describeGlobal();

      expect(user.childRelationships).to.deep.include({ childSObject: 'PermissionSetAssignment', field: 'AssigneeId', relationshipName: 'PermissionSetAssignments', cascadeDelete: false });
      expect(global.sobjects.map(({ name }) => name)).to.include.members(['User', 'PermissionSetGroup', 'PermissionSetLicenseAssign', 'Invoice__c', 'CustomPermission']);
      expect(global.sobjects.map(({ name }) => name)).not.to.include('PermissionDependency');
    });

    it('answers an object the org does not have with 404 NOT_FOUND', async () => {
      expect(await apiRejectionOf(connection.describe('Widget__c'))).to.include({ errorCode: 'NOT_FOUND' });
    });
  });

  describe('the Tooling API', () => {
    it('answers PermissionDependency, which only it serves', async () => {
      const { records } = await connection.tooling.query<Row>("SELECT Permission, PermissionType, RequiredPermission, RequiredPermissionType FROM PermissionDependency WHERE Permission = 'Contract<create>'");

      expect(records.map(withoutAttributes)).to.deep.equal([{ Permission: 'Contract<create>', PermissionType: 'Object Permission', RequiredPermission: 'Account<read>', RequiredPermissionType: 'Object Permission' }]);
      expect((await connection.tooling.describe('PermissionDependency')).name).to.equal('PermissionDependency');
    });

    it('answers ApexClass and CustomPermission in both APIs, with the rows a test adds', async () => {
      org.insert('ApexClass', { Name: 'OrderSync', NamespacePrefix: null });
      org.insert('CustomPermission', { DeveloperName: 'Run_Sync', MasterLabel: 'Run Sync', NamespacePrefix: 'acme' });

      const classes = await connection.tooling.query<Row>("SELECT Name FROM ApexClass WHERE NamespacePrefix = null AND Name = 'OrderSync'");
      const permissions = await connection.query<Row>("SELECT DeveloperName, NamespacePrefix FROM CustomPermission WHERE NamespacePrefix = 'acme'");

      expect(classes.totalSize).to.equal(1);
      expect(permissions.records.map(({ DeveloperName, NamespacePrefix }) => `${String(NamespacePrefix)}__${String(DeveloperName)}`)).to.deep.equal(['acme__Run_Sync']);
    });
  });
});
