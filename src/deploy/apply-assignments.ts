import { Messages } from '@salesforce/core';
import { pause } from '../org/deadline.js';
import { OrgError } from '../org/org-error.js';
import type { OrgSession } from '../org/org-session.js';
import { readGroupStatuses, type GroupStatus } from '../org/permission-set-groups.js';
import type { PlannedChange } from './deploy-result.js';
import { isBlocked, settle } from './apply-users.js';
import type { UserPlan } from './plan-users.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'deploy');

const isSettled = (group: GroupStatus | undefined): boolean => group === undefined || group.status === 'Updated' || group.status === 'Failed';

/**
 * Waits for Salesforce to recalculate the groups (Outdated -> Updating -> Updated, or Failed), asking every
 * `pollMs`, within the run's deadline. Salesforce's own sample polls the same way before assigning
 * (https://github.com/trailheadapps/multiframework-recipes/pull/100). Returns the last status of each.
 */
const waitForGroups = async (session: OrgSession, names: readonly string[], pollMs: number): Promise<Map<string, GroupStatus>> => {
  let groups = await readGroupStatuses(session, names);
  while (!names.every((name) => isSettled(groups.get(name.toLowerCase()))) && !session.deadline.expired()) {
    // eslint-disable-next-line no-await-in-loop -- polling: each read waits for the pause before it
    await pause(session.deadline, pollMs);
    try {
      // eslint-disable-next-line no-await-in-loop
      groups = await readGroupStatuses(session, names);
    } catch (error) {
      // The end of --wait while asking: the groups stand as last read.
      if (error instanceof OrgError && error.kind === 'timeout') break;
      throw error;
    }
  }
  return groups;
};

const isGroupChange = ({ sign, target }: PlannedChange): boolean => sign === '+' && target === 'group';

/** The group's change left as it stands, with why: not found, recalculation failed, or still recalculating. */
const unassignable = (plan: UserPlan, group: GroupStatus | undefined): UserPlan => ({
  ...plan,
  changes: plan.changes.map((planned) => {
    if (!isGroupChange(planned)) return planned;
    if (group === undefined) return { ...planned, outcome: 'failed', problem: messages.getMessage('group.missing', [plan.group]) };
    if (group.status === 'Failed') return { ...planned, outcome: 'failed', problem: messages.getMessage('group.failed', [plan.group]) };
    if (group.status === 'Updated') return { ...planned, outcome: 'waiting', problem: messages.getMessage('group.updatedTooLate', [plan.group]) };
    return { ...planned, outcome: 'waiting', problem: messages.getMessage('group.recalculating', [plan.group, group.status]) };
  }),
});

/** Removes, with --prune, what each user holds that its manifest does not declare. */
const removeUndeclared = async (session: OrgSession, plans: readonly UserPlan[]): Promise<UserPlan[]> => {
  const chosen = plans.filter((plan) => plan.undeclared.length > 0 && !isBlocked(plan));
  const targets = chosen.flatMap((plan) => plan.undeclared.map((undeclared) => ({ plan, undeclared })));
  if (targets.length === 0) return [...plans];
  const outcomes = await session.write({ operation: 'delete', ids: targets.map(({ undeclared }) => undeclared.id) });
  return plans.map((plan) =>
    targets.reduce(
      (current, { plan: owner, undeclared }, index) =>
        owner === plan ? settle(current, ({ sign, name, target }) => sign === '-' && name === undeclared.name && target === undeclared.kind, outcomes[index]!) : current,
      plan
    )
  );
};

/**
 * The assignments' phase: each user's group assigned once Salesforce has recalculated it (waiting for it within
 * --wait), then, with --prune, what the users hold that their manifests do not declare removed. A group that
 * failed to recalculate is an error naming it; one still recalculating at the end of --wait is left waiting.
 */
export const applyAssignments = async (session: OrgSession, plans: readonly UserPlan[], options: { prune: boolean; pollMs: number }): Promise<UserPlan[]> => {
  const wanting = plans.filter((plan) => plan.assignGroup && plan.userId !== undefined && !isBlocked(plan));
  let current = [...plans];
  if (wanting.length > 0) {
    const groups = await waitForGroups(session, [...new Set(wanting.map(({ group }) => group))], options.pollMs);
    // With no time left, even a recalculated group waits for the next run: no call may outlive --wait.
    const ready = session.deadline.expired() ? [] : wanting.filter(({ group }) => groups.get(group.toLowerCase())?.status === 'Updated');
    const outcomes =
      ready.length === 0
        ? []
        : await session.write({
            operation: 'create',
            type: 'PermissionSetAssignment',
            records: ready.map(({ userId, group }) => ({ AssigneeId: userId!, PermissionSetGroupId: groups.get(group.toLowerCase())!.id })),
          });
    current = current.map((plan) => {
      const index = ready.indexOf(plan);
      if (index >= 0) return settle(plan, isGroupChange, outcomes[index]!);
      return wanting.includes(plan) ? unassignable(plan, groups.get(plan.group.toLowerCase())) : plan;
    });
  }
  return options.prune ? removeUndeclared(session, current) : current;
};
