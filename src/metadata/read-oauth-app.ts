import { XMLParser } from 'fast-xml-parser';
import { parseXml, UnreadableMetadataError } from './parse-xml.js';

/** An OAuth app as an org holds it, in the terms a manifest speaks: who may use it, how, from where, for how long. */
export type OrgOauthApp = {
  kind: 'connectedApp' | 'externalClientApp';
  apiName: string;
  label?: string;
  description?: string;
  contactEmail?: string;
  /** A connected app's (an External Client App keeps it in its global OAuth settings, which hold its secret: never read). */
  callbackUrl?: string;
  /** A connected app's public certificate (PEM), which enables the JWT bearer flow. */
  certificate?: string;
  /** Admin-approved users are pre-authorized (false: users authorize themselves). */
  adminApproved: boolean;
  clientCredentials: boolean;
  runAsUsername?: string;
  /** The permission sets whose holders are pre-authorized, as the file names them (names, or Ids). */
  permissionSets: string[];
  /** Profiles whose users are pre-authorized. */
  profiles: string[];
  /** Metadata scope names (Api, RefreshToken, ...). */
  scopes: string[];
  ipRanges: Array<{ start: string; end: string; description?: string }>;
  /** `Enforce` (the only value a manifest writes), or the org's own value. */
  ipRelaxation: string;
  refreshToken: OrgRefreshToken;
  /** An External Client App switched off (ExtlClntAppConfigurablePolicies.isEnabled false). */
  disabled?: boolean;
  /** The names of an External Client App's parts, where they differ from the ones generate gives them. */
  partNames: { oauthSettings?: string; oauthPolicies?: string; policies?: string };
  /** Settings the app holds that no manifest expresses (`oauthConfig.isCodeCredentialEnabled`, `samlConfig`, ...). */
  unexpressed: string[];
};

export type OrgRefreshToken =
  | { kind: 'zero' }
  | { kind: 'infinite' }
  | { kind: 'lifetime'; amount: number; unit: 'hours' | 'days' | 'months' }
  | { kind: 'other'; value: string };

type Node = Record<string, unknown>;

const LISTS = new Set(['ipRanges', 'permissionSetName', 'profileName', 'scopes', 'trustedIpRanges', 'attributes', 'customAttributes']);

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true, isArray: (name) => LISTS.has(name) });

const rootOf = (xml: string, root: string): Node => {
  const document = parseXml(parser, xml);
  const node = document[root];
  if (node === undefined) throw new UnreadableMetadataError(`no ${root} element`);
  return node !== null && typeof node === 'object' ? (node as Node) : {};
};

const text = (node: Node | undefined, element: string): string | undefined => {
  const value = node?.[element];
  return typeof value === 'string' && value !== '' ? value : undefined;
};
const child = (node: Node | undefined, element: string): Node | undefined => {
  const value = node?.[element];
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : undefined;
};
const texts = (node: Node | undefined, element: string): string[] =>
  ((node?.[element] as unknown[] | undefined) ?? []).filter((value): value is string => typeof value === 'string' && value !== '');
const nodes = (node: Node | undefined, element: string): Node[] => ((node?.[element] as unknown[] | undefined) ?? []).filter((value): value is Node => value !== null && typeof value === 'object');
const isTrue = (node: Node | undefined, element: string): boolean => text(node, element) === 'true';
const commaList = (value: string | undefined): string[] => (value ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);

/** Elements set to something beyond their default (absent, empty or false), that the reader did not take: dotted. */
const unexpressedIn = (node: Node | undefined, taken: ReadonlySet<string>, prefix = ''): string[] =>
  Object.entries(node ?? {})
    .filter(([element, value]) => !taken.has(element) && value !== '' && value !== 'false')
    .map(([element]) => `${prefix}${element}`);

const UNIT = { HOURS: 'hours', DAYS: 'days', MONTHS: 'months' } as const;

/**
 * A connected app's `refreshTokenPolicy`: zero, infinite, `specific_lifetime:N:HOURS|DAYS|MONTHS` or
 * `specific_inactivity:N:UNIT` (https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_connectedapp.htm).
 */
const connectedAppRefreshToken = (value: string | undefined): OrgRefreshToken => {
  if (value === undefined || value === 'zero') return { kind: 'zero' };
  if (value === 'infinite') return { kind: 'infinite' };
  const [, amount, unit] = /^specific_lifetime:(\d+):(HOURS|DAYS|MONTHS)$/.exec(value) ?? [];
  return amount && unit ? { kind: 'lifetime', amount: Number(amount), unit: UNIT[unit as keyof typeof UNIT] } : { kind: 'other', value };
};

/** The same policy of an External Client App: `refreshTokenPolicyType` with its validity period and unit. */
const ecaRefreshToken = (policies: Node | undefined): OrgRefreshToken => {
  const type = text(policies, 'refreshTokenPolicyType');
  if (type === undefined || type === 'Zero') return { kind: 'zero' };
  if (type === 'Infinite') return { kind: 'infinite' };
  const amount = Number(text(policies, 'refreshTokenValidityPeriod'));
  const unit = (text(policies, 'refreshTokenValidityUnit') ?? '').toUpperCase();
  return type === 'SpecificLifetime' && amount > 0 && unit in UNIT ? { kind: 'lifetime', amount, unit: UNIT[unit as keyof typeof UNIT] } : { kind: 'other', value: type };
};

const ranges = (entries: Node[], startElement: string, endElement: string): OrgOauthApp['ipRanges'] =>
  entries.flatMap((entry) => {
    const start = text(entry, startElement);
    const end = text(entry, endElement);
    const description = text(entry, 'description');
    return start && end ? [{ start, end, ...(description ? { description } : {}) }] : [];
  });

const CONNECTED_APP_TAKEN = new Set(['fullName', 'contactEmail', 'description', 'ipRanges', 'label', 'oauthConfig', 'oauthPolicy', 'permissionSetName', 'profileName']);
const OAUTH_CONFIG_TAKEN = new Set(['callbackUrl', 'certificate', 'consumerKey', 'consumerSecret', 'isAdminApproved', 'isClientCredentialEnabled', 'oauthClientCredentialUser', 'scopes']);
const OAUTH_POLICY_TAKEN = new Set(['ipRelaxation', 'refreshTokenPolicy']);

/**
 * A connected app's file (ConnectedApp,
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_connectedapp.htm). Its consumer
 * secret is never retrieved; were one there, it is not read.
 */
export const readConnectedApp = (apiName: string, xml: string): OrgOauthApp => {
  const root = rootOf(xml, 'ConnectedApp');
  const oauth = child(root, 'oauthConfig');
  const policy = child(root, 'oauthPolicy');
  const relaxation = text(policy, 'ipRelaxation') ?? 'ENFORCE';
  return {
    kind: 'connectedApp',
    apiName,
    ...optional({ label: text(root, 'label'), description: text(root, 'description'), contactEmail: text(root, 'contactEmail'), callbackUrl: text(oauth, 'callbackUrl'), certificate: text(oauth, 'certificate') }),
    adminApproved: isTrue(oauth, 'isAdminApproved'),
    clientCredentials: isTrue(oauth, 'isClientCredentialEnabled'),
    ...optional({ runAsUsername: text(oauth, 'oauthClientCredentialUser') }),
    permissionSets: texts(root, 'permissionSetName'),
    profiles: texts(root, 'profileName'),
    scopes: texts(oauth, 'scopes'),
    ipRanges: ranges(nodes(root, 'ipRanges'), 'start', 'end'),
    ipRelaxation: relaxation === 'ENFORCE' ? 'Enforce' : relaxation,
    refreshToken: connectedAppRefreshToken(text(policy, 'refreshTokenPolicy')),
    partNames: {},
    unexpressed: [...unexpressedIn(root, CONNECTED_APP_TAKEN), ...unexpressedIn(oauth, OAUTH_CONFIG_TAKEN, 'oauthConfig.'), ...unexpressedIn(policy, OAUTH_POLICY_TAKEN, 'oauthPolicy.')],
  };
};

/** One part of an External Client App, as retrieved: its name and file. */
export type EcaPart = { fullName: string; xml: string };

export type EcaFiles = { app: EcaPart; oauthSettings?: EcaPart; oauthPolicies?: EcaPart; policies?: EcaPart };

const ECA_TAKEN = new Set(['fullName', 'contactEmail', 'description', 'distributionState', 'isProtected', 'label', 'orgScopedExternalApp']);
const SETTINGS_TAKEN = new Set(['fullName', 'commaSeparatedOauthScopes', 'externalClientApplication', 'label', 'oauthLink', 'trustedIpRanges']);
const POLICIES_TAKEN = new Set([
  'fullName',
  'clientCredentialsFlowUser',
  'commaSeparatedPermissionSet',
  'commaSeparatedProfile',
  'externalClientApplication',
  'ipRelaxationPolicyType',
  'isClientCredentialsFlowEnabled',
  'label',
  'permittedUsersPolicyType',
  'refreshTokenPolicyType',
  'refreshTokenValidityPeriod',
  'refreshTokenValidityUnit',
]);
const PLUGIN_POLICIES_TAKEN = new Set(['fullName', 'externalClientApplication', 'isEnabled', 'isOauthPluginEnabled', 'label']);

/**
 * An External Client App from the parts that say who may use it and how: the app, its OAuth settings (scopes, IP
 * ranges), its OAuth policies and its plugin policies (ExternalClientApplication and the Extl* types,
 * https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_extlclntappoauthconfigurablepolicies.htm).
 * The global OAuth settings are not among them: they hold the consumer key and secret.
 */
export const readExternalClientApp = (files: EcaFiles): OrgOauthApp => {
  const app = rootOf(files.app.xml, 'ExternalClientApplication');
  const settings = files.oauthSettings ? rootOf(files.oauthSettings.xml, 'ExtlClntAppOauthSettings') : undefined;
  const policies = files.oauthPolicies ? rootOf(files.oauthPolicies.xml, 'ExtlClntAppOauthConfigurablePolicies') : undefined;
  const plugins = files.policies ? rootOf(files.policies.xml, 'ExtlClntAppConfigurablePolicies') : undefined;
  const distribution = text(app, 'distributionState');
  const clientCredentials = isTrue(policies, 'isClientCredentialsFlowEnabled');
  return {
    kind: 'externalClientApp',
    apiName: files.app.fullName,
    ...optional({ label: text(app, 'label'), description: text(app, 'description'), contactEmail: text(app, 'contactEmail') }),
    adminApproved: text(policies, 'permittedUsersPolicyType') === 'AdminApprovedPreAuthorized',
    clientCredentials,
    ...optional({ runAsUsername: clientCredentials ? text(policies, 'clientCredentialsFlowUser') : undefined }),
    permissionSets: commaList(text(policies, 'commaSeparatedPermissionSet')),
    profiles: commaList(text(policies, 'commaSeparatedProfile')),
    scopes: commaList(text(settings, 'commaSeparatedOauthScopes')),
    ipRanges: ranges(nodes(settings, 'trustedIpRanges'), 'startIpAddress', 'endIpAddress'),
    ipRelaxation: text(policies, 'ipRelaxationPolicyType') ?? 'Enforce',
    refreshToken: ecaRefreshToken(policies),
    ...(plugins && !isTrue(plugins, 'isEnabled') ? { disabled: true } : {}),
    partNames: optional({ oauthSettings: files.oauthSettings?.fullName, oauthPolicies: files.oauthPolicies?.fullName, policies: files.policies?.fullName }),
    unexpressed: [
      ...unexpressedIn(app, ECA_TAKEN),
      ...(distribution !== undefined && distribution !== 'Local' ? ['distributionState'] : []),
      ...(isTrue(app, 'isProtected') ? ['isProtected'] : []),
      ...unexpressedIn(settings, SETTINGS_TAKEN, 'oauthSettings.'),
      ...unexpressedIn(policies, POLICIES_TAKEN, 'oauthPolicies.'),
      ...unexpressedIn(plugins, PLUGIN_POLICIES_TAKEN, 'policies.'),
    ],
  };
};

/** The entries whose value is defined: optional properties stay absent rather than undefined. */
const optional = <T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };

/** The External Client App a part belongs to (`<externalClientApplication>`); undefined for a file that names none. */
export const externalClientApplicationOf = (xml: string): string | undefined => {
  const [, name] = /<externalClientApplication>\s*([^<\s]+)\s*<\/externalClientApplication>/.exec(xml) ?? [];
  return name;
};
