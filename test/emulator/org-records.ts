/**
 * The records AuthInfo reads when it logs in with an access token: the OAuth userinfo, the User, and the
 * Organization (which decides whether core treats the org as a sandbox or a scratch org).
 */
export type OrgIdentity = { orgId: string; userId: string; username: string; instanceUrl: string; apiVersion: string };

export const USER_NAME = 'Emulated Admin';

export const userInfo = (org: OrgIdentity): Record<string, unknown> => ({
  sub: `${org.instanceUrl}/id/${org.orgId}/${org.userId}`,
  user_id: org.userId,
  organization_id: org.orgId,
  preferred_username: org.username,
  nickname: 'admin',
  name: USER_NAME,
  email: org.username,
  email_verified: true,
  given_name: 'Emulated',
  family_name: 'Admin',
  zoneinfo: 'Europe/London',
  user_type: 'STANDARD',
  language: 'en_US',
  locale: 'en_US',
  active: true,
});

const attributes = (org: OrgIdentity, type: string, id: string): { type: string; url: string } => ({ type, url: `/services/data/v${org.apiVersion}/sobjects/${type}/${id}` });

export const userRecord = (org: OrgIdentity): Record<string, unknown> => ({
  attributes: attributes(org, 'User', org.userId),
  Id: org.userId,
  Username: org.username,
  Name: USER_NAME,
  FirstName: 'Emulated',
  LastName: 'Admin',
  Email: org.username,
  IsActive: true,
  UserType: 'Standard',
});

/** A production org (IsSandbox false, no trial expiry), Enterprise Edition, no namespace. */
export const organizationRecord = (org: OrgIdentity): Record<string, unknown> => ({
  attributes: attributes(org, 'Organization', org.orgId),
  Id: org.orgId,
  Name: 'Emulated Org',
  InstanceName: 'EMU1',
  IsSandbox: false,
  TrialExpirationDate: null,
  NamespacePrefix: null,
  OrganizationType: 'Enterprise Edition',
});
