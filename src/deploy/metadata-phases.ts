import { join, relative, sep } from 'node:path';
import { ComponentSet, ComponentStatus, RegistryAccess, type FileResponse, type MetadataApiDeployStatus } from '@salesforce/source-deploy-retrieve';
import { deployMetadata, type MetadataDeployOutcome } from '../org/metadata-deploy.js';
import type { OrgSession } from '../org/org-session.js';
import type { DeployedComponent, MetadataDeploy, MetadataPhase } from './deploy-result.js';
import { InMemoryTree } from './in-memory-tree.js';
import type { ComponentFile } from '../estate/select-components.js';

/**
 * The elements through which an app names the user its client credentials flow runs as: an External Client
 * App's OAuth policies (`clientCredentialsFlowUser`), a connected app (`oauthClientCredentialUser`). That user
 * must exist and be active when they deploy (salesforce-facts.md, Users), so these files wait for the users.
 */
const RUN_AS_USER = /<(clientCredentialsFlowUser|oauthClientCredentialUser)>([^<]*)<\/\1>/g;

const namesUser = ({ content }: ComponentFile): boolean => new RegExp(RUN_AS_USER.source).test(content);

/** The files of each metadata phase: what names no user first, the parts of apps that name one after the users. */
export const splitByPhase = (files: readonly ComponentFile[]): { access: ComponentFile[]; runAsUser: ComponentFile[] } => ({
  access: files.filter((file) => !namesUser(file)),
  runAsUser: files.filter(namesUser),
});

/**
 * The files with each run-as username replaced by the user as the org names it: in a sandbox copied from
 * production the user found is `<username>.<sandbox>`, which the committed files (production's) cannot know.
 */
export const withOrgUsernames = (files: readonly ComponentFile[], usernames: ReadonlyMap<string, string>): ComponentFile[] =>
  files.map((file) => ({
    ...file,
    content: file.content.replace(RUN_AS_USER, (whole, element: string, name: string) => {
      const found = usernames.get(name.toLowerCase());
      return found === undefined || found === name ? whole : `<${element}>${found}</${element}>`;
    }),
  }));

const registry = new RegistryAccess();

/** The type and full name of a generated metadata file (`X.permissionset-meta.xml`), by its suffix in SDR's registry. */
export const componentOf = (path: string): { type: string; fullName: string } => {
  const match = /([^/]+)\.([^./]+)-meta\.xml$/.exec(path);
  return match ? { type: registry.getTypeBySuffix(match[2]!)?.name ?? '', fullName: match[1]! } : { type: '', fullName: path };
};

export const componentSetOf = (projectDir: string, files: readonly ComponentFile[], sourceApiVersion: string | undefined): ComponentSet => {
  const set = ComponentSet.fromSource({ fsPaths: files.map(({ path }) => join(projectDir, ...path.split('/'))), tree: new InMemoryTree(projectDir, files) });
  if (sourceApiVersion) set.sourceApiVersion = sourceApiVersion;
  return set;
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
const componentsOf = (responses: readonly FileResponse[], sourceOf: ReadonlyMap<string, string>, projectDir: string): DeployedComponent[] => {
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

export type PhaseOptions = {
  projectDir: string;
  sourceApiVersion?: string;
  checkOnly: boolean;
  rest: boolean;
  async?: boolean;
  ignoreWarnings?: boolean;
  pollMs?: number;
  onStart?: (phase: MetadataPhase, id: string) => void;
  onProgress?: (status: MetadataApiDeployStatus) => void;
};

/** A metadata deploy of the run and how it ended (org/metadata-deploy.ts says what each state means). */
export type PhaseDeploy = { summary: MetadataDeploy; outcome: MetadataDeployOutcome };

/** What the run reports of a deploy: its status and each component, with the project file it came from. */
export const summarize = (phase: MetadataPhase, outcome: MetadataDeployOutcome, files: readonly ComponentFile[], options: Pick<PhaseOptions, 'projectDir' | 'checkOnly'>): MetadataDeploy => {
  const status = outcome.state === 'unknown' ? undefined : outcome.status;
  const sourceOf = new Map(files.map(({ path, source }) => [path, source]));
  return {
    phase,
    id: outcome.id,
    status: outcome.state === 'unknown' ? 'Unknown' : (status?.status ?? 'InProgress'),
    done: outcome.state === 'done',
    success: outcome.state === 'done' && outcome.status.success,
    checkOnly: options.checkOnly,
    numberComponentsTotal: status?.numberComponentsTotal ?? files.length,
    numberComponentsDeployed: status?.numberComponentsDeployed ?? 0,
    numberComponentErrors: status?.numberComponentErrors ?? 0,
    components: outcome.state === 'done' ? rolledBack(componentsOf(outcome.files, sourceOf, options.projectDir), outcome.status) : [],
  };
};

/** Deploys one phase's components (and, for a removal, its deletions), followed within the run's deadline. */
export const deployPhase = async (session: OrgSession, phase: MetadataPhase, components: ComponentSet, files: readonly ComponentFile[], options: PhaseOptions): Promise<PhaseDeploy> => {
  const outcome = await deployMetadata(session, components, {
    checkOnly: options.checkOnly,
    rest: options.rest,
    ...(options.async ? { async: true } : {}),
    ...(options.ignoreWarnings ? { ignoreWarnings: true } : {}),
    ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
    onStart: (id) => options.onStart?.(phase, id),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { summary: summarize(phase, outcome, files, options), outcome };
};
