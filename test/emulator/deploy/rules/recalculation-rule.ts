import type { ComponentProblem } from './component-problem.js';

/**
 * Deploying a permission set while a group it belongs to recalculates can fail (salesforce-facts.md; "the PSG
 * that the ... permission set belongs to is being updated", https://github.com/flxbl-io/sfp/issues/60, a
 * paraphrase: Salesforce's exact wording is unverified). Off unless a test switches it on.
 */
export const groupRecalculating = (group: string): string => `The permission set group ${group} that this permission set belongs to is being updated. Try again later.`;

export type RecalculationFacts = { recalculatingGroups: (permissionSet: string) => readonly string[] };

export const recalculationProblem = (type: string, fullName: string, org: RecalculationFacts): ComponentProblem | undefined => {
  if (type !== 'PermissionSet' && type !== 'MutingPermissionSet') return undefined;
  const [group] = org.recalculatingGroups(fullName);
  return group === undefined ? undefined : { problem: groupRecalculating(group) };
};
