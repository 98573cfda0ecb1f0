import type { TestDataAccess, TestFields } from '../emulator/org-emulator.js';

/**
 * LoginType and LoginSubType of each way an integration logs in, as the research notes give them
 * (/work/helpers/research-platform.md, section 6, from
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_loginhistory.htm):
 * labels, as queries in public code compare them. Unverified:
 * whether LoginSubType comes back as the label or the API name (OauthClientCredentials), and client credentials'
 * LoginType (Remote Access 2.0 by analogy); SOAP login() as Other Apex API is from 2014.
 */
export const LOGIN_FLOWS = {
  clientCredentials: { LoginType: 'Remote Access 2.0', LoginSubType: 'OAuth Client Credentials', ApiType: 'N/A' },
  usernamePassword: { LoginType: 'Remote Access 2.0', LoginSubType: 'OAuth Username-Password', ApiType: 'N/A' },
  refreshToken: { LoginType: 'Remote Access 2.0', LoginSubType: 'OAuth Refresh Token', ApiType: 'N/A' },
  ui: { LoginType: 'Application', LoginSubType: 'UI Username-Password', ApiType: 'N/A' },
  soapLogin: { LoginType: 'Other Apex API', LoginSubType: null, ApiType: 'SOAP Partner' },
} as const;

export type LoginFlow = keyof typeof LOGIN_FLOWS;

/** Status as the org writes it: exactly Success, or the reason a login failed (values seen in orgs, research notes). */
export const LOGIN_STATUS = {
  success: 'Success',
  invalidPassword: 'Invalid Password',
  restrictedIp: 'Restricted IP',
  inactive: 'User is Inactive',
  frozen: 'User Is Frozen',
  usernamePasswordDisabled: 'Username-Password Flow Disabled',
} as const;

export type LoginSpec = {
  /** The user who logged in, by username. */
  username: string;
  at: Date;
  /** Default: the client credentials flow. */
  flow?: LoginFlow;
  /** Default: Success. */
  status?: string;
  /** Default: 203.0.113.10 (a documentation address). */
  sourceIp?: string;
  /** The connected app or External Client App an OAuth login went through. */
  application?: string;
  countryIso?: string;
};

const DAY = 86_400_000;

/** A LoginHistory row with the fields the platform fills, LoginTime in REST's form (2026-03-01T10:00:00.000+0000). */
export const aLogin = ({ username, at, flow = 'clientCredentials', status = LOGIN_STATUS.success, sourceIp = '203.0.113.10', application, countryIso = 'GB' }: LoginSpec): TestFields => ({
  User: { Username: username },
  LoginTime: at.toISOString().replace(/Z$/, '+0000'),
  ...LOGIN_FLOWS[flow],
  Status: status,
  SourceIp: sourceIp,
  CountryIso: countryIso,
  Application: application ?? (flow === 'ui' ? 'Browser' : 'N/A'),
  ApiVersion: flow === 'ui' ? 'N/A' : '66.0',
  Platform: 'Unknown',
  Browser: flow === 'ui' ? 'Chrome' : 'Unknown',
  TlsProtocol: 'TLS 1.3',
  LoginUrl: 'acme.my.salesforce.com',
});

/** One login a day at the same time of day, the last `until` (default now), for `days` days (default a year). */
export const dailyLogins = ({ days = 365, until = new Date(), ...spec }: Omit<LoginSpec, 'at'> & { days?: number; until?: Date }): TestFields[] =>
  Array.from({ length: days }, (_, daysAgo) => aLogin({ ...spec, at: new Date(until.getTime() - daysAgo * DAY) }));

/** Puts the logins in the org's LoginHistory, as the platform records them. */
export const recordLogins = (org: Pick<TestDataAccess, 'insert'>, logins: readonly TestFields[]): void => {
  for (const login of logins) org.insert('LoginHistory', login);
};
