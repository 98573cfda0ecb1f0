import { compareEstate } from '../estate/compare-estate.js';
import type { Integration } from '../model/integration.js';
import { byCodePoint } from '../model/sort.js';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../project/project-settings.js';
import type { Finding } from '../rules/finding.js';
import { parseRuleConfiguration } from '../rules/rule-configuration.js';
import { RULE_IDS, RULES, type RuleConfiguration } from '../rules/rules.js';
import { findingsOf } from '../rules/validate-estate.js';
import type { ValidateResult } from './validate-result.js';

export type ValidateOptions = {
  /** Absolute path of the SFDX project root. */
  projectDir: string;
  /** Where generate puts metadata, relative to the project root: where the committed app files are. */
  metadataDir: string;
  /** The project's choices (sfdx-project.json, "plugins.intuser"), its rule configuration among them. */
  settings?: ProjectSettings;
};

/** The result of a run: the findings, what they add up to, and each rule as configured. */
export const validationResult = (
  projectDir: string,
  integrations: readonly Integration[],
  configuration: RuleConfiguration,
  findings: Finding[]
): ValidateResult => {
  const count = (severity: Finding['severity']): number => findings.filter((finding) => finding.severity === severity).length;
  return {
    projectDir,
    passed: count('error') === 0,
    summary: { errors: count('error'), warnings: count('warning'), accepted: count('note') },
    integrations: integrations.map(({ name, file }) => ({ name, manifest: file })).sort((a, b) => byCodePoint(a.name, b.name)),
    rules: RULE_IDS.map((id) => ({ id, severity: configuration[id], defaultSeverity: RULES[id].severity })),
    findings,
  };
};

/**
 * `sf intuser validate`: the least-privilege check of every integration, offline, over the manifests, the
 * model they build and the files committed for them. Invalid manifests fail as they do for generate;
 * findings are data, whatever their severity: the caller decides what an error means for its exit code.
 */
export const validate = async (options: ValidateOptions): Promise<ValidateResult> => {
  const { projectDir, metadataDir, settings = DEFAULT_SETTINGS } = options;
  const estate = await compareEstate({ projectDir, metadataDir, force: false, settings });
  const findings = findingsOf(estate, settings.rules, estate.committed);
  return validationResult(projectDir, estate.integrations, parseRuleConfiguration(settings.rules), findings);
};
