import { compareEstate } from '../generate/compare-estate.js';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../project/project-settings.js';
import { parseRuleConfiguration } from './rule-configuration.js';
import { validateEstate, validationResult } from './validate-estate.js';
import type { ValidateResult } from './validate-result.js';

export type ValidateOptions = {
  /** Absolute path of the SFDX project root. */
  projectDir: string;
  /** Where generate puts metadata, relative to the project root: where the committed app files are. */
  metadataDir: string;
  /** The project's choices (sfdx-project.json, "plugins.intuser"), its rule configuration among them. */
  settings?: ProjectSettings;
};

/**
 * `sf intuser validate`: the least-privilege check of every integration, offline, over the manifests, the
 * model they build and the files committed for them. Invalid manifests fail as they do for generate;
 * findings are data, whatever their severity: the caller decides what an error means for its exit code.
 */
export const validate = async (options: ValidateOptions): Promise<ValidateResult> => {
  const { projectDir, metadataDir, settings = DEFAULT_SETTINGS } = options;
  const configuration = parseRuleConfiguration(settings.rules);
  const estate = await compareEstate({ projectDir, metadataDir, force: false, settings });
  const findings = validateEstate({ integrations: estate.integrations, manifests: estate.validated, files: estate.files, committed: estate.disk }, configuration);
  return validationResult(projectDir, estate.integrations, configuration, findings);
};
