import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'chai';
import type { Connection } from '@salesforce/core';
import { ACME_ORG_WITHOUT_USERS } from '../builders/acme-org.js';
import { deployProject } from '../builders/deploy-runner.js';
import { theExampleProject, type TestProject } from '../builders/project-builder.js';
import { ComponentSet } from '@salesforce/source-deploy-retrieve';
import { Duration } from '@salesforce/kit';
import { CLIENT_CREDENTIALS_USER_INVALID, connectToEmulator, isolateSalesforceState, startOrgEmulator, type OrgEmulator, type OrgEmulatorOptions } from '../emulator/org-emulator.js';
import type { DeployOptions } from '../../src/deploy/run-deploy.js';
import { deployExitCode } from '../../src/deploy/deploy-status.js';
import type { DeployResult } from '../../src/deploy/deploy-result.js';
import { rejectionOf } from '../support/rejection.js';

const ERP = 'ERP_Order_Sync';

/** `<sign> <target> <name>` of each change of an integration, with its outcome: what the plan output shows. */
const changesOf = (result: DeployResult, integration: string): string[] =>
  result.integrations.find(({ name }) => name === integration)!.changes.map(({ sign, target, name, outcome }) => `${sign} ${target} ${name} [${outcome}]`);

describe('deployIntegrations: users, licences and assignments in the platform\'s order', () => {
  isolateSalesforceState();
  let project: TestProject;
  let org: OrgEmulator;

  let connection: Connection;

  const start = async (options: OrgEmulatorOptions = ACME_ORG_WITHOUT_USERS): Promise<void> => {
    org = await startOrgEmulator(options);
    ({ connection } = await connectToEmulator(org));
  };

  const deploy = (options: Partial<DeployOptions> = {}, waitMs = 60_000): Promise<DeployResult> => deployProject(connection, project.dir, options, waitMs);

  const userNamed = (username: string) => org.record('User', { Username: username });

  /** The user as the committed definition describes it, on the profile it names: a user the org already has. */
  const committedUser = async (integration: string, overrides: Record<string, unknown> = {}) => {
    const { profileName, generatePassword, ...definition } = JSON.parse(await readFile(join(project.dir, `config/integration-users/${integration}.user-def.json`), 'utf8')) as Record<string, unknown>;
    expect(generatePassword).to.equal(false);
    return { ...definition, ...overrides, Profile: { Name: profileName as string } };
  };

  beforeEach(async () => {
    project = await theExampleProject();
  });

  afterEach(async () => {
    await org?.stop();
    await project.dispose();
  });

  it('provisions an empty org: access first, then the users and their licence, then the apps that name them, then the groups', async () => {
    await start();

    const result = await deploy({ environment: 'prod' });

    expect(result.status, JSON.stringify(result, null, 1)).to.equal('Succeeded');
    expect(deployExitCode(result)).to.equal(0);
    expect(result.metadata.map(({ phase }) => phase)).to.deep.equal(['access', 'runAsUser']);
    expect(changesOf(result, ERP)).to.deep.equal([
      '+ user svc.erp-sync@acme.example [done]',
      '+ licence SalesforceAPIIntegrationPsl [done]',
      `+ group ${ERP} [done]`,
    ]);
    const user = userNamed('svc.erp-sync@acme.example');
    expect(user).to.include({ LastName: 'ERP Order Sync', IsActive: true });
    expect(org.record('Profile', { Id: String(user.ProfileId) }).Name).to.equal('Minimum Access - API Only Integrations');
    expect(org.records('PermissionSetLicenseAssign', { AssigneeId: String(user.Id) })).to.have.length(1);
    expect(org.records('PermissionSetAssignment', { AssigneeId: String(user.Id) }).filter(({ PermissionSetGroupId }) => PermissionSetGroupId)).to.have.length(1);
  });

  it('succeeds where a plain deploy of the same files is refused: the apps\' run-as users come before the apps that name them', async () => {
    await start();
    const plain = ComponentSet.fromSource(join(project.dir, 'force-app'));
    plain.sourceApiVersion = '66.0';
    const refused = await (await plain.deploy({ usernameOrConnection: connection })).pollStatus({ frequency: Duration.milliseconds(20), timeout: Duration.minutes(1) });

    const result = await deploy({ environment: 'prod' });

    expect(refused.response.status).to.equal('Failed');
    expect(refused.getFileResponses().filter(({ state }) => String(state) === 'Failed').map((response) => ('error' in response ? response.error : ''))).to.include(CLIENT_CREDENTIALS_USER_INVALID);
    expect(result.status).to.equal('Succeeded');
  });

  it('changes nothing the second time, and says so', async () => {
    await start();
    await deploy({ environment: 'prod' });
    org.requestLog.clear();

    const second = await deploy({ environment: 'prod' });

    expect(second).to.include({ status: 'Succeeded', changed: false });
    expect(second.integrations.every(({ changes }) => changes.length === 0)).to.equal(true);
    expect(second.metadata.flatMap(({ components }) => components).every(({ state }) => state === 'Unchanged')).to.equal(true);
    expect(Object.keys(org.requestLog.countByKind()).filter((kind) => kind.startsWith('collections') || kind === 'create' || kind === 'update')).to.deep.equal([]);
  });

  it('finds the copy a sandbox made of the user, and names it in the app that runs as it', async () => {
    const copied = await committedUser(ERP);
    await start({ ...ACME_ORG_WITHOUT_USERS, sandbox: 'qa', records: { ...ACME_ORG_WITHOUT_USERS.records, User: [copied] } });

    const result = await deploy({ integrations: [ERP] });

    expect(result.status, JSON.stringify(result.integrations)).to.equal('Succeeded');
    expect(result.integrations[0]!.username).to.equal('svc.erp-sync@acme.example.qa');
    expect(changesOf(result, ERP)).to.deep.equal(['+ licence SalesforceAPIIntegrationPsl [done]', `+ group ${ERP} [done]`]);
    expect(org.records('User', { LastName: 'ERP Order Sync' })).to.have.length(1);
    const policies = org.deploys.at(-1)!.components.find(({ type }) => type === 'ExtlClntAppOauthConfigurablePolicies')!;
    expect(policies.content).to.contain('<clientCredentialsFlowUser>svc.erp-sync@acme.example.qa</clientCredentialsFlowUser>');
  });

  it('finds the API-only profile through its licence in an org administered in French', async () => {
    await start({ ...ACME_ORG_WITHOUT_USERS, language: 'fr' });

    const result = await deploy({ integrations: [ERP], environment: 'prod' });

    expect(result.status).to.equal('Succeeded');
    const user = userNamed('svc.erp-sync@acme.example');
    expect(org.record('Profile', { Id: String(user.ProfileId) }).Name).to.equal('Accès minimal - Intégrations API uniquement');
  });

  it('refuses before changing anything when the licences have no free seat, giving used/total', async () => {
    await start();
    org.exhaustLicence('Salesforce Integration');

    const error = await rejectionOf(deploy({ environment: 'prod' }));

    expect(error.name).to.equal('LicenceLimitError');
    expect(error.message).to.match(/No free Salesforce Integration licence for 4 user\(s\): (\d+) of \1 used/);
    expect(org.deploys).to.deep.equal([]);
  });

  it('refuses before changing anything when the deploying user may not create users, naming the permission', async () => {
    await start({ ...ACME_ORG_WITHOUT_USERS, runningUserPermissions: { ManageUsers: false, ManageInternalUsers: false } });

    const error = await rejectionOf(deploy({ environment: 'prod' }));

    expect(error.name).to.equal('MissingPermissionError');
    expect(error.message).to.contain('lacks the permission ManageInternalUsers');
    expect(org.deploys).to.deep.equal([]);
  });

  it('reports a group Salesforce failed to recalculate, naming it, after what came before', async () => {
    await start({ ...ACME_ORG_WITHOUT_USERS, groupRecalculation: { [ERP]: 'fails' } });

    const result = await deploy({ integrations: [ERP], environment: 'prod' });

    expect(result.status).to.equal('PartlySucceeded');
    expect(deployExitCode(result)).to.equal(68);
    const group = result.integrations[0]!.changes.find(({ target }) => target === 'group')!;
    expect(group).to.include({ outcome: 'failed' });
    expect(group.problem).to.contain(`permission set group ${ERP} (status Failed)`);
    expect(result.nextCommand).to.contain('sf intuser deploy --target-org');
  });

  it('exits 69 with the command that finishes the job when a group is still recalculating at the end of --wait', async () => {
    await start({ ...ACME_ORG_WITHOUT_USERS, groupRecalculation: { [ERP]: 'stuck' } });

    const result = await deploy({ integrations: [ERP], environment: 'prod' }, 4000);

    expect(result.status).to.equal('InProgress');
    expect(deployExitCode(result)).to.equal(69);
    expect(changesOf(result, ERP)).to.include(`+ group ${ERP} [waiting]`);
    expect(result.nextCommand).to.equal(`sf intuser deploy --target-org ${org.username} --env prod --integration ${ERP}`);
  });

  it('updates the fields that differ, reactivates the user, and keeps what its manifest does not declare unless told to prune', async () => {
    await start();
    org.insert('User', await committedUser(ERP, { Email: 'old@acme.example', IsActive: false }));
    org.insert('PermissionSet', { Name: 'Hand_Made', Label: 'Hand made' });
    const user = userNamed('svc.erp-sync@acme.example');
    org.insert('PermissionSetAssignment', { AssigneeId: String(user.Id), PermissionSet: { Name: 'Hand_Made' } });

    const kept = await deploy({ integrations: [ERP], environment: 'prod' });
    const pruned = await deploy({ integrations: [ERP], environment: 'prod', prune: true });

    expect(changesOf(kept, ERP)).to.deep.equal([
      '~ user.Email svc.erp-sync@acme.example [done]',
      '~ user.IsActive svc.erp-sync@acme.example [done]',
      '+ licence SalesforceAPIIntegrationPsl [done]',
      `+ group ${ERP} [done]`,
      '- permissionSet Hand_Made [kept]',
    ]);
    expect(changesOf(pruned, ERP)).to.deep.equal(['- permissionSet Hand_Made [done]']);
    expect(userNamed('svc.erp-sync@acme.example')).to.include({ Email: 'integrations@acme.example', IsActive: true });
    expect(org.records('PermissionSet', { Name: 'Hand_Made' })).to.have.length(1);
    expect(org.records('PermissionSetAssignment', { AssigneeId: String(user.Id) }).map(({ PermissionSetId }) => String(PermissionSetId))).not.to.include(String(org.record('PermissionSet', { Name: 'Hand_Made' }).Id));
  });

  it('shows every phase\'s plan on a dry run, validated in the org, and changes nothing', async () => {
    await start();

    const result = await deploy({ environment: 'prod', dryRun: true });

    expect(result.status).to.equal('Planned');
    expect(result.metadata.map(({ phase, checkOnly }) => `${phase}:${checkOnly}`)).to.deep.equal(['access:true']);
    expect(result.metadata[0]!.components.filter(({ state }) => state === 'Created')).to.have.length.greaterThan(10);
    expect(changesOf(result, ERP)).to.deep.equal(['+ user svc.erp-sync@acme.example [planned]', '+ licence SalesforceAPIIntegrationPsl [planned]', `+ group ${ERP} [planned]`]);
    expect(result.changed).to.equal(false);
    expect(org.records('User', { Username: 'svc.erp-sync@acme.example' })).to.deep.equal([]);
    expect(org.savedComponents.filter(({ type }) => type === 'PermissionSet')).to.deep.equal([]);
  });

  it('reports a username another org has taken, after the access it could deploy', async () => {
    await start({ ...ACME_ORG_WITHOUT_USERS, usernamesTakenElsewhere: ['svc.erp-sync@acme.example'] });

    const result = await deploy({ integrations: [ERP], environment: 'prod' });

    expect(result.status).to.equal('PartlySucceeded');
    const user = result.integrations[0]!.changes[0]!;
    expect(user).to.include({ sign: '+', target: 'user', outcome: 'failed' });
    expect(user.problem).to.match(/^DUPLICATE_USERNAME/);
    expect(result.metadata.map(({ phase }) => phase)).to.deep.equal(['access']);
  });
});
