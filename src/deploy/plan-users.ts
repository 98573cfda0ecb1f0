import { INTEGRATION_PSL, INTEGRATION_USER_LICENSE } from '../integration-user/platform-names.js';
import type { UserDefinition } from '../integration-user/user-definition.js';
import { idKey, USER_FIELDS, type OrgAssignment, type OrgLicenceAssignment, type OrgUser, type UserField } from '../org/org-users.js';
import type { ProvisioningState } from '../org/provisioning-state.js';
import type { PlannedChange } from './deploy-result.js';

/** What the manifests want of one integration's user in this environment. */
export type DesiredUser = { integration: string; definition: UserDefinition; group: string };

/** An assignment the user holds that its manifest does not declare: shown in every plan, removed with --prune. */
export type Undeclared = { kind: 'permissionSet' | 'group' | 'licence'; name: string; id: string };

/** The writes one integration's user needs, and the changes to show for them. */
export type UserPlan = {
  integration: string;
  group: string;
  /** The username as the org has it, or as it will be created. */
  username: string;
  /** Undefined until the user exists. */
  userId?: string;
  create?: Record<string, string>;
  update?: Record<string, string | boolean>;
  unfreeze?: { loginId: string };
  assignLicence: boolean;
  assignGroup: boolean;
  undeclared: Undeclared[];
  changes: PlannedChange[];
};

/** Why the users' phases cannot run as planned: each refuses the whole deploy before anything changes. */
export type UserPlanProblem =
  | { kind: 'ambiguousUser'; username: string; candidates: string[] }
  | { kind: 'noIntegrationProfile' }
  | { kind: 'noIntegrationPsl' }
  | { kind: 'seats'; licence: string; needed: number; used: number; total: number }
  | { kind: 'permission'; permission: string; needed: string };

export type UsersPlan = { plans: UserPlan[]; problems: UserPlanProblem[] };

/** The same e-mail: Salesforce compares them without case, and a sandbox copy appends `.invalid` on purpose (Help, "Users and Contacts"). */
const sameEmail = (org: string | null, wanted: string, isSandbox: boolean): boolean => {
  const have = (org ?? '').toLowerCase();
  return have === wanted.toLowerCase() || (isSandbox && have === `${wanted.toLowerCase()}.invalid`);
};

const fieldChanges = (user: OrgUser, definition: UserDefinition, isSandbox: boolean): Record<string, string> => {
  const changes: Record<string, string> = {};
  for (const field of USER_FIELDS) {
    const wanted = definition[field];
    // A first name the definition leaves out is not managed: the user may have one from before it was declared.
    if (wanted === undefined) continue;
    const same = field === 'Email' ? sameEmail(user.Email, wanted, isSandbox) : user[field] === wanted;
    if (!same) changes[field] = wanted;
  }
  return changes;
};

const change = (sign: PlannedChange['sign'], target: string, name: string, values: { from?: string | null; to?: string } = {}): PlannedChange => ({
  sign,
  target,
  name,
  ...(values.from === undefined || values.from === null ? {} : { from: values.from }),
  ...(values.to === undefined ? {} : { to: values.to }),
  outcome: 'planned',
});

/** Assignments other than the group, the integration licence and the profile's own permission set. */
const undeclaredOf = (assignments: readonly OrgAssignment[], licences: readonly OrgLicenceAssignment[], group: string): Undeclared[] => [
  ...assignments
    .filter(({ ownedByProfile, group: held }) => !ownedByProfile && held?.toLowerCase() !== group.toLowerCase())
    .map(({ id, group: held, permissionSet }): Undeclared => (held ? { kind: 'group', name: held, id } : { kind: 'permissionSet', name: permissionSet ?? id, id })),
  ...licences.filter(({ licence }) => licence !== INTEGRATION_PSL).map(({ id, licence }): Undeclared => ({ kind: 'licence', name: licence, id })),
];

const TARGET_OF_UNDECLARED: Readonly<Record<Undeclared['kind'], string>> = { permissionSet: 'permissionSet', group: 'group', licence: 'licence' };

/** A user to create: the definition's fields, the profile found through the licence. */
const creation = (desired: DesiredUser, profile: { id: string; name: string } | undefined): UserPlan => {
  const { definition, integration, group } = desired;
  const fields: Record<string, string> = { Username: definition.Username, EmailEncodingKey: definition.EmailEncodingKey, ProfileId: profile?.id ?? '' };
  for (const field of USER_FIELDS) if (definition[field] !== undefined) fields[field] = definition[field];
  return {
    integration,
    group,
    username: definition.Username,
    create: fields,
    assignLicence: true,
    assignGroup: true,
    undeclared: [],
    changes: [change('+', 'user', definition.Username, { to: profile?.name }), change('+', 'licence', INTEGRATION_PSL), change('+', 'group', group)],
  };
};

/** An existing user's field updates, profile move and reactivation, with the changes that show them. */
const userUpdate = (user: OrgUser, definition: UserDefinition, isSandbox: boolean, profile: { id: string; name: string } | undefined): { update: Record<string, string | boolean>; changes: PlannedChange[] } => {
  const update: Record<string, string | boolean> = fieldChanges(user, definition, isSandbox);
  const changes = Object.entries(update).map(([field, to]) => change('~', `user.${field}`, user.username, { from: user[field as UserField], to: String(to) }));
  if (user.licence !== INTEGRATION_USER_LICENSE && profile) {
    update.ProfileId = profile.id;
    changes.push(change('~', 'user.Profile', user.username, { from: user.profileName, to: profile.name }));
  }
  if (!user.isActive) {
    update.IsActive = true;
    changes.push(change('~', 'user.IsActive', user.username, { from: 'false', to: 'true' }));
  }
  if (user.login?.isFrozen) changes.push(change('~', 'user.IsFrozen', user.username, { from: 'true', to: 'false' }));
  return { update, changes };
};

/** One user's plan against what the org holds; the user is found by username, or in a sandbox by its copy. */
const planUser = (desired: DesiredUser, state: ProvisioningState, profile: { id: string; name: string } | undefined, prune: boolean): UserPlan | UserPlanProblem => {
  const { definition, integration, group } = desired;
  const found = state.users.get(definition.Username.toLowerCase()) ?? [];
  if (found.length > 1) return { kind: 'ambiguousUser', username: definition.Username, candidates: found.map(({ username }) => username) };
  const user = found[0];
  if (user === undefined) return creation(desired, profile);
  const { update, changes } = userUpdate(user, definition, state.isSandbox, profile);
  const licences = state.licences.get(idKey(user.id)) ?? [];
  const assignments = state.assignments.get(idKey(user.id)) ?? [];
  const assignLicence = !licences.some(({ licence }) => licence === INTEGRATION_PSL);
  const assignGroup = !assignments.some(({ group: held }) => held?.toLowerCase() === group.toLowerCase());
  if (assignLicence) changes.push(change('+', 'licence', INTEGRATION_PSL));
  if (assignGroup) changes.push(change('+', 'group', group));
  const undeclared = undeclaredOf(assignments, licences, group);
  for (const { kind, name } of undeclared) changes.push({ ...change('-', TARGET_OF_UNDECLARED[kind], name), outcome: prune ? 'planned' : 'kept' });
  return {
    integration,
    group,
    username: user.username,
    userId: user.id,
    ...(Object.keys(update).length > 0 ? { update } : {}),
    ...(user.login?.isFrozen ? { unfreeze: { loginId: user.login.id } } : {}),
    assignLicence,
    assignGroup,
    undeclared,
    changes,
  };
};

const isProblem = (value: UserPlan | UserPlanProblem): value is UserPlanProblem => 'kind' in value;

/** Seats and permissions the plans need, checked before anything is written (salesforce-facts.md, Users). */
const preconditions = (plans: readonly UserPlan[], state: ProvisioningState, prune: boolean): UserPlanProblem[] => {
  const problems: UserPlanProblem[] = [];
  const profile = state.integrationProfiles[0];
  // A new user, a reactivated one and one moved to the integration profile each take an integration licence seat.
  const seatsNeeded = plans.filter(({ create, update }) => create !== undefined || update?.IsActive === true || update?.ProfileId !== undefined).length;
  if (profile && seatsNeeded > profile.seats.total - profile.seats.used) {
    problems.push({ kind: 'seats', licence: INTEGRATION_USER_LICENSE, needed: seatsNeeded, ...profile.seats });
  }
  const pslNeeded = plans.filter(({ assignLicence }) => assignLicence).length;
  if (state.integrationPsl && pslNeeded > state.integrationPsl.seats.total - state.integrationPsl.seats.used) {
    problems.push({ kind: 'seats', licence: INTEGRATION_PSL, needed: pslNeeded, ...state.integrationPsl.seats });
  }
  const permissions = state.runningUser;
  if (permissions === undefined) return problems;
  // "To create or update a User record, you must have the Manage Internal Users permission" (Object Reference,
  // User); UserLogin, which freezing writes, needs Manage Users (Object Reference, UserLogin).
  if (plans.some(({ create, update }) => create !== undefined || update !== undefined) && !permissions.ManageUsers && !permissions.ManageInternalUsers) {
    problems.push({ kind: 'permission', permission: 'ManageInternalUsers', needed: 'create or update the integration users' });
  }
  if (plans.some(({ unfreeze }) => unfreeze !== undefined) && !permissions.ManageUsers) problems.push({ kind: 'permission', permission: 'ManageUsers', needed: 'unfreeze an integration user' });
  const assigns = plans.some(({ assignLicence, assignGroup, undeclared }) => assignLicence || assignGroup || (prune && undeclared.length > 0));
  if (assigns && !permissions.AssignPermissionSets) problems.push({ kind: 'permission', permission: 'AssignPermissionSets', needed: 'assign permission set licences and groups' });
  return problems;
};

/**
 * Each integration's user against the org: created where missing (with the profile found through the
 * Salesforce Integration licence), its fields updated where they differ, reactivated, unfrozen, given the
 * permission set licence and its group; what else it holds is listed (and removed with --prune). Pure: the org
 * was read before (org/provisioning-state.ts). Problems block the whole deploy before anything changes.
 */
export const planUsers = (desired: readonly DesiredUser[], state: ProvisioningState, prune: boolean): UsersPlan => {
  const problems: UserPlanProblem[] = [];
  const profile = state.integrationProfiles[0];
  const outcomes = desired.map((user) => planUser(user, state, profile, prune));
  const plans = outcomes.filter((outcome): outcome is UserPlan => !isProblem(outcome));
  problems.push(...outcomes.filter(isProblem));
  if (plans.some(({ create, update }) => create !== undefined || update?.ProfileId !== undefined) && profile === undefined) problems.push({ kind: 'noIntegrationProfile' });
  if (plans.some(({ assignLicence }) => assignLicence) && state.integrationPsl === undefined) problems.push({ kind: 'noIntegrationPsl' });
  problems.push(...preconditions(plans, state, prune));
  return { plans, problems };
};

/** Each integration's run-as username as the org has it (a sandbox copy keeps its suffix), by the definition's username. */
export const orgUsernames = (desired: readonly DesiredUser[], plans: readonly UserPlan[]): Map<string, string> =>
  new Map(desired.map(({ definition, integration }) => [definition.Username.toLowerCase(), plans.find((plan) => plan.integration === integration)?.username ?? definition.Username]));
