import type { OrgSession } from '../org/org-session.js';
import type { WriteOutcome } from '../org/record-writes.js';
import type { PlannedChange } from './deploy-result.js';
import type { UserPlan } from './plan-users.js';

/** Marks the plan's changes that `matches` selects with the outcome of their write. */
export const settle = (plan: UserPlan, matches: (change: PlannedChange) => boolean, outcome: WriteOutcome): UserPlan => ({
  ...plan,
  changes: plan.changes.map((planned) =>
    matches(planned) ? { ...planned, outcome: outcome.ok ? 'done' : 'failed', ...(outcome.ok ? {} : { problem: `${outcome.errorCode}: ${outcome.message}` }) } : planned
  ),
});

/** Whether an earlier step of this user failed: its later steps are not attempted (they would fail the same way or worse). */
export const isBlocked = (plan: UserPlan): boolean => plan.changes.some(({ outcome }) => outcome === 'failed');

const isUserChange = ({ target }: PlannedChange): boolean => target === 'user' || (target.startsWith('user.') && target !== 'user.IsFrozen');

/**
 * Writes `records` (one per plan selected) through sObject Collections and hands each plan its outcome; plans
 * not selected pass through unchanged.
 */
const writeFor = async (
  plans: readonly UserPlan[],
  selected: (plan: UserPlan) => boolean,
  write: (chosen: readonly UserPlan[]) => Promise<WriteOutcome[]>,
  apply: (plan: UserPlan, outcome: WriteOutcome) => UserPlan
): Promise<UserPlan[]> => {
  const chosen = plans.filter((plan) => selected(plan) && !isBlocked(plan));
  if (chosen.length === 0) return [...plans];
  const outcomes = await write(chosen);
  const outcomeOf = new Map(chosen.map((plan, index) => [plan, outcomes[index]!]));
  return plans.map((plan) => (outcomeOf.has(plan) ? apply(plan, outcomeOf.get(plan)!) : plan));
};

/** "duplicate value found" on a second assignment of the same licence: the sf CLI treats it as success (plugin-user, permsetlicense/assign.ts). */
const alreadyHeld = (outcome: WriteOutcome): WriteOutcome =>
  !outcome.ok && (outcome.errorCode === 'DUPLICATE_VALUE' || /^duplicate value found/i.test(outcome.message)) ? { ok: true, id: outcome.id ?? '' } : outcome;

/**
 * The users' phase, in the platform's order: missing users created (profile found through the licence), fields
 * updated, reactivated and moved to the integration profile in the same update, frozen users unfrozen, then the
 * Salesforce API Integration permission set licence assigned (before any group that grants object access). Each
 * step is one call per 200 records, whatever the number of users; a user whose step fails goes no further.
 */
export const applyUsers = async (session: OrgSession, plans: readonly UserPlan[], pslId: string | undefined): Promise<UserPlan[]> => {
  let current = await writeFor(
    plans,
    (plan) => plan.create !== undefined,
    (chosen) => session.write({ operation: 'create', type: 'User', records: chosen.map(({ create }) => create!) }),
    (plan, outcome) => ({ ...settle(plan, isUserChange, outcome), ...(outcome.ok ? { userId: outcome.id } : {}) })
  );
  current = await writeFor(
    current,
    (plan) => plan.update !== undefined,
    (chosen) => session.write({ operation: 'update', type: 'User', records: chosen.map(({ userId, update }) => ({ Id: userId!, ...update })) }),
    (plan, outcome) => settle(plan, isUserChange, outcome)
  );
  current = await writeFor(
    current,
    (plan) => plan.unfreeze !== undefined,
    (chosen) => session.write({ operation: 'update', type: 'UserLogin', records: chosen.map(({ unfreeze }) => ({ Id: unfreeze!.loginId, IsFrozen: false })) }),
    (plan, outcome) => settle(plan, ({ target }) => target === 'user.IsFrozen', outcome)
  );
  return writeFor(
    current,
    (plan) => plan.assignLicence && plan.userId !== undefined && pslId !== undefined,
    async (chosen) =>
      (await session.write({ operation: 'create', type: 'PermissionSetLicenseAssign', records: chosen.map(({ userId }) => ({ AssigneeId: userId!, PermissionSetLicenseId: pslId! })) })).map(alreadyHeld),
    (plan, outcome) => settle(plan, ({ target }) => target === 'licence', outcome)
  );
};
