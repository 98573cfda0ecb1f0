import { expect } from 'chai';
import type { Connection } from '@salesforce/core';
import { ACME_ORG_WITHOUT_USERS } from '../builders/acme-org.js';
import { appPoliciesXml, connectedAppXml, externalClientAppXml, oauthPoliciesXml } from '../builders/org-component-builder.js';
import { deployProject } from '../builders/deploy-runner.js';
import { METADATA_DIR, theExampleProject, type TestProject } from '../builders/project-builder.js';
import { connectToEmulator, isolateSalesforceState, startOrgEmulator, type OrgEmulator } from '../emulator/org-emulator.js';
import { permissionSetXml } from '../emulator/metadata-source.js';
import type { DeployResult } from '../../src/deploy/deploy-result.js';
import { deployExitCode } from '../../src/deploy/deploy-status.js';
import type { DeployOptions } from '../../src/deploy/run-deploy.js';
import { generate } from '../../src/generate/generate.js';
import { rejectionOf } from '../support/rejection.js';

const changesOf = (outcome: { changes: DeployResult['integrations'][number]['changes'] } | undefined): string[] =>
  (outcome?.changes ?? []).map(({ sign, target, name, outcome: state }) => `${sign} ${target} ${name} [${state}]`);

describe('deployIntegrations --prune: what left the manifests leaves the org, and nothing else', () => {
  isolateSalesforceState();
  let org: OrgEmulator;
  let connection: Connection;
  const projects: TestProject[] = [];

  /** A fresh clone of the example project, as a CI job checks it out: nothing but the repository. */
  const aClone = async (): Promise<TestProject> => {
    const project = await theExampleProject();
    projects.push(project);
    return project;
  };

  const deploy = (project: TestProject, options: Partial<DeployOptions> = {}): Promise<DeployResult> => deployProject(connection, project.dir, { environment: 'prod', ...options });

  /** The project with one manifest removed, regenerated as its pull request would commit it. */
  const withoutManifest = async (manifest: string): Promise<TestProject> => {
    const project = await aClone();
    await project.removeManifest(manifest);
    await generate({ projectDir: project.dir, metadataDir: METADATA_DIR, check: false, force: false });
    return project;
  };

  const held = (type: string, fullName: string): boolean => org.savedComponents.some((component) => component.type === type && component.fullName === fullName);

  /** The example's org after its first deploy; what Setup held before it is arranged first. */
  const anOrgDeployedOnce = async (madeInSetup: (emulator: OrgEmulator) => void = () => undefined): Promise<void> => {
    org = await startOrgEmulator(ACME_ORG_WITHOUT_USERS);
    // The backup service's connected app was made in Setup long before the plugin: the plugin adopts it.
    org.setup.put('ConnectedApp', 'Data_Backup', connectedAppXml('Data Backup'));
    madeInSetup(org);
    ({ connection } = await connectToEmulator(org));
    expect((await deploy(await aClone())).status).to.equal('Succeeded');
  };

  beforeEach(() => anOrgDeployedOnce());

  afterEach(async () => {
    await org.stop();
    await Promise.all(projects.splice(0).map((project) => project.dispose()));
  });

  it('shows what an integration that left the manifests would lose, and keeps it without --prune', async () => {
    const project = await withoutManifest('data-backup.json');

    const result = await deploy(project);

    expect(result.status).to.equal('Succeeded');
    expect(changesOf(result.removed[0])).to.deep.equal([
      '- PermissionSet Data_Backup_Account_Export [kept]',
      '- PermissionSetGroup Data_Backup [kept]',
      '- ConnectedApp Data_Backup [kept]',
      '- group Data_Backup [kept]',
      '- licence SalesforceAPIIntegrationPsl [kept]',
      '~ user.IsFrozen svc.backup@acme.example [kept]',
      '~ user.IsActive svc.backup@acme.example [kept]',
    ]);
    expect(held('PermissionSetGroup', 'Data_Backup')).to.equal(true);
  });

  it('removes a removed integration from a fresh clone: its components, its assignments, its user frozen and deactivated; a hand-made permission set and the app it adopted stay', async () => {
    org.setup.put('PermissionSet', 'Data_Backup_Manual', permissionSetXml({ label: 'Made by hand in Setup' }));
    const project = await withoutManifest('data-backup.json');

    const result = await deploy(project, { prune: true });

    expect(result.status, JSON.stringify(result.removed)).to.equal('Succeeded');
    const lines = changesOf(result.removed[0]);
    expect(lines.filter((line) => !line.endsWith('[done]'))).to.deep.equal(['- ConnectedApp Data_Backup [kept]']);
    expect(result.removed[0]!.changes.find(({ target }) => target === 'ConnectedApp')?.problem).to.match(/before plugin-intuser deployed it/);
    expect(['PermissionSet:Data_Backup_Account_Export', 'PermissionSetGroup:Data_Backup'].filter((component) => held(...(component.split(':') as [string, string])))).to.deep.equal([]);
    expect(held('ConnectedApp', 'Data_Backup')).to.equal(true);
    expect(held('PermissionSet', 'Data_Backup_Manual')).to.equal(true);
    const user = org.record('User', { Username: 'svc.backup@acme.example' });
    expect(user.IsActive).to.equal(false);
    expect(org.record('UserLogin', { UserId: String(user.Id) }).IsFrozen).to.equal(true);
    // The users exist: the apps that name them go with the access phase.
    expect(result.metadata.map(({ phase }) => phase)).to.deep.equal(['access', 'removal']);

    const again = await deploy(project, { prune: true });
    expect(again).to.include({ status: 'Succeeded', changed: false });
    expect(again.removed).to.deep.equal([]);
  });

  it('removes a permission set a manifest no longer has, and the app policies under their former names', async () => {
    org.setup.put('ExtlClntAppOauthConfigurablePolicies', 'Warehouse_Loader_oauthPlcy', oauthPoliciesXml('Warehouse_Loader'));
    org.setup.put('ExtlClntAppConfigurablePolicies', 'Warehouse_Loader_plcy', appPoliciesXml('Warehouse_Loader'));
    const project = await aClone();
    await project.write('integrations/warehouse-loader.yml', (await project.read('integrations/warehouse-loader.yml')).replace(/ {2}- name: Extract_Jobs\n {4}customPermissions: \[Warehouse_Extract\]\n/, ''));
    await generate({ projectDir: project.dir, metadataDir: METADATA_DIR, check: false, force: false });

    const result = await deploy(project, { prune: true, integrations: ['Warehouse_Loader'], environment: undefined });

    expect(result.status, JSON.stringify(result.integrations)).to.equal('Succeeded');
    expect(changesOf(result.integrations[0])).to.deep.equal([
      '- PermissionSet Warehouse_Loader_Extract_Jobs [done]',
      '- ExtlClntAppOauthConfigurablePolicies Warehouse_Loader_oauthPlcy [done]',
      '- ExtlClntAppConfigurablePolicies Warehouse_Loader_plcy [done]',
    ]);
    expect(held('PermissionSet', 'Warehouse_Loader_Extract_Jobs')).to.equal(false);
    expect(held('ExtlClntAppOauthConfigurablePolicies', 'Warehouse_Loader_oauth_defaultPolicy')).to.equal(true);
  });

  it('never asks the org for an External Client App\'s global OAuth settings, which hold its consumer secret', () => {
    const types = org.retrieves.flatMap(({ request }) => request.manifest.types.map(({ name }) => name));

    expect(types).to.include('ExternalClientApplication');
    expect(types).to.not.include('ExtlClntAppGlobalOauthSettings');
  });

  it('keeps an External Client App that existed before the first deploy, with its global OAuth settings, when its integration leaves', async () => {
    await org.stop();
    await anOrgDeployedOnce((emulator) => emulator.setup.put('ExternalClientApplication', 'Warehouse_Loader', externalClientAppXml('Warehouse Loader')));
    const project = await withoutManifest('warehouse-loader.yml');

    const result = await deploy(project, { prune: true });

    expect(result.status, JSON.stringify(result.removed)).to.equal('Succeeded');
    expect(changesOf(result.removed[0]).filter((line) => line.includes('[kept'))).to.deep.equal([
      '- ExternalClientApplication Warehouse_Loader [kept]',
      '- ExtlClntAppGlobalOauthSettings Warehouse_Loader_glbloauth [kept]',
    ]);
    expect(held('ExternalClientApplication', 'Warehouse_Loader')).to.equal(true);
    expect(held('PermissionSet', 'Warehouse_Loader_Sales_Read')).to.equal(false);
  });

  it('leaves the integrations another project deployed to the same org alone, even with --prune', async () => {
    await deploy(await aClone(), { projectName: 'acme' });
    const anotherTeams = await withoutManifest('data-backup.json');

    const theirs = await deploy(anotherTeams, { prune: true, projectName: 'another-team' });
    const ours = await deploy(anotherTeams, { prune: true, dryRun: true, projectName: 'acme' });

    expect(theirs.status).to.equal('Succeeded');
    expect(theirs.removed).to.deep.equal([]);
    expect(held('PermissionSetGroup', 'Data_Backup')).to.equal(true);
    expect(ours.removed.map(({ name }) => name)).to.deep.equal(['Data_Backup']);
  });

  it('refuses, before any change, a prune that removes more than --max-removals', async () => {
    const project = await withoutManifest('data-backup.json');
    const before = org.deploys.length;

    const error = await rejectionOf(deploy(project, { prune: true, maxRemovals: 3 }));

    expect(error.name).to.equal('TooManyRemovalsError');
    expect(error.message).to.contain('--prune would remove 5');
    expect(org.deploys).to.have.length(before);
    expect(held('PermissionSetGroup', 'Data_Backup')).to.equal(true);
  });

  it('exits 0 on a dry run of a prune, listing each removal as planned', async () => {
    const project = await withoutManifest('data-backup.json');

    const result = await deploy(project, { prune: true, dryRun: true });

    expect(deployExitCode(result)).to.equal(0);
    expect(changesOf(result.removed[0]).filter((line) => !line.endsWith('[planned]'))).to.deep.equal(['- ConnectedApp Data_Backup [kept]']);
    expect(held('PermissionSetGroup', 'Data_Backup')).to.equal(true);
  });
});
