import type {
  ExternalClientApplication,
  ExtlClntAppConfigurablePolicies,
  ExtlClntAppGlobalOauthSettings,
  ExtlClntAppOauthConfigurablePolicies,
  ExtlClntAppOauthIpRange,
  ExtlClntAppOauthSettings,
} from '@salesforce/types/metadata';
import type { AppModel } from '../model/integration.js';
import type { RefreshTokenPolicy } from '../model/refresh-token.js';

/**
 * The names of an External Client App's parts. The settings are named as Setup names them (`<app>_oauth`,
 * `<app>_glbloauth`). The policies are named as the platform names the ones it creates itself when the Metadata
 * API creates the app: `<oauth settings name>_defaultPolicy` and `<app name>_defaultPolicy` (Trailhead's "ECA via
 * metadata" sample project; sfdx-hardis's generateExternalClientAppMetadata), so that a first deploy updates the
 * policies the org has just created instead of adding a second set (Setup's own names are `_oauthPlcy`, `_plcy`).
 */
export const externalClientAppParts = (app: string) => {
  const oauthSettings = `${app}_oauth`;
  return {
    oauthSettings,
    globalOauthSettings: `${app}_glbloauth`,
    oauthPolicies: `${oauthSettings}_defaultPolicy`,
    policies: `${app}_defaultPolicy`,
  };
};

type Content<T> = Omit<T, 'fullName' | 'customAttributes'>;

/** The app itself: local to this org, contact and description for whoever finds it in Setup. */
export const externalClientApplication = (app: AppModel): Content<ExternalClientApplication> => ({
  contactEmail: app.contact,
  description: app.description,
  distributionState: 'Local',
  isProtected: false,
  label: app.label,
});

const ipRanges = (app: AppModel): ExtlClntAppOauthIpRange[] =>
  app.ipRanges.map(({ start, end, description }) => ({ ...(description === undefined ? {} : { description }), endIpAddress: end, startIpAddress: start }));

/** The OAuth plugin's settings: scopes (`Api, RefreshToken`) and the external system's address ranges. */
export const extlClntAppOauthSettings = (name: string, app: AppModel): Content<ExtlClntAppOauthSettings> => ({
  commaSeparatedOauthScopes: app.scopes.join(', '),
  externalClientApplication: name,
  label: app.label,
  trustedIpRanges: ipRanges(app),
});

/**
 * The global OAuth settings, without the consumer key and secret: Salesforce creates those on the first
 * deploy, and they never reach a file. What is left is public: the callback, the certificate, the flow.
 */
export const extlClntAppGlobalOauthSettings = (name: string, app: AppModel): Content<ExtlClntAppGlobalOauthSettings> => ({
  callbackUrl: app.callbackUrl,
  ...(app.certificate ? { certificate: app.certificate.pem } : {}),
  externalClientApplication: name,
  isClientCredentialsFlowEnabled: app.flow === 'clientCredentials',
  label: app.label,
});

const REFRESH_TOKEN_TYPE = { zero: 'Zero', infinite: 'Infinite', lifetime: 'SpecificLifetime' } as const;
const VALIDITY_UNIT = { hours: 'Hours', days: 'Days', months: 'Months' } as const;

const refreshToken = (policy: RefreshTokenPolicy): Pick<ExtlClntAppOauthConfigurablePolicies, 'refreshTokenPolicyType' | 'refreshTokenValidityPeriod' | 'refreshTokenValidityUnit'> => ({
  refreshTokenPolicyType: REFRESH_TOKEN_TYPE[policy.kind],
  ...(policy.kind === 'lifetime' ? { refreshTokenValidityPeriod: policy.amount, refreshTokenValidityUnit: VALIDITY_UNIT[policy.unit] } : {}),
});

/**
 * The admin's policies, where least privilege is decided: only admin-approved users, pre-authorized through
 * the integration's own permission sets; client credentials run as the integration user; IP restrictions
 * enforced; refresh tokens as the manifest says (none by default).
 */
export const extlClntAppOauthConfigurablePolicies = (name: string, app: AppModel): Content<ExtlClntAppOauthConfigurablePolicies> => ({
  ...(app.flow === 'clientCredentials' ? { clientCredentialsFlowUser: app.runAsUsername } : {}),
  commaSeparatedPermissionSet: app.permissionSets.join(', '),
  externalClientApplication: name,
  ipRelaxationPolicyType: 'Enforce',
  isClientCredentialsFlowEnabled: app.flow === 'clientCredentials',
  label: app.label,
  permittedUsersPolicyType: 'AdminApprovedPreAuthorized',
  ...refreshToken(app.refreshToken),
});

/** The plugins switch: the app and its OAuth plugin on, stated rather than left to defaults. */
export const extlClntAppConfigurablePolicies = (name: string, app: AppModel): Content<ExtlClntAppConfigurablePolicies> => ({
  externalClientApplication: name,
  isEnabled: true,
  isOauthPluginEnabled: true,
  label: app.label,
});
