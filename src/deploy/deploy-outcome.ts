import type { OrgSession } from '../org/org-session.js';
import type { DeployResult, IntegrationOutcome, MetadataDeploy } from './deploy-result.js';
import { anythingChanged, runStatus } from './deploy-status.js';

/** What the result needs of the run's options. */
export type RunOptions = { dryRun: boolean; prune: boolean; async: boolean; rest: boolean; environment?: string; integrations?: readonly string[]; maxRemovals?: number; groupPollMs?: number };

/** The command that finishes the job: the same deploy again, which changes only what is left. */
export const rerunCommand = (session: OrgSession, options: RunOptions): string =>
  [
    `sf intuser deploy --target-org ${session.username}`,
    ...(options.environment ? [`--env ${options.environment}`] : []),
    ...(options.integrations ?? []).map((name) => `--integration ${name}`),
    ...(options.prune ? ['--prune'] : []),
    ...(options.prune && options.maxRemovals !== undefined ? [`--max-removals ${options.maxRemovals}`] : []),
  ].join(' ');

/** Where the run stops part-way, what to run next: follow a deploy still running, or run the deploy again. */
const nextCommandOf = (result: Omit<DeployResult, 'nextCommand'>, session: OrgSession, options: RunOptions): string | undefined => {
  if (result.status === 'Succeeded' || result.status === 'Planned' || result.status === 'Failed') return undefined;
  const pending = result.metadata.find(({ done }) => !done);
  const rerun = rerunCommand(session, options);
  return pending ? `sf project deploy report --job-id ${pending.id} --target-org ${session.username}; then ${rerun}` : rerun;
};

/** The run's result from what it did. */
export const finish = (
  session: OrgSession,
  options: RunOptions,
  parts: { metadata: MetadataDeploy[]; integrations: IntegrationOutcome[]; removed?: IntegrationOutcome[]; deferred?: DeployResult['deferred'] }
): DeployResult => {
  const { metadata, integrations, removed = [], deferred = [] } = parts;
  const changes = [...integrations, ...removed];
  const changed = anythingChanged(metadata, changes);
  const result = {
    status: runStatus(options.dryRun, metadata, changes, changed),
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
    removed,
  };
  const nextCommand = options.async ? undefined : nextCommandOf(result, session, options);
  return { ...result, ...(nextCommand ? { nextCommand } : {}) };
};
