import type { ManifestApp, ManifestIpRange } from '../manifest/manifest.js';
import { PRIVATE_KEY } from '../manifest/find-secrets.js';
import type { OrgOauthApp, OrgRefreshToken } from '../metadata/read-oauth-app.js';
import { DEFAULT_CALLBACK_URL } from '../model/build-app.js';
import { oauthScopeNames } from '../model/oauth-scopes.js';

/** What the org's app holds that its manifest says otherwise or cannot say: each a comment for the reviewer. */
export type AppRemark =
  | { kind: 'selfAuthorized' }
  | { kind: 'ipRelaxation'; value: string }
  | { kind: 'refreshToken'; value: string }
  | { kind: 'profiles'; profiles: readonly string[] }
  | { kind: 'otherPermissionSets'; names: readonly string[] }
  | { kind: 'admitsMore'; names: readonly string[] }
  | { kind: 'runAsOther'; username: string }
  | { kind: 'noFlow' }
  | { kind: 'certificateUnread'; path: string }
  | { kind: 'certificateWritten'; path: string }
  | { kind: 'unknownScopes'; scopes: readonly string[] }
  | { kind: 'callbackUrls'; dropped: readonly string[] }
  | { kind: 'ipRanges'; dropped: readonly string[] }
  | { kind: 'unexpressed'; elements: readonly string[] }
  | { kind: 'disabled' }
  | { kind: 'callbackUnread' }
  | { kind: 'partNames'; names: readonly string[] }
  | { kind: 'replaced'; type: OrgOauthApp['kind']; apiName: string };

export type FoldAppContext = {
  integration: string;
  username: string;
  /** The permission sets the integration's group bundles (names and, where known, Ids): those the app may admit. */
  permissionSets: ReadonlyArray<{ name: string; id?: string }>;
  keepNames: boolean;
  /** Where the manifest points for the external system's certificate (`certs/<file>.crt`). */
  certificatePath: string;
};

export type FoldedApp = { app: ManifestApp; certificate?: { path: string; pem: string }; remarks: AppRemark[] };

const IPV4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])$/;
const URL = /^https?:\/\/\S+$/;
const UNIT = { hours: 'h', days: 'd', months: 'mo' } as const;

/** The manifest's `refreshToken` for the org's policy; undefined (zero, the default) or a remark where it has no words for it. */
const refreshTokenOf = (policy: OrgRefreshToken, remarks: AppRemark[]): string | undefined => {
  if (policy.kind === 'zero') return undefined;
  if (policy.kind === 'infinite') return 'infinite';
  if (policy.kind === 'lifetime' && policy.amount <= 9999) return `${policy.amount}${UNIT[policy.unit]}`;
  remarks.push({ kind: 'refreshToken', value: policy.kind === 'other' ? policy.value : `${policy.amount} ${policy.unit}` });
  return undefined;
};

const idKey = (value: string): string => (/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(value) ? value.slice(0, 15) : value.toLowerCase());

/** The generated policies' names (metadata/external-client-app.ts externalClientAppParts), against the app's own. */
const otherPartNames = (app: OrgOauthApp): string[] => {
  const expected = { oauthSettings: `${app.apiName}_oauth`, oauthPolicies: `${app.apiName}_oauth_defaultPolicy`, policies: `${app.apiName}_defaultPolicy` };
  return (Object.keys(expected) as Array<keyof typeof expected>).flatMap((part) => {
    const held = app.partNames[part];
    return held !== undefined && held.toLowerCase() !== expected[part].toLowerCase() ? [held] : [];
  });
};

/** Flow and certificate: client credentials, or JWT bearer with the external system's public certificate. */
const flowOf = (app: OrgOauthApp, context: FoldAppContext, remarks: AppRemark[]): Pick<ManifestApp, 'flow' | 'certificate'> => {
  if (app.clientCredentials) {
    if (app.runAsUsername !== undefined && app.runAsUsername.toLowerCase() !== context.username.toLowerCase()) remarks.push({ kind: 'runAsOther', username: app.runAsUsername });
    return {};
  }
  if (app.certificate !== undefined && !PRIVATE_KEY.test(app.certificate)) {
    remarks.push({ kind: 'certificateWritten', path: context.certificatePath });
    return { flow: 'jwtBearer', certificate: context.certificatePath };
  }
  if (app.kind === 'externalClientApp') {
    // The certificate of an External Client App is in its global OAuth settings, never read (they hold the secret).
    remarks.push({ kind: 'certificateUnread', path: context.certificatePath });
    return { flow: 'jwtBearer', certificate: context.certificatePath };
  }
  remarks.push({ kind: 'noFlow' });
  return {};
};

/** What the org's app does that the manifest's intent overrides, or that a manifest cannot say. */
const policyRemarks = (app: OrgOauthApp, context: FoldAppContext): AppRemark[] => {
  const remarks: AppRemark[] = [];
  if (!context.keepNames) remarks.push({ kind: 'replaced', type: app.kind, apiName: app.apiName });
  const parts = context.keepNames && app.kind === 'externalClientApp' ? otherPartNames(app) : [];
  if (parts.length > 0) remarks.push({ kind: 'partNames', names: parts });
  if (!app.adminApproved) remarks.push({ kind: 'selfAuthorized' });
  if (app.ipRelaxation !== 'Enforce') remarks.push({ kind: 'ipRelaxation', value: app.ipRelaxation });
  if (app.profiles.length > 0) remarks.push({ kind: 'profiles', profiles: app.profiles });
  const own = new Set(context.permissionSets.flatMap(({ name, id }) => [name.toLowerCase(), ...(id ? [idKey(id)] : [])]));
  const others = app.permissionSets.filter((entry) => !own.has(idKey(entry)) && !own.has(entry.toLowerCase()));
  if (others.length > 0) remarks.push({ kind: 'otherPermissionSets', names: others });
  const admitted = new Set(app.permissionSets.map((entry) => idKey(entry)).concat(app.permissionSets.map((entry) => entry.toLowerCase())));
  const more = context.permissionSets.filter(({ name, id }) => !admitted.has(name.toLowerCase()) && !(id !== undefined && admitted.has(idKey(id)))).map(({ name }) => name);
  if (more.length > 0) remarks.push({ kind: 'admitsMore', names: more });
  if (app.disabled) remarks.push({ kind: 'disabled' });
  if (app.unexpressed.length > 0) remarks.push({ kind: 'unexpressed', elements: app.unexpressed });
  if (app.kind === 'externalClientApp') remarks.push({ kind: 'callbackUnread' });
  return remarks;
};

/** Scopes, callback URL and IP ranges as a manifest writes them; what it cannot hold, as remarks. */
const settingsOf = (app: OrgOauthApp, remarks: AppRemark[]): Pick<ManifestApp, 'scopes' | 'callbackUrl' | 'ipRanges'> => {
  const scopes = oauthScopeNames(app.scopes);
  if (scopes.unknown.length > 0) remarks.push({ kind: 'unknownScopes', scopes: scopes.unknown });
  // Setup takes several callback URLs, one a line; that the metadata keeps them apart by white space is unverified.
  const callbacks = (app.callbackUrl ?? '').split(/\s+/).filter(Boolean);
  const callbackUrl = callbacks.find((url) => URL.test(url) && url.length <= 1024);
  if (callbacks.some((url) => url !== callbackUrl)) remarks.push({ kind: 'callbackUrls', dropped: callbacks.filter((url) => url !== callbackUrl) });
  const isIpv4 = ({ start, end }: { start: string; end: string }): boolean => IPV4.test(start) && IPV4.test(end);
  const ipRanges: ManifestIpRange[] = app.ipRanges.filter(isIpv4).map(({ start, end, description }) => ({ start, end, ...(description ? { description: description.slice(0, 255) } : {}) }));
  const dropped = app.ipRanges.filter((range) => !isIpv4(range));
  if (dropped.length > 0) remarks.push({ kind: 'ipRanges', dropped: dropped.map(({ start, end }) => `${start}-${end}`) });
  return {
    // api alone is the default: a manifest need not say it.
    ...(scopes.names.length > 0 && !(scopes.names.length === 1 && scopes.names[0] === 'api') ? { scopes: scopes.names } : {}),
    ...(callbackUrl !== undefined && callbackUrl !== DEFAULT_CALLBACK_URL ? { callbackUrl } : {}),
    ...(ipRanges.length > 0 ? { ipRanges } : {}),
  };
};

/**
 * The org's app folded into a manifest's `app`: its scopes, IP ranges, refresh tokens, flow and description; kept
 * under its own name and type with `keepNames` (adopted in place), else an External Client App under the
 * integration's name. Whatever the manifest cannot say, or says otherwise (self-authorized users, relaxed IP
 * restrictions, profiles and other permission sets admitted, another run-as user), is a remark: the next deploy
 * writes the manifest's least-privilege intent over it. Pure.
 */
export const foldApp = (app: OrgOauthApp, context: FoldAppContext): FoldedApp => {
  const adopt = context.keepNames;
  const remarks = policyRemarks(app, context);
  const settings = settingsOf(app, remarks);
  const refreshToken = refreshTokenOf(app.refreshToken, remarks);
  const flow = flowOf(app, context, remarks);
  const pem = app.certificate?.trim();
  const certificate = flow.certificate !== undefined && pem !== undefined && !PRIVATE_KEY.test(pem) ? { path: flow.certificate, pem: `${pem}\n` } : undefined;
  const description = app.description?.slice(0, 255) ?? (adopt ? '' : undefined);
  const folded: ManifestApp = {
    ...(adopt && app.apiName !== context.integration ? { apiName: app.apiName } : {}),
    ...(adopt && app.kind === 'connectedApp' ? { type: 'connectedApp' as const } : {}),
    ...(flow.flow ? { flow: flow.flow } : {}),
    // Adopted, the app keeps its description, none included: an empty one is taken for none (unverified).
    ...(description === undefined ? {} : { description }),
    ...(settings.scopes ? { scopes: settings.scopes } : {}),
    ...(settings.callbackUrl ? { callbackUrl: settings.callbackUrl } : {}),
    ...(flow.certificate ? { certificate: flow.certificate } : {}),
    ...(settings.ipRanges ? { ipRanges: settings.ipRanges } : {}),
    ...(refreshToken ? { refreshToken } : {}),
  };
  return { app: folded, ...(certificate ? { certificate } : {}), remarks };
};
