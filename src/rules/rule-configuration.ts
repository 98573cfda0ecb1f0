import { Messages, SfError } from '@salesforce/core';
import { closest } from '../manifest/suggest.js';
import { DEFAULT_CONFIGURATION, RULE_IDS, RULE_SETTINGS, type RuleConfiguration, type RuleId, type RuleSetting } from './rules.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'validate');

/** Where a project configures the rules: one place, reviewed like any other change. */
const CONFIGURATION_FILE = 'sfdx-project.json';
const CONFIGURATION_KEY = 'plugins.intuser.rules';

const problemsOf = (rules: Readonly<Record<string, unknown>>): string[] =>
  Object.entries(rules).flatMap(([id, setting]) => {
    if (!RULE_IDS.includes(id as RuleId)) {
      const suggestion = closest(id, RULE_IDS);
      return [
        suggestion
          ? messages.getMessage('configuration.unknownRuleSuggestion', [CONFIGURATION_KEY, id, suggestion])
          : messages.getMessage('configuration.unknownRule', [CONFIGURATION_KEY, id]),
      ];
    }
    if (!RULE_SETTINGS.includes(setting as RuleSetting)) {
      return [messages.getMessage('configuration.invalidSetting', [CONFIGURATION_KEY, id, JSON.stringify(setting), RULE_SETTINGS.join(', ')])];
    }
    return [];
  });

/**
 * The project's rule configuration over the defaults: `rules` is `plugins.intuser.rules` of
 * sfdx-project.json (whose shape the project settings have checked), rule id -> error, warning or off.
 * Any entry it cannot read refuses the whole configuration: a gate must not run on rules it misread, and
 * every problem is listed at once.
 */
export const parseRuleConfiguration = (rules: Readonly<Record<string, unknown>> = {}): RuleConfiguration => {
  const problems = problemsOf(rules);
  if (problems.length > 0) {
    throw new SfError(
      messages.getMessage('error.invalidConfiguration', [CONFIGURATION_FILE, problems.map((problem) => `  ${problem}`).join('\n')]),
      'InvalidRuleConfigurationError',
      messages.getMessages('action.invalidConfiguration', [CONFIGURATION_FILE, CONFIGURATION_KEY, RULE_IDS.join(', ')]),
      1
    );
  }
  return { ...DEFAULT_CONFIGURATION, ...(rules as Partial<Record<RuleId, RuleSetting>>) };
};
