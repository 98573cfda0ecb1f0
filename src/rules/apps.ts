import { Messages } from '@salesforce/core';
import type { ManifestPath } from '../diagnostics/diagnostic.js';
import type { AppModel, Integration } from '../model/integration.js';
import { describeRefreshToken } from '../model/refresh-token.js';
import type { Risk } from './risk.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'validate');

/** The justification keys of the app's settings. */
export const APP_GRANTS = {
  permittedUsers: 'app.permittedUsers',
  ipRelaxation: 'app.ipRelaxation',
  refreshToken: 'app.refreshToken',
  fullScope: 'app.scopes.full',
  ipRanges: 'app.ipRanges',
} as const;

type Variant = { environment?: string; app: AppModel };

const variantsOf = (integration: Integration): Variant[] => [
  ...(integration.app ? [{ app: integration.app }] : []),
  ...integration.environments.flatMap(({ name, app }) => (app ? [{ environment: name, app }] : [])),
];

type Setting = 'scopes' | 'refreshToken' | 'ipRanges';

/**
 * Where a variant's setting comes from: the environment's override where its value differs from the
 * manifest's own app, else the app itself. An environment that inherits a risk thus reports it at the same
 * place as the app, and is told once.
 */
const settingPath = (integration: Integration, { environment, app }: Variant, setting: Setting): ManifestPath =>
  environment !== undefined && JSON.stringify(app[setting]) !== JSON.stringify(integration.app?.[setting])
    ? ['environments', environment, 'app', setting]
    : ['app', setting];

const risksOf = (integration: Integration, variant: Variant): Risk[] => {
  const { app } = variant;
  const subject = variant.environment === undefined ? messages.getMessage('app.subject') : messages.getMessage('app.subjectInEnvironment', [variant.environment]);
  const risk = (rule: Risk['rule'], setting: Setting, grant: string, tokens: string[], entries?: string[]): Risk => ({
    rule,
    integration: integration.name,
    file: integration.file,
    at: { path: settingPath(integration, variant, setting), ...(entries ? { entries } : {}) },
    grant,
    tokens: [subject, ...tokens],
  });
  const risks: Risk[] = [];
  if (app.scopes.includes('Full')) risks.push(risk('app-full-scope', 'scopes', APP_GRANTS.fullScope, [], ['full']));
  if (app.refreshToken.kind === 'infinite') risks.push(risk('app-infinite-refresh-token', 'refreshToken', APP_GRANTS.refreshToken, []));
  // Infinite tokens are reported above, and more severely: the scope that issues them adds nothing to that.
  else if (app.scopes.includes('RefreshToken')) {
    risks.push(risk('app-refresh-token', 'scopes', APP_GRANTS.refreshToken, [describeRefreshToken(app.refreshToken)], ['refresh_token', 'offline_access']));
  }
  if (app.ipRanges.length === 0) risks.push(risk('app-no-ip-ranges', 'ipRanges', APP_GRANTS.ipRanges, []));
  return risks;
};

/** The app as the manifest asks for it, in every environment; a risk an environment inherits is reported once. */
export const appRisks = (integration: Integration): Risk[] => {
  const seen = new Set<string>();
  return variantsOf(integration)
    .flatMap((variant) => risksOf(integration, variant))
    .filter((risk) => {
      const key = JSON.stringify([risk.rule, risk.at]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
};
