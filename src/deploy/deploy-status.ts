import type { DeployOutcomeStatus, DeployResult, IntegrationOutcome, MetadataDeploy } from './deploy-result.js';

const CHANGING_STATES = new Set(['Created', 'Changed', 'Deleted']);

/** Whether the org holds anything new after these deploys and changes: a second run of the same manifests changes nothing. */
export const anythingChanged = (metadata: readonly MetadataDeploy[], integrations: readonly IntegrationOutcome[]): boolean =>
  metadata.some(({ checkOnly, success, components }) => !checkOnly && success && components.some(({ state }) => CHANGING_STATES.has(state))) ||
  integrations.some(({ changes }) => changes.some(({ outcome }) => outcome === 'done'));

/**
 * The run's status from what happened: a failure after a change is PartlySucceeded (the org holds the first
 * phases: run again once fixed), before any change Failed; a deploy still running or lost, or a group still
 * recalculating, is InProgress; a dry run that passed is Planned.
 */
export const runStatus = (dryRun: boolean, metadata: readonly MetadataDeploy[], integrations: readonly IntegrationOutcome[], changed: boolean): DeployOutcomeStatus => {
  const changes = integrations.flatMap((integration) => integration.changes);
  const failed = metadata.some(({ done, success }) => done && !success) || changes.some(({ outcome }) => outcome === 'failed');
  if (failed) return changed ? 'PartlySucceeded' : 'Failed';
  if (metadata.some(({ done }) => !done) || changes.some(({ outcome }) => outcome === 'waiting')) return 'InProgress';
  return dryRun ? 'Planned' : 'Succeeded';
};

/**
 * The sf exit codes: 0 success, 1 failure, 68 partial success, 69 still in progress. A deploy started with
 * --async is a success of the command: it returns the id at once, like `sf project deploy start --async`.
 */
export const deployExitCode = (result: Pick<DeployResult, 'status'>, async = false): number => {
  switch (result.status) {
    case 'Succeeded':
    case 'Planned':
      return 0;
    case 'PartlySucceeded':
      return 68;
    case 'InProgress':
      return async ? 0 : 69;
    default:
      return 1;
  }
};
