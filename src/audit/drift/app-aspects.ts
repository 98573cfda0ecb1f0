import { createHash } from 'node:crypto';
import type { Aspect, AspectKind } from './aspects.js';
import { entriesOf, leavesOf, parseComponent, textOf, textsOf, type MetadataTree } from './metadata-tree.js';
import { ipRelaxationReach, refreshTokenReach } from './policy-reach.js';

/** What the aspects of an app need from the org: the name of a permission set an app policy names by Id. */
export type AppContext = { permissionSetName: (nameOrId: string) => string };

const NAMES_AS_THEY_ARE: AppContext = { permissionSetName: (name) => name };

/**
 * What a retrieve adds that the org owns: an app's org-scoped name, its OAuth link, consumer keys and secrets.
 * None is access, none is ever compared, shown or written (sfdx-hardis strips orgScopedExternalApp and oauthLink
 * before redeploying, salesforce-facts.md "Connected apps and External Client Apps").
 */
const PLATFORM_OWNED: Readonly<Record<string, readonly string[]>> = {
  ExternalClientApplication: ['orgScopedExternalApp'],
  ExtlClntAppOauthSettings: ['oauthLink'],
  ExtlClntAppGlobalOauthSettings: ['consumerKey', 'consumerSecret'],
  ConnectedApp: ['oauthConfig.consumerKey', 'oauthConfig.consumerSecret'],
};

/** Whatever an element's name says is a credential is left out too, wherever it stands. */
const CREDENTIAL = /secret|password|privatekey|consumerkey|token$/i;

const grant = (kind: AspectKind, item: string, words: string, element: string): Aspect => ({
  key: `${kind}:${item.toLowerCase()}`,
  kind,
  item,
  subject: `${words} ${item}`,
  value: 'granted',
  absent: 'not granted',
  reach: 1,
  element,
});

/** A policy whose values are ordered by how far they open the app; absent stands for the platform's default. */
const level = (kind: AspectKind, element: string, subject: string, value: string | undefined, reach: number): Aspect => ({
  key: `${kind}:${element.toLowerCase()}`,
  kind,
  item: element,
  subject,
  value,
  absent: 'not set',
  reach,
  element,
});

/** Scope names as a retrieve returns them: OfflineAccess comes back as RefreshToken, the identity scopes as Basic. */
const SCOPE_AS_RETRIEVED: Readonly<Record<string, string>> = { OfflineAccess: 'RefreshToken', Profile: 'Basic', Email: 'Basic', Address: 'Basic', Phone: 'Basic' };
const scopeAspects = (scopes: readonly string[], element: string): Aspect[] =>
  [...new Set(scopes.map((scope) => SCOPE_AS_RETRIEVED[scope] ?? scope))].map((scope) => grant('scope', scope, 'the OAuth scope', element));

const rangeAspects = (ranges: ReadonlyArray<{ start?: string; end?: string }>, element: string): Aspect[] =>
  ranges.map(({ start = '', end = '' }) => grant('ipRange', `${start}-${end}`, 'the IP range', element));

const commaSeparated = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);

/** A certificate by its SHA-256 fingerprint, as `openssl x509 -fingerprint -sha256` prints it: a PEM is long. */
const fingerprint = (pem: string): string => {
  const der = Buffer.from(pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
  return `SHA-256 ${(createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g) ?? []).join(':')}`;
};

/** Another user, or another key, can now get the integration's tokens: any change widens. */
const identity = (kind: 'runAs' | 'certificate', element: string, subject: string, value: string | undefined): Aspect => ({
  key: `${kind}:${element.toLowerCase()}`,
  kind,
  item: element,
  subject,
  value,
  absent: 'none',
  anyChangeWidens: true,
  element,
});

const flag = (tree: MetadataTree, element: string): boolean => textOf(tree, element) === 'true';

const oauthPolicyAspects = (tree: MetadataTree, context: AppContext): Aspect[] => {
  const permitted = textOf(tree, 'permittedUsersPolicyType');
  const ipRelaxation = textOf(tree, 'ipRelaxationPolicyType');
  const [refresh, period, unit] = ['refreshTokenPolicyType', 'refreshTokenValidityPeriod', 'refreshTokenValidityUnit'].map((element) => textOf(tree, element));
  const runAs = textOf(tree, 'clientCredentialsFlowUser');
  return [
    // Unverified: the platform's defaults where a policy is left out (the policies it creates itself let every user authorize the app).
    level('permittedUsers', 'permittedUsersPolicyType', 'who may use the app', permitted, (permitted ?? 'AllSelfAuthorized') === 'AdminApprovedPreAuthorized' ? 0 : 1),
    level('ipRelaxation', 'ipRelaxationPolicyType', 'IP relaxation', ipRelaxation, ipRelaxationReach(ipRelaxation)),
    level('refreshToken', 'refreshTokenPolicyType', 'refresh tokens', refresh === undefined ? undefined : [refresh, period, unit].filter(Boolean).join(' '), refreshTokenReach(refresh ?? 'Infinite', period, unit)),
    level('clientCredentials', 'isClientCredentialsFlowEnabled', 'the client credentials flow', String(flag(tree, 'isClientCredentialsFlowEnabled')), flag(tree, 'isClientCredentialsFlowEnabled') ? 1 : 0),
    identity('runAs', 'clientCredentialsFlowUser', 'the client credentials run-as user', runAs?.toLowerCase()),
    ...commaSeparated(textOf(tree, 'commaSeparatedPermissionSet')).map((name) => grant('appPermissionSet', context.permissionSetName(name), 'use of the app by holders of the permission set', 'commaSeparatedPermissionSet')),
    ...commaSeparated(textOf(tree, 'commaSeparatedProfile')).map((name) => grant('appProfile', name, 'use of the app by the profile', 'commaSeparatedProfile')),
  ];
};

const connectedAppAspects = (tree: MetadataTree): Aspect[] => {
  const [oauth = {}] = entriesOf(tree, 'oauthConfig');
  const [policy = {}] = entriesOf(tree, 'oauthPolicy');
  const refresh = textOf(policy, 'refreshTokenPolicy');
  const [kind = 'infinite', amount, unit] = (refresh ?? 'infinite').split(':');
  const certificate = textOf(oauth, 'certificate');
  return [
    level('permittedUsers', 'oauthConfig.isAdminApproved', 'who may use the app (admin-approved users only)', String(flag(oauth, 'isAdminApproved')), flag(oauth, 'isAdminApproved') ? 0 : 1),
    level('ipRelaxation', 'oauthPolicy.ipRelaxation', 'IP relaxation', textOf(policy, 'ipRelaxation'), ipRelaxationReach(textOf(policy, 'ipRelaxation'))),
    // A connected app without a refresh token policy keeps its tokens until revoked (Salesforce's default).
    level('refreshToken', 'oauthPolicy.refreshTokenPolicy', 'refresh tokens', refresh, refreshTokenReach(kind, amount, unit)),
    level('clientCredentials', 'oauthConfig.isClientCredentialEnabled', 'the client credentials flow', String(flag(oauth, 'isClientCredentialEnabled')), flag(oauth, 'isClientCredentialEnabled') ? 1 : 0),
    identity('runAs', 'oauthConfig.oauthClientCredentialUser', 'the client credentials run-as user', textOf(oauth, 'oauthClientCredentialUser')?.toLowerCase()),
    identity('certificate', 'oauthConfig.certificate', 'the certificate JWT bearer tokens are signed for', certificate === undefined ? undefined : fingerprint(certificate)),
    ...scopeAspects(textsOf(oauth, 'scopes'), 'oauthConfig.scopes'),
    ...rangeAspects(entriesOf(tree, 'ipRanges').map((range) => ({ start: textOf(range, 'start'), end: textOf(range, 'end') })), 'ipRanges'),
    ...textsOf(tree, 'permissionSetName').map((name) => grant('appPermissionSet', name, 'use of the app by holders of the permission set', 'permissionSetName')),
    ...textsOf(tree, 'profileName').map((name) => grant('appProfile', name, 'use of the app by the profile', 'profileName')),
  ];
};

/** The elements each type's aspects above read: the rest of the file is compared as plain settings. */
const MODELLED: Readonly<Record<string, readonly string[]>> = {
  ExternalClientApplication: [],
  ExtlClntAppOauthSettings: ['commaSeparatedOauthScopes', 'trustedIpRanges'],
  ExtlClntAppOauthConfigurablePolicies: [
    'permittedUsersPolicyType', 'ipRelaxationPolicyType', 'refreshTokenPolicyType', 'refreshTokenValidityPeriod', 'refreshTokenValidityUnit',
    'isClientCredentialsFlowEnabled', 'clientCredentialsFlowUser', 'commaSeparatedPermissionSet', 'commaSeparatedProfile',
  ],
  ExtlClntAppConfigurablePolicies: ['isEnabled', 'isOauthPluginEnabled'],
  ConnectedApp: [
    'oauthConfig.isAdminApproved', 'oauthPolicy.ipRelaxation', 'oauthPolicy.refreshTokenPolicy', 'oauthConfig.isClientCredentialEnabled',
    'oauthConfig.oauthClientCredentialUser', 'oauthConfig.certificate', 'oauthConfig.scopes', 'ipRanges', 'permissionSetName', 'profileName',
  ],
};

const within = (path: string, elements: readonly string[]): boolean => elements.some((element) => path === element || path.startsWith(`${element}.`));

/**
 * Everything else in the file as plain settings (a label, a contact, a callback URL): a difference neither
 * widens nor narrows. False and empty are what the org writes for what a file leaves out: both read as absent.
 */
const settingAspects = (type: string, tree: MetadataTree): Aspect[] => {
  const values = new Map<string, string[]>();
  for (const [path, value] of leavesOf(tree)) {
    const name = path.split('.').at(-1)!;
    if (within(path, MODELLED[type] ?? []) || within(path, PLATFORM_OWNED[type] ?? []) || CREDENTIAL.test(name) || value === '' || value === 'false') continue;
    values.set(path, [...(values.get(path) ?? []), value]);
  }
  return [...values].map(([path, texts]): Aspect => ({
    key: `setting:${path.toLowerCase()}`,
    kind: 'setting',
    item: path,
    subject: `the setting ${path}`,
    value: [...texts].sort().join(', '),
    absent: 'not set',
    element: path,
  }));
};

/** The app types, each by its root element: an External Client App's parts and a connected app. */
export const APP_TYPES = ['ExternalClientApplication', 'ExtlClntAppOauthSettings', 'ExtlClntAppOauthConfigurablePolicies', 'ExtlClntAppConfigurablePolicies', 'ConnectedApp'] as const;

/** The aspects of an app component of `type`, from its XML. */
export const appAspects = (type: (typeof APP_TYPES)[number], xml: string, context: AppContext = NAMES_AS_THEY_ARE): Aspect[] => {
  const tree = parseComponent(xml, type);
  const modelled = (): Aspect[] => {
    switch (type) {
      case 'ExtlClntAppOauthSettings':
        return [
          ...scopeAspects(commaSeparated(textOf(tree, 'commaSeparatedOauthScopes')), 'commaSeparatedOauthScopes'),
          ...rangeAspects(entriesOf(tree, 'trustedIpRanges').map((range) => ({ start: textOf(range, 'startIpAddress'), end: textOf(range, 'endIpAddress') })), 'trustedIpRanges'),
        ];
      case 'ExtlClntAppOauthConfigurablePolicies':
        return oauthPolicyAspects(tree, context);
      case 'ExtlClntAppConfigurablePolicies':
        return ['isEnabled', 'isOauthPluginEnabled'].map((element) =>
          level('enabled', element, element === 'isEnabled' ? 'the app' : 'the OAuth plugin', String(flag(tree, element)), flag(tree, element) ? 1 : 0)
        );
      case 'ConnectedApp':
        return connectedAppAspects(tree);
      default:
        return [];
    }
  };
  return [...modelled(), ...settingAspects(type, tree)];
};
