import { expect } from 'chai';
import type { Connection } from '@salesforce/core';
import { anIntegrationUser } from '../builders/org-user-builder.js';
import { apiRejectionOf, COLLECTION_LIMIT, connectToEmulator, isolateSalesforceState, type OrgEmulator, ROLLED_BACK, startOrgEmulator } from './org-emulator.js';

type SubResponse = { body: unknown; httpHeaders: Record<string, string>; httpStatusCode: number; referenceId: string };
type SaveResult = { id?: string; success: boolean; errors: Array<{ statusCode: string; message: string; fields: string[] }> };

const V = '/services/data/v66.0';

describe('org emulator: composite requests and sObject Collections, through @salesforce/core', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let connection: Connection;
  let integrationProfileId: string;
  let pslId: string;

  const composite = async (allOrNone: boolean, compositeRequest: unknown[]): Promise<SubResponse[]> =>
    (await connection.request<{ compositeResponse: SubResponse[] }>({ method: 'POST', url: `${V}/composite`, body: JSON.stringify({ allOrNone, compositeRequest }), headers: { 'content-type': 'application/json' } })).compositeResponse;

  /** A new integration user, then its permission set licence, naming the user by reference. */
  const provisioning = (username: string): unknown[] => [
    { method: 'POST', url: `${V}/sobjects/User`, referenceId: 'newUser', body: anIntegrationUser({ Username: username, ProfileId: integrationProfileId }) },
    { method: 'POST', url: `${V}/sobjects/PermissionSetLicenseAssign`, referenceId: 'licence', body: { AssigneeId: '@{newUser.id}', PermissionSetLicenseId: pslId } },
  ];

  beforeEach(async () => {
    org = await startOrgEmulator();
    ({ connection } = await connectToEmulator(org));
    integrationProfileId = String(org.record('Profile', { Name: 'Minimum Access - API Only Integrations' }).Id);
    pslId = String(org.record('PermissionSetLicense', { DeveloperName: 'SalesforceAPIIntegrationPsl' }).Id);
  });
  afterEach(async () => org.stop());

  describe('POST /composite', () => {
    it('runs subrequests in order, later ones naming earlier results with @{ref.id}', async () => {
      const [user, licence] = await composite(true, provisioning('svc.erp@acme.example'));

      const userId = (user?.body as { id: string }).id;
      expect(user).to.deep.include({ httpStatusCode: 201, referenceId: 'newUser', httpHeaders: { Location: `${V}/sobjects/User/${userId}` } });
      expect(licence?.httpStatusCode).to.equal(201);
      expect(org.records('PermissionSetLicenseAssign', { AssigneeId: userId })).to.have.length(1);
    });

    it('reads query results by reference too: @{ref.records[0].Id}', async () => {
      const [, update] = await composite(false, [
        { method: 'GET', url: `${V}/query?q=${encodeURIComponent("SELECT Id FROM UserLogin WHERE UserId = '" + org.userId + "'")}`, referenceId: 'login' },
        { method: 'PATCH', url: `${V}/sobjects/UserLogin/@{login.records[0].Id}`, referenceId: 'freeze', body: { IsPasswordLocked: true } },
      ]);

      expect(update).to.deep.include({ httpStatusCode: 204, body: null });
      expect(org.record('UserLogin', { UserId: org.userId }).IsPasswordLocked).to.equal(true);
    });

    it('with allOrNone, answers 200 but rolls everything back at the first failure: PROCESSING_HALTED for the others', async () => {
      org.insert('User', { ...anIntegrationUser({ Username: 'taken@acme.example' }), ProfileId: integrationProfileId });

      const responses = await composite(true, [
        { method: 'POST', url: `${V}/sobjects/Account`, referenceId: 'account', body: { Name: 'Acme' } },
        ...provisioning('taken@acme.example'),
      ]);

      expect(responses.map(({ referenceId, httpStatusCode }) => `${referenceId}:${httpStatusCode}`)).to.deep.equal(['account:400', 'newUser:400', 'licence:400']);
      expect((responses[1]?.body as Array<{ errorCode: string }>)[0]?.errorCode).to.equal('DUPLICATE_USERNAME');
      expect(responses[0]?.body).to.deep.equal([{ errorCode: 'PROCESSING_HALTED', message: ROLLED_BACK }]);
      expect(org.records('Account'), 'rolled back').to.deep.equal([]);
    });

    it('without allOrNone, keeps what succeeded and halts only the subrequests that name a failed one', async () => {
      org.insert('User', { ...anIntegrationUser({ Username: 'taken@acme.example' }), ProfileId: integrationProfileId });

      const responses = await composite(false, [{ method: 'POST', url: `${V}/sobjects/Account`, referenceId: 'account', body: { Name: 'Acme' } }, ...provisioning('taken@acme.example')]);

      expect(responses.map(({ httpStatusCode }) => httpStatusCode)).to.deep.equal([201, 400, 400]);
      expect(responses[2]?.body).to.deep.equal([{ errorCode: 'PROCESSING_HALTED', message: 'Invalid reference specified. No value for newUser.id found in newUser.' }]);
      expect(org.records('Account')).to.have.length(1);
    });
  });

  describe('sObject Collections', () => {
    it('creates many records in one call, each with its SaveResult (jsforce sends arrays here)', async () => {
      const results = (await connection.sobject('Account').create([{ Name: 'Acme' }, { Industry: 'no name' }, { Name: 'Globex' }])) as SaveResult[];

      expect(results.map(({ success }) => success)).to.deep.equal([true, false, true]);
      expect(results[1]?.errors).to.deep.equal([{ statusCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [Name]', fields: ['Name'] }]);
      expect(org.records('Account').map(({ Name }) => Name)).to.deep.equal(['Acme', 'Globex']);
    });

    it('with allOrNone, writes nothing when one record fails, and says which records were rolled back', async () => {
      const results = (await connection.sobject('Account').create([{ Name: 'Acme' }, { Industry: 'no name' }], { allOrNone: true })) as SaveResult[];

      expect(results[0]?.errors[0]).to.deep.equal({ statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK', message: 'Record rolled back because not all records were valid and the request was using AllOrNone header', fields: [] });
      expect(results[1]?.errors[0]?.statusCode).to.equal('REQUIRED_FIELD_MISSING');
      expect(org.records('Account')).to.deep.equal([]);
    });

    it('updates and deletes many records', async () => {
      const [acme, globex] = (await connection.sobject('Account').create([{ Name: 'Acme' }, { Name: 'Globex' }])) as SaveResult[];

      const updated = (await connection.sobject('Account').update([{ Id: String(acme?.id), Industry: 'Energy' }, { Id: String(globex?.id), Industry: 'Retail' }])) as SaveResult[];
      const deleted = (await connection.sobject('Account').destroy([String(acme?.id)])) as SaveResult[];

      expect(updated.every(({ success }) => success)).to.equal(true);
      expect(deleted).to.deep.equal([{ id: acme?.id, success: true, errors: [] }]);
      expect(org.records('Account').map(({ Name, Industry }) => `${String(Name)}:${String(Industry)}`)).to.deep.equal(['Globex:Retail']);
    });

    it(`refuses more than ${COLLECTION_LIMIT} records in one call`, async () => {
      const records = Array.from({ length: COLLECTION_LIMIT + 1 }, (_, index) => ({ Name: `Account ${index}` }));

      const refusal = await apiRejectionOf(connection.sobject('Account').create(records));

      expect(refusal.errorCode).to.equal('EXCEEDED_ID_LIMIT');
      expect(org.records('Account')).to.deep.equal([]);
    });
  });
});
