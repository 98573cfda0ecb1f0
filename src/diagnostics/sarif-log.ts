const SARIF_VERSION = '2.1.0';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const TOOL_NAME = 'plugin-intuser';

type Text = { text: string };
type Level = 'error' | 'warning';

/** A rule as a SARIF run describes it: its id, what it finds, why it matters, how to fix it, its default level. */
export type SarifRule<Id extends string> = { id: Id; title: string; description: string; help: string; level: Level };

/** One result: a rule's finding at its file (relative to the project root), line and column. */
export type SarifResult<Id extends string> = {
  ruleId: Id;
  level: Level | 'note';
  message: string;
  file: string;
  line: number;
  column: number;
  /** An accepted finding: suppressed in source, with the reason that accepts it. */
  suppression?: string;
  /** Data a reviewing tool may show beside the message (expected and actual values, say). */
  properties?: Record<string, unknown>;
};

/** A rule whose level the project changed, or turned off. */
export type SarifOverride<Id extends string> = { id: Id; configuration: { enabled: false } | { level: Level } };

/** The part of SARIF 2.1.0 this plugin writes. */
export type SarifLog<Id extends string = string> = {
  $schema: string;
  version: typeof SARIF_VERSION;
  runs: Array<{
    tool: {
      driver: {
        name: string;
        version?: string;
        rules: Array<{ id: Id; shortDescription: Text; fullDescription: Text; help: Text; defaultConfiguration: { level: Level } }>;
      };
    };
    invocations: Array<{
      executionSuccessful: boolean;
      ruleConfigurationOverrides?: Array<{ descriptor: { id: Id; index: number }; configuration: { enabled: false } | { level: Level } }>;
    }>;
    results: Array<{
      ruleId: Id;
      ruleIndex: number;
      level: Level | 'note';
      message: Text;
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }>;
      suppressions?: Array<{ kind: 'inSource'; justification: string }>;
      properties?: Record<string, unknown>;
    }>;
  }>;
};

/** A project path as a relative URI reference: each segment escaped, the slashes kept. */
const uriOf = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

/**
 * One SARIF run of plugin-intuser, for GitHub code scanning and other review tools: every rule with its default
 * level, the project's configuration as overrides, each result at its file, line and column (URIs relative to the
 * project root, which code scanning resolves against the repository). Shared by validate and audit.
 */
export const sarifLog = <Id extends string>(
  rules: ReadonlyArray<SarifRule<Id>>,
  results: ReadonlyArray<SarifResult<Id>>,
  options: { version?: string; overrides?: ReadonlyArray<SarifOverride<Id>> } = {}
): SarifLog<Id> => {
  const indexOf = (id: Id): number => rules.findIndex((rule) => rule.id === id);
  const overrides = (options.overrides ?? []).map(({ id, configuration }) => ({ descriptor: { id, index: indexOf(id) }, configuration }));
  return {
    $schema: SARIF_SCHEMA,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            ...(options.version === undefined ? {} : { version: options.version }),
            rules: rules.map(({ id, title, description, help, level }) => ({
              id,
              shortDescription: { text: title },
              fullDescription: { text: description },
              help: { text: help },
              defaultConfiguration: { level },
            })),
          },
        },
        invocations: [{ executionSuccessful: true, ...(overrides.length > 0 ? { ruleConfigurationOverrides: overrides } : {}) }],
        results: results.map((result) => ({
          ruleId: result.ruleId,
          ruleIndex: indexOf(result.ruleId),
          level: result.level,
          message: { text: result.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(result.file) }, region: { startLine: result.line, startColumn: result.column } } }],
          ...(result.suppression === undefined ? {} : { suppressions: [{ kind: 'inSource' as const, justification: result.suppression }] }),
          ...(result.properties === undefined ? {} : { properties: result.properties }),
        })),
      },
    ],
  };
};
