import type { OrgDatabase } from './data/org-database.js';
import { ADMIN_NAME } from './data/seed-org.js';
import { DeployJob } from './deploy/deploy-job.js';
import { readDeployOptions } from './deploy/deploy-options.js';
import type { DeployResult } from './deploy/deploy-result.js';
import { readDeployZip } from './deploy/deploy-zip.js';
import { runDeploy } from './deploy/run-deploy.js';
import type { HeldComponent } from './metadata/held-component.js';
import type { OrgMetadata } from './metadata/org-metadata.js';
import type { OrgBehaviour } from './org-behaviour.js';
import { componentRow } from './platform/metadata-tables.js';
import { RetrieveJob } from './retrieve/retrieve-job.js';
import { readRetrieveRequest } from './retrieve/retrieve-request.js';
import { finishedRetrieve, type RetrieveResult, type RetrieveSource } from './retrieve/retrieve-result.js';
import type { RetrieveContext } from './retrieve/retrieved-file.js';
import { salesforceId } from './salesforce-id.js';

/** What the Metadata API works on: the org's data and metadata, and the behaviour in force. */
export type MetadataApiTarget = { orgId: string; userId: string; orgNumber: number; db: OrgDatabase; metadata: OrgMetadata; behaviour: () => OrgBehaviour };

const ADMIN_FULL_NAME = `${ADMIN_NAME.FirstName} ${ADMIN_NAME.LastName}`;

/**
 * The Metadata API's asynchronous calls, whichever front end (SOAP or REST) they came through: deploys and
 * retrieves queued, then decided at a status check, with every job kept for tests to read.
 */
export class MetadataJobs {
  private readonly deployJobs = new Map<string, DeployJob>();
  private readonly retrieveJobs = new Map<string, RetrieveJob>();

  public constructor(private readonly org: MetadataApiTarget) {}

  public get deploys(): DeployJob[] {
    return [...this.deployJobs.values()];
  }

  public get retrieves(): RetrieveJob[] {
    return [...this.retrieveJobs.values()];
  }

  /** What a retrieve adds to files, as the org stands now. */
  public retrieveContext(): RetrieveContext {
    const { orgId, db, behaviour } = this.org;
    return { orgId, groupStatus: (fullName) => componentRow(db, 'PermissionSetGroup', fullName)?.Status as string | undefined, consumerSecretsInMetadataApi: behaviour().consumerSecretsInMetadataApi };
  }

  public async submitDeploy(api: 'SOAP' | 'REST', apiVersion: string, zip: Buffer, rawOptions: Readonly<Record<string, unknown>> | undefined): Promise<DeployJob> {
    const deployPackage = await readDeployZip(zip);
    const options = readDeployOptions(rawOptions);
    const behaviour = this.org.behaviour();
    const job = new DeployJob({
      id: this.newId('0Af', this.deployJobs.size),
      api,
      apiVersion,
      options,
      packageXml: deployPackage.packageXml,
      components: deployPackage.components,
      deletions: [...deployPackage.deletionsBefore, ...deployPackage.deletionsAfter],
      pendingPolls: behaviour.pendingPolls,
      createdDate: new Date().toISOString(),
      createdBy: this.org.userId,
      createdByName: ADMIN_FULL_NAME,
      // The behaviour in force when the deploy arrived, applied when it runs.
      settle: () => runDeploy({ ...this.org, ...behaviour }, deployPackage, options, new Date().toISOString()),
    });
    this.deployJobs.set(job.id, job);
    return job;
  }

  /** The deploy with this Id; Salesforce accepts the 15- and the 18-character form. */
  public findDeploy(id: string): DeployJob | undefined {
    return this.deployJobs.get(id) ?? this.deploys.find((job) => job.id.slice(0, 15) === id);
  }

  /** A status check: the deploy's status, or undefined for an Id the org never issued. */
  public checkDeploy(id: string): DeployResult | undefined {
    return this.findDeploy(id)?.check(new Date().toISOString());
  }

  /** Deploys held in progress finish at their next status check. */
  public releasePendingDeploys(): void {
    for (const job of this.deployJobs.values()) job.release();
  }

  public submitRetrieve(payload: Readonly<Record<string, unknown>>): RetrieveJob {
    const request = readRetrieveRequest(payload);
    const id = this.newId('09S', this.retrieveJobs.size);
    const job = new RetrieveJob(id, request, () => finishedRetrieve(this.retrieveSource(), request, id, new Date().toISOString()));
    this.retrieveJobs.set(id, job);
    return job;
  }

  public async checkRetrieve(id: string): Promise<RetrieveResult | undefined> {
    const job = this.retrieveJobs.get(id) ?? this.retrieves.find((candidate) => candidate.id.slice(0, 15) === id);
    return job?.check();
  }

  private retrieveSource(): RetrieveSource {
    const { db, metadata, userId } = this.org;
    return {
      ...this.retrieveContext(),
      list: (type) => metadata.list(type),
      get: (type, fullName) => metadata.get(type, fullName),
      idOf: (held: HeldComponent) => String(componentRow(db, held.type, held.fullName)?.Id ?? held.id),
      user: { id: userId, name: ADMIN_FULL_NAME },
    };
  }

  private newId(keyPrefix: string, count: number): string {
    return salesforceId(keyPrefix, this.org.orgNumber * 10_000_000 + count + 1);
  }
}
