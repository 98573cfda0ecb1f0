import { expect } from 'chai';
import type { AuditFinding, AuditResult } from '../../src/audit/audit-result.js';
import type { AuditOptions } from '../../src/audit/run-audit.js';
import { anAuditedOrg, provisionUser, type AuditedOrg } from '../builders/audited-org.js';
import { aLogin, recordLogins, LOGIN_STATUS } from '../builders/login-history-builder.js';
import { anIntegrationUser } from '../builders/org-user-builder.js';
import { isolateSalesforceState } from '../emulator/org-emulator.js';
import { permissionSetXml } from '../emulator/metadata-source.js';

const ERP_USER = 'svc.erp-sync@acme.example.uat';
const DAY = 86_400_000;

/** Each finding as `rule integration: message`, the quickest read of what an audit says. */
const said = (findings: readonly AuditFinding[]): string[] => findings.map(({ rule, integration, message }) => `${rule} ${integration ?? '-'}: ${message}`);

/** The cases of issue 11, each against the example project deployed to the emulated org in its uat variant. */
describe('audit: an org changed behind the manifests’ back (over real HTTP)', () => {
  isolateSalesforceState();
  let audited: AuditedOrg;

  const audit = (options: Partial<AuditOptions> = {}): Promise<AuditResult> => audited.audit(options);

  beforeEach(async () => {
    audited = await anAuditedOrg();
  });
  afterEach(() => audited.dispose());

  it('finds no drift in what was deployed: the group’s status, the app’s org-scoped name, OAuth link and consumer keys are the platform’s', async () => {
    const { org } = audited;

    const result = await audit();

    expect(said(result.findings)).to.deep.equal([]);
    expect(result.passed).to.equal(true);
    expect(org.setup.read('PermissionSetGroup', 'ERP_Order_Sync')).to.match(/<status>Updated<\/status>/);
    expect(org.setup.read('ExternalClientApplication', 'ERP_Order_Sync')).to.contain('<orgScopedExternalApp>');
  });

  it('retrieves only the integrations’ own components, never the global OAuth settings, and writes nothing', async () => {
    const before = await audited.project.snapshot();
    const deploysRetrieves = audited.org.retrieves.length;

    await audit();

    const retrieves = audited.org.retrieves.slice(deploysRetrieves);
    const types = retrieves.flatMap(({ request }) => request.manifest.types.map(({ name }) => name));
    expect(retrieves).to.have.length(1);
    expect(types).to.include.members(['PermissionSet', 'PermissionSetGroup', 'MutingPermissionSet', 'ExternalClientApplication', 'ExtlClntAppOauthConfigurablePolicies', 'ConnectedApp']);
    expect(types).to.not.include('ExtlClntAppGlobalOauthSettings');
    expect(retrieves.flatMap(({ request }) => request.manifest.types.flatMap(({ members }) => members))).to.not.include('*');
    expect(await audited.project.snapshot()).to.deep.equal(before);
  });

  it('reports Modify All added in Setup as a widening, graded as validate’s object-modify-all error', async () => {
    audited.org.setup.edit('PermissionSet', 'ERP_Order_Sync_Orders', { objectPermissions: [{ object: 'Order', modifyAllRecords: true, viewAllRecords: true }] });

    const result = await audit();

    expect(said(result.findings)).to.deep.equal(['drift-widened ERP_Order_Sync: PermissionSet ERP_Order_Sync_Orders: Modify All on Order is granted in the org, not granted in the manifests.']);
    expect(result.findings[0]).to.deep.include({ severity: 'error', file: 'integrations/erp-order-sync.yaml', path: 'permissionSets[0].objects.Order.access', grade: result.findings[0]!.grade });
    expect(result.findings[0]!.grade).to.include({ rule: 'object-modify-all', severity: 'error' });
    expect(result.findings[0]!.fix).to.contain(`sf intuser deploy --target-org ${audited.username} --env uat --integration ERP_Order_Sync`);
    expect(result.passed).to.equal(false);
  });

  it('reports a narrowed permission set as a warning, which passes unless --fail-on warning', async () => {
    audited.org.setup.edit('PermissionSet', 'ERP_Order_Sync_Orders', { fieldPermissions: [{ field: 'Order.External_Id__c', editable: false }] });

    const result = await audit();
    const strict = await audit({ failOn: 'warning' });

    expect(said(result.findings)).to.deep.equal(['drift-narrowed ERP_Order_Sync: PermissionSet ERP_Order_Sync_Orders: the field Order.External_Id__c is read in the org, edit in the manifests.']);
    expect(result.findings[0]).to.include({ severity: 'warning', path: 'permissionSets[0].objects.Order.fields.External_Id__c' });
    expect([result.passed, strict.passed]).to.deep.equal([true, false]);
  });

  it('reports a component the org lacks', async () => {
    audited.org.setup.remove('MutingPermissionSet', 'ERP_Order_Sync_Muted');

    const result = await audit();

    expect(said(result.findings)).to.include('drift-missing-component ERP_Order_Sync: MutingPermissionSet ERP_Order_Sync_Muted is not in the org.');
    expect(result.integrations.find(({ name }) => name === 'ERP_Order_Sync')!.components.find(({ type }) => type === 'MutingPermissionSet')!.state).to.equal('missing');
  });

  it('reports a permission set added to the group in Setup, graded as an existing permission set nobody judged', async () => {
    audited.org.setup.put('PermissionSet', 'Admin_Extras', permissionSetXml({ label: 'Admin Extras', userPermissions: ['ViewSetup'] }));
    audited.org.setup.edit('PermissionSetGroup', 'ERP_Order_Sync', { permissionSets: ['Admin_Extras', 'ERP_Order_Sync_Accounts', 'ERP_Order_Sync_Orders'] });

    const result = await audit();

    expect(said(result.findings)).to.deep.equal(['drift-widened ERP_Order_Sync: PermissionSetGroup ERP_Order_Sync: the permission set Admin_Extras in the group is a member in the org, not a member in the manifests.']);
    expect(result.findings[0]!.grade?.rule).to.equal('existing-permission-set');
  });

  it('reports an app policy relaxed in Setup, graded by the rule validate applies to committed app files', async () => {
    audited.org.setup.edit('ExtlClntAppOauthConfigurablePolicies', 'ERP_Order_Sync_oauth_defaultPolicy', { ipRelaxationPolicyType: 'Bypass' });
    audited.org.setup.edit('ConnectedApp', 'Boomi_Case_Sync', { oauthConfig: { isAdminApproved: false } });

    const result = await audit();

    expect(result.findings.map(({ rule, subject, grade }) => `${rule} ${subject} ${grade?.rule ?? ''}`)).to.have.members([
      'drift-widened ExtlClntAppOauthConfigurablePolicies ERP_Order_Sync_oauth_defaultPolicy app-ip-relaxation',
      'drift-widened ConnectedApp Boomi_Case_Sync app-self-authorized',
    ]);
    expect(result.findings.find(({ subject }) => subject.startsWith('ExtlClnt'))).to.deep.include({ expected: 'Enforce', actual: 'Bypass', path: 'app' });
  });

  it('reports a permission set assigned to the user in Setup as access the manifest does not declare', async () => {
    audited.org.setup.put('PermissionSet', 'Admin_Extras', permissionSetXml({ label: 'Admin Extras', userPermissions: ['ViewSetup'] }));
    audited.org.insert('PermissionSetAssignment', { Assignee: { Username: ERP_USER }, PermissionSet: { Name: 'Admin_Extras' } });

    const result = await audit();

    expect(said(result.findings)).to.deep.equal([`undeclared-assignment ERP_Order_Sync: The user ${ERP_USER} holds the permission set Admin_Extras, which its manifest does not declare.`]);
    expect(result.findings[0]!.fix).to.contain('--prune');
    expect(result.findings[0]).to.include({ path: 'environments.uat.user.username' });
  });

  it('reports a frozen user, and one moved to another profile', async () => {
    const user = audited.org.record('User', { Username: ERP_USER });
    audited.org.update('UserLogin', { UserId: user.Id as string }, { IsFrozen: true });
    audited.org.update('User', { Username: 'svc.backup@acme.example' }, { ProfileId: audited.org.record('Profile', { Name: 'Standard User' }).Id as string });

    const result = await audit();

    expect(result.findings.map(({ rule, subject }) => `${rule} ${subject}`)).to.have.members([`user-frozen ${ERP_USER}`, 'user-profile svc.backup@acme.example']);
    expect(result.findings.find(({ rule }) => rule === 'user-profile')).to.include({ actual: 'Standard User (Salesforce licence)' });
  });

  it('reports MFA for API logins reaching the user through a permission set', async () => {
    audited.org.setup.put('PermissionSet', 'Security_Baseline', permissionSetXml({ label: 'Security Baseline', userPermissions: ['TwoFactorApi'] }));
    audited.org.insert('PermissionSetAssignment', { Assignee: { Username: ERP_USER }, PermissionSet: { Name: 'Security_Baseline' } });

    const result = await audit();

    expect(result.findings.map(({ rule, actual }) => `${rule}: ${actual}`)).to.have.members(['undeclared-assignment: permission set Security_Baseline', 'user-mfa-api-logins: the permission set Security_Baseline']);
  });

  it('reports an active integration user no manifest declares, with what it holds, whichever integrations are audited', async () => {
    audited.org.insert('User', { ...anIntegrationUser({ Username: 'svc.shadow@acme.example', Alias: 'shadow' }), Profile: { Name: 'Minimum Access - API Only Integrations' } });
    audited.org.insert('User', { ...anIntegrationUser({ Username: 'svc.retired@acme.example', Alias: 'retired', IsActive: false }), Profile: { Name: 'Minimum Access - API Only Integrations' } });
    provisionUser(audited.org, 'svc.shadow@acme.example', 'Data_Backup');

    const result = await audit({ integrations: ['ERP_Order_Sync'] });

    expect(said(result.findings)).to.deep.equal([
      'undeclared-integration-user -: svc.shadow@acme.example is an active integration user that no manifest declares (on Salesforce Integration, profile Minimum Access - API Only Integrations, holds Data_Backup, SalesforceAPIIntegrationPsl).',
    ]);
    expect(result.findings[0]).to.include({ file: 'sfdx-project.json', line: 1, column: 1 });
    expect(result.summary.undeclaredUsers).to.equal(1);
  });

  it('reports failed logins by status, and logins from outside the environment’s IP ranges', async () => {
    recordLogins(audited.org, [
      aLogin({ username: ERP_USER, at: new Date(Date.now() - DAY), status: LOGIN_STATUS.invalidPassword, sourceIp: '198.51.100.11' }),
      aLogin({ username: ERP_USER, at: new Date(Date.now() - 2 * DAY), status: LOGIN_STATUS.restrictedIp, sourceIp: '203.0.113.99' }),
      aLogin({ username: ERP_USER, at: new Date(Date.now() - 3 * DAY), sourceIp: '203.0.113.99' }),
    ]);

    const result = await audit();

    expect(result.findings.map(({ rule, actual }) => `${rule}: ${actual}`)).to.deep.equal(['login-failures: Invalid Password (1), Restricted IP (1)', 'login-outside-ip-ranges: 203.0.113.99 (2)']);
    expect(result.findings[1]).to.include({ path: 'environments.uat.app.ipRanges', expected: 'from 198.51.100.10-198.51.100.12' });
  });

  it('reports the username-password flow and interactive attempts', async () => {
    recordLogins(audited.org, [
      aLogin({ username: ERP_USER, at: new Date(Date.now() - DAY), flow: 'usernamePassword', sourceIp: '198.51.100.11' }),
      aLogin({ username: ERP_USER, at: new Date(Date.now() - DAY), flow: 'ui', status: LOGIN_STATUS.invalidPassword, sourceIp: '198.51.100.11' }),
    ]);

    const result = await audit();

    expect(result.findings.map(({ rule }) => rule)).to.have.members(['login-failures', 'login-username-password', 'login-interactive']);
    expect(result.findings.find(({ rule }) => rule === 'login-username-password')).to.include({ path: 'app.flow', expected: 'the client credentials flow only' });
  });

  it('reports an integration whose last successful login is older than --stale-days', async () => {
    audited.org.insert('User', { ...anIntegrationUser({ Username: 'svc.dormant@acme.example', Alias: 'dormant' }), Profile: { Name: 'Minimum Access - API Only Integrations' } });
    const loginsOf = (username: string) => audited.org.records('LoginHistory', { UserId: audited.org.record('User', { Username: username }).Id as string });
    for (const login of loginsOf('svc.warehouse@acme.example')) audited.org.update('LoginHistory', login.Id as string, { LoginTime: new Date(Date.now() - 120 * DAY).toISOString().replace('Z', '+0000') });

    const result = await audit({ integrations: ['Warehouse_Loader'], environment: undefined, days: 7, staleDays: 60 });

    expect(result.findings.map(({ rule, subject }) => `${rule} ${subject}`)).to.deep.equal(['login-stale svc.warehouse@acme.example', 'undeclared-integration-user svc.dormant@acme.example']);
  });

  it('refuses an integration or an environment the manifests do not declare, before asking the org anything', async () => {
    audited.org.requestLog.clear();

    const unknown = await audit({ integrations: ['ERP_Order_Synk'] }).catch((error: Error) => error);
    const environment = await audit({ environment: 'staging' }).catch((error: Error) => error);

    expect(unknown).to.include({ name: 'UnknownIntegrationError' });
    expect((unknown as Error).message).to.contain('ERP_Order_Sync');
    expect(environment).to.include({ name: 'UnknownEnvironmentError' });
    expect(audited.org.requestLog.count()).to.equal(0);
  });

  it('reads LoginHistory without filtering on Status, which the API refuses, in one query for every user', async () => {
    audited.org.requestLog.clear();

    await audit();

    const queries = audited.org.requestLog.all.filter(({ kind, target }) => kind === 'query' && target === 'LoginHistory');
    expect(queries).to.have.length(1);
    expect(audited.org.requestLog.countByKind()).to.deep.include({ 'metadata:retrieve': 1 });
  });
});
