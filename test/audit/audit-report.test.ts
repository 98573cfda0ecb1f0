import { expect } from 'chai';
import { auditReport, type AuditInput } from '../../src/audit/audit-report.js';
import { auditedComponentOf, componentDrift, type ComponentDrift } from '../../src/audit/drift/component-drift.js';
import type { Manifest } from '../../src/manifest/manifest.js';
import { DEFAULT_LAYOUT } from '../../src/project/output-layout.js';
import { anEstate } from '../builders/estate-builder.js';
import { aManifest, aPermissionSet, toYaml } from '../builders/manifest-builder.js';
import { anOrgLogin, anOrgUser } from '../builders/org-state-builder.js';
import { METADATA_DIR } from '../builders/project-builder.js';

const NOW = new Date('2026-11-30T12:00:00Z');
const MANIFEST = aManifest({
  permissionSets: [aPermissionSet({ objects: { Order: { access: ['read', 'edit'] } } })],
  app: { scopes: ['api'], ipRanges: [{ start: '203.0.113.10', end: '203.0.113.20' }] },
});
const PERMISSION_SET = `${METADATA_DIR}/permissionsets/ERP_Order_Sync_Orders.permissionset-meta.xml`;

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
/** The access list of the manifest's Order, which starts on the line after its key. */
const ACCESS_LINE = lineOf(toYaml(MANIFEST), 'access:') + 1;

/** The estate's drift with the permission set edited in the org by `edit`, every other component as generated. */
const inputFor = (manifest: Manifest, edit: (xml: string) => string = (xml) => xml, overrides: Partial<AuditInput> = {}): AuditInput => {
  const estate = anEstate({ 'erp.yaml': manifest });
  const drifts = estate.files.flatMap((file): ComponentDrift[] => {
    const component = auditedComponentOf({ path: file.path, source: file.path, integration: file.integration });
    return component ? [componentDrift(component, file.content, file.path === PERMISSION_SET ? edit(file.content) : file.content)] : [];
  });
  return {
    estate: { ...estate, layout: { ...DEFAULT_LAYOUT, metadataDir: METADATA_DIR } },
    audited: ['ERP_Order_Sync'],
    environment: undefined,
    drifts,
    isSandbox: false,
    users: [anOrgUser()],
    logins: [anOrgLogin(NOW, 1)],
    licences: { userLicense: { name: 'Salesforce Integration', label: 'Salesforce Integration', total: 5, used: 1 }, permissionSetLicense: null },
    targetOrg: 'ci@acme.example',
    orgId: '00D000000000001EAA',
    now: NOW,
    days: 30,
    staleDays: 90,
    failOn: 'error',
    pluginVersion: '1.2.3',
    rules: {},
    queries: ['SELECT Id FROM User'],
    ...overrides,
  };
};

const modifyAll = (xml: string): string =>
  xml.replace(/<objectPermissions>(?:(?!<\/objectPermissions>)[\s\S])*<object>Order<\/object>[\s\S]*?<\/objectPermissions>/, (entry) =>
    entry.replace('<modifyAllRecords>false<', '<modifyAllRecords>true<').replace('<allowDelete>false<', '<allowDelete>true<').replace('<viewAllRecords>false<', '<viewAllRecords>true<')
  );

describe('audit: the report', () => {
  it('passes an org that matches, and says what it read', () => {
    const result = auditReport(inputFor(MANIFEST));

    expect(result).to.deep.include({ passed: true, orgId: '00D000000000001EAA', auditedAt: NOW.toISOString(), pluginVersion: '1.2.3', queries: ['SELECT Id FROM User'] });
    expect(result.summary).to.deep.equal({ errors: 0, warnings: 0, integrations: 1, undeclaredUsers: 0, driftedComponents: 0, missingComponents: 0 });
    expect(result.integrations[0]!.components.every(({ state }) => state === 'matches')).to.equal(true);
  });

  it('grades Modify All added in Setup as object-modify-all’s error, at the access line of its manifest', () => {
    const result = auditReport(inputFor(MANIFEST, modifyAll));

    const [finding, ...others] = result.findings;
    expect(others).to.deep.equal([]);
    expect(finding).to.deep.include({
      rule: 'drift-widened',
      severity: 'error',
      integration: 'ERP_Order_Sync',
      file: 'integrations/erp.yaml',
      line: ACCESS_LINE,
      path: 'permissionSets[0].objects.Order.access',
      subject: 'PermissionSet ERP_Order_Sync_Orders',
      expected: 'not granted',
      actual: 'granted',
    });
    expect(finding!.grade).to.include({ rule: 'object-modify-all', severity: 'error' });
    expect(finding!.fix).to.contain('sf intuser deploy --target-org ci@acme.example --integration ERP_Order_Sync');
    expect(result.passed).to.equal(false);
  });

  it('grades at the severity the project configures, and leaves the grade out where the project turns the rule off', () => {
    const warning = auditReport(inputFor(MANIFEST, modifyAll, { rules: { 'object-modify-all': 'warning' } })).findings[0]!;
    const off = auditReport(inputFor(MANIFEST, modifyAll, { rules: { 'object-modify-all': 'off' } })).findings[0]!;

    expect(warning.grade?.severity).to.equal('warning');
    expect(warning.severity).to.equal('error');
    expect(off.grade).to.equal(undefined);
  });

  it('fails on warnings only when --fail-on warning', () => {
    const narrowed = (xml: string): string => xml.replace('<allowEdit>true<', '<allowEdit>false<');

    expect(auditReport(inputFor(MANIFEST, narrowed)).passed).to.equal(true);
    expect(auditReport(inputFor(MANIFEST, narrowed, { failOn: 'warning' })).passed).to.equal(false);
  });

  it('places the integration users nobody declared at the top of sfdx-project.json, after every integration’s findings', () => {
    const stranger = anOrgUser({ id: '005000000000009AAA', username: 'svc.shadow@acme.example', assignments: [{ kind: 'permissionSet', name: 'Shadow_Access', grantsTwoFactorApi: false }], permissionSetLicenses: [] });
    const result = auditReport(inputFor(MANIFEST, modifyAll, { users: [anOrgUser(), stranger] }));

    expect(result.findings.map(({ rule, file, line }) => `${rule} ${file}:${line}`)).to.deep.equal([
      `drift-widened integrations/erp.yaml:${ACCESS_LINE}`,
      'undeclared-integration-user sfdx-project.json:1',
    ]);
    expect(result.findings[1]!.actual).to.equal('on Salesforce Integration, profile Minimum Access - API Only Integrations, holds Shadow_Access');
    expect(result.undeclaredUsers.map(({ username }) => username)).to.deep.equal(['svc.shadow@acme.example']);
  });

  it('does not call a user another manifest declares, in another environment, undeclared', () => {
    const other = aManifest({ name: 'Boomi_Case_Sync', user: { username: 'svc.boomi@acme.example' }, environments: { uat: { user: { username: 'svc.boomi@acme.example.uat' } } } });
    const estate = anEstate({ 'erp.yaml': MANIFEST, 'boomi.yaml': other });
    const input = inputFor(MANIFEST, undefined, { users: [anOrgUser(), anOrgUser({ id: '005000000000002AAA', username: 'SVC.Boomi@acme.example.uat' })] });

    const result = auditReport({ ...input, estate: { ...estate, layout: input.estate.layout } });

    expect(result.undeclaredUsers).to.deep.equal([]);
  });

  it('in a sandbox, finds a manifest’s user as its copy <username>.<sandbox>, which is then no undeclared user', () => {
    const copy = anOrgUser({ username: 'svc.erp-sync@acme.example.uat' });

    const sandbox = auditReport(inputFor(MANIFEST, undefined, { users: [copy], isSandbox: true }));
    const production = auditReport(inputFor(MANIFEST, undefined, { users: [copy], isSandbox: false }));

    expect(sandbox.findings).to.deep.equal([]);
    expect(sandbox.integrations[0]!.user).to.deep.include({ username: 'svc.erp-sync@acme.example.uat', exists: true });
    expect(production.findings.map(({ rule, subject }) => `${rule} ${subject}`)).to.deep.equal([
      'user-missing svc.erp-sync@acme.example',
      'undeclared-integration-user svc.erp-sync@acme.example.uat',
    ]);
  });

  it('reports a component the org lacks at where the manifest declares it', () => {
    const input = inputFor(MANIFEST);
    const drifts = input.drifts.map((drift) => (drift.type === 'PermissionSet' ? { ...drift, state: 'missing' as const, differences: [] } : drift));

    const result = auditReport({ ...input, drifts });

    expect(result.findings.map(({ rule, path, message }) => `${rule} ${path}: ${message}`)).to.deep.equal([
      'drift-missing-component permissionSets[0]: PermissionSet ERP_Order_Sync_Orders is not in the org.',
    ]);
    expect(result.summary.missingComponents).to.equal(1);
  });
});
