import { Messages } from '@salesforce/core';
import { sarifLog, type SarifLog } from '../diagnostics/sarif-log.js';
import type { AuditResult } from './audit-result.js';
import { AUDIT_RULE_IDS, AUDIT_RULES, type AuditRuleId } from './audit-rules.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'audit');

/**
 * A rule's help: its fix, the command left to each finding (it names the run's org, environment and integration).
 * Only fixes that name a command get the token: others would leave a warning in the CLI's log.
 */
const help = (id: AuditRuleId): string => {
  const fix = messages.getMessage(`${id}.fix`);
  return fix.includes('%s') ? messages.getMessage(`${id}.fix`, [messages.getMessage('help.command')]) : fix;
};

/**
 * The audit as one SARIF run: every audit rule, each finding on the manifest line it concerns (what no manifest
 * declares, at the top of sfdx-project.json), its message with the values the org and the manifests hold, the
 * risk that grades a widening and the fix; the values also as properties, for tools that show them apart.
 */
export const toAuditSarif = (result: AuditResult, version?: string): SarifLog<AuditRuleId> =>
  sarifLog(
    AUDIT_RULE_IDS.map((id) => ({ id, title: messages.getMessage(`${id}.title`), description: messages.getMessage(`${id}.description`), help: help(id), level: AUDIT_RULES[id] })),
    result.findings.map((finding) => ({
      ruleId: finding.rule,
      level: finding.severity,
      message: [
        finding.message,
        messages.getMessage('report.values', [finding.expected, finding.actual]),
        ...(finding.grade ? [messages.getMessage('report.grade', [finding.grade.rule, finding.grade.severity, finding.grade.risk])] : []),
        messages.getMessage('report.fix', [finding.fix]),
      ].join('\n'),
      file: finding.file,
      line: finding.line,
      column: finding.column,
      properties: {
        subject: finding.subject,
        expected: finding.expected,
        actual: finding.actual,
        ...(finding.integration === null ? {} : { integration: finding.integration }),
        ...(finding.grade ? { grade: finding.grade.rule } : {}),
      },
    })),
    version === undefined ? {} : { version }
  );
