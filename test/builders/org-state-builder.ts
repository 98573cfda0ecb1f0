import type { UserAccess } from '../../src/audit/user-access.js';
import type { OrgLogin } from '../../src/org/login-history.js';

/** An integration user as the audit reads it from an org: active, API-only, licensed, holding its group and nothing else. */
export const anOrgUser = (overrides: Partial<UserAccess> = {}): UserAccess => ({
  id: '005000000000001AAA',
  username: 'svc.erp-sync@acme.example',
  name: 'ERP Order Sync',
  isActive: true,
  isFrozen: false,
  profile: 'Minimum Access - API Only Integrations',
  userLicense: 'Salesforce Integration',
  lastLoginDate: null,
  assignments: [
    { kind: 'profile', name: 'Minimum Access - API Only Integrations', grantsTwoFactorApi: false },
    { kind: 'group', name: 'ERP_Order_Sync', grantsTwoFactorApi: false },
  ],
  permissionSetLicenses: ['SalesforceAPIIntegrationPsl'],
  ...overrides,
});

/** A successful client-credentials login from inside the example's MuleSoft range, `daysAgo` days before `now`. */
export const anOrgLogin = (now: Date, daysAgo: number, overrides: Partial<OrgLogin> = {}): OrgLogin => ({
  userId: '005000000000001AAA',
  time: new Date(now.getTime() - daysAgo * 86_400_000).toISOString(),
  loginType: 'Remote Access 2.0',
  subType: 'OAuth Client Credentials',
  status: 'Success',
  sourceIp: '203.0.113.12',
  application: 'ERP_Order_Sync',
  ...overrides,
});
