import { expect } from 'chai';
import { retrievedText, retrieveMembers } from '../../src/org/metadata-retrieve.js';
import { openOrgSession, type OrgSession } from '../../src/org/org-session.js';
import { permissionSetXml } from '../emulator/metadata-source.js';
import { connectToEmulator, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from '../emulator/org-emulator.js';
import { soapCall, startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { orgFailureOf } from '../support/rejection.js';

/** retrieveMembers over SOAP to the emulated org: what a deploy's record and an audit's comparison read. */
describe('org layer: retrieving components by name', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let proxy: FaultProxy;
  let session: OrgSession;

  const open = async (waitMs = 60_000): Promise<void> => {
    const { connection } = await connectToEmulator({ ...org, instanceUrl: proxy.url });
    session = openOrgSession(connection, { waitMs });
  };

  beforeEach(async () => {
    org = await startOrgEmulator();
    proxy = await startFaultProxy(org.instanceUrl);
  });

  afterEach(async () => {
    await session?.close();
    await proxy.stop();
    await org.stop();
  });

  it('reads the members asked for into memory, as the org writes them, found without case, and leaves out what the org does not hold', async () => {
    org.setup.put('PermissionSet', 'Orders', permissionSetXml({ label: 'Orders', objects: ['Order'] }));
    await open();

    const retrieved = await retrieveMembers(session, [{ type: 'PermissionSet', fullName: 'orders' }, { type: 'PermissionSet', fullName: 'Gone' }], '66.0');

    expect([...retrieved.present]).to.deep.equal(['PermissionSet:Orders']);
    expect(retrievedText(retrieved, { type: 'PermissionSet', fullName: 'orders' })).to.equal(org.setup.read('PermissionSet', 'Orders'));
    expect(retrievedText(retrieved, { type: 'PermissionSet', fullName: 'Gone' })).to.equal(undefined);
    expect(org.retrieves[0]!.request.manifest.types).to.deep.equal([{ name: 'PermissionSet', members: ['Gone', 'orders'] }]);
  });

  it('asks nothing of the org for no members', async () => {
    await open();
    org.requestLog.clear();

    const retrieved = await retrieveMembers(session, [], '66.0');

    expect(retrieved.present.size).to.equal(0);
    expect(org.retrieves).to.have.length(0);
  });

  it('gives up at the end of the wait when the retrieve’s status never comes', async () => {
    org.setup.put('PermissionSet', 'Orders', permissionSetXml({ label: 'Orders', objects: ['Order'] }));
    await open(1500);
    proxy.inject({ fault: 'hang', when: soapCall('checkRetrieveStatus') });
    const started = Date.now();

    const failure = await orgFailureOf(retrieveMembers(session, [{ type: 'PermissionSet', fullName: 'Orders' }], '66.0'));

    expect(failure.kind).to.equal('timeout');
    expect(Date.now() - started).to.be.below(3000);
  });
});
