import { compareEstate, type EstateComparison } from '../estate/compare-estate.js';
import { outOfDateFiles } from '../estate/out-of-date.js';
import { parseUserDefinition } from '../integration-user/user-definition.js';
import { OrgError } from '../org/org-error.js';
import { orgFailureError } from '../org/org-failure-error.js';
import type { OrgSession } from '../org/org-session.js';
import { readProvisioningState, type ProvisioningState } from '../org/provisioning-state.js';
import { inChunks, soqlList } from '../org/soql.js';
import type { ProjectSettings } from '../project/project-settings.js';
import { checkInOrg, orgCheckError } from '../resolve/check-in-org.js';
import { findingsOf } from '../rules/validate-estate.js';
import { applyAssignments } from './apply-assignments.js';
import { applyUsers, isBlocked } from './apply-users.js';
import type { DeployResult, IntegrationOutcome, MetadataDeploy, MetadataPhase } from './deploy-result.js';
import { anythingChanged, runStatus } from './deploy-status.js';
import {
  blockingFindingsError,
  permissionSetsMissingError,
  staleFilesError,
  undeclaredEnvironmentError,
  unknownEnvironmentError,
  unknownIntegrationError,
  partialMessage,
  userDefinitionError,
  usersPlanError,
} from './errors.js';
import { componentOf, componentSetOf, deployPhase, splitByPhase, withOrgUsernames, type PhaseOptions } from './metadata-phases.js';
import { referencedPermissionSets, withPermissionSetIds } from './permission-set-ids.js';
import { planUsers, type DesiredUser, type UserPlan } from './plan-users.js';
import { selectComponents, type DeployFile } from './select-components.js';

export type DeployProgress = { status: string; deployed: number; total: number; errors: number };

export type DeployOptions = {
  projectDir: string;
  metadataDir: string;
  settings: ProjectSettings;
  /** The package directories of sfdx-project.json: where the names manifests reference are resolved. */
  packageDirectories?: readonly string[];
  /** sourceApiVersion of sfdx-project.json, when it has one. */
  sourceApiVersion?: string;
  integrations?: readonly string[];
  environment?: string;
  dryRun: boolean;
  /** Remove what the manifests no longer declare: undeclared assignments (and, later, removed integrations). */
  prune: boolean;
  /** Return once the first metadata deploy is accepted. */
  async: boolean;
  /** The REST Metadata API rather than SOAP (the CLI's org-metadata-rest-deploy). */
  rest: boolean;
  /** Time between status checks of a deploy (1 s by default, as SDR) and of groups recalculating (2 s). */
  pollMs?: number;
  groupPollMs?: number;
  /** Called once the org has accepted a metadata deploy and given it an id. */
  onStart?: (phase: MetadataPhase, id: string) => void;
  onProgress?: (progress: DeployProgress) => void;
};

type Selection = Extract<ReturnType<typeof selectComponents>, { ok: true }>;

/** Refuses stale generated files and what validate calls an error, then selects the chosen integrations in the chosen environment. */
const selectionFor = async (options: DeployOptions): Promise<{ estate: EstateComparison; selection: Selection }> => {
  const estate = await compareEstate({ ...options, force: false });
  const stale = outOfDateFiles(estate);
  if (stale.length > 0) throw staleFilesError(stale);
  const blocking = findingsOf(estate, options.settings.rules, estate.disk).filter(({ severity }) => severity === 'error');
  if (blocking.length > 0) throw blockingFindingsError(blocking);
  const selection = selectComponents(estate, { ...(options.integrations ? { integrations: options.integrations } : {}), ...(options.environment ? { environment: options.environment } : {}) });
  if (!selection.ok) {
    if (selection.problem === 'unknownIntegration') throw unknownIntegrationError(selection.unknown, selection.known);
    if (selection.problem === 'unknownEnvironment') throw unknownEnvironmentError(selection.environment, selection.known);
    throw undeclaredEnvironmentError(selection.environment, selection.integrations);
  }
  return { estate, selection };
};

const desiredUsers = (selection: Selection): DesiredUser[] =>
  selection.integrations.map((integration) => {
    const file = selection.userDefinitions.get(integration);
    const definition = file ? parseUserDefinition(file.content) : undefined;
    if (!definition) throw userDefinitionError(integration, file?.path ?? `config/integration-users/${integration}.user-def.json`);
    return { integration, definition, group: integration };
  });

/** The org's Ids of the permission sets the app policies name, for projects that reference them by Id. */
const permissionSetIds = async (session: OrgSession, names: readonly string[]): Promise<Map<string, string>> => {
  const pages = await Promise.all(inChunks(names).map((chunk) => session.query(`SELECT Id, Name FROM PermissionSet WHERE Name IN ${soqlList(chunk)}`, 'the Ids of the permission sets the app policies name')));
  return new Map(pages.flat().map((row) => [String(row.Name), String(row.Id)]));
};

const isPolicies = ({ path }: DeployFile): boolean => path.endsWith('.ecaOauthPlcy-meta.xml');

/**
 * The two metadata phases: what names no user, then the parts of apps that name the user (and, where the project
 * references permission sets by Id, the policies that name them: their Ids exist once the first phase is in).
 */
const phasesOf = (files: readonly DeployFile[], byId: boolean): { access: DeployFile[]; runAsUser: DeployFile[] } => {
  const { access, runAsUser } = splitByPhase(files);
  if (!byId) return { access, runAsUser };
  return { access: access.filter((file) => !isPolicies(file)), runAsUser: [...runAsUser, ...access.filter(isPolicies)] };
};

/** Policies that name permission sets by Id get the org's Ids; none missing, or the run stops here. */
const resolveIds = async (session: OrgSession, files: DeployFile[], byId: boolean): Promise<DeployFile[]> => {
  if (!byId) return files;
  const names = referencedPermissionSets(files);
  if (names.length === 0) return files;
  const ids = await permissionSetIds(session, names);
  const missing = names.filter((name) => !ids.has(name));
  if (missing.length > 0) throw permissionSetsMissingError(missing);
  return withPermissionSetIds(files, ids);
};

const outcomesOf = (plans: readonly UserPlan[]): IntegrationOutcome[] => plans.map(({ integration, username, changes }) => ({ name: integration, username, changes }));

/** The command that finishes the job: the same deploy again, which changes only what is left. */
const rerunCommand = (session: OrgSession, options: DeployOptions): string =>
  [
    `sf intuser deploy --target-org ${session.username}`,
    ...(options.environment ? [`--env ${options.environment}`] : []),
    ...(options.integrations ?? []).map((name) => `--integration ${name}`),
    ...(options.prune ? ['--prune'] : []),
  ].join(' ');

/** Where the run stops part-way, what to run next: follow a deploy still running, or run the deploy again. */
const nextCommandOf = (result: Omit<DeployResult, 'nextCommand'>, session: OrgSession, options: DeployOptions): string | undefined => {
  if (result.status === 'Succeeded' || result.status === 'Planned' || result.status === 'Failed') return undefined;
  const pending = result.metadata.find(({ done }) => !done);
  const rerun = rerunCommand(session, options);
  return pending ? `sf project deploy report --job-id ${pending.id} --target-org ${session.username}; then ${rerun}` : rerun;
};

const finish = (session: OrgSession, options: DeployOptions, metadata: MetadataDeploy[], integrations: IntegrationOutcome[], deferred: DeployResult['deferred'] = []): DeployResult => {
  const changed = anythingChanged(metadata, integrations);
  const result = {
    status: runStatus(options.dryRun, metadata, integrations, changed),
    changed,
    dryRun: options.dryRun,
    prune: options.prune,
    environment: options.environment ?? null,
    targetOrg: session.username,
    api: options.rest ? ('REST' as const) : ('SOAP' as const),
    ...(metadata[0] ? { id: metadata[0].id } : {}),
    metadata,
    deferred,
    integrations,
    removed: [],
  };
  const nextCommand = options.async ? undefined : nextCommandOf(result, session, options);
  return { ...result, ...(nextCommand ? { nextCommand } : {}) };
};

/** Each integration's run-as username as the org has it (a sandbox copy keeps its suffix). */
const orgUsernames = (desired: readonly DesiredUser[], plans: readonly UserPlan[]): Map<string, string> =>
  new Map(desired.map(({ definition, integration }) => [definition.Username.toLowerCase(), plans.find((plan) => plan.integration === integration)?.username ?? definition.Username]));

/** A dry run: each metadata phase validated in the org where it can be (a run-as user must exist), users and assignments planned. */
const dryRun = async (session: OrgSession, options: DeployOptions, phases: { access: DeployFile[]; runAsUser: DeployFile[] }, plans: UserPlan[], desired: DesiredUser[], phaseOptions: PhaseOptions): Promise<DeployResult> => {
  const metadata: MetadataDeploy[] = [];
  const access = await deployPhase(session, 'access', componentSetOf(options.projectDir, phases.access, options.sourceApiVersion), phases.access, phaseOptions);
  metadata.push(access.summary);
  const existing = new Set(plans.filter(({ userId, update }) => userId !== undefined && update?.IsActive !== true).map(({ integration }) => integration));
  const byId = options.settings.externalClientApps.permissionSetReference === 'id';
  const checkable = byId ? [] : withOrgUsernames(phases.runAsUser.filter(({ integration }) => existing.has(integration)), orgUsernames(desired, plans));
  if (access.summary.success && checkable.length > 0) {
    metadata.push((await deployPhase(session, 'runAsUser', componentSetOf(options.projectDir, checkable, options.sourceApiVersion), checkable, phaseOptions)).summary);
  }
  const deferred = phases.runAsUser
    .filter((file) => !checkable.includes(file) && !checkable.some(({ path }) => path === file.path))
    .map(({ path, source }) => ({ ...componentOf(path), file: source }));
  return finish(session, options, metadata, outcomesOf(plans), deferred);
};

/**
 * `sf intuser deploy`: brings the org to what the manifests say for one environment, in the order the platform
 * needs. Read-only first: the generated files must match the manifests, validate must pass, the org must have
 * every referenced name, the users' licences and the deploying user's permissions must allow the plan. Then:
 * 1. the metadata that names no user (permission sets, muting permission sets, groups, app parts);
 * 2. the users (created, updated, reactivated, unfrozen) and their permission set licence;
 * 3. the parts of apps that name the user (client credentials run-as user);
 * 4. each group assigned once Salesforce has recalculated it, and with --prune what is not declared removed.
 * Only what differs is written; the run's deadline (--wait) bounds every call.
 */
export const deployIntegrations = async (options: DeployOptions, session: OrgSession): Promise<DeployResult> => {
  const { estate, selection } = await selectionFor(options);
  const desired = desiredUsers(selection);
  const chosen = estate.integrations.filter(({ name }) => selection.integrations.includes(name));
  const [check, state] = await Promise.all([
    checkInOrg({ integrations: chosen, validated: estate.validated }, session),
    readProvisioningState(session, { usernames: desired.map(({ definition }) => definition.Username), groups: desired.map(({ group }) => group) }),
  ]);
  if (check.problems.length > 0) throw orgCheckError(check.problems);
  const users = planUsers(desired, state, options.prune);
  if (users.problems.length > 0) throw usersPlanError(users.problems, session.username);

  const byId = options.settings.externalClientApps.permissionSetReference === 'id';
  const phases = phasesOf(selection.files, byId);
  const phaseOptions: PhaseOptions = {
    projectDir: options.projectDir,
    ...(options.sourceApiVersion ? { sourceApiVersion: options.sourceApiVersion } : {}),
    checkOnly: options.dryRun,
    rest: options.rest,
    ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
    ...(options.onStart ? { onStart: options.onStart } : {}),
    onProgress: (status) => options.onProgress?.({ status: status.status, deployed: status.numberComponentsDeployed, total: status.numberComponentsTotal, errors: status.numberComponentErrors }),
  };
  if (options.dryRun) return dryRun(session, options, phases, users.plans, desired, phaseOptions);
  return provision(session, options, { phases, plans: users.plans, desired, state, byId, phaseOptions });
};

type Provisioning = {
  phases: { access: DeployFile[]; runAsUser: DeployFile[] };
  plans: UserPlan[];
  desired: DesiredUser[];
  state: ProvisioningState;
  byId: boolean;
  phaseOptions: PhaseOptions;
};

/** The four phases, each only once the one before it succeeded. */
const provision = async (session: OrgSession, options: DeployOptions, run: Provisioning): Promise<DeployResult> => {
  const metadata: MetadataDeploy[] = [];
  const access = await deployPhase(session, 'access', componentSetOf(options.projectDir, run.phases.access, options.sourceApiVersion), run.phases.access, { ...run.phaseOptions, async: options.async });
  metadata.push(access.summary);
  if (!access.summary.success) return finish(session, options, metadata, outcomesOf(run.plans));
  try {
    return await afterAccess(session, options, run, metadata);
  } catch (error) {
    // The org holds the access phase: a lost answer now is a run stopped part-way, which running it again finishes.
    if (error instanceof OrgError) throw orgFailureError(error, session.username, 68, partialMessage(access.summary.id, rerunCommand(session, options)));
    throw error;
  }
};

/** Users, the parts of apps that name them, and assignments: what follows a successful access phase. */
const afterAccess = async (session: OrgSession, options: DeployOptions, run: Provisioning, metadata: MetadataDeploy[]): Promise<DeployResult> => {
  const { phases, desired, state, phaseOptions } = run;
  let plans = await applyUsers(session, run.plans, state.integrationPsl?.id);
  const ready = new Set(plans.filter((plan) => plan.userId !== undefined && !isBlocked(plan)).map(({ integration }) => integration));
  const runAsFiles = await resolveIds(session, withOrgUsernames(phases.runAsUser.filter(({ integration }) => ready.has(integration)), orgUsernames(desired, plans)), run.byId);
  if (runAsFiles.length > 0) {
    const runAs = await deployPhase(session, 'runAsUser', componentSetOf(options.projectDir, runAsFiles, options.sourceApiVersion), runAsFiles, phaseOptions);
    metadata.push(runAs.summary);
    if (!runAs.summary.success) return finish(session, options, metadata, outcomesOf(plans));
  }
  plans = await applyAssignments(session, plans, { prune: options.prune, pollMs: options.groupPollMs ?? 2000 });
  return finish(session, options, metadata, outcomesOf(plans));
};
