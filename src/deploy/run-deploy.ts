import { compareEstate, type EstateComparison } from '../estate/compare-estate.js';
import { outOfDateFiles } from '../estate/out-of-date.js';
import { selectionError } from '../estate/selection-errors.js';
import { parseUserDefinition } from '../integration-user/user-definition.js';
import { retrieveMembers, type MemberName, type RetrievedMembers } from '../org/metadata-retrieve.js';
import type { OrgSession } from '../org/org-session.js';
import { readPermissionSetIds } from '../org/permission-set-ids.js';
import { readOrgBasics, readProvisioningState, type OrgBasics } from '../org/provisioning-state.js';
import type { ProjectSettings } from '../project/project-settings.js';
import { checkInOrg, orgCheckError } from '../resolve/check-in-org.js';
import { findingsOf } from '../rules/validate-estate.js';
import type { DeployResult, MetadataPhase } from './deploy-result.js';
import { componentsByIntegration, RECORD_MEMBER, recordIn, type DeploymentRecord } from './deployment-record.js';
import {
  blockingFindingsError,
  permissionSetsMissingError,
  staleFilesError,
  tooManyRemovalsError,
  userDefinitionError,
  usersPlanError,
} from './errors.js';
import { componentOf, splitByPhase, withOrgUsernames } from './metadata-phases.js';
import { referencedPermissionSets, withPermissionSetIds } from './permission-set-ids.js';
import { adoptedLeftBehind, memberOf, planPrune, pruneCandidates, removedIntegrations, removalCount, type PruneInput } from './plan-prune.js';
import { orgUsernames, planUsers, type DesiredUser, type UserPlan } from './plan-users.js';
import { planOnly, provision, type DeployRun } from './provision.js';
import { selectComponents, type ComponentFile } from '../estate/select-components.js';

export type DeployProgress = { status: string; deployed: number; total: number; errors: number };

export type DeployOptions = {
  projectDir: string;
  metadataDir: string;
  settings: ProjectSettings;
  /** The package directories of sfdx-project.json: where the names manifests reference are resolved. */
  packageDirectories?: readonly string[];
  /** sourceApiVersion of sfdx-project.json, when it has one. */
  sourceApiVersion?: string;
  /** The project's name in sfdx-project.json, kept with each integration in the org's record. */
  projectName?: string;
  integrations?: readonly string[];
  environment?: string;
  dryRun: boolean;
  /** Remove what the manifests no longer declare: undeclared assignments, stale components, integrations that left. */
  prune: boolean;
  /** With --prune: refuse, before any change, a plan that removes more than this. */
  maxRemovals?: number;
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
  // The org check that follows places a field the org lacks at its own line: it needs the manifests' fields.
  const estate = await compareEstate({ ...options, force: false, keepFields: true });
  const stale = outOfDateFiles(estate);
  if (stale.length > 0) throw staleFilesError(stale);
  const blocking = findingsOf(estate, options.settings.rules, estate.committed).filter(({ severity }) => severity === 'error');
  if (blocking.length > 0) throw blockingFindingsError(blocking);
  const selection = selectComponents(estate, { ...(options.integrations ? { integrations: options.integrations } : {}), ...(options.environment ? { environment: options.environment } : {}) });
  if (!selection.ok) {
    throw selectionError(selection);
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

const isPolicies = ({ path }: ComponentFile): boolean => path.endsWith('.ecaOauthPlcy-meta.xml');

/**
 * The two metadata phases: what names no user, then the parts of apps that name the user (and, where the project
 * references permission sets by Id, the policies that name them: their Ids exist once the first phase is in).
 */
const phasesOf = (files: readonly ComponentFile[], byId: boolean): { access: ComponentFile[]; runAsUser: ComponentFile[] } => {
  const { access, runAsUser } = splitByPhase(files);
  if (!byId) return { access, runAsUser };
  return { access: access.filter((file) => !isPolicies(file)), runAsUser: [...runAsUser, ...access.filter(isPolicies)] };
};

/** Policies that name permission sets by Id get the org's Ids; none missing, or the run stops there. */
const idResolver =
  (session: OrgSession, byId: boolean) =>
  async (files: ComponentFile[]): Promise<ComponentFile[]> => {
    if (!byId) return files;
    const names = referencedPermissionSets(files);
    if (names.length === 0) return files;
    const ids = await readPermissionSetIds(session, names);
    const missing = names.filter((name) => !ids.has(name));
    if (missing.length > 0) throw permissionSetsMissingError(missing);
    return withPermissionSetIds(files, ids);
  };

/** What the run asks of the org before it has read the project: nothing of it depends on the manifests. */
type EarlyReads = { basics: Promise<OrgBasics>; record: Promise<RetrievedMembers> };

/** A promise whose rejection is handled even if the run stops before awaiting it (a stale file, say). */
const handled = <T>(promise: Promise<T>): Promise<T> => {
  promise.catch(() => undefined);
  return promise;
};

const startEarlyReads = (session: OrgSession, apiVersion: string): EarlyReads => ({
  basics: handled(readOrgBasics(session)),
  record: handled(retrieveMembers(session, [RECORD_MEMBER], apiVersion)),
});

/**
 * Everything the run asks of the org before it changes anything, in rounds of parallel calls: while the project
 * is read, what the org is and the record of what the plugin deployed before; then the names the manifests
 * reference; then the users, licences and assignments, and which of the record's components (and of the former
 * names of the apps' policies) remain.
 */
const readOrg = async (session: OrgSession, early: EarlyReads, apiVersion: string, options: DeployOptions, estate: EstateComparison, selection: Selection, desired: readonly DesiredUser[]) => {
  const chosen = estate.integrations.filter(({ name }) => selection.integrations.includes(name));
  const generated = new Set(estate.files.filter(({ path }) => path.endsWith('-meta.xml')).map(({ path }) => componentOf(path)).map(({ type, fullName }) => `${type}:${fullName}`));
  const [check, record, basics] = await Promise.all([checkInOrg({ integrations: chosen, validated: estate.validated }, session), early.record, early.basics]);
  if (check.problems.length > 0) throw orgCheckError(check.problems);
  const input: PruneInput = {
    record: recordIn(record.files),
    manifestIntegrations: estate.integrations.map(({ name }) => name),
    selected: selection.integrations,
    allSelected: !options.integrations?.length,
    ...(options.projectName === undefined ? {} : { project: options.projectName }),
    generated,
    externalClientApps: chosen.filter(({ app }) => app?.type === 'externalClientApp').map(({ name }) => name),
  };
  const removedUsers = removedIntegrations(input).map((name) => input.record.integrations[name]!.username);
  const firstDeployed = newToRecord(input.record, componentsByIntegration(selection.files));
  const asked = [...pruneCandidates(input), ...adoptedLeftBehind(input), ...[...firstDeployed.values()].flat().map(memberOf)];
  const [state, present] = await Promise.all([
    readProvisioningState(session, [...desired.map(({ definition }) => definition.Username), ...removedUsers], basics),
    // One retrieve answers all three: what prune may remove, which adopted components are still there, and which components the plugin is about to deploy for the first time the org holds already.
    retrieveMembers(session, asked.filter(({ type }) => type !== GLOBAL_OAUTH_SETTINGS), apiVersion),
  ]);
  const held = withGlobalOauthSettings(present.present, asked);
  const adopted = new Map([...firstDeployed].map(([integration, components]) => [integration, components.filter((component) => held.has(component))]));
  return { state, input, present: held, adopted };
};

/**
 * An External Client App's global OAuth settings hold its consumer secret: never retrieved (salesforce-facts.md,
 * External Client Apps; the audit issue's rule). They exist exactly when their app does, `<app>_glbloauth` beside
 * `<app>`, as the plugin names them.
 */
const GLOBAL_OAUTH_SETTINGS = 'ExtlClntAppGlobalOauthSettings';
const withGlobalOauthSettings = (present: ReadonlySet<string>, asked: readonly MemberName[]): Set<string> =>
  new Set([
    ...present,
    ...asked
      .filter(({ type, fullName }) => type === GLOBAL_OAUTH_SETTINGS && fullName.endsWith('_glbloauth') && present.has(`ExternalClientApplication:${fullName.slice(0, -'_glbloauth'.length)}`))
      .map(({ type, fullName }) => `${type}:${fullName}`),
  ]);

/**
 * The components of each integration the record does not list yet: the plugin has never deployed them. Those the
 * org holds already were made by someone else (a connected app that exists, a permission set adopted under its own
 * name): the record marks them adopted, and --prune never deletes them.
 */
const newToRecord = (record: DeploymentRecord, components: ReadonlyMap<string, readonly string[]>): Map<string, string[]> =>
  new Map([...components].map(([integration, names]) => [integration, names.filter((name) => !(record.integrations[integration]?.components ?? []).includes(name))]));

/**
 * The parts of apps that name a user wait for the users' phase only where the user must be created, reactivated
 * or unfrozen first; where it is there already, they go with the access phase: one deploy fewer.
 */
const withReadyRunAsUsers = (phases: { access: ComponentFile[]; runAsUser: ComponentFile[] }, plans: readonly UserPlan[], desired: readonly DesiredUser[], byId: boolean) => {
  const ready = new Set(plans.filter(({ userId, update, unfreeze }) => userId !== undefined && update?.IsActive !== true && unfreeze === undefined).map(({ integration }) => integration));
  const early = phases.runAsUser.filter((file) => ready.has(file.integration) && !(byId && isPolicies(file)));
  return { access: [...phases.access, ...withOrgUsernames(early, orgUsernames(desired, plans))], runAsUser: phases.runAsUser.filter((file) => !early.includes(file)) };
};

/**
 * `sf intuser deploy`: brings the org to what the manifests say for one environment, in the order the platform
 * needs. Read-only first: the generated files must match the manifests, validate must pass, the org must have
 * every referenced name, the users' licences and the deploying user's permissions must allow the plan, and
 * --max-removals must cover what --prune removes. Then (provision.ts): the metadata that names no user, with the
 * record of what the plugin deployed; the users and their licence; the parts of apps that name them; the groups'
 * assignments; with --prune, the removals. Only what differs is written; --wait bounds every call.
 */
export const deployIntegrations = async (options: DeployOptions, session: OrgSession): Promise<DeployResult> => {
  const apiVersion = options.sourceApiVersion ?? session.connection.getApiVersion();
  const early = startEarlyReads(session, apiVersion);
  const { estate, selection } = await selectionFor(options);
  const desired = desiredUsers(selection);
  const { state, input, present, adopted } = await readOrg(session, early, apiVersion, options, estate, selection, desired);
  const users = planUsers(desired, state, options.prune);
  if (users.problems.length > 0) throw usersPlanError(users.problems, session.username);
  const prune = planPrune(input, present, state, options.prune);
  const undeclared = users.plans.reduce((sum, { undeclared: held }) => sum + held.length, 0);
  if (options.prune && options.maxRemovals !== undefined && removalCount(prune, undeclared) > options.maxRemovals) {
    throw tooManyRemovalsError(removalCount(prune, undeclared), options.maxRemovals);
  }

  const byId = options.settings.externalClientApps.permissionSetReference === 'id';
  const components = componentsByIntegration(selection.files);
  const run: DeployRun = {
    options: { ...options },
    phases: withReadyRunAsUsers(phasesOf(selection.files, byId), users.plans, desired, byId),
    desired,
    plans: users.plans,
    state,
    record: input.record,
    deployed: new Map(
      users.plans.map(({ integration, username }) => {
        const own = components.get(integration) ?? [];
        const kept = [...(input.record.integrations[integration]?.adopted ?? []), ...(adopted.get(integration) ?? [])].filter((component) => own.includes(component));
        return [integration, { username, components: own, ...(kept.length > 0 ? { adopted: kept } : {}), ...(options.projectName === undefined ? {} : { project: options.projectName }) }];
      })
    ),
    prune,
    phaseOptions: {
      projectDir: options.projectDir,
      ...(options.sourceApiVersion ? { sourceApiVersion: options.sourceApiVersion } : {}),
      checkOnly: options.dryRun,
      rest: options.rest,
      ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }),
      ...(options.onStart ? { onStart: options.onStart } : {}),
      onProgress: (status) => options.onProgress?.({ status: status.status, deployed: status.numberComponentsDeployed, total: status.numberComponentsTotal, errors: status.numberComponentErrors }),
    },
    resolveIds: idResolver(session, byId),
  };
  return options.dryRun ? planOnly(session, run) : provision(session, run);
};
