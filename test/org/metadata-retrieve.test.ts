import { expect } from 'chai';
import { retrievedText, retrieveMembers } from '../../src/org/metadata-retrieve.js';
import { permissionSetXml } from '../emulator/metadata-source.js';
import { soapCall } from '../support/fault-proxy.js';
import { useProxiedOrg } from '../support/proxied-org.js';
import { orgFailureOf } from '../support/rejection.js';

/** retrieveMembers over SOAP to the emulated org: what a deploy's record and an audit's comparison read. */
describe('org layer: retrieving components by name', () => {
  const emulated = useProxiedOrg();

  it('reads the members asked for into memory, as the org writes them, found without case, and leaves out what the org does not hold', async () => {
    emulated.org.setup.put('PermissionSet', 'Orders', permissionSetXml({ label: 'Orders', objects: ['Order'] }));
    await emulated.open();

    const retrieved = await retrieveMembers(emulated.session, [{ type: 'PermissionSet', fullName: 'orders' }, { type: 'PermissionSet', fullName: 'Gone' }], '66.0');

    expect([...retrieved.present]).to.deep.equal(['PermissionSet:Orders']);
    expect(retrievedText(retrieved, { type: 'PermissionSet', fullName: 'orders' })).to.equal(emulated.org.setup.read('PermissionSet', 'Orders'));
    expect(retrievedText(retrieved, { type: 'PermissionSet', fullName: 'Gone' })).to.equal(undefined);
    expect(emulated.org.retrieves[0]!.request.manifest.types).to.deep.equal([{ name: 'PermissionSet', members: ['Gone', 'orders'] }]);
  });

  it('asks nothing of the org for no members', async () => {
    await emulated.open();
    emulated.org.requestLog.clear();

    const retrieved = await retrieveMembers(emulated.session, [], '66.0');

    expect(retrieved.present.size).to.equal(0);
    expect(emulated.org.retrieves).to.have.length(0);
  });

  it('gives up at the end of the wait when the retrieve’s status never comes', async () => {
    emulated.org.setup.put('PermissionSet', 'Orders', permissionSetXml({ label: 'Orders', objects: ['Order'] }));
    await emulated.open(1500);
    emulated.proxy.inject({ fault: 'hang', when: soapCall('checkRetrieveStatus') });
    const started = Date.now();

    const failure = await orgFailureOf(retrieveMembers(emulated.session, [{ type: 'PermissionSet', fullName: 'Orders' }], '66.0'));

    expect(failure.kind).to.equal('timeout');
    expect(Date.now() - started).to.be.below(3000);
  });
});
