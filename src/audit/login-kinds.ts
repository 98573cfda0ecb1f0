import type { IpRange } from '../model/integration.js';
import type { OrgLogin } from '../org/login-history.js';

/*
 * How LoginHistory tells logins apart (Object Reference, LoginHistory,
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_loginhistory.htm;
 * /work/helpers/research-platform.md section 6). Status is exactly `Success` or the reason an attempt failed.
 * LoginType and LoginSubType are picklists: queries in public code compare their labels (`Remote Access 2.0`),
 * and whether the API returns LoginSubType's label (`OAuth Username-Password`) or its API name
 * (`OauthUsernamePassword`) is unverified, so both are accepted.
 */

export const isSuccess = ({ status }: OrgLogin): boolean => status === 'Success';

/**
 * The OAuth username-password flow ("look for logins with the login type 'Remote Access 2.0' and subtype
 * 'OAuth Username-Password'", https://valo.ai/blogs/best-practices-for-salesforce-api-integrations-stop-using-username-password-flow),
 * retired for connected apps in Winter '27
 * (https://help.salesforce.com/s/articleView?id=release-notes.rn_security_unpw_flow_retirement.htm&release=262&type=5).
 */
export const isUsernamePasswordFlow = ({ subType }: OrgLogin): boolean => ['oauth username-password', 'oauthusernamepassword'].includes((subType ?? '').toLowerCase());

/**
 * SOAP login(), which LoginHistory records as `Other Apex API` (Salesforce support's table, 2014:
 * https://mycloudexperience.blogspot.com/2014/06/salesforce-login-types.html; unverified today): unavailable from
 * API 65.0 and retired for 31.0-64.0 in Summer '27 (https://help.salesforce.com/s/articleView?id=005132110&type=1).
 */
export const isSoapLogin = ({ loginType }: OrgLogin): boolean => ['other apex api', 'otherapi'].includes(loginType.toLowerCase());

/** Login types a person uses: the UI ("Application — UI login", same table), single sign-on, Lightning Login, passwordless. */
const INTERACTIVE_TYPES = new Set(['application', 'saml idp initiated sso', 'saml sfdc initiated sso', 'saml', 'saml2', 'lightning login', 'lightninglogin', 'passwordless login', 'passwordlesslogin']);

/** UI subtypes in either spelling: `UI Username-Password` / `UsernamePasswordUiLogin`, `UI Password Reset` / `UiPasswordReset`. */
export const isInteractive = ({ loginType, subType }: OrgLogin): boolean =>
  INTERACTIVE_TYPES.has(loginType.toLowerCase()) || /^ui\b|uilogin$|^uipasswordreset$/i.test(subType ?? '');

const ipv4 = (address: string): number | undefined => {
  const parts = address.trim().split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return undefined;
  return parts.reduce((value, part) => value * 256 + Number(part), 0);
};

/**
 * Whether an address is inside one of the ranges (IPv4, as manifests declare them). An address that is not
 * IPv4 (IPv6) is outside every range; an attempt with no address recorded is not judged.
 */
export const isInside = (address: string, ranges: readonly IpRange[]): boolean => {
  const value = ipv4(address);
  return value !== undefined && ranges.some(({ start, end }) => value >= (ipv4(start) ?? Infinity) && value <= (ipv4(end) ?? -Infinity));
};
