import { compareEstate, type EstateComparison } from '../generate/compare-estate.js';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../project/project-settings.js';
import { parseRuleConfiguration } from './rule-configuration.js';
import { validateEstate, validationResult } from './validate-estate.js';
import type { Finding, ValidateResult } from './validate-result.js';

export type ValidateOptions = {
  /** Absolute path of the SFDX project root. */
  projectDir: string;
  /** Where generate puts metadata, relative to the project root: where the committed app files are. */
  metadataDir: string;
  /** The project's choices (sfdx-project.json, "plugins.intuser"), its rule configuration among them. */
  settings?: ProjectSettings;
};

/**
 * The findings of an estate already read, under the project's rule configuration: what generate shows as
 * warnings and deploy refuses on. `committed` is the content of generated files as they stand on disk.
 */
export const findingsOf = (
  estate: Pick<EstateComparison, 'integrations' | 'validated' | 'files'>,
  settings: ProjectSettings = DEFAULT_SETTINGS,
  committed: EstateComparison['disk'] = new Map()
): Finding[] =>
  validateEstate({ integrations: estate.integrations, manifests: estate.validated, files: estate.files, committed }, parseRuleConfiguration(settings.rules));

/**
 * `sf intuser validate`: the least-privilege check of every integration, offline, over the manifests, the
 * model they build and the files committed for them. Invalid manifests fail as they do for generate;
 * findings are data, whatever their severity: the caller decides what an error means for its exit code.
 */
export const validate = async (options: ValidateOptions): Promise<ValidateResult> => {
  const { projectDir, metadataDir, settings = DEFAULT_SETTINGS } = options;
  const estate = await compareEstate({ projectDir, metadataDir, force: false, settings });
  return validationResult(projectDir, estate.integrations, parseRuleConfiguration(settings.rules), findingsOf(estate, settings, estate.disk));
};
