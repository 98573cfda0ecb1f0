import { createHash } from 'node:crypto';
import { INTEGRATION_PROFILE, INTEGRATION_PSL, INTEGRATION_PSL_LABEL, INTEGRATION_USER_LICENSE } from '../integration-user/platform-names.js';
import type { AppModel, Grants, Integration, IntegrationUser } from '../model/integration.js';
import { describeRefreshToken } from '../model/refresh-token.js';
import { RIGHT_ORDER } from '../model/object-rights.js';
import { environmentPath, outputPaths, type OutputLayout } from '../project/output-layout.js';
import type { ObjectRight } from '../manifest/manifest.js';

/** A grant the integration's justifications accept, with its reason: the page lists them for the reviewer. */
export type AcceptedGrant = { grant: string; reason: string };

/** A Markdown table cell: pipes and line breaks would break the row. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

const table = (header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] =>
  rows.length === 0
    ? []
    : [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`), ''];

const code = (text: string): string => `\`${text}\``;

const RIGHT_TITLES: Readonly<Record<ObjectRight, string>> = {
  read: 'Read',
  create: 'Create',
  edit: 'Edit',
  delete: 'Delete',
  viewAll: 'View All',
  modifyAll: 'Modify All',
  viewAllFields: 'View All Fields',
};

/** A permission set's grants (or a muting set's mutes) as tables a reviewer reads without XML. */
const rightsText = (rights: readonly ObjectRight[]): string => rights.map((right) => RIGHT_TITLES[right]).join(', ');

/** Why a right the manifest did not ask for is granted: Salesforce requires it for another grant of the set. */
const impliedLines = (grants: Grants): string[] => {
  const lines = grants.objects.flatMap(({ object, implied }) =>
    implied
      ? [`- ${code(object)}: ${rightsText(implied.rights)}, because Salesforce requires it for ${implied.by.map((cause) => `${RIGHT_TITLES[cause.right]} on ${code(cause.object)}`).join(' and ')}.`]
      : []
  );
  return lines.length === 0 ? [] : ['Granted because another grant needs it (the manifest does not ask for it):', '', ...lines, ''];
};

const grantsSection = (grants: Grants, mark: string): string[] => [
  ...table(
    ['Object', ...RIGHT_ORDER.map((right) => RIGHT_TITLES[right])],
    grants.objects.map(({ object, rights }) => [code(object), ...RIGHT_ORDER.map((right) => (rights.includes(right) ? mark : ''))])
  ),
  ...impliedLines(grants),
  ...table(
    ['Field', 'Read', 'Edit'],
    grants.fields.map(({ field, readable, editable }) => [code(field), readable ? mark : '', editable ? mark : ''])
  ),
  ...(grants.userPermissions.length > 0 ? [`User permissions: ${grants.userPermissions.map(code).join(', ')}`, ''] : []),
  ...(grants.apexClasses.length > 0 ? [`Apex classes: ${grants.apexClasses.map(code).join(', ')}`, ''] : []),
  ...(grants.customPermissions.length > 0 ? [`Custom permissions: ${grants.customPermissions.map(code).join(', ')}`, ''] : []),
];

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
        ['App', `${kind} ${code(integration.name)}`],
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
  const script = paths.provisioningScript(integration.name);
  // An environment whose user is the manifest's own has no script of its own: it runs the base one.
  const scriptOf = (user: IntegrationUser, environment: string): string =>
    JSON.stringify(user) === JSON.stringify(integration.user) ? script : environmentPath(layout, environment, script);
  const commands =
    integration.environments.length === 0
      ? [`sf apex run --file ${script} --target-org <org>`]
      : integration.environments.map(({ name, user }) => `sf apex run --file ${scriptOf(user, name)} --target-org <${name} org>`);
  return [
    '## Create the user and assign its access',
    '',
    '1. Deploy the metadata: `sf project deploy start` (or `sf intuser deploy`).',
    `2. In a scratch org, the user can come from its definition file: \`sf org create user --definition-file ${paths.userDefinition(integration.name)} --target-org <scratch org>\`.`,
    `3. In any org, create the user where it is missing and assign the permission set license ${code(INTEGRATION_PSL)}, then the group ${code(integration.name)}:`,
    '',
    '```sh',
    ...commands,
    '```',
    '',
    'The script adds only what is missing. A group can be assigned once Salesforce has recalculated it (status Updated): if it has not yet, the script says so; run it again a few minutes later.',
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
    '## Access',
    '',
    `The user holds the permission set group ${code(integration.name)}, which bundles ${integration.permissionSets.map(({ apiName }) => code(apiName)).join(', ')}${
      integration.muting ? `, and mutes what ${code(integration.muting.apiName)} lists` : ''
    }.`,
    '',
    ...integration.permissionSets.flatMap((permissionSet) => [
      `### ${permissionSet.label} (${code(permissionSet.apiName)})`,
      '',
      permissionSet.description,
      '',
      ...grantsSection(permissionSet.grants, '✓'),
    ]),
    ...(integration.muting ? [`### Muted in the group (${code(integration.muting.apiName)})`, '', ...grantsSection(integration.muting.grants, 'muted')] : []),
    ...(accepted.length > 0
      ? ['### Accepted elevated grants', '', 'What `sf intuser validate` would report, accepted for the reason the manifest gives:', '', ...table(['Grant', 'Reason'], accepted.map(({ grant, reason }) => [code(grant), reason]))]
      : []),
    ...(integration.app ? appSection(integration, integration.app) : []),
    ...provisioningSection(integration, layout),
    ...securityNotes(integration),
    ...monitoringSection(integration),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
};
