import { expect } from 'chai';
import { connectToEmulator, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from '../emulator/org-emulator.js';
import { componentSetOf } from '../../src/deploy/metadata-phases.js';
import { parseRecord, RECORD_MEMBER, recordAfterDeploy, recordAfterPrune, recordFiles, recordIn, serializeRecord, type DeploymentRecord } from '../../src/deploy/deployment-record.js';
import { deployMetadata } from '../../src/org/metadata-deploy.js';
import { retrieveMembers } from '../../src/org/metadata-retrieve.js';
import { openOrgSession, type OrgSession } from '../../src/org/org-session.js';

const RECORD: DeploymentRecord = {
  integrations: { ERP_Order_Sync: { username: 'svc.erp@acme.example', components: ['PermissionSetGroup:ERP_Order_Sync', 'PermissionSet:ERP_Order_Sync_Orders'] } },
};

describe('the deployment record: what the plugin put in the org, kept by the org', () => {
  describe('as data', () => {
    it('serializes byte-stable, whatever the order it was built in', () => {
      const reordered: DeploymentRecord = { integrations: { ERP_Order_Sync: { username: 'svc.erp@acme.example', components: ['PermissionSet:ERP_Order_Sync_Orders', 'PermissionSetGroup:ERP_Order_Sync'] } } };

      expect(serializeRecord(reordered)).to.equal(serializeRecord(RECORD));
      expect(parseRecord(serializeRecord(RECORD))).to.deep.equal({ integrations: { ERP_Order_Sync: { username: 'svc.erp@acme.example', components: ['PermissionSet:ERP_Order_Sync_Orders', 'PermissionSetGroup:ERP_Order_Sync'] } } });
    });

    it('keeps what the org held before the plugin deployed it marked adopted, across deploys, and writes no mark where there is none', () => {
      const adoptedApp = new Map([['Data_Backup', { username: 'svc.backup@acme.example', components: ['ConnectedApp:Data_Backup'], adopted: ['ConnectedApp:Data_Backup'] }]]);
      const later = new Map([['Data_Backup', { username: 'svc.backup@acme.example', components: ['ConnectedApp:Data_Backup', 'PermissionSetGroup:Data_Backup'] }]]);

      const record = recordAfterDeploy(recordAfterDeploy(RECORD, adoptedApp), later);

      expect(parseRecord(serializeRecord(record)).integrations.Data_Backup).to.deep.equal({
        username: 'svc.backup@acme.example',
        components: ['ConnectedApp:Data_Backup', 'PermissionSetGroup:Data_Backup'],
        adopted: ['ConnectedApp:Data_Backup'],
      });
      expect(serializeRecord(RECORD)).not.to.contain('adopted');
    });

    it('reads anything that is not a record as an empty one, so that prune removes nothing', () => {
      expect(parseRecord('{"generator":"someone else","format":1,"integrations":{"X":{"username":"u","components":["PermissionSet:Admin"]}}}')).to.deep.equal({ integrations: {} });
      expect(parseRecord('not json')).to.deep.equal({ integrations: {} });
    });

    it('keeps listing what a deploy no longer sends until prune removes it', () => {
      const deployed = new Map([['ERP_Order_Sync', { username: 'svc.erp@acme.example', components: ['PermissionSetGroup:ERP_Order_Sync'] }]]);

      expect(recordAfterDeploy(RECORD, deployed).integrations.ERP_Order_Sync!.components).to.include('PermissionSet:ERP_Order_Sync_Orders');
      expect(recordAfterPrune(RECORD, [], deployed).integrations.ERP_Order_Sync!.components).to.deep.equal(['PermissionSetGroup:ERP_Order_Sync']);
      expect(recordAfterPrune(RECORD, ['ERP_Order_Sync'], new Map()).integrations).to.deep.equal({});
    });
  });

  describe('in an org, over HTTP', () => {
    isolateSalesforceState();
    let org: OrgEmulator;
    let session: OrgSession;

    beforeEach(async () => {
      org = await startOrgEmulator();
      const { connection } = await connectToEmulator(org);
      session = openOrgSession(connection, { waitMs: 60_000 });
    });

    afterEach(async () => {
      await session.close();
      await org.stop();
    });

    it('deploys as a static resource, comes back through a retrieve, and deploys again as Unchanged', async () => {
      const files = recordFiles(RECORD);
      const first = await deployMetadata(session, componentSetOf('/project', files, '66.0'), { checkOnly: false, rest: false, pollMs: 20 });

      const retrieved = await retrieveMembers(session, [RECORD_MEMBER, { type: 'PermissionSet', fullName: 'Nowhere' }], '66.0');
      const again = await deployMetadata(session, componentSetOf('/project', files, '66.0'), { checkOnly: false, rest: false, pollMs: 20 });

      expect(first.state === 'done' && first.status.success).to.equal(true);
      expect([...retrieved.present]).to.deep.equal(['StaticResource:plugin_intuser_deployed']);
      expect(recordIn(retrieved.files)).to.deep.equal(parseRecord(serializeRecord(RECORD)));
      expect(again.state === 'done' && again.files.every(({ state }) => String(state) === 'Unchanged')).to.equal(true);
    });
  });
});
