import { Messages } from '@salesforce/core';
import type { AuditedIntegration, AuditFinding, AuditResult, LicenceSeats } from './audit-result.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'audit');

const INDENT = '    ';

/** A finding as a reviewer reads it: its place, what the org holds against what the manifests say, the risk, the fix. */
const findingLines = (finding: AuditFinding): string[] => [
  `  ${messages.getMessage(`report.severity.${finding.severity}`)} ${finding.rule}  ${finding.file}:${finding.line}:${finding.column}${finding.path ? ` (${finding.path})` : ''}`,
  `${INDENT}${finding.message}`,
  `${INDENT}${messages.getMessage('report.values', [finding.expected, finding.actual])}`,
  ...(finding.grade ? [`${INDENT}${messages.getMessage('report.grade', [finding.grade.rule, finding.grade.severity, finding.grade.risk])}`] : []),
  `${INDENT}${messages.getMessage('report.fix', [finding.fix])}`,
];

const headline = (integration: AuditedIntegration, days: number): string => {
  const { user, logins, components } = integration;
  const state = user.exists
    ? messages.getMessage('report.user.state', [
        user.lastSuccessfulLogin ?? messages.getMessage('never'),
        logins.attempts,
        days,
        components.filter(({ state: held }) => held === 'matches').length,
        components.length,
      ])
    : messages.getMessage('report.user.missing');
  return messages.getMessage('report.integration', [integration.name, integration.manifest, user.username, state]);
};

const seats = (licence: LicenceSeats | null, name: string): string =>
  licence ? messages.getMessage('report.licence', [licence.label, licence.used, licence.total]) : messages.getMessage('report.noLicence', [name]);

/**
 * The audit as a reviewer reads it: each integration with its user's state and logins, then its findings; the
 * integration users nobody declared; the licences. An integration with nothing to report says so.
 */
export const humanReport = (result: AuditResult): string[] => {
  const undeclared = result.findings.filter(({ integration }) => integration === null);
  return [
    ...(result.integrations.length === 0 ? [messages.getMessage('report.noIntegrations'), ''] : []),
    ...result.integrations.flatMap((integration) => {
      const findings = result.findings.filter((finding) => finding.integration === integration.name);
      return [headline(integration, result.days), ...(findings.length === 0 ? [`${INDENT}${messages.getMessage('report.clean')}`] : findings.flatMap(findingLines)), ''];
    }),
    ...(undeclared.length === 0 ? [] : [messages.getMessage('report.undeclared', [undeclared.length]), ...undeclared.flatMap(findingLines), '']),
    messages.getMessage('report.licences', [
      [seats(result.licences.integrationUsers, 'Salesforce Integration'), seats(result.licences.apiIntegrationPermissionSets, 'Salesforce API Integration')].join('; '),
    ]),
  ];
};
