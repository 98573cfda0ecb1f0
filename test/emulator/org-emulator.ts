import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReceivedDeploy } from './deploy-job.js';
import type { DeployedComponent } from './deploy-zip.js';
import { EmulatedOrg, type OrgBehaviour } from './emulated-org.js';
import { createRequestListener, type RequestRecord } from './router.js';

// One import for tests: the emulator, its switches, and the helpers to log in to it.
export type { OrgBehaviour } from './emulated-org.js';
export type { ReceivedDeploy, PendingPolls } from './deploy-job.js';
export type { DeployedComponent } from './deploy-zip.js';
export type { DeployResult, DeployMessage } from './deploy-result.js';
export { DEFAULT_ORG_SCHEMA, extendSchema, type OrgSchema, type FieldDefinition } from './org-schema.js';
export { CONNECTED_APP_CREATION_BLOCKED } from './connected-app-rule.js';
export { connectToEmulator, type EmulatorLogin } from './connect.js';
export { isolateSalesforceState, salesforceWarnings } from './salesforce-environment.js';

export type OrgEmulatorOptions = Partial<OrgBehaviour> & {
  /** The org user's username (default: unique per emulator, as AuthInfo will not overwrite an authorization). */
  username?: string;
  /** The highest API version the org serves (default 66.0); clients use it for every call. */
  apiVersion?: string;
};

/** A Salesforce org on 127.0.0.1, as far as logging in with a token and deploying metadata go. */
export type OrgEmulator = {
  instanceUrl: string;
  accessToken: string;
  username: string;
  orgId: string;
  /** Every deploy received, in order: options, unzipped components, polls, final result. */
  readonly deploys: readonly ReceivedDeploy[];
  /** The components the org holds now (left by successful, non-check-only deploys). */
  readonly savedComponents: readonly DeployedComponent[];
  /** Every request, in order, with its normalised path. */
  readonly requests: readonly RequestRecord[];
  /** Changes the behaviour for the deploys that arrive from now on. */
  configure: (changes: Partial<OrgBehaviour>) => void;
  /** Every call from now on fails as with an expired session. */
  expireSession: () => void;
  /** Deploys held in progress (pendingPolls) complete at their next status check. */
  releasePendingDeploys: () => void;
  stop: () => Promise<void>;
};

export const startOrgEmulator = async (options: OrgEmulatorOptions = {}): Promise<OrgEmulator> => {
  const org = new EmulatedOrg(options);
  const requests: RequestRecord[] = [];
  const listener = createRequestListener(org, requests);
  const server = createServer((request, response) => void listener(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only, on a port the system picks: never reachable from elsewhere, never in the way of another run.
    server.listen(0, '127.0.0.1', resolve);
  });
  org.instanceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    instanceUrl: org.instanceUrl,
    accessToken: org.accessToken,
    username: org.username,
    orgId: org.orgId,
    get deploys() {
      return org.deploys;
    },
    get savedComponents() {
      return org.savedComponents;
    },
    requests,
    configure: (changes) => {
      org.behaviour = { ...org.behaviour, ...changes };
    },
    expireSession: () => org.expireSession(),
    releasePendingDeploys: () => org.releasePendingDeploys(),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        // jsforce keeps connections alive; close them, or close() waits for them to time out.
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
};
