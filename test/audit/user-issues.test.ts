import { expect } from 'chai';
import { fixCommands } from '../../src/audit/fix-commands.js';
import { manifestPlaces } from '../../src/audit/manifest-places.js';
import { userIssues } from '../../src/audit/user-issues.js';
import { anIntegration } from '../builders/estate-builder.js';
import { aManifest } from '../builders/manifest-builder.js';
import { anOrgUser } from '../builders/org-state-builder.js';
import type { UserAccess } from '../../src/audit/user-access.js';

const MANIFEST = aManifest();
const places = manifestPlaces(anIntegration(MANIFEST), MANIFEST, undefined);
const fixes = fixCommands('ci@acme.example', 'uat');
const issuesOf = (user: UserAccess | undefined) => userIssues('ERP_Order_Sync', 'svc.erp-sync@acme.example', user, places, fixes);
const rules = (user: UserAccess | undefined): string[] => issuesOf(user).map(({ rule }) => rule);

describe('audit: the integration user', () => {
  it('finds nothing wrong with an active, API-only, licensed user holding its group and nothing else', () => {
    expect(issuesOf(anOrgUser())).to.deep.equal([]);
  });

  it('reports a missing user once, with the deploy that creates it', () => {
    const [issue, ...others] = issuesOf(undefined);

    expect(others).to.deep.equal([]);
    expect(issue).to.include({ rule: 'user-missing', subject: 'svc.erp-sync@acme.example', expected: 'an active user', actual: 'absent' });
    expect(issue!.fix).to.contain('sf intuser deploy --target-org ci@acme.example --env uat --integration ERP_Order_Sync');
    expect(issue!.at.path).to.deep.equal(['user', 'username']);
  });

  it('reports an inactive and a frozen user', () => {
    expect(rules(anOrgUser({ isActive: false }))).to.deep.equal(['user-inactive']);
    expect(rules(anOrgUser({ isFrozen: true }))).to.deep.equal(['user-frozen']);
  });

  it('judges the profile by its licence, whatever language the org names it in', () => {
    const french = anOrgUser({ profile: 'Accès minimum - Intégrations API uniquement' });
    const standard = issuesOf(anOrgUser({ profile: 'Standard User', userLicense: 'Salesforce' }));

    expect(rules(french)).to.deep.equal([]);
    expect(standard.map(({ rule }) => rule)).to.deep.equal(['user-profile']);
    expect(standard[0]).to.include({ expected: 'Minimum Access - API Only Integrations (Salesforce Integration licence)', actual: 'Standard User (Salesforce licence)' });
  });

  it('reports the permission set licence and the group when missing', () => {
    const user = anOrgUser({ permissionSetLicenses: [], assignments: [] });

    expect(rules(user)).to.deep.equal(['user-permission-set-license', 'user-group-missing']);
  });

  it('reports each permission set, other group and other licence as undeclared access, with the pruning deploy', () => {
    const user = anOrgUser({
      assignments: [...anOrgUser().assignments, { kind: 'permissionSet', name: 'Admin_Extras', grantsTwoFactorApi: false }, { kind: 'group', name: 'Sales_Ops', grantsTwoFactorApi: false }],
      permissionSetLicenses: ['SalesforceAPIIntegrationPsl', 'SalesConsoleUser'],
    });

    const issues = issuesOf(user);

    expect(issues.map(({ rule, actual }) => `${rule}: ${actual}`)).to.deep.equal([
      'undeclared-assignment: permission set Admin_Extras',
      'undeclared-assignment: permission set group Sales_Ops',
      'undeclared-assignment: permission set licence SalesConsoleUser',
    ]);
    expect(issues[0]!.fix).to.contain('sf intuser deploy --target-org ci@acme.example --env uat --integration ERP_Order_Sync --prune');
  });

  it('reports MFA for API logins through whatever gives it: the profile, a permission set, the group', () => {
    const user = anOrgUser({
      assignments: [
        { kind: 'profile', name: 'Minimum Access - API Only Integrations', grantsTwoFactorApi: true },
        { kind: 'group', name: 'ERP_Order_Sync', grantsTwoFactorApi: true },
      ],
    });

    expect(issuesOf(user).map(({ rule, actual }) => `${rule}: ${actual}`)).to.deep.equal([
      'user-mfa-api-logins: its profile Minimum Access - API Only Integrations',
      'user-mfa-api-logins: the permission set group ERP_Order_Sync',
    ]);
  });

  it('places findings at the environment’s username where the manifest overrides it', () => {
    const manifest = aManifest({ environments: { uat: { user: { username: 'svc.erp-sync@acme.example.uat' } } } });
    const uat = manifestPlaces(anIntegration(manifest), manifest, 'uat');

    expect(uat.username.path).to.deep.equal(['environments', 'uat', 'user', 'username']);
    expect(manifestPlaces(anIntegration(manifest), manifest, undefined).username.path).to.deep.equal(['user', 'username']);
  });
});
