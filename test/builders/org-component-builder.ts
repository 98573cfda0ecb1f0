/**
 * Metadata files of the kinds an org holds besides permission sets: External Client Apps and connected apps, as
 * source-format files (paths under force-app/main/default) or as the XML a test puts in the org through Setup.
 * Elements in the WSDL's (alphabetical) order, 4-space indent.
 */
const xml = (root: string, elements: Readonly<Record<string, string | undefined>>): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<${root} xmlns="http://soap.sforce.com/2006/04/metadata">`,
    ...Object.keys(elements)
      .sort()
      .flatMap((name) => (elements[name] === undefined ? [] : [`    <${name}>${elements[name]}</${name}>`])),
    `</${root}>`,
    '',
  ].join('\n');

export const externalClientAppXml = (label: string): string => xml('ExternalClientApplication', { contactEmail: 'integrations@acme.example', distributionState: 'Local', isProtected: 'false', label });

export const oauthSettingsXml = (app: string): string => xml('ExtlClntAppOauthSettings', { commaSeparatedOauthScopes: 'Api', externalClientApplication: app, label: app });

export const globalOauthSettingsXml = (app: string, clientCredentials = true): string =>
  xml('ExtlClntAppGlobalOauthSettings', { callbackUrl: 'https://login.salesforce.com/services/oauth2/callback', externalClientApplication: app, isClientCredentialsFlowEnabled: String(clientCredentials), label: app });

export type OauthPolicySpec = { runAs?: string; permissionSets?: readonly string[]; ipRelaxation?: string; refreshToken?: string };

export const oauthPoliciesXml = (app: string, { runAs, permissionSets = [], ipRelaxation = 'Enforce', refreshToken = 'Zero' }: OauthPolicySpec = {}): string =>
  xml('ExtlClntAppOauthConfigurablePolicies', {
    clientCredentialsFlowUser: runAs,
    commaSeparatedPermissionSet: permissionSets.length === 0 ? undefined : permissionSets.join(', '),
    externalClientApplication: app,
    ipRelaxationPolicyType: ipRelaxation,
    isClientCredentialsFlowEnabled: String(runAs !== undefined),
    label: app,
    permittedUsersPolicyType: 'AdminApprovedPreAuthorized',
    refreshTokenPolicyType: refreshToken,
  });

export const appPoliciesXml = (app: string): string => xml('ExtlClntAppConfigurablePolicies', { externalClientApplication: app, isEnabled: 'true', isOauthPluginEnabled: 'true', label: app });

/** The source files of an External Client App: the app, its OAuth settings (APP_oauth) and global OAuth settings (APP_glbloauth). */
export const externalClientAppFiles = (app: string): Record<string, string> => ({
  [`externalClientApps/${app}.eca-meta.xml`]: externalClientAppXml(app.replace(/_/g, ' ')),
  [`extlClntAppOauthSettings/${app}_oauth.ecaOauth-meta.xml`]: oauthSettingsXml(app),
  [`extlClntAppGlobalOauthSets/${app}_glbloauth.ecaGlblOauth-meta.xml`]: globalOauthSettingsXml(app),
});

/** The source files of an app's policies, under the names the platform gives its defaults unless told otherwise. */
export const policyFiles = (app: string, spec: OauthPolicySpec = {}, names = { oauth: `${app}_oauth_defaultPolicy`, app: `${app}_defaultPolicy` }): Record<string, string> => ({
  [`extlClntAppOauthPolicies/${names.oauth}.ecaOauthPlcy-meta.xml`]: oauthPoliciesXml(app, spec),
  [`extlClntAppPolicies/${names.app}.ecaPlcy-meta.xml`]: appPoliciesXml(app),
});

/** A connected app with OAuth, admin-approved, optionally running the client credentials flow as a user. */
export const connectedAppXml = (label: string, { runAs, consumerSecret }: { runAs?: string; consumerSecret?: string } = {}): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">',
    '    <contactEmail>integrations@acme.example</contactEmail>',
    `    <label>${label}</label>`,
    '    <oauthConfig>',
    '        <callbackUrl>https://login.salesforce.com/services/oauth2/callback</callbackUrl>',
    ...(consumerSecret === undefined ? [] : [`        <consumerSecret>${consumerSecret}</consumerSecret>`]),
    '        <isAdminApproved>true</isAdminApproved>',
    `        <isClientCredentialEnabled>${String(runAs !== undefined)}</isClientCredentialEnabled>`,
    ...(runAs === undefined ? [] : [`        <oauthClientCredentialUser>${runAs}</oauthClientCredentialUser>`]),
    '        <scopes>Api</scopes>',
    '    </oauthConfig>',
    '    <oauthPolicy>',
    '        <ipRelaxation>ENFORCE</ipRelaxation>',
    '        <refreshTokenPolicy>zero</refreshTokenPolicy>',
    '    </oauthPolicy>',
    '</ConnectedApp>',
    '',
  ].join('\n');

/** A connected app as one set up years ago holds it: who may use it, how, from where, for how long. */
export type ConnectedAppSpec = {
  label: string;
  description?: string;
  contactEmail?: string;
  adminApproved?: boolean;
  runAs?: string;
  certificate?: string;
  permissionSets?: readonly string[];
  /** Metadata scope names: Api, RefreshToken, Full, ... */
  scopes?: readonly string[];
  ipRanges?: ReadonlyArray<{ start: string; end: string; description?: string }>;
  ipRelaxation?: string;
  refreshTokenPolicy?: string;
  callbackUrl?: string;
};

/** The file of that connected app, in the WSDL's (alphabetical) order. */
export const legacyConnectedAppXml = (spec: ConnectedAppSpec): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">',
    `    <contactEmail>${spec.contactEmail ?? 'integrations@acme.example'}</contactEmail>`,
    ...(spec.description === undefined ? [] : [`    <description>${spec.description}</description>`]),
    ...(spec.ipRanges ?? []).map(({ start, end, description }) =>
      ['    <ipRanges>', ...(description ? [`        <description>${description}</description>`] : []), `        <end>${end}</end>`, `        <start>${start}</start>`, '    </ipRanges>'].join('\n')
    ),
    `    <label>${spec.label}</label>`,
    '    <oauthConfig>',
    `        <callbackUrl>${spec.callbackUrl ?? 'https://login.salesforce.com/services/oauth2/callback'}</callbackUrl>`,
    ...(spec.certificate === undefined ? [] : [`        <certificate>${spec.certificate}</certificate>`]),
    `        <isAdminApproved>${String(spec.adminApproved ?? true)}</isAdminApproved>`,
    `        <isClientCredentialEnabled>${String(spec.runAs !== undefined)}</isClientCredentialEnabled>`,
    ...(spec.runAs === undefined ? [] : [`        <oauthClientCredentialUser>${spec.runAs}</oauthClientCredentialUser>`]),
    ...(spec.scopes ?? ['Api']).map((scope) => `        <scopes>${scope}</scopes>`),
    '    </oauthConfig>',
    '    <oauthPolicy>',
    `        <ipRelaxation>${spec.ipRelaxation ?? 'ENFORCE'}</ipRelaxation>`,
    `        <refreshTokenPolicy>${spec.refreshTokenPolicy ?? 'zero'}</refreshTokenPolicy>`,
    '    </oauthPolicy>',
    ...[...(spec.permissionSets ?? [])].sort().map((name) => `    <permissionSetName>${name}</permissionSetName>`),
    '</ConnectedApp>',
    '',
  ].join('\n');
