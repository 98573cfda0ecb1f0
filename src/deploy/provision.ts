import { Messages } from '@salesforce/core';
import { DestructiveChangesType, RegistryAccess, SourceComponent, type ComponentSet } from '@salesforce/source-deploy-retrieve';
import { OrgError } from '../org/org-error.js';
import { orgFailureError } from '../org/org-failure-error.js';
import type { OrgSession } from '../org/org-session.js';
import type { ProvisioningState } from '../org/provisioning-state.js';
import { applyAssignments } from './apply-assignments.js';
import { applyPrune } from './apply-prune.js';
import { applyUsers, isBlocked } from './apply-users.js';
import type { DeployResult, IntegrationOutcome, MetadataDeploy, PlannedChange } from './deploy-result.js';
import { finish, rerunCommand, type RunOptions } from './deploy-outcome.js';
import { recordAfterDeploy, recordAfterPrune, recordFiles, type DeploymentRecord, type RecordEntry } from './deployment-record.js';
import { deployRequestLostMessage, partialMessage } from './errors.js';
import { componentOf, componentSetOf, deployPhase, withOrgUsernames, type PhaseOptions } from './metadata-phases.js';
import { staleChanges, type PrunePlan } from './plan-prune.js';
import { orgUsernames, type DesiredUser, type UserPlan } from './plan-users.js';
import type { ComponentFile } from '../estate/select-components.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'deploy');

/** Everything planned before the first change: what each phase sends, writes and removes. */
export type DeployRun = {
  options: RunOptions & { projectDir: string; sourceApiVersion?: string };
  phases: { access: ComponentFile[]; runAsUser: ComponentFile[] };
  desired: DesiredUser[];
  plans: UserPlan[];
  state: ProvisioningState;
  record: DeploymentRecord;
  /** Each deployed integration's entry in the record: its components and its user as the org names it. */
  deployed: ReadonlyMap<string, RecordEntry>;
  prune: PrunePlan;
  phaseOptions: PhaseOptions;
  /** Policies name permission sets by Id: the org's Ids, read once the access phase is in. */
  resolveIds: (files: ComponentFile[]) => Promise<ComponentFile[]>;
};

const registry = new RegistryAccess();

/** Each integration's changes, the stale components of its former deploys after them. */
const outcomesOf = (run: DeployRun, plans: readonly UserPlan[], stale?: ReadonlyMap<string, PlannedChange[]>): IntegrationOutcome[] =>
  plans.map(({ integration, username, changes }) => ({
    name: integration,
    username,
    changes: [...changes, ...(stale?.get(integration) ?? staleChanges(run.prune, integration, run.options.prune))],
  }));

/**
 * The access phase: its files and the record of what this run deploys, in one transaction; with --prune, the
 * apps' policies under their former names deleted first (destructiveChangesPre), as the org holds one set per app.
 */
const accessDeploy = (run: DeployRun): { set: ComponentSet; files: ComponentFile[] } => {
  const files = [...run.phases.access, ...recordFiles(recordAfterDeploy(run.record, run.deployed))];
  const set = componentSetOf(run.options.projectDir, files, run.options.sourceApiVersion);
  if (run.options.prune) {
    for (const { type, fullName } of run.prune.former) set.add(new SourceComponent({ name: fullName, type: registry.getTypeByName(type) }), DestructiveChangesType.PRE);
  }
  return { set, files };
};

/** The former policies' changes: deleted when the access deploy succeeded (one that the org lacked would have failed it, warnings not ignored). */
const formerOutcomes = (run: DeployRun, access: MetadataDeploy, stale: ReadonlyMap<string, PlannedChange[]> = new Map()): Map<string, PlannedChange[]> => {
  const outcomes = new Map(stale);
  for (const { integration, type, fullName } of run.prune.former) {
    const deleted = access.success && !access.components.some((component) => component.type === type && component.fullName === fullName && component.state === 'Failed');
    const change: PlannedChange = { sign: '-', target: type, name: fullName, outcome: deleted ? 'done' : 'failed', ...(deleted ? {} : { problem: messages.getMessage('prune.notDeleted') }) };
    outcomes.set(integration, [...(outcomes.get(integration) ?? run.prune.stale.filter((component) => component.integration === integration).map((component): PlannedChange => ({ sign: '-', target: component.type, name: component.fullName, outcome: 'planned' }))), change]);
  }
  return outcomes;
};

const removedOutcomes = (run: DeployRun): IntegrationOutcome[] => run.prune.removed.map(({ name, username, changes }) => ({ name, username, changes }));

/** A dry run: each metadata phase validated in the org where it can be (a run-as user must exist), the rest planned. */
export const planOnly = async (session: OrgSession, run: DeployRun): Promise<DeployResult> => {
  const { options, phases, plans, desired, phaseOptions } = run;
  const metadata: MetadataDeploy[] = [];
  const { set, files } = accessDeploy(run);
  const access = await deployPhase(session, 'access', set, files, phaseOptions);
  metadata.push(access.summary);
  const existing = new Set(plans.filter(({ userId, update }) => userId !== undefined && update?.IsActive !== true).map(({ integration }) => integration));
  const checkable = withOrgUsernames(
    phases.runAsUser.filter(({ integration }) => existing.has(integration)),
    orgUsernames(desired, plans)
  );
  const resolved = access.summary.success && checkable.length > 0 ? await run.resolveIds(checkable).catch(() => []) : [];
  if (resolved.length > 0) metadata.push((await deployPhase(session, 'runAsUser', componentSetOf(options.projectDir, resolved, options.sourceApiVersion), resolved, phaseOptions)).summary);
  const validated = new Set(resolved.map(({ path }) => path));
  const deferred = phases.runAsUser.filter(({ path }) => !validated.has(path)).map(({ path, source }) => ({ ...componentOf(path), file: source }));
  return finish(session, options, { metadata, integrations: outcomesOf(run, plans), removed: removedOutcomes(run), deferred });
};

/** Users, the parts of apps that name them, assignments, and with --prune the removals: what follows the access phase. */
const afterAccess = async (session: OrgSession, run: DeployRun, metadata: MetadataDeploy[]): Promise<DeployResult> => {
  const { options, phases, desired, state, phaseOptions } = run;
  const former = options.prune ? formerOutcomes(run, metadata[0]!) : undefined;
  let plans = await applyUsers(session, run.plans, state.integrationPsl?.id);
  const ready = new Set(plans.filter((plan) => plan.userId !== undefined && !isBlocked(plan)).map(({ integration }) => integration));
  const runAsFiles = await run.resolveIds(withOrgUsernames(phases.runAsUser.filter(({ integration }) => ready.has(integration)), orgUsernames(desired, plans)));
  if (runAsFiles.length > 0) {
    const runAs = await deployPhase(session, 'runAsUser', componentSetOf(options.projectDir, runAsFiles, options.sourceApiVersion), runAsFiles, phaseOptions);
    metadata.push(runAs.summary);
    if (!runAs.summary.success) return finish(session, options, { metadata, integrations: outcomesOf(run, plans, former), removed: removedOutcomes(run) });
  }
  plans = await applyAssignments(session, plans, { prune: options.prune, pollMs: options.groupPollMs ?? 2000 });
  const hasRemovals = run.prune.stale.length > 0 || run.prune.removed.length > 0;
  if (!options.prune || !hasRemovals || plans.some(isBlocked)) return finish(session, options, { metadata, integrations: outcomesOf(run, plans, former), removed: removedOutcomes(run) });
  const removedNames = run.prune.removed.map(({ name }) => name);
  const pruned = await applyPrune(session, run.prune, recordAfterPrune(recordAfterDeploy(run.record, run.deployed), removedNames, run.deployed), phaseOptions);
  if (pruned.metadata) metadata.push(pruned.metadata);
  return finish(session, options, { metadata, integrations: outcomesOf(run, plans, formerOutcomes(run, metadata[0]!, pruned.stale)), removed: pruned.removed });
};

/** The phases, each only once the one before it succeeded; a lost answer after the access phase is a run stopped part-way. */
export const provision = async (session: OrgSession, run: DeployRun): Promise<DeployResult> => {
  const { options } = run;
  const metadata: MetadataDeploy[] = [];
  const { set, files } = accessDeploy(run);
  const access = await deployPhase(session, 'access', set, files, { ...run.phaseOptions, async: options.async }).catch((error: unknown) => {
    // No id came back: the request may have arrived (timeout, connection lost, garbled answer) or not.
    if (error instanceof OrgError && error.kind !== 'expiredSession' && error.kind !== 'refused') {
      throw orgFailureError(error, session.username, 1, deployRequestLostMessage(rerunCommand(session, options)));
    }
    throw error;
  });
  metadata.push(access.summary);
  if (!access.summary.success) return finish(session, options, { metadata, integrations: outcomesOf(run, run.plans), removed: removedOutcomes(run) });
  try {
    return await afterAccess(session, run, metadata);
  } catch (error) {
    // The org holds the access phase: a lost answer now is a run stopped part-way, which running it again finishes.
    if (error instanceof OrgError) throw orgFailureError(error, session.username, 68, partialMessage(access.summary.id, rerunCommand(session, options)));
    throw error;
  }
};
