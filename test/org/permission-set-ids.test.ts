import { expect } from 'chai';
import { openOrgSession, type OrgSession } from '../../src/org/org-session.js';
import { readPermissionSetIds, readPermissionSetNames } from '../../src/org/permission-set-ids.js';
import { connectToEmulator, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from '../emulator/org-emulator.js';

/** Permission sets between names and Ids: what deploy sends to a project referencing them by Id, and what audit reads back. */
describe('org layer: permission sets by name and by Id', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let session: OrgSession;

  beforeEach(async () => {
    org = await startOrgEmulator();
    org.insert('PermissionSet', { Name: 'ERP_Order_Sync_Orders', Label: 'Orders' });
    org.insert('PermissionSet', { Name: 'Connector_User', Label: 'Connector', NamespacePrefix: 'acme' });
    const { connection } = await connectToEmulator(org);
    session = openOrgSession(connection, { waitMs: 60_000 });
  });

  afterEach(async () => {
    await session.close();
    await org.stop();
  });

  it('gives the Ids of the names asked for, and nothing for a name the org lacks', async () => {
    const ids = await readPermissionSetIds(session, ['ERP_Order_Sync_Orders', 'Nowhere']);

    expect([...ids]).to.deep.equal([['ERP_Order_Sync_Orders', String(org.record('PermissionSet', { Name: 'ERP_Order_Sync_Orders' }).Id)]]);
  });

  it('names permission sets given by Id, 15 or 18 characters, with their namespace', async () => {
    const orders = String(org.record('PermissionSet', { Name: 'ERP_Order_Sync_Orders' }).Id);
    const connector = String(org.record('PermissionSet', { Name: 'Connector_User' }).Id);

    const names = await readPermissionSetNames(session, [orders, connector.slice(0, 15)]);

    expect(names.get(orders.slice(0, 15))).to.equal('ERP_Order_Sync_Orders');
    expect(names.get(connector.slice(0, 15))).to.equal('acme__Connector_User');
  });
});
