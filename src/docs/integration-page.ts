import { createHash } from 'node:crypto';
import { INTEGRATION_PROFILE, INTEGRATION_PSL, INTEGRATION_PSL_LABEL, INTEGRATION_USER_LICENSE } from '../integration-user/platform-names.js';
import type { AppModel, Integration, IntegrationUser } from '../model/integration.js';
import { describeRefreshToken } from '../model/refresh-token.js';
import { environmentPath, outputPaths, type OutputLayout } from '../project/output-layout.js';
import { accessSection, type AcceptedGrant } from './access-section.js';
import { code, table } from './markdown.js';

const userRows = (user: IntegrationUser): string[][] => [
  ['Username', code(user.username)],
  ['Name', [user.firstName, user.lastName].filter(Boolean).join(' ')],
  ['Email', user.email],
  ['Alias', code(user.alias)],
  ['Time zone, locale, language', `${user.timeZone}, ${user.locale}, ${user.language}`],
  ['User license', INTEGRATION_USER_LICENSE],
  ['Profile', INTEGRATION_PROFILE],
  ['Permission set license', `${INTEGRATION_PSL_LABEL} (${code(INTEGRATION_PSL)})`],
];

/** The SHA-256 fingerprint of a certificate, as `openssl x509 -fingerprint -sha256` prints it. */
const fingerprint = (pem: string): string => {
  const der = Buffer.from(pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
  return (createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g) ?? []).join(':');
};

/** The settings of an app that may differ by environment, each as one line of text. */
const appSettings = (app: AppModel): Array<[string, string]> => [
  ['Client-credentials user', app.flow === 'clientCredentials' ? code(app.runAsUsername) : 'not used (JWT bearer)'],
  ['Callback URL', app.callbackUrl],
  ['Certificate', app.certificate ? `${code(app.certificate.path)}, SHA-256 ${fingerprint(app.certificate.pem)}` : 'none'],
  ['IP ranges', app.ipRanges.length === 0 ? 'none' : app.ipRanges.map(({ start, end, description }) => `${start}–${end}${description ? ` (${description})` : ''}`).join('; ')],
  ['Refresh tokens', describeRefreshToken(app.refreshToken)],
  ['Scopes', app.scopes.join(', ')],
];

const appSection = (integration: Integration, app: AppModel): string[] => {
  const kind = app.type === 'externalClientApp' ? 'External Client App' : 'Connected App (existing)';
  const perEnvironment = integration.environments.filter((environment) => environment.app);
  const settings = appSettings(app);
  return [
    '## OAuth app',
    '',
    ...table(
      ['', ''],
      [
        ['App', `${kind} ${code(app.apiName)}`],
        ['Flow', app.flow === 'clientCredentials' ? 'OAuth 2.0 client credentials' : 'OAuth 2.0 JWT bearer'],
        ['Permitted users', 'Admin-approved users are pre-authorized; no one can authorize themselves'],
        ['Who may use it', `holders of ${app.permissionSets.map(code).join(', ')} only`],
        ['IP relaxation', 'Enforce IP restrictions'],
      ]
    ),
    ...(perEnvironment.length === 0
      ? table(['Setting', 'Value'], settings)
      : table(
          ['Setting', 'Manifest (default)', ...perEnvironment.map(({ name }) => name)],
          settings.map(([setting, value], index) => [setting, value, ...perEnvironment.map((environment) => appSettings(environment.app!)[index]![1])])
        )),
    'The consumer key and secret are created by Salesforce when the app is first deployed and stay in the org: an',
    'admin copies them from Setup into the external system\'s secret store. They are in no file of this project.',
    '',
  ];
};

const environmentsSection = (integration: Integration, layout: OutputLayout): string[] => {
  if (integration.environments.length === 0) return [];
  const rows = integration.environments.map((environment) => [environment.name, code(environment.user.username), environment.user.email]);
  return [
    '## Environments',
    '',
    ...table(['Environment', 'Username', 'Email'], rows),
    `Each environment deploys the files above, with its own variant of a file wherever it differs, under ${code(environmentPath(layout, '<env>', ''))}:`,
    '`sf intuser deploy --env <env>` deploys exactly that.',
    '',
  ];
};

const provisioningSection = (integration: Integration, layout: OutputLayout): string[] => {
  const paths = outputPaths(layout);
  const commands =
    integration.environments.length === 0
      ? [`sf intuser deploy --target-org <org> --integration ${integration.name}`]
      : integration.environments.map(({ name }) => `sf intuser deploy --target-org <${name} org> --env ${name} --integration ${integration.name}`);
  return [
    '## Create the user and assign its access',
    '',
    `\`sf intuser deploy\` does it in the order the platform needs: the access metadata, then the user from its definition (${code(paths.userDefinition(integration.name))}, or its environment's variant) with the API-only profile and the permission set license ${code(INTEGRATION_PSL)}, then the parts of the app that name the user, then the group ${code(integration.name)} once Salesforce has recalculated it:`,
    '',
    '```sh',
    ...commands,
    '```',
    '',
    'It writes only what differs: a second run changes nothing. `--dry-run` shows the plan first. In a scratch org, the user can also come from its definition file: `sf org create user --definition-file ' + paths.userDefinition(integration.name) + ' --target-org <scratch org>`.',
    '',
  ];
};

const securityNotes = (integration: Integration): string[] => [
  '## MFA and IP restrictions',
  '',
  '- The user is API only: its profile allows no interactive login, so it has no password to phish and never meets the login MFA challenge.',
  '- Do not grant "Multi-Factor Authentication for API Logins" (`TwoFactorApi`) to this user: a non-interactive integration cannot answer it and every login fails.',
  '- Never waive MFA for it ("Waive Multi-Factor Authentication for Exempt Users"): it needs no waiver, and the waiver is a risk if the user is ever made interactive.',
  ...(integration.app
    ? [
        '- The app enforces IP restrictions for every token. Add the external system\'s addresses to the app (`ipRanges` in the manifest) and, where the org allows it, as login IP ranges of the profile.',
      ]
    : []),
  '',
];

const monitoringSection = (integration: Integration): string[] => {
  const usernames = [...new Set([integration.user.username, ...integration.environments.map(({ user }) => user.username)])];
  // A quote is legal in an address: escaped for SOQL, inside a double-quoted shell argument.
  const query = (username: string): string =>
    `sf data query --target-org <org> --query "SELECT LoginTime, Status, LoginType, SourceIp, Application, ApiType, ApiVersion, TlsProtocol, CountryIso FROM LoginHistory WHERE UserId IN (SELECT Id FROM User WHERE Username = '${username.replace(/'/g, "\\'")}') AND LoginTime = LAST_N_DAYS:30 ORDER BY LoginTime DESC"`;
  return [
    '## Monitoring',
    '',
    'Logins of the last 30 days, newest first (LoginHistory cannot filter on Status: look for failures in the result):',
    '',
    '```sh',
    ...usernames.map(query),
    '```',
    '',
  ];
};

/**
 * The integration's page, for an auditor or the next admin: who the user is, what it may do, how its app is
 * locked down in each environment, how to provision and watch it. Generated, so it never drifts from the
 * metadata it describes.
 */
export const integrationPage = (integration: Integration, layout: OutputLayout, accepted: readonly AcceptedGrant[]): string => {
  const lines = [
    `# ${integration.label} (${code(integration.name)})`,
    '',
    integration.description,
    '',
    `Generated by plugin-intuser from ${code(integration.file)}. Do not edit: change the manifest and run \`sf intuser generate\`.`,
    '',
    ...table(
      ['', ''],
      [
        ['Owner', integration.contact],
        ['Permission set group', code(integration.name)],
      ]
    ),
    '## Integration user',
    '',
    ...table(['', ''], userRows(integration.user)),
    ...environmentsSection(integration, layout),
    ...accessSection(integration, accepted),
    ...(integration.app ? appSection(integration, integration.app) : []),
    ...provisioningSection(integration, layout),
    ...securityNotes(integration),
    ...monitoringSection(integration),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
};
