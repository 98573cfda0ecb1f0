import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReceivedDeploy } from './deploy/deploy-job.js';
import { EmulatedOrg } from './emulated-org.js';
import type { HeldComponent } from './metadata/held-component.js';
import type { OrgBehaviour, OrgSetup } from './org-behaviour.js';
import { RequestLog } from './requests/request-log.js';
import type { ReceivedRetrieve } from './retrieve/retrieve-job.js';
import { createRequestListener } from './router.js';
import type { SetupAccess } from './setup/setup-access.js';
import { testDataAccess, type TestDataAccess } from './test-data-access.js';

// One import for tests: the emulator, its switches, and the helpers to log in to it.
export type { OrgBehaviour, OrgSetup } from './org-behaviour.js';
export type { TestDataAccess } from './test-data-access.js';
export type { SObjectRecord } from './data/record-store.js';
export type { TestFields, SeedRecords } from './data/test-rows.js';
export type { OrgLanguage } from './data/translations.js';
export type { GroupRecalculation } from './data/org-database.js';
export { USER_PERMISSIONS } from './data/catalogue/user-permissions.js';
export { DUPLICATE_USERNAME_MESSAGE } from './platform/rules/user-rules.js';
export { GROUP_NOT_UPDATED_MESSAGE, PROFILE_PERMISSION_SET_MESSAGE } from './platform/rules/assignment-rules.js';
export { ROLLED_BACK } from './data-api/composite.js';
export { COLLECTION_LIMIT } from './data-api/collections.js';
export type { ReceivedDeploy, PendingPolls } from './deploy/deploy-job.js';
export type { DeployedComponent, Deletion } from './deploy/deploy-zip.js';
export type { DeployResult, DeployMessage } from './deploy/deploy-result.js';
export type { HeldComponent, ComponentOrigin } from './metadata/held-component.js';
export type { MetadataPatch } from './metadata/metadata-patch.js';
export type { SetupAccess } from './setup/setup-access.js';
export type { ReceivedRetrieve } from './retrieve/retrieve-job.js';
export type { RetrieveResult, FileProperties } from './retrieve/retrieve-result.js';
export type { RequestLog, LoggedRequest } from './requests/request-log.js';
export { entityNotFound } from './retrieve/retrieve-result.js';
export { componentNotFound, PERMISSION_SET_ASSIGNED, GROUP_ASSIGNED, permissionSetInGroup } from './deploy/deletion-rules.js';
export { CLIENT_CREDENTIALS_USER_INVALID } from './deploy/rules/run-as-user-rule.js';
export { policiesAlreadyExist, foreignOrgScopedApp } from './deploy/rules/external-client-app-rules.js';
export { groupRecalculating } from './deploy/rules/recalculation-rule.js';
export { DEFAULT_ORG_SCHEMA, extendSchema, type OrgSchema, type FieldDefinition, type FieldType, type FieldValue } from './org-schema.js';
export { CONNECTED_APP_CREATION_BLOCKED } from './deploy/rules/connected-app-rule.js';
export { connectToEmulator, type EmulatorLogin } from './connect.js';
export { isolateSalesforceState, salesforceWarnings } from './salesforce-environment.js';
export { apiRejectionOf, type ApiRejection } from './api-rejection.js';
export { withoutAttributes } from './record-fields.js';

/**
 * The org's behaviour (deploys and data, changeable later with configure) and who it is (fixed): username
 * (default unique per emulator, as AuthInfo will not overwrite an authorization), apiVersion (the highest it
 * serves, default 66.0), language, sandbox, and the rows it starts with.
 */
export type OrgEmulatorOptions = Partial<OrgBehaviour> & OrgSetup;

/**
 * A Salesforce org on 127.0.0.1: logging in with a token, deploying and retrieving metadata, and the data API a
 * plugin uses (queries, sObjects, describe, composite, Tooling), over tables and components a test can arrange
 * and read (TestDataAccess, setup).
 */
export type OrgEmulator = TestDataAccess & {
  instanceUrl: string;
  accessToken: string;
  username: string;
  orgId: string;
  /** The admin user's Id: the running user of every call. */
  userId: string;
  /** Set for a sandbox. */
  sandboxName: string | undefined;
  /** Every deploy received, in order: options, unzipped components and deletions, polls, final result. */
  readonly deploys: readonly ReceivedDeploy[];
  /** Every retrieve received, in order: the request, polls, final result. */
  readonly retrieves: readonly ReceivedRetrieve[];
  /** The components the org holds now, as deployed or made in Setup (deploys that failed or only validated leave none). */
  readonly savedComponents: readonly HeldComponent[];
  /** Components made, changed and deleted in Setup, and read as a retrieve returns them. */
  readonly setup: SetupAccess;
  /** Every request, in order, with its kind (query, create, metadata:deploy...): what a command asked of the org. */
  readonly requestLog: RequestLog;
  /** Changes the behaviour: for the deploys that arrive from now on, and for data calls and retrieves at once. */
  configure: (changes: Partial<OrgBehaviour>) => void;
  /** Every call from now on fails as with an expired session. */
  expireSession: () => void;
  /** Deploys held in progress (pendingPolls) complete at their next status check. */
  releasePendingDeploys: () => void;
  stop: () => Promise<void>;
};

export const startOrgEmulator = async (options: OrgEmulatorOptions = {}): Promise<OrgEmulator> => {
  const org = new EmulatedOrg(options);
  const requestLog = new RequestLog();
  const listener = createRequestListener(org, requestLog);
  const server = createServer((request, response) => void listener(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only, on a port the system picks: never reachable from elsewhere, never in the way of another run.
    server.listen(0, '127.0.0.1', resolve);
  });
  org.instanceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    ...testDataAccess(org.db),
    instanceUrl: org.instanceUrl,
    accessToken: org.accessToken,
    username: org.username,
    orgId: org.orgId,
    userId: org.userId,
    sandboxName: org.sandboxName,
    get deploys() {
      return org.jobs.deploys;
    },
    get retrieves() {
      return org.jobs.retrieves;
    },
    get savedComponents() {
      return org.metadata.list();
    },
    setup: org.setup,
    requestLog,
    configure: (changes) => {
      org.behaviour = { ...org.behaviour, ...changes };
    },
    expireSession: () => org.expireSession(),
    releasePendingDeploys: () => org.jobs.releasePendingDeploys(),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        // jsforce keeps connections alive; close them, or close() waits for them to time out.
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
};
