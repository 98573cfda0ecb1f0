import type { SObjectRecord } from './data/record-store.js';

/** Who and where the org is: what AuthInfo learns when it logs in with an access token. */
export type OrgIdentity = { orgId: string; userId: string; username: string; instanceUrl: string; apiVersion: string };

/** The OAuth userinfo of the user who logged in (the admin), from their User row. */
export const userInfo = (org: OrgIdentity, admin: SObjectRecord): Record<string, unknown> => ({
  sub: `${org.instanceUrl}/id/${org.orgId}/${org.userId}`,
  user_id: org.userId,
  organization_id: org.orgId,
  preferred_username: org.username,
  nickname: admin.CommunityNickname,
  name: admin.Name,
  email: admin.Email,
  email_verified: true,
  given_name: admin.FirstName,
  family_name: admin.LastName,
  zoneinfo: admin.TimeZoneSidKey,
  user_type: 'STANDARD',
  language: admin.LanguageLocaleKey,
  locale: admin.LocaleSidKey,
  active: true,
});
