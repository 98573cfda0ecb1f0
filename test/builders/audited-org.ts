import type { Connection } from '@salesforce/core';
import { Duration } from '@salesforce/kit';
import { deployIntegrations } from '../../src/deploy/run-deploy.js';
import { DEFAULT_SETTINGS } from '../../src/project/project-settings.js';
import { ACME_ORG } from './acme-org.js';
import { dailyLogins, recordLogins, type LoginSpec } from './login-history-builder.js';
import { anIntegrationUser } from './org-user-builder.js';
import { METADATA_DIR, theExampleProject, type TestProject } from './project-builder.js';
import { connectToEmulator, startOrgEmulator, type OrgEmulator, type OrgEmulatorOptions, type TestFields } from '../emulator/org-emulator.js';

/** The example's integrations in its uat environment: username, group, an address inside its IP ranges. */
export const ACME_UAT = [
  { integration: 'Boomi_Case_Sync', username: 'svc.boomi-cases@acme.example.uat', sourceIp: '203.0.113.55' },
  { integration: 'Data_Backup', username: 'svc.backup@acme.example', sourceIp: '198.51.100.201' },
  { integration: 'ERP_Order_Sync', username: 'svc.erp-sync@acme.example.uat', sourceIp: '198.51.100.11' },
  { integration: 'Warehouse_Loader', username: 'svc.warehouse@acme.example', sourceIp: '192.0.2.40' },
] as const;

const apiOnlyUser = (username: string): TestFields => ({
  ...(anIntegrationUser({ Username: username, Alias: username.slice(4, 12) }) as Record<string, string>),
  Profile: { Name: 'Minimum Access - API Only Integrations' },
});

/** Gives a user the API integration permission set licence and the integration's group, as its provisioning script does. */
export const provisionUser = (org: OrgEmulator, username: string, group: string): void => {
  org.insert('PermissionSetLicenseAssign', { Assignee: { Username: username }, PermissionSetLicense: { DeveloperName: 'SalesforceAPIIntegrationPsl' } });
  org.insert('PermissionSetAssignment', { Assignee: { Username: username }, PermissionSetGroup: { DeveloperName: group } });
};

export type AuditedOrg = { org: OrgEmulator; project: TestProject; connection: Connection; username: string; dispose: () => Promise<void> };

/**
 * The example project deployed to an org in its uat variant, as `sf intuser deploy --env uat` leaves it, each
 * integration user provisioned (licence, group) and logging in once a day for `loginDays` days from inside its
 * IP ranges: an org an audit finds nothing wrong in. Tests then change what they are about.
 */
export const anAuditedOrg = async (options: { loginDays?: number; now?: Date; org?: OrgEmulatorOptions } = {}): Promise<AuditedOrg> => {
  const project = await theExampleProject();
  const records = ACME_ORG.records?.User ?? [];
  const org = await startOrgEmulator({ ...ACME_ORG, ...options.org, records: { User: [...records, apiOnlyUser('svc.backup@acme.example'), apiOnlyUser('svc.warehouse@acme.example')] } });
  const { connection, username } = await connectToEmulator(org);
  const deployed = await deployIntegrations(
    { projectDir: project.dir, metadataDir: METADATA_DIR, settings: DEFAULT_SETTINGS, sourceApiVersion: '66.0', environment: 'uat', dryRun: false, wait: Duration.minutes(1), async: false, rest: false, pollFrequency: Duration.milliseconds(10) },
    connection
  );
  if (!deployed.success) throw new Error(`the example did not deploy: ${JSON.stringify(deployed.components.filter(({ problem }) => problem))}`);
  for (const { integration, username: user, sourceIp } of ACME_UAT) {
    provisionUser(org, user, integration);
    recordLogins(org, dailyLogins({ username: user, days: options.loginDays ?? 30, until: options.now ?? new Date(), sourceIp }));
  }
  return {
    org,
    project,
    connection,
    username,
    dispose: async () => {
      await org.stop();
      await project.dispose();
    },
  };
};

export const aLoginOf = (username: string, spec: Partial<LoginSpec> = {}): LoginSpec => ({ username, at: new Date(), ...spec });
