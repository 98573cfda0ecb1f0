import { join } from 'node:path';
import { expect } from 'chai';
import { ComponentSet } from '@salesforce/source-deploy-retrieve';
import { Duration } from '@salesforce/kit';
import type { Connection } from '@salesforce/core';
import type { DeployResult } from '../../src/deploy/deploy-result.js';
import { deployExitCode } from '../../src/deploy/deploy-status.js';
import type { DeployOptions } from '../../src/deploy/run-deploy.js';
import { generate } from '../../src/generate/generate.js';
import { OrgError } from '../../src/org/org-error.js';
import { DEFAULT_SETTINGS } from '../../src/project/project-settings.js';
import { deployProject } from '../builders/deploy-runner.js';
import { METADATA_DIR, theExampleProject, type TestProject } from '../builders/project-builder.js';
import { ACME_ORG, ACME_ORG_WITHOUT_USERS } from '../builders/acme-org.js';
import {
  CONNECTED_APP_CREATION_BLOCKED,
  connectToEmulator,
  DEFAULT_ORG_SCHEMA,
  isolateSalesforceState,
  startOrgEmulator,
  type OrgEmulator,
  type OrgEmulatorOptions,
} from '../emulator/org-emulator.js';
import { rejectionOf } from '../support/rejection.js';

describe('deployIntegrations, through source-deploy-retrieve to an emulated org over HTTP', () => {
  isolateSalesforceState();
  let project: TestProject;
  let org: OrgEmulator;
  let connection: Connection;

  const deploy = (options: Partial<DeployOptions> = {}, waitMs = 60_000): Promise<DeployResult> => deployProject(connection, project.dir, options, waitMs);

  /** What reached the org, across the run's deploys, the plugin's own record of them left out. */
  const sent = () =>
    org.deploys
      .flatMap(({ components }) => components.map(({ type, fullName }) => `${type}:${fullName}`))
      .filter((component) => component !== 'StaticResource:plugin_intuser_deployed')
      .sort();

  const restart = async (options: OrgEmulatorOptions): Promise<void> => {
    await org.stop();
    org = await startOrgEmulator(options);
    ({ connection } = await connectToEmulator(org));
  };

  beforeEach(async () => {
    project = await theExampleProject();
    org = await startOrgEmulator(ACME_ORG_WITHOUT_USERS);
    ({ connection } = await connectToEmulator(org));
  });

  afterEach(async () => {
    await org.stop();
    await project.dispose();
  });

  it('deploys every integration\'s metadata, and nothing else of the project', async () => {
    const result = await deploy();

    expect(result).to.include({ status: 'Succeeded', environment: null, api: 'SOAP', dryRun: false, changed: true });
    expect(result.integrations.map(({ name }) => name)).to.deep.equal(['Boomi_Case_Sync', 'Data_Backup', 'ERP_Order_Sync', 'Warehouse_Loader']);
    expect(sent()).to.have.length(23);
    expect(sent().filter((component) => component.startsWith('PermissionSet:'))).to.have.length(6);
    expect(result.metadata.flatMap(({ components }) => components).every(({ state }) => state === 'Created' || state === 'Changed')).to.equal(true);
    expect(result.id).to.equal(org.deploys[0]!.id);
    expect(org.deploys[0]!.components.map(({ type, fullName }) => `${type}:${fullName}`)).to.include('StaticResource:plugin_intuser_deployed');
  });

  it('leaves a plain deploy of the package directories (what sf project deploy start sends) one copy of each component', async () => {
    // A plain deploy sends the apps' policies at once: their run-as users must already exist.
    await restart(ACME_ORG);
    const plain = await ComponentSet.fromSource(join(project.dir, 'force-app')).deploy({ usernameOrConnection: connection });
    const result = await plain.pollStatus({ frequency: Duration.milliseconds(20), timeout: Duration.minutes(1) });

    expect(result.response.status).to.equal('Succeeded');
    // The 23 generated components and the example's own: an Apex class, two custom fields, a custom permission.
    expect(sent()).to.have.length(27);
    expect(new Set(sent()).size).to.equal(27);
  });

  it('deploys the chosen integrations only', async () => {
    const result = await deploy({ integrations: ['Warehouse_Loader'] });

    expect(result.integrations.map(({ name }) => name)).to.deep.equal(['Warehouse_Loader']);
    expect(sent().every((component) => component.includes('Warehouse_Loader'))).to.equal(true);
    expect(sent()).to.include('ExternalClientApplication:Warehouse_Loader');
  });

  it('sends an environment\'s variant in place of the file it replaces, and says where it came from', async () => {
    const result = await deploy({ environment: 'uat', integrations: ['ERP_Order_Sync', 'Boomi_Case_Sync'] });

    const received = org.deploys.flatMap(({ components }) => components);
    const policies = received.find(({ fullName }) => fullName === 'ERP_Order_Sync_oauth_defaultPolicy')!;
    expect(policies.content).to.contain('<clientCredentialsFlowUser>svc.erp-sync@acme.example.uat</clientCredentialsFlowUser>');
    expect(received.find(({ type, fullName }) => type === 'ConnectedApp' && fullName === 'Boomi_Case_Sync')!.content).to.contain('https://boomi-uat.acme.example/oauth/callback');
    expect(received.filter(({ fullName }) => fullName === 'ERP_Order_Sync_oauth_defaultPolicy')).to.have.length(1);
    expect(result.environment).to.equal('uat');
    const components = result.metadata.flatMap((deployed) => deployed.components);
    expect(components.find(({ fullName }) => fullName === 'ERP_Order_Sync_oauth_defaultPolicy')!.file).to.equal(
      `environments/uat/${METADATA_DIR}/extlClntAppOauthPolicies/ERP_Order_Sync_oauth_defaultPolicy.ecaOauthPlcy-meta.xml`
    );
  });

  it('deploys the manifests\' own values to an environment without overrides', async () => {
    await deploy({ environment: 'prod', integrations: ['ERP_Order_Sync'] });

    const policies = org.deploys.flatMap(({ components }) => components).find(({ fullName }) => fullName === 'ERP_Order_Sync_oauth_defaultPolicy')!;
    expect(policies.content).to.contain('<clientCredentialsFlowUser>svc.erp-sync@acme.example</clientCredentialsFlowUser>');
  });

  it('validates without saving on a dry run', async () => {
    const result = await deploy({ dryRun: true });

    expect(result).to.include({ status: 'Planned', dryRun: true, changed: false });
    expect(org.deploys.every(({ checkOnly }) => checkOnly)).to.equal(true);
    expect(org.savedComponents.filter(({ type }) => type === 'PermissionSet')).to.deep.equal([]);
  });

  it('deploys over the REST Metadata API when asked', async () => {
    const result = await deploy({ rest: true });

    expect(result).to.include({ api: 'REST', status: 'Succeeded' });
    expect(org.deploys.every(({ api }) => api === 'REST')).to.equal(true);
  });

  it('reports each component the org refuses, with the problem Salesforce gave, and changes nothing else', async () => {
    await restart({ ...ACME_ORG_WITHOUT_USERS, existingConnectedApps: ['Boomi_Case_Sync'] });

    const result = await deploy();

    expect(result).to.include({ status: 'Failed', changed: false });
    expect(deployExitCode(result)).to.equal(1);
    const [access] = result.metadata;
    const failed = access!.components.filter(({ state }) => state === 'Failed');
    expect(failed.map(({ fullName }) => fullName)).to.deep.equal(['Data_Backup']);
    expect(failed[0]!.problem).to.contain(CONNECTED_APP_CREATION_BLOCKED);
    expect(access!.components.filter(({ state }) => state !== 'Failed').every(({ state }) => state === 'RolledBack')).to.equal(true);
    expect(result.integrations.flatMap(({ changes }) => changes).every(({ outcome }) => outcome === 'planned')).to.equal(true);
    expect(org.records('User', { Username: 'svc.backup@acme.example' })).to.deep.equal([]);
  });

  it('refuses at its manifest line a field the org does not have, before sending anything', async () => {
    await restart({ ...ACME_ORG_WITHOUT_USERS, schema: DEFAULT_ORG_SCHEMA });

    const error = await rejectionOf(deploy({ integrations: ['ERP_Order_Sync'] }));

    expect(error.name).to.equal('OrgCheckFailedError');
    expect(error.message).to.match(/integrations\/erp-order-sync\.yaml:\d+:\d+ \(permissionSets\[0\]\.objects\.Order\.fields\.External_Id__c\)/);
    expect(org.deploys).to.deep.equal([]);
  });

  it('comes back in progress, with the deploy id and how to follow it, when the wait ends first', async () => {
    org.configure({ pendingPolls: 'forever' });

    const result = await deploy({}, 2000);

    expect(result.status).to.equal('InProgress');
    expect(deployExitCode(result)).to.equal(69);
    expect(result.id).to.equal(org.deploys[0]!.id);
    expect(result.nextCommand).to.contain(`sf project deploy report --job-id ${org.deploys[0]!.id}`);
  });

  it('returns the id at once with async', async () => {
    org.configure({ pendingPolls: 'forever' });

    const result = await deploy({ async: true });

    expect(result).to.include({ status: 'InProgress', id: org.deploys[0]!.id });
    expect(deployExitCode(result, true)).to.equal(0);
  });

  it('fails on an expired session before changing anything', async () => {
    org.expireSession();

    const error = await deploy().then(
      () => undefined,
      (thrown: unknown) => thrown
    );

    expect(error).to.be.instanceOf(OrgError);
    expect((error as OrgError).kind).to.equal('expiredSession');
    expect(org.deploys).to.deep.equal([]);
  });

  describe('with permissionSetReference: id', () => {
    const byId = { ...DEFAULT_SETTINGS, externalClientApps: { ...DEFAULT_SETTINGS.externalClientApps, permissionSetReference: 'id' as const } };

    it('deploys the permission sets first, then the policies with the org\'s Ids, leaving the committed files as they are', async () => {
      const committed = await project.read(`${METADATA_DIR}/extlClntAppOauthPolicies/Warehouse_Loader_oauth_defaultPolicy.ecaOauthPlcy-meta.xml`);

      const result = await deploy({ integrations: ['Warehouse_Loader'], settings: byId });

      expect(result.status).to.equal('Succeeded');
      expect(result.metadata.map(({ phase }) => phase)).to.deep.equal(['access', 'runAsUser']);
      const policies = org.deploys[1]!.components.find(({ fullName }) => fullName === 'Warehouse_Loader_oauth_defaultPolicy')!.content;
      expect(policies).to.match(/<commaSeparatedPermissionSet>0PS\w{15}, 0PS\w{15}<\/commaSeparatedPermissionSet>/);
      expect(committed).to.contain('<commaSeparatedPermissionSet>Warehouse_Loader_Extract_Jobs, Warehouse_Loader_Sales_Read</commaSeparatedPermissionSet>');
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

    it('when a run of generate was killed and its journal is still there: the next generate finishes or undoes it', async () => {
      await project.write('.intuser/journal.json', '{}\n');

      const error = await rejectionOf(deploy());

      expect(error.name).to.equal('StaleGeneratedFilesError');
      expect(error.message).to.contain('interrupted: .intuser/journal.json');
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
