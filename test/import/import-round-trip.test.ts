import { expect } from 'chai';
import type { Connection } from '@salesforce/core';
import type { DeployResult } from '../../src/deploy/deploy-result.js';
import { runAudit } from '../../src/audit/run-audit.js';
import { parseRecord } from '../../src/deploy/deployment-record.js';
import { deployIntegrations } from '../../src/deploy/run-deploy.js';
import { generate } from '../../src/generate/generate.js';
import { importFromOrg } from '../../src/import/run-import.js';
import { openOrgSession } from '../../src/org/org-session.js';
import { DEFAULT_SETTINGS } from '../../src/project/project-settings.js';
import { arrangeLegacyIntegration, MULESOFT, type LegacyIntegrationSpec } from '../builders/legacy-integration-builder.js';
import { legacyConnectedAppXml } from '../builders/org-component-builder.js';
import { aProject, METADATA_DIR, type TestProject } from '../builders/project-builder.js';
import { connectToEmulator, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from '../emulator/org-emulator.js';

/** The legacy integration, its connected app admitting holders of both its permission sets. */
const LEGACY: LegacyIntegrationSpec = {
  ...MULESOFT,
  apps: [
    {
      type: 'ConnectedApp',
      fullName: 'MuleSoft_Connector',
      xml: legacyConnectedAppXml({
        label: 'MuleSoft Connector',
        runAs: MULESOFT.username,
        permissionSets: ['MuleSoft_Accounts', 'MuleSoft_Orders'],
        ipRanges: [{ start: '203.0.113.10', end: '203.0.113.20', description: 'MuleSoft workers' }],
      }),
    },
  ],
};

/** import, then generate, then deploy --dry-run (and audit): what an admin adopting the plugin runs, against one org. */
describe('import, generate, deploy --dry-run: the round trip over HTTP', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let connection: Connection;
  let project: TestProject;

  const roundTrip = async (keepNames: boolean, dryRun = true): Promise<DeployResult> => {
    const session = openOrgSession(connection, { waitMs: 60_000 });
    try {
      await importFromOrg({ projectDir: project.dir, packageDirectories: ['force-app'], sourceApiVersion: '66.0', name: 'MuleSoft_Sync', username: MULESOFT.username, keepNames, force: false, fromProfile: false }, session);
      await generate({ projectDir: project.dir, metadataDir: METADATA_DIR, check: false, force: false });
      return await deployIntegrations(
        { projectDir: project.dir, metadataDir: METADATA_DIR, settings: DEFAULT_SETTINGS, packageDirectories: ['force-app'], sourceApiVersion: '66.0', dryRun, prune: false, async: false, rest: false, pollMs: 20, groupPollMs: 20 },
        session
      );
    } finally {
      await session.close();
    }
  };

  const states = (result: DeployResult): string[] =>
    result.metadata.flatMap(({ components }) => components.filter(({ type }) => type !== 'StaticResource').map(({ type, fullName, state }) => `${state} ${type}:${fullName}`)).sort();

  const changes = (result: DeployResult): string[] => result.integrations.flatMap(({ changes: planned }) => planned.map(({ sign, target, name, outcome }) => `${sign} ${target} ${name} ${outcome}`)).sort();

  beforeEach(async () => {
    org = await startOrgEmulator();
    ({ connection } = await connectToEmulator(org));
    arrangeLegacyIntegration(org, LEGACY);
    project = await aProject();
  });

  afterEach(async () => {
    await org.stop();
    await project.dispose();
  });

  it('adopted in place (keepNames), plans no change of access: the permission sets and the app unchanged, a group that bundles them', async () => {
    const before = org.savedComponents.map(({ type, fullName, content }) => `${type}:${fullName}:${content}`);

    const result = await roundTrip(true);

    expect(result.status).to.equal('Planned');
    expect(states(result)).to.deep.equal([
      'Created PermissionSetGroup:MuleSoft_Sync',
      'Unchanged ConnectedApp:MuleSoft_Connector',
      'Unchanged PermissionSet:MuleSoft_Accounts',
      'Unchanged PermissionSet:MuleSoft_Orders',
    ]);
    expect(await project.read(`${METADATA_DIR}/permissionsetgroups/MuleSoft_Sync.permissionsetgroup-meta.xml`)).to.contain('<permissionSets>MuleSoft_Accounts</permissionSets>\n    <permissionSets>MuleSoft_Orders</permissionSets>');
    // The user keeps its fields and licence; it gains the group of the permission sets it holds, which stay assigned.
    expect(changes(result)).to.deep.equal(['+ group MuleSoft_Sync planned', '- permissionSet MuleSoft_Accounts kept', '- permissionSet MuleSoft_Orders kept']);
    expect(org.savedComponents.map(({ type, fullName, content }) => `${type}:${fullName}:${content}`)).to.deep.equal(before);
  });

  it('under the plugin\'s names, plans the new components and leaves the old ones where they are', async () => {
    const result = await roundTrip(false);

    expect(result.status).to.equal('Planned');
    expect(states(result)).to.deep.equal([
      'Created ExternalClientApplication:MuleSoft_Sync',
      'Created ExtlClntAppConfigurablePolicies:MuleSoft_Sync_defaultPolicy',
      'Created ExtlClntAppGlobalOauthSettings:MuleSoft_Sync_glbloauth',
      'Created ExtlClntAppOauthConfigurablePolicies:MuleSoft_Sync_oauth_defaultPolicy',
      'Created ExtlClntAppOauthSettings:MuleSoft_Sync_oauth',
      'Created PermissionSet:MuleSoft_Sync_MuleSoft_Accounts',
      'Created PermissionSet:MuleSoft_Sync_MuleSoft_Orders',
      'Created PermissionSetGroup:MuleSoft_Sync',
    ]);
    expect(changes(result)).to.deep.equal(['+ group MuleSoft_Sync planned', '- permissionSet MuleSoft_Accounts kept', '- permissionSet MuleSoft_Orders kept']);
    expect(org.savedComponents.map(({ type, fullName }) => `${type}:${fullName}`)).to.include.members(['PermissionSet:MuleSoft_Orders', 'ConnectedApp:MuleSoft_Connector']);
  });

  it('deployed for real, adopts the components in the org\'s record, and sf intuser audit then finds no drift of grants', async () => {
    const result = await roundTrip(true, false);
    const session = openOrgSession(connection, { waitMs: 60_000 });
    const audit = await runAudit({ projectDir: project.dir, metadataDir: METADATA_DIR, settings: DEFAULT_SETTINGS, sourceApiVersion: '66.0', days: 30, staleDays: 90, failOn: 'error' }, session).finally(() => session.close());

    expect(result.status).to.equal('Succeeded');
    const record = parseRecord(org.savedComponents.find(({ fullName }) => fullName === 'plugin_intuser_deployed')?.content);
    expect(record.integrations.MuleSoft_Sync?.adopted).to.have.members(['ConnectedApp:MuleSoft_Connector', 'PermissionSet:MuleSoft_Accounts', 'PermissionSet:MuleSoft_Orders']);
    const userId = String(org.record('User', { Username: MULESOFT.username }).Id);
    expect(org.records('PermissionSetAssignment', { AssigneeId: userId }).some(({ PermissionSetGroupId }) => PermissionSetGroupId === org.record('PermissionSetGroup', { DeveloperName: 'MuleSoft_Sync' }).Id)).to.equal(true);
    expect(audit.integrations[0]!.components.map(({ type, fullName, state }) => `${state} ${type}:${fullName}`).sort()).to.deep.equal([
      'matches ConnectedApp:MuleSoft_Connector',
      'matches PermissionSet:MuleSoft_Accounts',
      'matches PermissionSet:MuleSoft_Orders',
      'matches PermissionSetGroup:MuleSoft_Sync',
    ]);
    expect(audit.findings.filter(({ rule }) => rule.startsWith('drift'))).to.deep.equal([]);
  });
});

