/** The plugin's programmatic surface: the core of each command and the types of their results. */
export { generate, type GenerateOptions } from './generate/generate.js';
export type { GenerateResult, IntegrationFiles } from './generate/generate-result.js';
export type { OutOfDateFile, OutOfDateReason } from './estate/out-of-date.js';
export type { IntuserGenerateResult } from './commands/intuser/generate.js';
export type { Manifest } from './manifest/manifest.js';
export type { Finding, FindingSeverity } from './rules/finding.js';
export type { RuleState, ValidateResult } from './validate/validate-result.js';
export { validate, type ValidateOptions } from './validate/validate.js';
export type { IntuserValidateResult } from './commands/intuser/validate.js';
export { deployIntegrations, type DeployOptions } from './deploy/run-deploy.js';
export type { DeployResult, DeployedComponent } from './deploy/deploy-result.js';
export type { IntuserDeployResult } from './commands/intuser/deploy.js';
export { importFromOrg, importFromProject, type ImportOptions } from './import/run-import.js';
export type { ImportResult, ImportedApp, ImportedPermissionSet } from './import/import-result.js';
export type { IntuserImportResult } from './commands/intuser/import.js';
