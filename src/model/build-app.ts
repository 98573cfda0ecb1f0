import { Messages } from '@salesforce/core';
import type { Diagnostic, ManifestPath } from '../diagnostics/diagnostic.js';
import type { ManifestApp, ManifestAppOverrides } from '../manifest/manifest.js';
import { readCertificate, type Certificate } from './certificate.js';
import type { AppModel, IpRange } from './integration.js';
import { metadataScopes } from './oauth-scopes.js';
import { parseRefreshToken } from './refresh-token.js';
import { byCodePoint } from './sort.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'model');

/** Where an OAuth flow that needs no callback still needs a valid one: the platform's own page. */
export const DEFAULT_CALLBACK_URL = 'https://login.salesforce.com/services/oauth2/callback';

/** Files the manifests point at (certificates), read by the caller: path relative to the project -> content. */
export type Assets = ReadonlyMap<string, string | undefined>;

/** What the app is built from: the integration's own facts, the manifest's app, one environment's overrides. */
export type AppInputs = {
  file: string;
  /** The app's API name (model/build-integration.ts appApiName). */
  apiName: string;
  label: string;
  contact: string;
  description: string;
  permissionSets: readonly string[];
  runAsUsername: string;
  app: ManifestApp;
  overrides?: { path: ManifestPath; values: ManifestAppOverrides };
};

const ipNumber = (address: string): number => address.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);

/** Sorted by addresses, then description, once each: the order of the manifest's list means nothing. */
const ipRangesOf = (ranges: ManifestApp['ipRanges']): IpRange[] => {
  const unique = new Map((ranges ?? []).map(({ start, end, description }) => [JSON.stringify([start, end, description]), { start, end, ...(description === undefined ? {} : { description }) }]));
  return [...unique.values()].sort(
    (a, b) => ipNumber(a.start) - ipNumber(b.start) || ipNumber(a.end) - ipNumber(b.end) || byCodePoint(a.description ?? '', b.description ?? '')
  );
};

/**
 * One environment's app: the manifest's app with the environment's overrides laid over it. The checks that
 * need more than the schema (a certificate for JWT and only for JWT, its file, ranges the right way round)
 * point at the value that breaks them: the override where it comes from one.
 */
export const buildApp = (inputs: AppInputs, assets: Assets): { value: AppModel; diagnostics: Diagnostic[] } => {
  const { file, app, overrides } = inputs;
  const merged: ManifestApp = { ...app, ...overrides?.values };
  const whereIs = (key: keyof ManifestAppOverrides): ManifestPath =>
    overrides?.values[key] !== undefined ? [...overrides.path, key] : ['app', key];
  const diagnostics: Diagnostic[] = [];
  const report = (path: ManifestPath, key: string, tokens: unknown[] = [], fixTokens: unknown[] = tokens): void => {
    diagnostics.push({ file, at: { path }, message: messages.getMessage(`error.${key}`, tokens.map(String)), fix: messages.getMessage(`fix.${key}`, fixTokens.map(String)) });
  };

  const flow = merged.flow ?? 'clientCredentials';
  let certificate: Certificate | undefined;
  if (merged.certificate !== undefined) {
    if (flow !== 'jwtBearer') report(whereIs('certificate'), 'certificateWithoutJwt');
    const read = readCertificate(merged.certificate, assets.get(merged.certificate));
    if (typeof read === 'string') report(whereIs('certificate'), `certificate.${read}`, [merged.certificate]);
    else certificate = read;
  } else if (flow === 'jwtBearer') {
    report(['app', 'flow'], 'jwtWithoutCertificate');
  }
  (merged.ipRanges ?? []).forEach(({ start, end }, index) => {
    if (ipNumber(start) > ipNumber(end)) report([...whereIs('ipRanges'), index], 'ipRangeReversed', [start, end], [end, start]);
  });

  return {
    value: {
      apiName: inputs.apiName,
      ...(app.apiName === undefined ? {} : { adopted: true as const }),
      type: merged.type ?? 'externalClientApp',
      flow,
      label: inputs.label,
      description: merged.description ?? inputs.description,
      contact: inputs.contact,
      scopes: metadataScopes(merged.scopes ?? ['api']),
      callbackUrl: merged.callbackUrl ?? DEFAULT_CALLBACK_URL,
      ...(certificate ? { certificate } : {}),
      ipRanges: ipRangesOf(merged.ipRanges),
      refreshToken: parseRefreshToken(merged.refreshToken),
      permissionSets: inputs.permissionSets,
      runAsUsername: inputs.runAsUsername,
    },
    diagnostics,
  };
};
