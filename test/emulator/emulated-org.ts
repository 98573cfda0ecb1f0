import { randomBytes } from 'node:crypto';
import { OrgDatabase, type DataBehaviour } from './data/org-database.js';
import { seedOrg } from './data/seed-org.js';
import { MetadataJobs } from './metadata-jobs.js';
import { OrgMetadata } from './metadata/org-metadata.js';
import { DEFAULT_BEHAVIOUR, type OrgBehaviour, type OrgSetup } from './org-behaviour.js';
import type { OrgIdentity } from './org-records.js';
import { copyProductionRows } from './production-copy.js';
import { salesforceId } from './salesforce-id.js';
import { setupAccess, type SetupAccess } from './setup/setup-access.js';
import { QueryPages } from './soql/query-pages.js';

let orgCount = 0;

/**
 * The org behind the emulator's HTTP surface: its identity, its one session, its data (db), the metadata it
 * holds (kept consistent with the data) and the Metadata API jobs it received. It knows nothing of HTTP, so that
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
  public readonly metadata: OrgMetadata;
  public readonly jobs: MetadataJobs;
  public readonly setup: SetupAccess;
  public readonly queryPages = new QueryPages();
  /** Usernames the production org holds, taken for this sandbox's users. */
  private readonly productionUsernames: string[] = [];
  private dataView: { from: OrgBehaviour; view: DataBehaviour } | undefined;
  private sessionValid = true;

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
    // Seeding read the data behaviour before the copied usernames were known: read it afresh from now on.
    this.dataView = undefined;
    this.metadata = new OrgMetadata(this.orgId, orgNumber);
    this.jobs = new MetadataJobs({ orgId: this.orgId, userId: this.userId, orgNumber, db: this.db, metadata: this.metadata, behaviour: () => this.behaviour });
    this.setup = setupAccess({ db: this.db, metadata: this.metadata, now: () => new Date().toISOString(), retrieveContext: () => this.jobs.retrieveContext() });
  }

  public isValidSession(token: string | undefined): boolean {
    return this.sessionValid && token === this.accessToken;
  }

  /** From now on every call is refused as Salesforce refuses an expired or revoked session. */
  public expireSession(): void {
    this.sessionValid = false;
  }

  /** The behaviour the data side sees, with the production usernames a sandbox keeps taken; rebuilt when configure() replaces it. */
  private dataBehaviour(): DataBehaviour {
    if (this.dataView?.from !== this.behaviour) {
      this.dataView = { from: this.behaviour, view: { ...this.behaviour, usernamesTakenElsewhere: [...this.behaviour.usernamesTakenElsewhere, ...this.productionUsernames] } };
    }
    return this.dataView.view;
  }
}
