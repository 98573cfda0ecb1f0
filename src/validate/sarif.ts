import { Messages } from '@salesforce/core';
import { sarifLog, type SarifLog } from '../diagnostics/sarif-log.js';
import { RULE_IDS, RULES, type RuleId } from '../rules/rules.js';
import type { ValidateResult } from './validate-result.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'validate');

export type { SarifLog } from '../diagnostics/sarif-log.js';

/**
 * The result as one SARIF run: every rule with its default level, the project's configuration as overrides,
 * each finding at its file, line and column, and accepted findings as notes suppressed in source with their
 * justification.
 */
export const toSarif = (result: ValidateResult, version?: string): SarifLog<RuleId> =>
  sarifLog(
    RULE_IDS.map((id) => ({
      id,
      title: messages.getMessage(`${id}.title`),
      description: messages.getMessage(`${id}.risk`),
      help: [messages.getMessage(`${id}.fix`), ...(RULES[id].justifiable ? [messages.getMessage('help.justify')] : [])].join(' '),
      level: RULES[id].severity,
    })),
    result.findings.map((finding) => ({
      ruleId: finding.rule,
      level: finding.severity,
      message: [finding.message, finding.risk, finding.fix].join('\n'),
      file: finding.file,
      line: finding.line,
      column: finding.column,
      ...(finding.reason === undefined ? {} : { suppression: finding.reason }),
    })),
    {
      ...(version === undefined ? {} : { version }),
      overrides: result.rules.flatMap(({ id, severity, defaultSeverity }) =>
        severity === defaultSeverity ? [] : [{ id, configuration: severity === 'off' ? { enabled: false as const } : { level: severity } }]
      ),
    }
  );
