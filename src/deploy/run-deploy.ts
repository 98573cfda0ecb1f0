import { join, relative, sep } from 'node:path';
import type { Connection } from '@salesforce/core';
import { type Duration } from '@salesforce/kit';
import { ComponentSet, ComponentStatus, type FileResponse, type MetadataApiDeployStatus } from '@salesforce/source-deploy-retrieve';
import { compareEstate } from '../estate/compare-estate.js';
import { outOfDateFiles } from '../estate/out-of-date.js';
import { findingsOf } from '../rules/validate-estate.js';
import type { ProjectSettings } from '../project/project-settings.js';
import type { DeployedComponent, DeployResult } from './deploy-result.js';
import { blockingFindingsError, permissionSetsMissingError, staleFilesError, undeclaredEnvironmentError, unknownEnvironmentError, unknownIntegrationError } from './errors.js';
import { referencedPermissionSets, withPermissionSetIds } from './permission-set-ids.js';
import { selectComponents, type DeployFile } from './select-components.js';
import { InMemoryTree } from './in-memory-tree.js';

export type DeployProgress = { status: string; deployed: number; total: number; errors: number };

export type DeployOptions = {
  projectDir: string;
  metadataDir: string;
  settings: ProjectSettings;
  /** sourceApiVersion of sfdx-project.json, when it has one. */
  sourceApiVersion?: string;
  integrations?: readonly string[];
  environment?: string;
  dryRun: boolean;
  wait: Duration;
  async: boolean;
  /** The REST Metadata API rather than SOAP (the CLI's org-metadata-rest-deploy). */
  rest: boolean;
  /** How often to ask the org; source-deploy-retrieve's own scaling when absent. */
  pollFrequency?: Duration;
  /** Called once the org has accepted the deploy and given it an id. */
  onStart?: (id: string) => void;
  onProgress?: (progress: DeployProgress) => void;
};

/** The org's Ids of the permission sets the app policies name, for projects that reference them by Id. */
const permissionSetIds = async (connection: Connection, names: readonly string[]): Promise<Map<string, string>> => {
  if (names.length === 0) return new Map();
  const quoted = names.map((name) => `'${name.replace(/'/g, "\\'")}'`).join(', ');
  const { records } = await connection.query<{ Id: string; Name: string }>(`SELECT Id, Name FROM PermissionSet WHERE Name IN (${quoted})`);
  return new Map(records.map(({ Id, Name }) => [Name, Id]));
};

const toComponent = (response: FileResponse, sourceOf: ReadonlyMap<string, string>, projectDir: string): DeployedComponent => {
  const path = response.filePath ? relative(projectDir, response.filePath).split(sep).join('/') : '';
  const base = { type: response.type, fullName: response.fullName, state: response.state, file: sourceOf.get(path) ?? path };
  if (response.state !== ComponentStatus.Failed) return base;
  return {
    ...base,
    problem: response.error,
    problemType: response.problemType,
    ...(response.lineNumber === undefined ? {} : { line: Number(response.lineNumber) }),
    ...(response.columnNumber === undefined ? {} : { column: Number(response.columnNumber) }),
  };
};

/** One line per component, metadata-xml files and their component folded together, failures first. */
const components = (responses: readonly FileResponse[], sourceOf: ReadonlyMap<string, string>, projectDir: string): DeployedComponent[] => {
  const seen = new Set<string>();
  return responses
    .map((response) => toComponent(response, sourceOf, projectDir))
    .filter(({ type, fullName, state, problem }) => {
      const key = `${type}:${fullName}:${state}:${problem ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => Number(b.state === 'Failed') - Number(a.state === 'Failed') || a.type.localeCompare(b.type) || a.fullName.localeCompare(b.fullName));
};

/**
 * The org lists the components that passed even when a failure rolled the whole deploy back: they were
 * not saved, and reporting them as Created would say otherwise.
 */
const rolledBack = (deployed: DeployedComponent[], status: MetadataApiDeployStatus): DeployedComponent[] =>
  status.done && !status.success && !status.checkOnly ? deployed.map((component) => (component.state === 'Failed' ? component : { ...component, state: 'RolledBack' })) : deployed;

const selectionFor = async (options: DeployOptions, connection: Connection) => {
  const estate = await compareEstate({ projectDir: options.projectDir, metadataDir: options.metadataDir, force: false, settings: options.settings });
  const stale = outOfDateFiles(estate);
  if (stale.length > 0) throw staleFilesError(stale);
  const blocking = findingsOf(estate, options.settings.rules, estate.committed).filter(({ severity }) => severity === 'error');
  if (blocking.length > 0) throw blockingFindingsError(blocking);
  const selection = selectComponents(estate, { ...(options.integrations ? { integrations: options.integrations } : {}), ...(options.environment ? { environment: options.environment } : {}) });
  if (!selection.ok) {
    if (selection.problem === 'unknownIntegration') throw unknownIntegrationError(selection.unknown, selection.known);
    if (selection.problem === 'unknownEnvironment') throw unknownEnvironmentError(selection.environment, selection.known);
    throw undeclaredEnvironmentError(selection.environment, selection.integrations);
  }
  if (options.settings.externalClientApps.permissionSetReference !== 'id') return selection;
  const names = referencedPermissionSets(selection.files);
  const ids = await permissionSetIds(connection, names);
  const missing = names.filter((name) => !ids.has(name));
  if (missing.length > 0) throw permissionSetsMissingError(missing);
  return { ...selection, files: withPermissionSetIds(selection.files, ids) };
};

const componentSetOf = (projectDir: string, files: readonly DeployFile[], sourceApiVersion: string | undefined): ComponentSet => {
  const set = ComponentSet.fromSource({ fsPaths: files.map(({ path }) => join(projectDir, ...path.split('/'))), tree: new InMemoryTree(projectDir, files) });
  if (sourceApiVersion) set.sourceApiVersion = sourceApiVersion;
  return set;
};

/**
 * `sf intuser deploy`: refuses stale generated files and what validate calls an error, selects the chosen integrations' components in the
 * chosen environment's variant, deploys them through source-deploy-retrieve and reports each component.
 * A deploy still running when the wait ends comes back not done, with its id.
 */
export const deployIntegrations = async (options: DeployOptions, connection: Connection): Promise<DeployResult> => {
  const selection = await selectionFor(options, connection);
  const sourceOf = new Map(selection.files.map(({ path, source }) => [path, source]));
  const deploy = await componentSetOf(options.projectDir, selection.files, options.sourceApiVersion).deploy({
    usernameOrConnection: connection,
    apiOptions: { checkOnly: options.dryRun, rest: options.rest, rollbackOnError: true },
  });
  options.onStart?.(deploy.id ?? '');
  const summary = (status: MetadataApiDeployStatus, responses: readonly FileResponse[]): DeployResult => ({
    id: status.id,
    status: status.status,
    success: status.success,
    done: status.done,
    checkOnly: options.dryRun,
    environment: selection.environment ?? null,
    integrations: selection.integrations,
    targetOrg: connection.getUsername() ?? '',
    api: options.rest ? 'REST' : 'SOAP',
    numberComponentsTotal: status.numberComponentsTotal,
    numberComponentsDeployed: status.numberComponentsDeployed,
    numberComponentErrors: status.numberComponentErrors,
    components: rolledBack(components(responses, sourceOf, options.projectDir), status),
  });

  if (options.async) return summary(await deploy.checkStatus(), []);
  deploy.onUpdate((status) =>
    options.onProgress?.({ status: status.status, deployed: status.numberComponentsDeployed, total: status.numberComponentsTotal, errors: status.numberComponentErrors })
  );
  try {
    const result = await deploy.pollStatus({ timeout: options.wait, ...(options.pollFrequency ? { frequency: options.pollFrequency } : {}) });
    return summary(result.response, result.getFileResponses());
  } catch (error) {
    // The wait ran out (or polling broke): a deploy the org is still running is not a failure yet.
    const status = await deploy.checkStatus().catch(() => undefined);
    if (status && !status.done) return summary(status, []);
    throw error;
  }
};
