import { randomBytes } from 'node:crypto';
import { DeployJob, type PendingPolls } from './deploy/deploy-job.js';
import { decideDeploy } from './deploy/deploy-outcome.js';
import { readDeployOptions } from './deploy/deploy-options.js';
import type { DeployResult } from './deploy/deploy-result.js';
import { readDeployZip, type DeployedComponent } from './deploy/deploy-zip.js';
import { OrgDatabase, type DataBehaviour } from './data/org-database.js';
import { ADMIN_NAME, seedOrg } from './data/seed-org.js';
import type { OrgLanguage } from './data/translations.js';
import type { SeedRecords } from './data/test-rows.js';
import type { OrgIdentity } from './org-records.js';
import { DEFAULT_ORG_SCHEMA } from './org-schema.js';
import { syncDeployedMetadata } from './platform/metadata-tables.js';
import { salesforceId } from './salesforce-id.js';
import { QueryPages } from './soql/query-pages.js';
import { copyProductionRows } from './production-copy.js';

/** What a test can switch on; each deploy reads the behaviour in force when it arrives, each data call at once. */
export type OrgBehaviour = DataBehaviour & {
  /** Connected apps the org already has: they can be redeployed even where new ones are blocked. */
  existingConnectedApps: readonly string[];
  /** Whether Salesforce Support re-enabled connected app creation (default false, as in every org since Spring '26). */
  allowNewConnectedApps: boolean;
  /** Status checks a deploy stays in progress for before it completes (default 0: done at the first check). */
  pendingPolls: PendingPolls;
};

export const DEFAULT_BEHAVIOUR: OrgBehaviour = {
  schema: DEFAULT_ORG_SCHEMA,
  existingConnectedApps: [],
  allowNewConnectedApps: false,
  pendingPolls: 0,
  usernamesTakenElsewhere: [],
  runningUserPermissions: {},
  groupRecalculation: {},
};

/** Who the org is, fixed when it starts. */
export type OrgSetup = {
  /** The admin's username (default: unique per emulator); in a sandbox, the production username it was copied from. */
  username?: string;
  apiVersion?: string;
  /** The running user's language: standard profile names and licence labels come translated (default en_US). */
  language?: OrgLanguage;
  /** A sandbox of this name: IsSandbox true, and every user copied from production renamed <username>.<sandbox>. */
  sandbox?: string;
  /** Rows the org holds when it starts, beyond its standard ones: in a sandbox, rows copied from production. */
  records?: SeedRecords;
};

let orgCount = 0;

const componentKey = (type: string, fullName: string): string => `${type}:${fullName}`.toLowerCase();

/**
 * The org behind the emulator's HTTP surface: its identity, its one session, the metadata it holds, the
 * deploys it received and its data (db, kept consistent with the metadata). It knows nothing of HTTP, so that
 * the SOAP and REST front ends share it.
 */
export class EmulatedOrg implements OrgIdentity {
  /** Known once the server listens. */
  public instanceUrl = '';
  public readonly apiVersion: string;
  public readonly orgId: string;
  public readonly userId: string;
  public readonly username: string;
  public readonly accessToken: string;
  public behaviour: OrgBehaviour;
  public readonly sandboxName: string | undefined;
  public readonly db: OrgDatabase;
  public readonly queryPages = new QueryPages();
  /** Usernames the production org holds, taken for this sandbox's users. */
  private readonly productionUsernames: string[] = [];
  private dataView: { from: OrgBehaviour; view: DataBehaviour } | undefined;
  private sessionValid = true;
  private readonly jobs = new Map<string, DeployJob>();
  private readonly metadata = new Map<string, DeployedComponent>();
  private deployCount = 0;

  public constructor(options: Partial<OrgBehaviour> & OrgSetup = {}) {
    orgCount++;
    const { username, apiVersion, language = 'en_US', sandbox, records = {}, ...behaviour } = options;
    this.apiVersion = apiVersion ?? '66.0';
    this.sandboxName = sandbox;
    const orgNumber = orgCount;
    this.orgId = salesforceId('00D', orgNumber * 10_000_000);
    this.userId = salesforceId('005', orgNumber * 10_000_000);
    // Unique per org: AuthInfo refuses to create an authorization for a username it already has on file.
    const productionUsername = username ?? `admin.${orgNumber}.${process.pid}@emulated-org.example`;
    this.username = sandbox ? `${productionUsername}.${sandbox}` : productionUsername;
    if (sandbox) this.productionUsernames.push(productionUsername);
    // The shape of a real session Id (org Id, "!", opaque text without dots: a dotted token reads as a JWT).
    this.accessToken = `${this.orgId.slice(0, 15)}!${randomBytes(48).toString('base64url').replace(/[-_]/g, 'x')}`;
    this.behaviour = { ...DEFAULT_BEHAVIOUR, ...behaviour };
    this.db = new OrgDatabase(this.orgId, this.userId, orgNumber, () => this.dataBehaviour());
    seedOrg(this.db, {
      orgId: this.orgId,
      adminUserId: this.userId,
      adminUsername: this.username,
      adminEmail: sandbox ? `${productionUsername}.invalid` : productionUsername,
      language,
      sandbox,
    });
    this.productionUsernames.push(...copyProductionRows(this.db, records, sandbox));
    this.dataView = undefined;
  }

  public get deploys(): DeployJob[] {
    return [...this.jobs.values()];
  }

  /** The components the org holds now: what succeeded, non-check-only deploys left in it. */
  public get savedComponents(): DeployedComponent[] {
    return [...this.metadata.values()];
  }

  public isValidSession(token: string | undefined): boolean {
    return this.sessionValid && token === this.accessToken;
  }

  /** From now on every call is refused as Salesforce refuses an expired or revoked session. */
  public expireSession(): void {
    this.sessionValid = false;
  }

  /** Deploys held in progress finish at their next status check. */
  public releasePendingDeploys(): void {
    for (const job of this.jobs.values()) job.release();
  }

  public async submitDeploy(api: 'SOAP' | 'REST', apiVersion: string, zip: Buffer, rawOptions: Readonly<Record<string, unknown>> | undefined): Promise<DeployJob> {
    const deployPackage = await readDeployZip(zip);
    const options = readDeployOptions(rawOptions);
    const { schema, existingConnectedApps, allowNewConnectedApps, pendingPolls } = this.behaviour;
    const facts = {
      schema,
      allowNewConnectedApps,
      connectedAppExists: (fullName: string): boolean =>
        existingConnectedApps.some((name) => name.toLowerCase() === fullName.toLowerCase()) || this.metadata.has(componentKey('ConnectedApp', fullName)),
    };
    const job = new DeployJob({
      id: salesforceId('0Af', ++this.deployCount),
      api,
      apiVersion,
      options,
      packageXml: deployPackage.packageXml,
      components: deployPackage.components,
      pendingPolls,
      createdDate: new Date().toISOString(),
      createdBy: this.userId,
      createdByName: `${ADMIN_NAME.FirstName} ${ADMIN_NAME.LastName}`,
      settle: () => {
        const outcome = decideDeploy(deployPackage, options, facts, { contentOf: (type, fullName) => this.metadata.get(componentKey(type, fullName))?.content }, new Date().toISOString());
        // The tables follow the metadata: what the deploy changed becomes rows (data/metadata-tables.ts).
        const changed = outcome.saved.filter((component) => this.metadata.get(componentKey(component.type, component.fullName))?.content !== component.content);
        for (const component of outcome.saved) this.metadata.set(componentKey(component.type, component.fullName), component);
        syncDeployedMetadata(this.db, changed);
        return outcome;
      },
    });
    this.jobs.set(job.id, job);
    return job;
  }

  /** The deploy with this Id; Salesforce accepts the 15- and the 18-character form. */
  public findDeploy(id: string): DeployJob | undefined {
    return this.jobs.get(id) ?? [...this.jobs.values()].find((job) => job.id.slice(0, 15) === id);
  }

  /** A status check: the deploy's status, or undefined for an Id the org never issued. */
  public checkDeploy(id: string): DeployResult | undefined {
    return this.findDeploy(id)?.check(new Date().toISOString());
  }

  /** The behaviour the data side sees, with the production usernames a sandbox keeps taken; rebuilt when configure() replaces it. */
  private dataBehaviour(): DataBehaviour {
    if (this.dataView?.from !== this.behaviour) {
      this.dataView = { from: this.behaviour, view: { ...this.behaviour, usernamesTakenElsewhere: [...this.behaviour.usernamesTakenElsewhere, ...this.productionUsernames] } };
    }
    return this.dataView.view;
  }
}
