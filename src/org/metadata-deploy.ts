import { DeployResult, MetadataApiDeploy, type ComponentSet, type FileResponse, type MetadataApiDeployStatus } from '@salesforce/source-deploy-retrieve';
import { pause, withinDeadline } from './deadline.js';
import { asOrgError, malformedAnswer, type OrgError } from './org-error.js';
import type { OrgSession } from './org-session.js';

export type MetadataDeployOptions = {
  checkOnly: boolean;
  /** The REST Metadata API rather than SOAP (the CLI's org-metadata-rest-deploy). */
  rest: boolean;
  /** Deletions of components the org does not hold are warnings; a pruning deploy ignores them. */
  ignoreWarnings?: boolean;
  /** Return once the org has accepted the deploy. */
  async?: boolean;
  /** Time between status checks; 1 s, as source-deploy-retrieve polls deploys of up to 1,000 components. */
  pollMs?: number;
  onStart?: (id: string) => void;
  onProgress?: (status: MetadataApiDeployStatus) => void;
};

/**
 * How a deploy ended, as far as this run knows:
 * - `done`: the org's final status and each component's response;
 * - `running`: accepted and still in progress when the run's time ran out (or --async);
 * - `unknown`: accepted, then the org's answers about it failed (an expired session, the connection lost, a
 *   garbled status): it may have succeeded. Only its id can tell, through `sf project deploy report`.
 */
export type MetadataDeployOutcome =
  | { state: 'done'; id: string; status: MetadataApiDeployStatus; files: FileResponse[] }
  | { state: 'running'; id: string; status?: MetadataApiDeployStatus }
  | { state: 'unknown'; id: string; failure: OrgError };

/** Consecutive failed status checks tolerated (a reset, an HTTP 500) before the deploy's fate is called unknown. */
const STATUS_FAILURES_TOLERATED = 3;

const isStatus = (value: unknown): value is MetadataApiDeployStatus => {
  const status = value as Partial<MetadataApiDeployStatus> | null;
  return status !== null && typeof status === 'object' && typeof status.done === 'boolean' && typeof status.status === 'string' && typeof status.id === 'string';
};

/** The org's id for the deploy; an OrgError when none comes back (the deploy may or may not have arrived). */
const startDeploy = async (session: OrgSession, deploy: MetadataApiDeploy, what: string): Promise<string> => {
  try {
    session.boundMetadataCalls();
    const accepted = await withinDeadline(session.deadline, what, deploy.start());
    if (typeof accepted?.id !== 'string' || accepted.id === '') throw malformedAnswer(what, 'the id of the deploy');
    return accepted.id;
  } catch (error) {
    throw asOrgError(error, what);
  }
};

/**
 * Deploys a component set through source-deploy-retrieve and follows it within the run's deadline. The status
 * checks are made here rather than by SDR's pollStatus, so that each is bounded and each failure judged: after
 * the org has accepted the deploy no error is "nothing was deployed". A failure before the org answers with an
 * id is thrown as an OrgError (the deploy may or may not have arrived).
 */
export const deployMetadata = async (session: OrgSession, components: ComponentSet, options: MetadataDeployOptions): Promise<MetadataDeployOutcome> => {
  const deploy = new MetadataApiDeploy({
    components,
    usernameOrConnection: session.connection,
    apiOptions: { checkOnly: options.checkOnly, rest: options.rest, rollbackOnError: true, ignoreWarnings: options.ignoreWarnings ?? false },
  });
  const id = await startDeploy(session, deploy, options.checkOnly ? 'the check-only deploy' : 'the deploy');
  options.onStart?.(id);
  if (options.async) return { state: 'running', id };

  const statusWhat = `the status of deploy ${id}`;
  let failures = 0;
  let last: MetadataApiDeployStatus | undefined;
  for (;;) {
    try {
      session.boundMetadataCalls();
      // One status check at a time, each waiting for the last: polling.
      // eslint-disable-next-line no-await-in-loop
      const status: unknown = await withinDeadline(session.deadline, statusWhat, deploy.checkStatus());
      if (!isStatus(status)) throw malformedAnswer(statusWhat, 'a deploy status');
      failures = 0;
      last = status;
      options.onProgress?.(status);
      if (status.done) return { state: 'done', id, status, files: fileResponses(status, components, statusWhat) };
    } catch (error) {
      const failure = asOrgError(error, statusWhat);
      if (failure.kind === 'timeout') return { state: 'running', id, ...(last ? { status: last } : {}) };
      if (failure.kind === 'expiredSession' || failure.kind === 'refused' || ++failures > STATUS_FAILURES_TOLERATED) return { state: 'unknown', id, failure };
    }
    if (session.deadline.expired()) return { state: 'running', id, ...(last ? { status: last } : {}) };
    // eslint-disable-next-line no-await-in-loop
    await pause(session.deadline, options.pollMs ?? 1000);
  }
};

/** Each component's response, read from the final status: a status too garbled to read is a malformed answer. */
const fileResponses = (status: MetadataApiDeployStatus, components: ComponentSet, what: string): FileResponse[] => {
  try {
    return new DeployResult(status, components).getFileResponses();
  } catch {
    throw malformedAnswer(what, 'the components of a finished deploy');
  }
};
