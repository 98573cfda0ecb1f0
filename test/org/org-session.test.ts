import { expect } from 'chai';
import { connectToEmulator, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from '../emulator/org-emulator.js';
import { anIntegrationUser } from '../builders/org-user-builder.js';
import { openOrgSession, type OrgSession } from '../../src/org/org-session.js';
import { soqlString } from '../../src/org/soql.js';
import { restCall, startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { orgFailureOf as failureOf } from '../support/rejection.js';

describe('OrgSession, over HTTP to an emulated org', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let session: OrgSession;

  const open = async (waitMs = 60_000, instanceUrl?: string): Promise<OrgSession> => {
    const { connection } = await connectToEmulator(instanceUrl ? { ...org, instanceUrl } : org);
    session = openOrgSession(connection, { waitMs });
    return session;
  };

  beforeEach(async () => {
    org = await startOrgEmulator();
  });

  afterEach(async () => {
    await session?.close();
    await org.stop();
  });

  describe('queries', () => {
    it('finds a value holding quotes, backslashes and line breaks, quoted as SOQL quotes them', async () => {
      const lastName = "O'Brien \\ Sync\n\"2\"";
      org.insert('User', { ...anIntegrationUser({ Username: 'quoted@acme.example', LastName: lastName }), Profile: { Name: 'Standard User' } });
      await open();

      const rows = await session.query<{ Username: string }>(`SELECT Username FROM User WHERE LastName = ${soqlString(lastName)}`, 'the user query');

      expect(rows.map(({ Username }) => Username)).to.deep.equal(['quoted@acme.example']);
    });

    it('reads every page of a large result', async () => {
      for (let index = 0; index < 2100; index++) org.insert('PermissionSet', { Name: `Set_${index}`, Label: `Set ${index}` });
      await open();
      org.requestLog.clear();

      const rows = await session.query('SELECT Id FROM PermissionSet WHERE Name LIKE \'Set_%\'', 'the permission sets');

      expect(rows).to.have.length(2100);
      expect(org.requestLog.countByKind()).to.deep.equal({ query: 1, queryMore: 1 });
    });

    it('says what the org refused, with its error code', async () => {
      await open();

      const failure = await failureOf(session.query('SELECT Nope FROM User', 'the user query'));

      expect(failure).to.include({ kind: 'refused', errorCode: 'INVALID_FIELD', what: 'the user query' });
    });
  });

  describe('describes', () => {
    it('asks each object once per run, in parallel, and answers undefined for an object the org lacks', async () => {
      await open();

      const [all] = await Promise.all([session.describeAll(['Account', 'Contact', 'Account', 'Nope__c']), session.describe('account')]);
      await session.describe('Contact');

      const describes = org.requestLog.all.filter(({ kind }) => kind === 'describe').map(({ path }) => path.split('/').at(-2));
      expect(describes.sort()).to.deep.equal(['Account', 'Contact', 'Nope__c']);
      expect(all.get('Nope__c')).to.equal(undefined);
      expect(all.get('Account')!.fields.find(({ name }) => name === 'Name')).to.include({ permissionable: false });
    });
  });

  describe('writes', () => {
    it('writes 200 records a call and reports each record, a refused one among them', async () => {
      org.insert('PermissionSet', { Name: 'Taken', Label: 'Taken' });
      await open();
      const records = Array.from({ length: 450 }, (_, index) => ({ Name: index === 7 ? 'Taken' : `New_${index}`, Label: `New ${index}` }));
      org.requestLog.clear();

      const outcomes = await session.write({ operation: 'create', type: 'PermissionSet', records });

      expect(org.requestLog.countByKind()).to.deep.equal({ 'collections:create': 3 });
      expect(outcomes).to.have.length(450);
      expect(outcomes.filter(({ ok }) => ok)).to.have.length(449);
      expect(outcomes[7]).to.include({ ok: false, errorCode: 'DUPLICATE_VALUE' });
    });
  });

  describe('under faults', () => {
    let proxy: FaultProxy;

    beforeEach(async () => {
      proxy = await startFaultProxy(org.instanceUrl);
    });

    afterEach(async () => {
      await proxy.stop();
    });

    it('gives up on an org that stops answering at the end of the wait', async () => {
      await open(1500, proxy.url);
      proxy.inject({ fault: 'hang', when: restCall('/query') });
      const started = Date.now();

      const failure = await failureOf(session.query('SELECT Id FROM User', 'the user query'));

      expect(failure.kind).to.equal('timeout');
      expect(Date.now() - started).to.be.below(3000);
    });

    it('gives up on an answer whose body stops half-way', async () => {
      await open(1500, proxy.url);
      proxy.inject({ fault: 'stallBody', when: restCall('/query') });

      expect((await failureOf(session.query('SELECT Id FROM User', 'the user query'))).kind).to.equal('timeout');
    });

    it('reports a connection reset as the org being unreachable, never as an internal error', async () => {
      await open(60_000, proxy.url);
      proxy.inject({ fault: 'reset', when: restCall('/composite/sobjects', 'POST') });

      const failure = await failureOf(session.write({ operation: 'create', type: 'PermissionSet', records: [{ Name: 'A', Label: 'A' }] }));

      expect(failure.kind).to.equal('unreachable');
      expect(failure.message).not.to.match(/TypeError|fetch failed$/);
    });

    it('retries a reset read, as jsforce does for GETs', async () => {
      await open(60_000, proxy.url);
      proxy.inject({ fault: 'reset', when: restCall('/query'), times: 1 });

      const rows = await session.query('SELECT Id FROM Profile', 'the profiles');

      expect(rows.length).to.be.greaterThan(0);
      expect(proxy.faulted).to.have.length(1);
    });

    it('recognises an expired session', async () => {
      await open(60_000, proxy.url);
      proxy.inject({ fault: 'expireSession', when: restCall('/query') });

      expect((await failureOf(session.query('SELECT Id FROM User', 'the user query'))).kind).to.equal('expiredSession');
    });

    it('calls a garbled answer malformed', async () => {
      await open(60_000, proxy.url);
      proxy.inject({ fault: 'garble', when: restCall('/query') });

      const failure = await failureOf(session.query('SELECT Id FROM Profile', 'the profiles'));

      expect(failure.kind).to.equal('malformed');
      expect(failure.message).to.contain('the profiles');
    });

    it('calls a server error the org being unavailable', async () => {
      await open(60_000, proxy.url);
      proxy.inject({ fault: 'serverError', when: restCall('/composite/sobjects', 'POST') });

      const failure = await failureOf(session.write({ operation: 'create', type: 'PermissionSet', records: [{ Name: 'A', Label: 'A' }] }));

      expect(failure.kind).to.equal('unreachable');
      expect(failure.message).to.contain('HTTP 500');
    });
  });
});
