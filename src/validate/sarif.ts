import { Messages } from '@salesforce/core';
import type { FindingSeverity } from '../rules/finding.js';
import { RULE_IDS, RULES, type RuleId, type Severity } from '../rules/rules.js';
import type { ValidateResult } from './validate-result.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'validate');

const SARIF_VERSION = '2.1.0';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const TOOL_NAME = 'plugin-intuser';

type Text = { text: string };

/** The part of SARIF 2.1.0 this plugin writes. */
export type SarifLog = {
  $schema: string;
  version: typeof SARIF_VERSION;
  runs: Array<{
    tool: {
      driver: {
        name: string;
        version?: string;
        rules: Array<{ id: RuleId; shortDescription: Text; fullDescription: Text; help: Text; defaultConfiguration: { level: Severity } }>;
      };
    };
    invocations: Array<{
      executionSuccessful: boolean;
      ruleConfigurationOverrides?: Array<{ descriptor: { id: RuleId; index: number }; configuration: { enabled: false } | { level: Severity } }>;
    }>;
    results: Array<{
      ruleId: RuleId;
      ruleIndex: number;
      level: FindingSeverity;
      message: Text;
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }>;
      suppressions?: Array<{ kind: 'inSource'; justification: string }>;
    }>;
  }>;
};

/** A project path as a relative URI reference: each segment escaped, the slashes kept. */
const uriOf = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

const descriptor = (id: RuleId, level: Severity): SarifLog['runs'][number]['tool']['driver']['rules'][number] => ({
  id,
  shortDescription: { text: messages.getMessage(`${id}.title`) },
  fullDescription: { text: messages.getMessage(`${id}.risk`) },
  help: { text: [messages.getMessage(`${id}.fix`), ...(RULES[id].justifiable ? [messages.getMessage('help.justify')] : [])].join(' ') },
  defaultConfiguration: { level },
});

/**
 * The result as one SARIF run, for GitHub code scanning and other review tools: every rule with its default
 * level, the project's configuration as overrides, each finding at its file, line and column (URIs relative
 * to the project root), and accepted findings as notes suppressed in source with their justification.
 */
export const toSarif = (result: ValidateResult, version?: string): SarifLog => {
  const overrides = result.rules.flatMap(({ id, severity, defaultSeverity }) =>
    severity === defaultSeverity
      ? []
      : [{ descriptor: { id, index: RULE_IDS.indexOf(id) }, configuration: severity === 'off' ? { enabled: false as const } : { level: severity } }]
  );
  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            ...(version === undefined ? {} : { version }),
            rules: RULE_IDS.map((id) => descriptor(id, RULES[id].severity)),
          },
        },
        invocations: [{ executionSuccessful: true, ...(overrides.length > 0 ? { ruleConfigurationOverrides: overrides } : {}) }],
        results: result.findings.map((finding) => ({
          ruleId: finding.rule,
          ruleIndex: RULE_IDS.indexOf(finding.rule),
          level: finding.severity,
          message: { text: [finding.message, finding.risk, finding.fix].join('\n') },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uriOf(finding.file) },
                region: { startLine: finding.line, startColumn: finding.column },
              },
            },
          ],
          ...(finding.reason === undefined ? {} : { suppressions: [{ kind: 'inSource' as const, justification: finding.reason }] }),
        })),
      },
    ],
  };
};
