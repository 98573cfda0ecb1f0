import { Messages } from '@salesforce/core';
import { DestructiveChangesType, RegistryAccess, SourceComponent } from '@salesforce/source-deploy-retrieve';
import type { OrgSession } from '../org/org-session.js';
import type { WriteOutcome } from '../org/record-writes.js';
import type { IntegrationOutcome, MetadataDeploy, PlannedChange } from './deploy-result.js';
import { recordFiles, type DeploymentRecord } from './deployment-record.js';
import { componentSetOf, deployPhase, type PhaseOptions } from './metadata-phases.js';
import type { ComponentRemoval, PrunePlan, RemovedIntegration } from './plan-prune.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'deploy');

const registry = new RegistryAccess();

const outcomeChange = (change: PlannedChange, outcome: WriteOutcome | 'done' | 'failed', problem?: string): PlannedChange => {
  if (outcome === 'done' || (typeof outcome === 'object' && outcome.ok)) return { ...change, outcome: 'done' };
  return { ...change, outcome: 'failed', problem: typeof outcome === 'object' ? `${outcome.errorCode}: ${outcome.message}` : (problem ?? '') };
};

/** Deletes the removed integrations' users' assignments: a group still assigned cannot be deleted. */
const removeAssignments = async (session: OrgSession, removed: readonly RemovedIntegration[]): Promise<Map<string, boolean>> => {
  const ids = removed.flatMap(({ assignmentIds }) => assignmentIds);
  if (ids.length === 0) return new Map();
  const outcomes = await session.write({ operation: 'delete', ids });
  return new Map(ids.map((id, index) => [id, outcomes[index]!.ok]));
};

/** One deploy: the components to delete (after everything else, destructiveChangesPost) and the record as it stands once they are gone. */
const removalDeploy = async (session: OrgSession, components: readonly ComponentRemoval[], record: DeploymentRecord, options: PhaseOptions): Promise<MetadataDeploy> => {
  const files = recordFiles(record);
  const set = componentSetOf(options.projectDir, files, options.sourceApiVersion);
  for (const { type, fullName } of components) set.add(new SourceComponent({ name: fullName, type: registry.getTypeByName(type) }), DestructiveChangesType.POST);
  // A component the org no longer holds is a warning, not a reason to keep the others.
  const { summary } = await deployPhase(session, 'removal', set, files, { ...options, ignoreWarnings: true });
  return summary;
};

/** Freezes, then deactivates, the users of removed integrations: users cannot be deleted (salesforce-facts.md, Users). */
const retireUsers = async (session: OrgSession, removed: readonly RemovedIntegration[]): Promise<Map<string, WriteOutcome>> => {
  const retiring = removed.filter(({ deactivate, user }) => deactivate && user !== undefined);
  if (retiring.length === 0) return new Map();
  const logins = retiring.filter(({ user }) => user!.login !== undefined && !user!.login.isFrozen);
  const frozen = logins.length === 0 ? [] : await session.write({ operation: 'update', type: 'UserLogin', records: logins.map(({ user }) => ({ Id: user!.login!.id, IsFrozen: true })) });
  const deactivated = await session.write({ operation: 'update', type: 'User', records: retiring.map(({ user }) => ({ Id: user!.id, IsActive: false })) });
  return new Map([...logins.map(({ name }, index): [string, WriteOutcome] => [`${name}:frozen`, frozen[index]!]), ...retiring.map(({ name }, index): [string, WriteOutcome] => [`${name}:inactive`, deactivated[index]!])]);
};

export type PruneOutcome = { metadata?: MetadataDeploy; removed: IntegrationOutcome[]; stale: Map<string, PlannedChange[]> };

/**
 * --prune, last: the removed integrations' users lose the assignments the plugin gave them, then one deploy deletes
 * every component the plan removes together with the updated record (one transaction), then those users are
 * frozen and deactivated. A failed deletion leaves the users as they were.
 */
export const applyPrune = async (session: OrgSession, plan: PrunePlan, record: DeploymentRecord, options: PhaseOptions): Promise<PruneOutcome> => {
  const assignments = await removeAssignments(session, plan.removed);
  const components = [...plan.stale, ...plan.removed.flatMap((removed) => removed.components)];
  const metadata = components.length > 0 ? await removalDeploy(session, components, record, options) : undefined;
  const deleted = (type: string, name: string): 'done' | 'failed' => {
    if (metadata === undefined) return 'failed';
    const failure = metadata.components.find((component) => component.type === type && component.fullName === name && component.state === 'Failed');
    return metadata.success && failure === undefined ? 'done' : 'failed';
  };
  const users = metadata === undefined || metadata.success ? await retireUsers(session, plan.removed) : new Map<string, WriteOutcome>();
  /** Each change's outcome; assignment changes come in the order of the plan's assignment Ids. */
  const settle = (integration: string, changes: readonly PlannedChange[], assignmentIds: readonly string[]): PlannedChange[] => {
    let next = 0;
    return changes.map((change) => {
      if (change.outcome === 'kept') return change;
      if (change.target === 'user.IsFrozen' || change.target === 'user.IsActive') {
        const outcome = users.get(`${integration}:${change.target === 'user.IsFrozen' ? 'frozen' : 'inactive'}`);
        if (outcome) return outcomeChange(change, outcome);
        // Already frozen: nothing to write; not reached: left planned.
        return change.target === 'user.IsFrozen' && change.from === 'true' ? { ...change, outcome: 'done' } : change;
      }
      if (change.target === 'group' || change.target === 'permissionSet' || change.target === 'licence') {
        return outcomeChange(change, assignments.get(assignmentIds[next++] ?? '') ? 'done' : 'failed', messages.getMessage('prune.notRemoved'));
      }
      return outcomeChange(change, deleted(change.target, change.name), metadata?.components.find(({ fullName }) => fullName === change.name)?.problem);
    });
  };
  const stale = new Map<string, PlannedChange[]>();
  for (const component of plan.stale) {
    stale.set(component.integration, [...(stale.get(component.integration) ?? []), outcomeChange({ sign: '-', target: component.type, name: component.fullName, outcome: 'planned' }, deleted(component.type, component.fullName))]);
  }
  return {
    ...(metadata ? { metadata } : {}),
    removed: plan.removed.map(({ name, username, changes, assignmentIds }) => ({ name, username, changes: settle(name, changes, assignmentIds) })),
    stale,
  };
};
