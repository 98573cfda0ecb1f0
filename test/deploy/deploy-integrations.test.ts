import { join } from 'node:path';
import { expect } from 'chai';
import { ComponentSet } from '@salesforce/source-deploy-retrieve';
import { Duration } from '@salesforce/kit';
import type { Connection } from '@salesforce/core';
import { deployIntegrations, type DeployOptions } from '../../src/deploy/run-deploy.js';
import { generate } from '../../src/generate/generate.js';
import { DEFAULT_SETTINGS } from '../../src/project/project-settings.js';
import { METADATA_DIR, theExampleProject, type TestProject } from '../builders/project-builder.js';
import { ACME_ORG } from '../builders/acme-org.js';
import { connectToEmulator, DEFAULT_ORG_SCHEMA, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from '../emulator/org-emulator.js';
import { rejectionOf } from '../support/rejection.js';



describe('deployIntegrations, through source-deploy-retrieve to an emulated org over HTTP', () => {
  isolateSalesforceState();
  let project: TestProject;
  let org: OrgEmulator;
  let connection: Connection;

  const deploy = (options: Partial<DeployOptions> = {}) =>
    deployIntegrations(
      {
        projectDir: project.dir,
        metadataDir: METADATA_DIR,
        settings: DEFAULT_SETTINGS,
        sourceApiVersion: '66.0',
        dryRun: false,
        wait: Duration.minutes(1),
        async: false,
        rest: false,
        pollFrequency: Duration.milliseconds(20),
        ...options,
      },
      connection
    );

  const sent = (index = 0) => org.deploys[index]!.components.map(({ type, fullName }) => `${type}:${fullName}`).sort();

  beforeEach(async () => {
    project = await theExampleProject();
    org = await startOrgEmulator(ACME_ORG);
    ({ connection } = await connectToEmulator(org));
  });

  afterEach(async () => {
    await org.stop();
    await project.dispose();
  });

  it('deploys every integration\'s metadata, and nothing else of the project', async () => {
    const result = await deploy();

    expect(result).to.include({ status: 'Succeeded', success: true, done: true, environment: null, api: 'SOAP', checkOnly: false });
    expect(result.integrations).to.deep.equal(['Boomi_Case_Sync', 'Data_Backup', 'ERP_Order_Sync', 'Warehouse_Loader']);
    expect(sent()).to.have.length(23);
    expect(sent().filter((component) => component.startsWith('PermissionSet:'))).to.have.length(6);
    expect(result.components.every(({ state }) => state === 'Created')).to.equal(true);
    expect(org.savedComponents).to.have.length(23);
  });

  it('leaves a plain deploy of the package directories (what sf project deploy start sends) one copy of each component', async () => {
    const plain = await ComponentSet.fromSource(join(project.dir, 'force-app')).deploy({ usernameOrConnection: connection });
    const result = await plain.pollStatus({ frequency: Duration.milliseconds(20), timeout: Duration.minutes(1) });

    expect(result.response.status).to.equal('Succeeded');
    // The 23 generated components and the example's own: an Apex class, two custom fields, a custom permission.
    expect(sent()).to.have.length(27);
    expect(new Set(sent()).size).to.equal(27);
  });

  it('deploys the chosen integrations only', async () => {
    const result = await deploy({ integrations: ['Warehouse_Loader'] });

    expect(result.integrations).to.deep.equal(['Warehouse_Loader']);
    expect(sent().every((component) => component.includes('Warehouse_Loader'))).to.equal(true);
    expect(sent()).to.include('ExternalClientApplication:Warehouse_Loader');
  });

  it('sends an environment\'s variant in place of the file it replaces, and says where it came from', async () => {
    const result = await deploy({ environment: 'uat', integrations: ['ERP_Order_Sync', 'Boomi_Case_Sync'] });

    const received = org.deploys[0]!.components;
    const policies = received.find(({ fullName }) => fullName === 'ERP_Order_Sync_oauth_defaultPolicy')!;
    expect(policies.content).to.contain('<clientCredentialsFlowUser>svc.erp-sync@acme.example.uat</clientCredentialsFlowUser>');
    expect(received.find(({ fullName }) => fullName === 'Boomi_Case_Sync' && fullName)!.content).to.contain('https://boomi-uat.acme.example/oauth/callback');
    expect(received.filter(({ fullName }) => fullName === 'ERP_Order_Sync_oauth_defaultPolicy')).to.have.length(1);
    expect(result.environment).to.equal('uat');
    expect(result.components.find(({ fullName }) => fullName === 'ERP_Order_Sync_oauth_defaultPolicy')!.file).to.equal(
      `environments/uat/${METADATA_DIR}/extlClntAppOauthPolicies/ERP_Order_Sync_oauth_defaultPolicy.ecaOauthPlcy-meta.xml`
    );
  });

  it('deploys the manifests\' own values to an environment without overrides', async () => {
    await deploy({ environment: 'prod', integrations: ['ERP_Order_Sync'] });

    const policies = org.deploys[0]!.components.find(({ fullName }) => fullName === 'ERP_Order_Sync_oauth_defaultPolicy')!;
    expect(policies.content).to.contain('<clientCredentialsFlowUser>svc.erp-sync@acme.example</clientCredentialsFlowUser>');
  });

  it('validates without saving on a dry run', async () => {
    const result = await deploy({ dryRun: true });

    expect(result).to.include({ checkOnly: true, success: true });
    expect(org.deploys[0]!.checkOnly).to.equal(true);
    expect(org.savedComponents).to.deep.equal([]);
  });

  it('deploys over the REST Metadata API when asked', async () => {
    const result = await deploy({ rest: true });

    expect(result).to.include({ api: 'REST', status: 'Succeeded' });
    expect(org.deploys[0]!.api).to.equal('REST');
  });

  it('reports each component the org refuses, with the problem Salesforce gave, and saves nothing', async () => {
    await org.stop();
    org = await startOrgEmulator({ ...ACME_ORG, schema: DEFAULT_ORG_SCHEMA });
    ({ connection } = await connectToEmulator(org));

    const result = await deploy({ integrations: ['ERP_Order_Sync'] });

    expect(result).to.include({ status: 'Failed', success: false });
    const failed = result.components.filter(({ state }) => state === 'Failed');
    expect(failed.map(({ fullName }) => fullName)).to.deep.equal(['ERP_Order_Sync_Accounts', 'ERP_Order_Sync_Orders']);
    expect(failed[1]!.problem).to.contain('no CustomField named Order.External_Id__c found');
    expect(result.components.filter(({ state }) => state !== 'Failed').every(({ state }) => state === 'RolledBack')).to.equal(true);
    expect(org.savedComponents).to.deep.equal([]);
  });

  it('comes back not done, with the deploy id, when the wait ends first', async () => {
    org.configure({ pendingPolls: 'forever' });

    const result = await deploy({ wait: Duration.seconds(1), pollFrequency: Duration.milliseconds(100) });

    expect(result.done).to.equal(false);
    expect(result.id).to.equal(org.deploys[0]!.id);
  });

  it('returns the id at once with async', async () => {
    org.configure({ pendingPolls: 'forever' });

    const result = await deploy({ async: true });

    expect(result).to.include({ done: false, id: org.deploys[0]!.id });
  });

  it('fails on an expired session', async () => {
    org.expireSession();

    const error = await deploy().then(
      () => undefined,
      (thrown: unknown) => thrown as Error
    );

    expect(error?.message).to.match(/INVALID_SESSION_ID/);
  });

  describe('with permissionSetReference: id', () => {
    const byId = { ...DEFAULT_SETTINGS, externalClientApps: { ...DEFAULT_SETTINGS.externalClientApps, permissionSetReference: 'id' as const } };

    it('sends the org\'s Ids in the External Client App policies, and leaves the committed files as they are', async () => {
      await deploy({ integrations: ['Warehouse_Loader'] });
      const committed = await project.read(`${METADATA_DIR}/extlClntAppOauthPolicies/Warehouse_Loader_oauth_defaultPolicy.ecaOauthPlcy-meta.xml`);

      await deploy({ integrations: ['Warehouse_Loader'], settings: byId });

      const policies = org.deploys[1]!.components.find(({ fullName }) => fullName === 'Warehouse_Loader_oauth_defaultPolicy')!.content;
      expect(policies).to.match(/<commaSeparatedPermissionSet>0PS\w{15}, 0PS\w{15}<\/commaSeparatedPermissionSet>/);
      expect(committed).to.contain('<commaSeparatedPermissionSet>Warehouse_Loader_Extract_Jobs, Warehouse_Loader_Sales_Read</commaSeparatedPermissionSet>');
    });

    it('refuses when the org has not got the permission sets yet, saying what to deploy first', async () => {
      const error = await rejectionOf(deploy({ integrations: ['Warehouse_Loader'], settings: byId }));

      expect(error.name).to.equal('PermissionSetsMissingError');
      expect(error.actions?.[0]).to.contain('--metadata PermissionSet:Warehouse_Loader_Extract_Jobs --metadata PermissionSet:Warehouse_Loader_Sales_Read');
      expect(org.deploys).to.deep.equal([]);
    });
  });

  describe('refuses before sending anything', () => {
    it('when the generated files do not match the manifests', async () => {
      await project.write('integrations/warehouse-loader.yml', (await project.read('integrations/warehouse-loader.yml')).replace('[read, viewAll]', '[read]'));

      const error = await rejectionOf(deploy());

      expect(error.name).to.equal('StaleGeneratedFilesError');
      expect(error.message).to.contain('stale: force-app/main/default/permissionsets/Warehouse_Loader_Sales_Read.permissionset-meta.xml');
      expect(error.actions?.[0]).to.contain('sf intuser generate');
      expect(org.deploys).to.deep.equal([]);
    });

    it('when a generated file was edited by hand', async () => {
      const path = `${METADATA_DIR}/permissionsets/ERP_Order_Sync_Orders.permissionset-meta.xml`;
      await project.write(path, (await project.read(path)).replace('<allowDelete>true</allowDelete>', '<allowDelete>false</allowDelete>'));

      expect((await rejectionOf(deploy())).message).to.contain(`edited: ${path}`);
      expect(org.deploys).to.deep.equal([]);
    });

    it('when validate reports an error, listing it', async () => {
      const manifest = 'integrations/warehouse-loader.yml';
      await project.write(manifest, (await project.read(manifest)).replace('[ApiEnabled]', '[ApiEnabled, ModifyAllData]'));
      await generate({ projectDir: project.dir, metadataDir: METADATA_DIR, check: false, force: false });

      const error = await rejectionOf(deploy());

      expect(error.name).to.equal('ValidationFailedError');
      expect(error.message).to.match(/integrations\/warehouse-loader\.yml:\d+:\d+ critical-user-permission/);
      expect(error.actions?.[0]).to.contain('sf intuser validate');
      expect(org.deploys).to.deep.equal([]);
    });

    it('for an integration that declares environments, but not the one asked for', async () => {
      const manifest = 'integrations/legacy-boomi.yaml';
      await project.write(manifest, (await project.read(manifest)).replace('  prod: {}\n', ''));
      await generate({ projectDir: project.dir, metadataDir: METADATA_DIR, check: false, force: false });

      const error = await rejectionOf(deploy({ environment: 'prod' }));

      expect(error.name).to.equal('UndeclaredEnvironmentError');
      expect(error.message).to.contain('Boomi_Case_Sync');
      expect(org.deploys).to.deep.equal([]);
    });

    it('for an integration that does not exist, naming those that do', async () => {
      const error = await rejectionOf(deploy({ integrations: ['ERP_Sync'] }));

      expect(error.name).to.equal('UnknownIntegrationError');
      expect(error.message).to.contain('Boomi_Case_Sync, Data_Backup, ERP_Order_Sync, Warehouse_Loader');
    });

    it('for an environment no chosen integration declares', async () => {
      const error = await rejectionOf(deploy({ environment: 'staging' }));

      expect(error.name).to.equal('UnknownEnvironmentError');
      expect(error.message).to.contain('Environments declared: prod, uat.');
      expect(org.deploys).to.deep.equal([]);
    });
  });
});
