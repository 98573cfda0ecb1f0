import { RIGHT_TITLES } from '../docs/access-section.js';
import { code, table } from '../docs/markdown.js';
import type { AuditedIntegration, AuditFinding, AuditResult, LicenceSeats, UserState } from './audit-result.js';
import type { PermissionSetAccess } from './effective-access.js';
import type { ObjectRight } from '../manifest/manifest.js';

const NAMED: ReadonlyArray<readonly [keyof PermissionSetAccess, string]> = [
  ['userPermissions', 'User permissions'],
  ['apexClasses', 'Apex classes'],
  ['customPermissions', 'Custom permissions'],
  ['customMetadataTypes', 'Custom metadata types (read)'],
  ['customSettings', 'Custom settings (read)'],
  ['flows', 'Flows (run)'],
  ['externalCredentialPrincipals', 'External credential principals'],
  ['recordTypes', 'Record types'],
];

const state = (user: UserState): string =>
  user.exists ? [user.active ? 'active' : 'inactive', ...(user.frozen ? ['frozen'] : [])].join(', ') : 'not in the org';

const profile = (user: UserState): string => (user.exists ? `${user.profile ?? 'none'} (${user.userLicense ?? 'no licence'})` : '');

const driftOf = (integration: AuditedIntegration): string => {
  const count = (held: string): number => integration.components.filter(({ state: actual }) => actual === held).length;
  const [drifted, missing] = [count('drifted') + count('unreadable'), count('missing')];
  if (drifted === 0 && missing === 0) return `none (${integration.components.length} component(s) as generated)`;
  return [drifted > 0 ? `${drifted} component(s) changed` : '', missing > 0 ? `${missing} missing` : ''].filter(Boolean).join(', ');
};

const seats = (licence: LicenceSeats | null, name: string): string => (licence ? `${licence.label}: ${licence.used} of ${licence.total} used` : `${name}: none in the org`);

const header = (result: AuditResult): string[] => [
  '# Integration user access review',
  '',
  ...table(
    ['', ''],
    [
      ['Org Id', code(result.orgId)],
      ['Read as', code(result.targetOrg)],
      ['Environment', result.environment === null ? 'the manifests’ own values' : code(result.environment)],
      ['Extracted at', `${result.auditedAt} (UTC)`],
      ['Extracted by', `plugin-intuser ${result.pluginVersion ?? '(version unknown)'}, \`sf intuser audit\``],
      ['Logins read', `the last ${result.days} days; stale after ${result.staleDays} days without a successful login`],
      ['Result', `${result.passed ? 'passed' : '**failed**'}: ${result.summary.errors} error(s), ${result.summary.warnings} warning(s) (fails on ${result.failOn})`],
    ]
  ),
];

const population = (result: AuditResult): string[] => [
  '## Population',
  '',
  'Every integration user of the org: those the manifests declare, and the active users on the Salesforce Integration licence or an API-only profile that no manifest declares.',
  '',
  ...table(
    ['User', 'Integration', 'Owner', 'Purpose', 'State', 'Profile (licence)', 'Last successful login', 'Drift'],
    [
      ...result.integrations.map((integration) => [
        code(integration.user.username),
        integration.name,
        integration.contact,
        integration.description,
        state(integration.user),
        profile(integration.user),
        integration.user.lastSuccessfulLogin ?? 'none recorded',
        driftOf(integration),
      ]),
      ...result.undeclaredUsers.map((user) => [code(user.username), '**none: undeclared**', 'unknown', 'unknown', state(user), profile(user), user.lastSuccessfulLogin ?? 'none recorded', '']),
    ]
  ),
  `Licences: ${seats(result.licences.integrationUsers, 'Salesforce Integration')}; ${seats(result.licences.apiIntegrationPermissionSets, 'Salesforce API Integration')}.`,
  '',
];

const findingRow = (finding: AuditFinding): string[] => [
  finding.severity,
  code(finding.rule),
  `${finding.file}:${finding.line}`,
  finding.message + (finding.grade ? ` Rated ${code(finding.grade.rule)} (${finding.grade.severity}).` : ''),
  finding.expected,
  finding.actual,
  finding.fix,
];

const FINDING_HEADER = ['Severity', 'Rule', 'Where', 'Finding', 'Manifests', 'Org', 'Fix'];

const findings = (result: AuditResult): string[] => [
  '## Findings',
  '',
  ...(result.findings.length === 0 ? ['None: the org holds what the manifests declare.', ''] : table(FINDING_HEADER, result.findings.map(findingRow))),
];

const permissionSetLines = (permissionSet: PermissionSetAccess): string[] => [
  `#### ${permissionSet.label} (${code(permissionSet.name)})`,
  '',
  ...(permissionSet.description ? [permissionSet.description, ''] : []),
  ...table(['Object', 'Rights'], permissionSet.objects.map(({ object, rights }) => [code(object), rights.map((right) => (Object.hasOwn(RIGHT_TITLES, right) ? RIGHT_TITLES[right as ObjectRight] : right)).join(', ')])),
  ...table(['Field', 'Access'], permissionSet.fields.map(({ field, access }) => [code(field), access])),
  ...NAMED.flatMap(([list, title]) => {
    const names = permissionSet[list] as string[];
    return names.length > 0 ? [`${title}: ${names.map(code).join(', ')}`, ''] : [];
  }),
];

const loginsLine = ({ logins }: AuditedIntegration): string =>
  [
    `${logins.attempts} attempt(s), ${logins.successes} successful`,
    logins.failures.length > 0 ? `failures: ${logins.failures.map(({ status, count }) => `${status} (${count})`).join(', ')}` : 'no failures',
    logins.outsideIpRanges.length > 0 ? `outside the IP ranges: ${logins.outsideIpRanges.map(({ sourceIp, count }) => `${sourceIp} (${count})`).join(', ')}` : '',
    logins.passwordLogins > 0 ? `${logins.passwordLogins} through a password flow` : '',
    logins.interactiveAttempts > 0 ? `${logins.interactiveAttempts} interactive` : '',
  ]
    .filter(Boolean)
    .join('; ');

const integrationSection = (result: AuditResult, integration: AuditedIntegration): string[] => {
  const { user, access } = integration;
  const own = result.findings.filter((finding) => finding.integration === integration.name);
  return [
    `## ${integration.label} (${code(integration.name)})`,
    '',
    ...table(
      ['', ''],
      [
        ['Owner', integration.contact],
        ['Purpose', integration.description],
        ['Manifest', code(integration.manifest)],
        ['User', code(user.username)],
        ['State', user.exists ? `${state(user)}; ${profile(user)}` : 'not in the org'],
        ['Permission set licences', user.permissionSetLicenses.map(code).join(', ') || 'none'],
        ['Assignments', user.assignments.map(({ kind, name }) => `${code(name)} (${kind === 'group' ? 'group' : 'permission set'})`).join(', ') || 'none'],
        ['Last successful login', user.lastSuccessfulLogin ?? 'none recorded'],
        [`Logins, last ${result.days} days`, loginsLine(integration)],
      ]
    ),
    '### Effective access',
    '',
    `What the manifest grants the user through the group ${code(integration.name)}, less what the group mutes.`,
    '',
    ...access.permissionSets.flatMap(permissionSetLines),
    ...(access.existingPermissionSets.length > 0
      ? [`The group also includes ${access.existingPermissionSets.map(code).join(', ')}, which no manifest describes: review them in the org.`, '']
      : []),
    ...(access.justifications.length > 0 ? ['Elevated grants and their justifications:', '', ...table(['Grant', 'Justification'], access.justifications.map(({ grant, reason }) => [code(grant), reason]))] : []),
    '### Components in the org',
    '',
    ...table(['Component', 'Generated file', 'In the org'], integration.components.map(({ type, fullName, file, state: held }) => [`${type} ${code(fullName)}`, code(file), held === 'matches' ? 'as generated' : held])),
    ...(own.length > 0 ? ['### Its findings', '', ...table(FINDING_HEADER, own.map(findingRow))] : []),
  ];
};

const queries = (result: AuditResult): string[] => [
  '## How this extract was made',
  '',
  'The org was read with these calls, in this order; run them as the same user to reproduce the extract. Nothing in the org was changed.',
  '',
  '```text',
  ...result.queries,
  '```',
  '',
];

/**
 * The quarterly access review, as an auditor asks for it: the complete population of integration users, each
 * one's owner, purpose, effective grants with their justifications, state in the org, last login and drift,
 * then how the extract was made (org Id, time, plugin version, the calls it made). Markdown, for a file or a
 * pull-request comment. Pure; holds nothing the result does not (so never a secret).
 */
export const reviewPack = (result: AuditResult): string =>
  [...header(result), ...population(result), ...findings(result), ...result.integrations.flatMap((integration) => integrationSection(result, integration)), ...queries(result)].join('\n');
