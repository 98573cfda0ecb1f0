import { expect } from 'chai';
import type { AuditResult } from '../../src/audit/audit-result.js';
import { humanReport } from '../../src/audit/human-report.js';
import { reviewPack } from '../../src/audit/review-pack.js';
import { toAuditSarif } from '../../src/audit/sarif.js';
import { AUDIT_RULE_IDS } from '../../src/audit/audit-rules.js';
import { anAuditedOrg, type AuditedOrg } from '../builders/audited-org.js';
import { aLogin, recordLogins, LOGIN_STATUS } from '../builders/login-history-builder.js';
import { anIntegrationUser } from '../builders/org-user-builder.js';
import { isolateSalesforceState } from '../emulator/org-emulator.js';
import { validateSarif } from '../support/sarif-schema.js';

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

/** One audit of an org with drift, a failed login and an undeclared user, rendered every way. */
describe('audit: the reports (SARIF, the Markdown review, the human report)', () => {
  isolateSalesforceState();
  let audited: AuditedOrg;
  let result: AuditResult;
  /** Values the org generated and must never leave it: consumer keys, the OAuth link, the org-scoped name. */
  let orgSecrets: string[];

  before(async () => {
    audited = await anAuditedOrg();
    const { org } = audited;
    org.configure({ consumerSecretsInMetadataApi: true });
    org.setup.edit('PermissionSet', 'ERP_Order_Sync_Orders', { objectPermissions: [{ object: 'Order', modifyAllRecords: true, viewAllRecords: true }] });
    org.insert('User', { ...anIntegrationUser({ Username: 'svc.shadow@acme.example', Alias: 'shadow' }), Profile: { Name: 'Minimum Access - API Only Integrations' } });
    recordLogins(org, [aLogin({ username: 'svc.erp-sync@acme.example.uat', at: new Date(), status: LOGIN_STATUS.invalidPassword, sourceIp: '198.51.100.11' })]);
    const values = (type: string, name: string, elements: string[]): string[] =>
      elements.flatMap((element) => [...(org.setup.read(type, name) ?? '').matchAll(new RegExp(`<${element}>([^<]+)<`, 'g'))].map(([, value]) => value!));
    orgSecrets = [
      ...values('ExtlClntAppGlobalOauthSettings', 'ERP_Order_Sync_glbloauth', ['consumerKey', 'consumerSecret']),
      ...values('ExtlClntAppOauthSettings', 'ERP_Order_Sync_oauth', ['oauthLink']),
      ...values('ExternalClientApplication', 'ERP_Order_Sync', ['orgScopedExternalApp']),
      ...values('ConnectedApp', 'Boomi_Case_Sync', ['consumerKey']),
    ];
    result = await audited.audit({ pluginVersion: '0.1.0' });
  });
  after(() => audited.dispose());

  it('writes SARIF that the 2.1.0 schema accepts, each finding on the manifest line it concerns', async () => {
    const log = toAuditSarif(result, '0.1.0');
    const manifest = await audited.project.read('integrations/erp-order-sync.yaml');

    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).to.equal(true);
    const run = log.runs[0]!;
    expect(run.tool.driver.rules.map(({ id }) => id)).to.deep.equal(AUDIT_RULE_IDS);
    const widened = run.results.find(({ ruleId }) => ruleId === 'drift-widened')!;
    expect(widened.locations[0]!.physicalLocation).to.deep.equal({ artifactLocation: { uri: 'integrations/erp-order-sync.yaml' }, region: { startLine: lineOf(manifest, 'access: [read, create, edit, delete]'), startColumn: 17 } });
    expect(widened.message.text).to.contain('Risk (object-modify-all, error)');
    expect(widened.properties).to.deep.include({ expected: 'not granted', actual: 'granted', grade: 'object-modify-all' });
    expect(run.results.find(({ ruleId }) => ruleId === 'undeclared-integration-user')!.locations[0]!.physicalLocation.artifactLocation.uri).to.equal('sfdx-project.json');
  });

  it('writes the quarterly review: how it was made, the whole population, each one’s owner, purpose, grants with justifications, state, last login and drift', () => {
    const review = reviewPack(result);
    const erp = result.integrations.find(({ name }) => name === 'ERP_Order_Sync')!;

    expect(review).to.contain(`| Org Id | \`${audited.org.orgId}\` |`);
    expect(review).to.contain(`| Extracted at | ${result.auditedAt} (UTC) |`);
    expect(review).to.contain('plugin-intuser 0.1.0');
    for (const query of result.queries) expect(review).to.contain(query);
    expect(review).to.contain('SELECT UserId, LoginTime, LoginType, LoginSubType, Status, SourceIp, Application FROM LoginHistory');
    expect(review).to.contain(`| \`svc.erp-sync@acme.example.uat\` | ERP_Order_Sync | integrations@acme.example | Orders from NetSuite through MuleSoft | active | Minimum Access - API Only Integrations (Salesforce Integration) | ${erp.user.lastSuccessfulLogin ?? ''} | 1 component(s) changed |`);
    expect(review).to.contain('| `svc.shadow@acme.example` | **none: undeclared** |');
    expect(review).to.contain('| `Order.delete` | Cancelled orders are purged by the ERP |');
    expect(review).to.contain('| `Order` | Read, Create, Edit, Delete |');
    expect(review).to.contain('failures: Invalid Password (1)');
    expect(review).to.match(/\| error \| `drift-widened` \| integrations\/erp-order-sync\.yaml:\d+ \|/);
  });

  it('shows each integration’s user and logins, its findings with both values, risk and fix, and says when there is nothing to report', () => {
    const lines = humanReport(result);

    const warehouse = result.integrations.find(({ name }) => name === 'Warehouse_Loader')!;
    expect(lines).to.include(
      `Warehouse_Loader (integrations/warehouse-loader.yml): user svc.warehouse@acme.example, last successful login ${warehouse.user.lastSuccessfulLogin ?? 'never'}, 30 login attempt(s) in 30 days; 7 of 7 component(s) as generated.`
    );
    expect(lines).to.include('    Nothing to report.');
    expect(lines).to.include('    Manifests: not granted. Org: granted.');
    expect(lines.some((line) => line.startsWith('    Risk (object-modify-all, error): Modify All ignores sharing'))).to.equal(true);
    expect(lines).to.include('Integration users no manifest declares (1):');
    const { integrationUsers, apiIntegrationPermissionSets } = result.licences;
    expect(lines.at(-1)).to.equal(`Licences: Salesforce Integration ${integrationUsers!.used} of 5 used; Salesforce API Integration ${apiIntegrationPermissionSets!.used} of 5 used.`);
  });

  it('never carries a consumer key or secret, an OAuth link or an org-scoped name, in any output', () => {
    expect(orgSecrets).to.have.length.greaterThan(4);
    const outputs = [JSON.stringify(result), JSON.stringify(toAuditSarif(result)), reviewPack(result), humanReport(result).join('\n')];

    for (const secret of orgSecrets) for (const output of outputs) expect(output).to.not.contain(secret);
  });
});
