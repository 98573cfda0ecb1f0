import type { LocatedDiagnostic } from '../diagnostics/diagnostic.js';
import { compareEstate } from '../estate/compare-estate.js';
import type { Integration } from '../model/integration.js';
import { byCodePoint } from '../model/sort.js';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../project/project-settings.js';
import type { Finding } from '../rules/finding.js';
import { parseRuleConfiguration } from '../rules/rule-configuration.js';
import { RULE_IDS, RULES, type RuleConfiguration } from '../rules/rules.js';
import { findingsOf } from '../rules/validate-estate.js';
import type { ValidateResult } from './validate-result.js';
import type { OrgSession } from '../org/org-session.js';
import { checkInOrg, orgCheckError, settledNotes } from '../resolve/check-in-org.js';

export type ValidateOptions = {
  /** Absolute path of the SFDX project root. */
  projectDir: string;
  /** Where generate puts metadata, relative to the project root: where the committed app files are. */
  metadataDir: string;
  /** The project's choices (sfdx-project.json, "plugins.intuser"), its rule configuration among them. */
  settings?: ProjectSettings;
  /** The package directories of sfdx-project.json: where the names manifests reference are resolved. */
  packageDirectories?: readonly string[];
};

/** The result of a run: the findings, what they add up to, and each rule as configured. */
export const validationResult = (
  projectDir: string,
  integrations: readonly Integration[],
  configuration: RuleConfiguration,
  findings: Finding[],
  notes: LocatedDiagnostic[] = []
): ValidateResult => {
  const count = (severity: Finding['severity']): number => findings.filter((finding) => finding.severity === severity).length;
  return {
    projectDir,
    passed: count('error') === 0,
    summary: { errors: count('error'), warnings: count('warning'), accepted: count('note') },
    integrations: integrations.map(({ name, file }) => ({ name, manifest: file })).sort((a, b) => byCodePoint(a.name, b.name)),
    rules: RULE_IDS.map((id) => ({ id, severity: configuration[id], defaultSeverity: RULES[id].severity })),
    findings,
    notes,
  };
};

/**
 * `sf intuser validate`: the least-privilege check of every integration, offline, over the manifests, the
 * model they build and the files committed for them. Invalid manifests fail as they do for generate;
 * findings are data, whatever their severity: the caller decides what an error means for its exit code.
 * With an org, its word on every referenced name comes first: a name it lacks fails the run at its manifest
 * line, and the notes it settles (names only the org could confirm) are dropped.
 */
export const validate = async (options: ValidateOptions, org?: OrgSession): Promise<ValidateResult> => {
  const { projectDir, metadataDir, settings = DEFAULT_SETTINGS, packageDirectories = [] } = options;
  const estate = await compareEstate({ projectDir, metadataDir, force: false, settings, packageDirectories, keepFields: org !== undefined });
  let notes = estate.notes;
  if (org) {
    const check = await checkInOrg(estate, org);
    if (check.problems.length > 0) throw orgCheckError(check.problems);
    notes = settledNotes(notes, check, new Set(estate.validated.manifests.map(({ file }) => file)));
  }
  const findings = findingsOf(estate, settings.rules, estate.committed);
  return validationResult(projectDir, estate.integrations, parseRuleConfiguration(settings.rules), findings, notes);
};
