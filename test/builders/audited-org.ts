import type { Connection } from '@salesforce/core';
import type { AuditResult } from '../../src/audit/audit-result.js';
import { runAudit, type AuditOptions } from '../../src/audit/run-audit.js';
import { deployIntegrations } from '../../src/deploy/run-deploy.js';
import { openOrgSession } from '../../src/org/org-session.js';
import { DEFAULT_SETTINGS } from '../../src/project/project-settings.js';
import { ACME_ORG_WITHOUT_USERS } from './acme-org.js';
import { dailyLogins, recordLogins, type LoginSpec } from './login-history-builder.js';
import { METADATA_DIR, theExampleProject, type TestProject } from './project-builder.js';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { connectToEmulator, startOrgEmulator, type OrgEmulator, type OrgEmulatorOptions } from '../emulator/org-emulator.js';

/** The example's integrations in its uat environment: username, group, an address inside its IP ranges. */
export const ACME_UAT = [
  { integration: 'Boomi_Case_Sync', username: 'svc.boomi-cases@acme.example.uat', sourceIp: '203.0.113.55' },
  { integration: 'Data_Backup', username: 'svc.backup@acme.example', sourceIp: '198.51.100.201' },
  { integration: 'ERP_Order_Sync', username: 'svc.erp-sync@acme.example.uat', sourceIp: '198.51.100.11' },
  { integration: 'Warehouse_Loader', username: 'svc.warehouse@acme.example', sourceIp: '192.0.2.40' },
] as const;

/** Gives a user the API integration permission set licence and the integration's group, as `sf intuser deploy` does. */
export const provisionUser = (org: OrgEmulator, username: string, group: string): void => {
  org.insert('PermissionSetLicenseAssign', { Assignee: { Username: username }, PermissionSetLicense: { DeveloperName: 'SalesforceAPIIntegrationPsl' } });
  org.insert('PermissionSetAssignment', { Assignee: { Username: username }, PermissionSetGroup: { DeveloperName: group } });
};

export type AuditedOrg = {
  org: OrgEmulator;
  project: TestProject;
  connection: Connection;
  username: string;
  /** Between the plugin and the org: a test breaks the calls it picks (test/support/fault-proxy.ts). */
  proxy: FaultProxy;
  /** `runAudit` of the project's uat variant over a session of its own (--wait a minute unless given), as the command runs it. */
  audit: (options?: Partial<AuditOptions>, waitMs?: number) => Promise<AuditResult>;
  dispose: () => Promise<void>;
};

/**
 * The example project deployed by `sf intuser deploy --env uat` to an org that had none of its users (deploy
 * creates each one with its licence and group), each user logging in once a day for `loginDays` days from inside its
 * IP ranges: an org an audit finds nothing wrong in. Tests then change what they are about.
 */
export const anAuditedOrg = async (options: { loginDays?: number; now?: Date; org?: OrgEmulatorOptions } = {}): Promise<AuditedOrg> => {
  const project = await theExampleProject();
  const org = await startOrgEmulator({ ...ACME_ORG_WITHOUT_USERS, ...options.org });
  const proxy = await startFaultProxy(org.instanceUrl);
  const { connection, username } = await connectToEmulator({ ...org, instanceUrl: proxy.url });
  const session = openOrgSession(connection, { waitMs: 60_000 });
  try {
    const deployed = await deployIntegrations(
      { projectDir: project.dir, metadataDir: METADATA_DIR, settings: DEFAULT_SETTINGS, packageDirectories: ['force-app'], sourceApiVersion: '66.0', environment: 'uat', dryRun: false, prune: false, async: false, rest: false, pollMs: 10, groupPollMs: 10 },
      session
    );
    if (deployed.status !== 'Succeeded') throw new Error(`the example did not deploy: ${JSON.stringify(deployed.metadata.flatMap(({ components }) => components.filter(({ problem }) => problem)))}`);
  } finally {
    await session.close();
  }
  for (const { username: user, sourceIp } of ACME_UAT) {
    recordLogins(org, dailyLogins({ username: user, days: options.loginDays ?? 30, until: options.now ?? new Date(), sourceIp }));
  }
  const audit = async (overrides: Partial<AuditOptions> = {}, waitMs = 60_000): Promise<AuditResult> => {
    const auditSession = openOrgSession(connection, { waitMs });
    try {
      return await runAudit({ projectDir: project.dir, metadataDir: METADATA_DIR, settings: DEFAULT_SETTINGS, sourceApiVersion: '66.0', environment: 'uat', days: 30, staleDays: 90, failOn: 'error', ...overrides }, auditSession);
    } finally {
      await auditSession.close();
    }
  };
  return {
    org,
    project,
    connection,
    username,
    proxy,
    audit,
    dispose: async () => {
      await proxy.stop();
      await org.stop();
      await project.dispose();
    },
  };
};

export const aLoginOf = (username: string, spec: Partial<LoginSpec> = {}): LoginSpec => ({ username, at: new Date(), ...spec });
