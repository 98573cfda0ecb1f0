import { expect } from 'chai';
import type { Connection } from '@salesforce/core';
import type { DeployResult } from '@salesforce/source-deploy-retrieve';
import { connectedAppXml, externalClientAppFiles, externalClientAppXml, oauthSettingsXml, policyFiles } from '../builders/org-component-builder.js';
import { anIntegrationUser } from '../builders/org-user-builder.js';
import type { TestProject } from '../builders/project-builder.js';
import { aMetadataProject } from './metadata-source.js';
import {
  CLIENT_CREDENTIALS_USER_INVALID,
  connectToEmulator,
  foreignOrgScopedApp,
  isolateSalesforceState,
  policiesAlreadyExist,
  startOrgEmulator,
  type OrgEmulator,
  type OrgEmulatorOptions,
} from './org-emulator.js';
import { deployProject, type Member } from './sdr-client.js';

const RUN_AS = 'svc.erp-sync@acme.example';

describe('org emulator: External Client Apps and connected apps deployed through the Metadata API', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let project: TestProject;
  let connection: Connection;

  const start = async (options: OrgEmulatorOptions = {}): Promise<void> => {
    org = await startOrgEmulator(options);
    project = await aMetadataProject({});
    ({ connection } = await connectToEmulator(org));
  };
  /** Deploys exactly these source files (the project holds nothing else) and deletions. */
  const deploy = async (files: Record<string, string>, checkOnly = false, deleteAfter: Member[] = []): Promise<DeployResult> => {
    await project.dispose();
    project = await aMetadataProject(files);
    return deployProject(connection, project, { apiOptions: { checkOnly }, deleteAfter });
  };
  const held = (type: string): string[] => org.savedComponents.filter((component) => component.type === type).map(({ fullName }) => fullName);
  const problems = (result: DeployResult): Array<{ fullName: string; problem?: string }> =>
    [result.response.details.componentFailures ?? []].flat().map(({ fullName, problem }) => ({ fullName, problem }));
  const aUser = (IsActive: boolean): void => {
    org.insert('User', { ...(anIntegrationUser({ Username: RUN_AS }) as Record<string, string>), IsActive, Profile: { Name: 'Minimum Access - API Only Integrations' } });
  };

  afterEach(async () => {
    await org?.stop();
    await project?.dispose();
  });

  describe('policies', () => {
    it('gives an app deployed without policies the platform’s own, named after its OAuth settings and after itself', async () => {
      await start();

      const result = await deploy(externalClientAppFiles('ERP_Sync'));

      expect(result.response.status).to.equal('Succeeded');
      expect(held('ExtlClntAppOauthConfigurablePolicies')).to.deep.equal(['ERP_Sync_oauth_defaultPolicy']);
      expect(held('ExtlClntAppConfigurablePolicies')).to.deep.equal(['ERP_Sync_defaultPolicy']);
      expect(result.response.numberComponentsDeployed, 'the deploy reports what it was sent').to.equal(3);
      expect(org.setup.read('ExtlClntAppOauthConfigurablePolicies', 'ERP_Sync_oauth_defaultPolicy')).to.contain('<permittedUsersPolicyType>AllSelfAuthorized</permittedUsersPolicyType>');
    });

    it('keeps the policies a deploy brings under those names, and makes none of its own', async () => {
      await start();
      const files = { ...externalClientAppFiles('ERP_Sync'), ...policyFiles('ERP_Sync', { permissionSets: ['ERP_Sync_Orders'] }) };

      await deploy(files);

      expect(held('ExtlClntAppOauthConfigurablePolicies')).to.deep.equal(['ERP_Sync_oauth_defaultPolicy']);
      expect(org.savedComponents.find(({ fullName }) => fullName === 'ERP_Sync_oauth_defaultPolicy')?.content).to.contain('<commaSeparatedPermissionSet>ERP_Sync_Orders</commaSeparatedPermissionSet>');
    });

    it('refuses policies under another name for an app that already has policies (unverified: Salesforce may keep two sets)', async () => {
      await start();
      await deploy(externalClientAppFiles('ERP_Sync'));

      const result = await deploy(policyFiles('ERP_Sync', {}, { oauth: 'ERP_Sync_oauthPlcy', app: 'ERP_Sync_plcy' }));

      expect(result.response.status).to.equal('Failed');
      expect(problems(result)).to.deep.equal([
        { fullName: 'ERP_Sync_oauthPlcy', problem: policiesAlreadyExist('ExtlClntAppOauthConfigurablePolicies', 'ERP_Sync', 'ERP_Sync_oauth_defaultPolicy') },
        { fullName: 'ERP_Sync_plcy', problem: policiesAlreadyExist('ExtlClntAppConfigurablePolicies', 'ERP_Sync', 'ERP_Sync_defaultPolicy') },
      ]);
    });

    it('makes no policies in a check-only deploy', async () => {
      await start();

      await deploy(externalClientAppFiles('ERP_Sync'), true);

      expect(org.savedComponents).to.deep.equal([]);
    });
  });

  describe('what the org checks', () => {
    it('refuses an app’s part when the org has no such app', async () => {
      await start();

      const result = await deploy({ 'extlClntAppOauthSettings/Ghost_oauth.ecaOauth-meta.xml': oauthSettingsXml('Ghost') });

      expect(problems(result)).to.deep.equal([{ fullName: 'Ghost_oauth', problem: 'In field: externalClientApplication - no ExternalClientApplication named Ghost found' }]);
    });

    it('refuses an app scoped to another org, and accepts one scoped to itself', async () => {
      await start();
      const scoped = (orgId: string): Record<string, string> => ({
        'externalClientApps/ERP_Sync.eca-meta.xml': externalClientAppXml('ERP Sync').replace('</label>', `</label>\n    <orgScopedExternalApp>${orgId}:ERP_Sync</orgScopedExternalApp>`),
      });

      const elsewhere = await deploy(scoped('00DXX0000000001AAA'));
      const here = await deploy(scoped(org.orgId));

      expect(problems(elsewhere)).to.deep.equal([{ fullName: 'ERP_Sync', problem: foreignOrgScopedApp('00DXX0000000001AAA:ERP_Sync') }]);
      expect(here.response.status).to.equal('Succeeded');
    });

    it('fails OAuth policies whose client-credentials user does not exist or is inactive', async () => {
      await start();
      const files = { ...externalClientAppFiles('ERP_Sync'), ...policyFiles('ERP_Sync', { runAs: RUN_AS }) };

      const missing = await deploy(files);
      aUser(false);
      const inactive = await deploy(files);
      org.update('User', { Username: RUN_AS }, { IsActive: true });
      const active = await deploy(files);

      expect(problems(missing)).to.deep.equal([{ fullName: 'ERP_Sync_oauth_defaultPolicy', problem: CLIENT_CREDENTIALS_USER_INVALID }]);
      expect(problems(inactive)).to.deep.equal(problems(missing));
      expect(active.response.status).to.equal('Succeeded');
    });

    it('fails a connected app whose client-credentials user does not exist', async () => {
      await start({ existingConnectedApps: ['Legacy_Backup'] });
      const files = { 'connectedApps/Legacy_Backup.connectedApp-meta.xml': connectedAppXml('Legacy Backup', { runAs: RUN_AS }) };

      const missing = await deploy(files);
      aUser(true);
      const present = await deploy(files);

      expect(problems(missing)).to.deep.equal([{ fullName: 'Legacy_Backup', problem: CLIENT_CREDENTIALS_USER_INVALID }]);
      expect(present.response.status).to.equal('Succeeded');
    });
  });

  it('deletes an app with its parts (unverified: Salesforce may ask for the parts first)', async () => {
    await start();
    await deploy(externalClientAppFiles('ERP_Sync'));

    const result = await deploy({}, false, [{ type: 'ExternalClientApplication', fullName: 'ERP_Sync' }]);

    expect(result.response.status).to.equal('Succeeded');
    expect(org.savedComponents).to.deep.equal([]);
  });
});
