import { Messages } from '@salesforce/core';
import { INTEGRATION_PSL, INTEGRATION_USER_LICENSE } from '../integration-user/platform-names.js';
import type { MemberName } from '../org/metadata-retrieve.js';
import type { OrgUser } from '../org/org-users.js';
import type { ProvisioningState } from '../org/provisioning-state.js';
import type { PlannedChange } from './deploy-result.js';
import type { DeploymentRecord } from './deployment-record.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'deploy');

/** A component --prune deletes, and the integration it was deployed for. */
export type ComponentRemoval = { integration: string; type: string; fullName: string };

/** An integration the record lists that the manifests no longer have: its components, its user and what it holds. */
export type RemovedIntegration = {
  name: string;
  username: string;
  components: ComponentRemoval[];
  user?: OrgUser;
  /** Assignments and licence assignments to delete (the user's group, the plugin's permission sets, its licence). */
  assignmentIds: string[];
  /** Frozen and deactivated: only a user on the Salesforce Integration licence, the kind the plugin creates. */
  deactivate: boolean;
  changes: PlannedChange[];
};

export type PrunePlan = {
  /** Components listed for an integration that no longer generates them. */
  stale: ComponentRemoval[];
  /**
   * An app's policies under their former names: the org refuses a second set of policies for one app, so these go
   * before the access phase deploys the new ones, in the same deploy (destructiveChangesPre).
   */
  former: ComponentRemoval[];
  removed: RemovedIntegration[];
  /** Adopted components a kept integration no longer generates: left in place, shown in its plan. */
  adopted: ComponentRemoval[];
};

export type PruneInput = {
  record: DeploymentRecord;
  /** Every integration the manifests declare. */
  manifestIntegrations: readonly string[];
  /** The integrations this run deploys; all of them unless --integration chose some. */
  selected: readonly string[];
  allSelected: boolean;
  /** This project's name (sfdx-project.json): integrations another project deployed are never its to remove. */
  project?: string;
  /** `Type:FullName` of every component the manifests generate, whichever integration. */
  generated: ReadonlySet<string>;
  /** Selected integrations with an External Client App. */
  externalClientApps: readonly string[];
};

const key = (type: string, fullName: string): string => `${type}:${fullName}`;
/** A record's `Type:FullName` as the member it names. */
export const memberOf = (component: string): MemberName => {
  const at = component.indexOf(':');
  return { type: component.slice(0, at), fullName: component.slice(at + 1) };
};

/** A name the plugin gives a component of this integration: `<name>` or `<name>_<part>`. Nothing else is ever removed. */
const isOwnName = (integration: string, fullName: string): boolean => fullName === integration || fullName.startsWith(`${integration}_`);

/**
 * The External Client App policies under the names Setup gives them, which earlier versions of generate wrote
 * (`<app>_oauthPlcy`, `<app>_plcy`); the platform names the policies it creates with the app `<oauth settings>_defaultPolicy`
 * and `<app>_defaultPolicy`, which generate writes now (salesforce-facts.md, Connected apps and External Client Apps).
 */
const formerPolicyNames = (app: string): MemberName[] => [
  { type: 'ExtlClntAppOauthConfigurablePolicies', fullName: `${app}_oauthPlcy` },
  { type: 'ExtlClntAppConfigurablePolicies', fullName: `${app}_plcy` },
];

/**
 * The integrations this project deployed that its manifests no longer have. An entry another project wrote (its
 * name in `project`) is that project's: several repositories may deploy integrations to one org.
 */
export const removedIntegrations = (input: PruneInput): string[] =>
  input.allSelected
    ? Object.entries(input.record.integrations)
        .filter(([name, { project }]) => !input.manifestIntegrations.includes(name) && (project === undefined || project === input.project))
        .map(([name]) => name)
    : [];

/** Every component the record or the former names make a candidate for removal: the org is asked which it holds. */
export const pruneCandidates = (input: PruneInput): MemberName[] => {
  const listed = [...input.selected, ...removedIntegrations(input)].flatMap((integration) => {
    const adopted = new Set(input.record.integrations[integration]?.adopted ?? []);
    return (input.record.integrations[integration]?.components ?? []).filter((component) => !adopted.has(component)).map(memberOf).filter(({ fullName }) => isOwnName(integration, fullName));
  });
  const candidates = [...listed, ...input.externalClientApps.flatMap(formerPolicyNames)].filter(({ type, fullName }) => !input.generated.has(key(type, fullName)));
  return [...new Map(candidates.map((member) => [key(member.type, member.fullName), member])).values()];
};

/** Adopted components no longer generated (by a kept integration or one that left): the plan shows them left in place where the org holds them. */
export const adoptedLeftBehind = (input: PruneInput): MemberName[] =>
  [...input.selected, ...removedIntegrations(input)].flatMap((integration) => (input.record.integrations[integration]?.adopted ?? []).filter((component) => !input.generated.has(component)).map(memberOf));

const removal = ({ type, fullName }: MemberName, prune: boolean): PlannedChange => ({ sign: '-', target: type, name: fullName, outcome: prune ? 'planned' : 'kept' });

/** A component the org held before the plugin deployed it: no longer managed, never deleted, and the plan says why. */
const leftInPlace = ({ type, fullName }: MemberName): PlannedChange => ({ sign: '-', target: type, name: fullName, outcome: 'kept', problem: messages.getMessage('prune.adopted') });

/** The adopted components of an integration that it no longer generates (or that left the manifests), which the org holds. */
const adoptedOf = (input: PruneInput, integration: string, present: ReadonlySet<string>): ComponentRemoval[] =>
  (input.record.integrations[integration]?.adopted ?? []).filter((component) => present.has(component) && !input.generated.has(component)).map((component) => ({ integration, ...memberOf(component) }));

/** What a removed integration's user holds of it, and whether the user goes too. */
const userRemoval = (name: string, user: OrgUser | undefined, state: ProvisioningState, components: readonly MemberName[], prune: boolean): Pick<RemovedIntegration, 'assignmentIds' | 'deactivate' | 'changes'> => {
  if (user === undefined) return { assignmentIds: [], deactivate: false, changes: [] };
  const own = new Set(components.filter(({ type }) => type === 'PermissionSet' || type === 'PermissionSetGroup').map(({ fullName }) => fullName.toLowerCase()));
  const id = user.id.slice(0, 15);
  const assignments = (state.assignments.get(id) ?? []).filter(({ group, permissionSet }) => group?.toLowerCase() === name.toLowerCase() || own.has((group ?? permissionSet ?? '').toLowerCase()));
  const deactivate = user.licence === INTEGRATION_USER_LICENSE && user.isActive;
  const licences = deactivate ? (state.licences.get(id) ?? []).filter(({ licence }) => licence === INTEGRATION_PSL) : [];
  const outcome = prune ? 'planned' : 'kept';
  const changes: PlannedChange[] = [
    ...assignments.map(({ group, permissionSet }): PlannedChange => ({ sign: '-', target: group ? 'group' : 'permissionSet', name: group ?? permissionSet ?? '', outcome })),
    ...licences.map(({ licence }): PlannedChange => ({ sign: '-', target: 'licence', name: licence, outcome })),
    ...(deactivate
      ? [
          { sign: '~', target: 'user.IsFrozen', name: user.username, from: String(user.login?.isFrozen ?? false), to: 'true', outcome },
          { sign: '~', target: 'user.IsActive', name: user.username, from: 'true', to: 'false', outcome },
        ]
      : [{ sign: '~', target: 'user', name: user.username, outcome: 'kept', problem: messages.getMessage('prune.humanUser', [INTEGRATION_USER_LICENSE]) }]) as PlannedChange[],
  ];
  return { assignmentIds: [...assignments.map(({ id: assignment }) => assignment), ...licences.map(({ id: assignment }) => assignment)], deactivate, changes };
};

/**
 * What --prune removes, from the record the org keeps of what the plugin deployed: components an integration no
 * longer generates (and its app's policies under their former names), and integrations that left the manifests,
 * with their users' assignments, and the users themselves frozen and deactivated (users cannot be deleted). Only
 * what the org holds (`present`) is planned. Without --prune every removal is listed as kept. Pure.
 */
export const planPrune = (input: PruneInput, present: ReadonlySet<string>, state: ProvisioningState, prune: boolean): PrunePlan => {
  const candidates = new Set(pruneCandidates(input).map(({ type, fullName }) => key(type, fullName)));
  const heldOf = (integration: string, members: readonly MemberName[]): ComponentRemoval[] =>
    members.filter(({ type, fullName }) => candidates.has(key(type, fullName)) && present.has(key(type, fullName))).map((member) => ({ integration, ...member }));
  const stale = input.selected.flatMap((integration) => heldOf(integration, (input.record.integrations[integration]?.components ?? []).map(memberOf)));
  const former = input.externalClientApps.flatMap((integration) => heldOf(integration, formerPolicyNames(integration))).filter(({ type, fullName }) => !stale.some((component) => component.type === type && component.fullName === fullName));
  const removed = removedIntegrations(input).map((name): RemovedIntegration => {
    const entry = input.record.integrations[name]!;
    const components = heldOf(name, entry.components.map(memberOf));
    const adopted = adoptedOf(input, name, present);
    const [user] = state.users.get(entry.username.toLowerCase()) ?? [];
    // The plugin assigned its user to adopted permission sets too: those assignments go, the sets stay.
    const users = userRemoval(name, user, state, [...components, ...adopted], prune);
    return {
      name,
      username: user?.username ?? entry.username,
      components,
      ...(user ? { user } : {}),
      ...users,
      changes: [...components.map((component) => removal(component, prune)), ...adopted.map(leftInPlace), ...users.changes],
    };
  });
  const adopted = input.selected.flatMap((integration) => adoptedOf(input, integration, present));
  return { stale, former, removed, adopted };
};

/** Each removal the plan makes, for --max-removals: components, assignments, users. */
export const removalCount = (plan: PrunePlan, undeclared: number): number =>
  plan.stale.length + plan.former.length + plan.removed.reduce((sum, { components, assignmentIds, deactivate }) => sum + components.length + assignmentIds.length + (deactivate ? 1 : 0), 0) + undeclared;

/** The stale components of one integration, as the changes its plan shows. */
export const staleChanges = (plan: PrunePlan, integration: string, prune: boolean): PlannedChange[] =>
  [
    ...[...plan.stale, ...plan.former].filter((component) => component.integration === integration).map((component) => removal(component, prune)),
    ...plan.adopted.filter((component) => component.integration === integration).map(leftInPlace),
  ];
