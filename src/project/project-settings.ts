import type { ValidateFunction } from 'ajv';
import { validate as precompiled } from './project-settings-validator.generated.js';

/** The project's choices, from the "plugins.intuser" object of sfdx-project.json: one reviewable place. */
export type ProjectSettings = {
  /** Where generated metadata goes, relative to the project root; the default package directory's main/default when absent. */
  outputDir?: string;
  externalClientApps: {
    /** How commaSeparatedPermissionSet names permission sets (unverified on the platform: names by default). */
    permissionSetReference: 'name' | 'id';
    /** Whether ExtlClntAppGlobalOauthSettings is generated. */
    globalOAuthSettings: boolean;
  };
  /** Validate rule id -> error | warning | off; checked by validate, which knows the rules. */
  rules: Readonly<Record<string, string>>;
};

export const DEFAULT_SETTINGS: ProjectSettings = {
  externalClientApps: { permissionSetReference: 'name', globalOAuthSettings: true },
  rules: {},
};

export class ProjectSettingsError extends Error {}

type RawSettings = { outputDir?: string; externalClientApps?: Partial<ProjectSettings['externalClientApps']>; rules?: Record<string, string> };

/**
 * schemas/project-settings.schema.json, compiled by ajv at build time (scripts/schema-validators.js): compiling it
 * here, as this module loaded, took about 60 ms of every command. `npm test` fails when it is stale.
 */
const validate = precompiled as ValidateFunction<RawSettings>;

/** Reads and checks the raw settings, filling in defaults; what is wrong is named with its JSON path. */
export const parseProjectSettings = (raw: unknown): ProjectSettings => {
  const value = raw ?? {};
  if (!validate(value)) {
    const problems = (validate.errors ?? []).map((error) =>
      error.keyword === 'additionalProperties'
        ? `plugins.intuser${error.instancePath.replace(/\//g, '.')}: unknown key "${(error.params as { additionalProperty: string }).additionalProperty}"`
        : `plugins.intuser${error.instancePath.replace(/\//g, '.')}: ${error.message ?? error.keyword}`
    );
    throw new ProjectSettingsError(problems.join('; '));
  }
  return {
    ...(value.outputDir === undefined ? {} : { outputDir: value.outputDir }),
    externalClientApps: { ...DEFAULT_SETTINGS.externalClientApps, ...value.externalClientApps },
    rules: value.rules ?? {},
  };
};
