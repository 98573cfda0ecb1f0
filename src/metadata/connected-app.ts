import type { ConnectedApp, ConnectedAppIpRange, ConnectedAppOauthConfig, ConnectedAppOauthPolicy } from '@salesforce/types/metadata';
import type { AppModel } from '../model/integration.js';
import type { RefreshTokenPolicy } from '../model/refresh-token.js';

export type ConnectedAppContent = Pick<ConnectedApp, 'contactEmail' | 'description' | 'ipRanges' | 'label' | 'oauthConfig' | 'oauthPolicy' | 'permissionSetName'>;

const refreshTokenPolicy = (policy: RefreshTokenPolicy): string =>
  policy.kind === 'lifetime' ? `specific_lifetime:${policy.amount}:${policy.unit.toUpperCase()}` : policy.kind;

/**
 * The same intent as the External Client App, for a connected app that already exists (new ones cannot be
 * created since Spring '26): admin-approved users only, through the integration's permission sets; the
 * client-credentials user or the certificate; the address ranges; IP restrictions enforced. No consumer
 * key or secret: they stay in the org.
 */
export const connectedAppContent = (app: AppModel): ConnectedAppContent => {
  const oauthConfig: ConnectedAppOauthConfig = {
    callbackUrl: app.callbackUrl,
    ...(app.certificate ? { certificate: app.certificate.pem } : {}),
    isAdminApproved: true,
    ...(app.flow === 'clientCredentials' ? { isClientCredentialEnabled: true, oauthClientCredentialUser: app.runAsUsername } : {}),
    scopes: [...app.scopes] as ConnectedAppOauthConfig['scopes'],
  };
  const oauthPolicy: ConnectedAppOauthPolicy = { ipRelaxation: 'ENFORCE', refreshTokenPolicy: refreshTokenPolicy(app.refreshToken) };
  return {
    contactEmail: app.contact,
    description: app.description,
    ipRanges: app.ipRanges.map(({ start, end, description }): ConnectedAppIpRange => ({ ...(description === undefined ? {} : { description }), end, start })),
    label: app.label,
    oauthConfig,
    oauthPolicy,
    permissionSetName: [...app.permissionSets],
  };
};
