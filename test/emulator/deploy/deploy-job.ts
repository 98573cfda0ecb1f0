import type { DeployOptions } from './deploy-options.js';
import type { DeployOutcome } from './run-deploy.js';
import type { DeployResult } from './deploy-result.js';
import type { Deletion, DeployedComponent } from './deploy-zip.js';

/** How long a deploy stays in progress: a number of status checks, or for ever (time-out tests). */
export type PendingPolls = number | 'forever';

/** What a test can read about a deploy the org received. */
export type ReceivedDeploy = {
  id: string;
  /** Which Metadata API the client used. */
  api: 'SOAP' | 'REST';
  /** The API version in the URL of the deploy call. */
  apiVersion: string;
  options: DeployOptions;
  checkOnly: boolean;
  packageXml: string | undefined;
  components: readonly DeployedComponent[];
  /** What the destructive changes manifests asked to delete. */
  deletions: readonly Deletion[];
  /** Status checks answered so far. */
  readonly polls: number;
  /** The final result, once a status check has answered done. */
  readonly result: DeployResult | undefined;
};

export type DeployJobInit = Omit<ReceivedDeploy, 'checkOnly' | 'polls' | 'result'> & {
  pendingPolls: PendingPolls;
  createdDate: string;
  createdBy: string;
  createdByName: string;
  /** Decides the deploy and applies it to the org: called once, when the job completes. */
  settle: () => DeployOutcome;
};

/**
 * One deploy request through its life: in progress for as many status checks as the test asked, then
 * decided and applied to the org at the check that finds it done, as Salesforce applies a deploy when it
 * runs, not when it is queued.
 */
export class DeployJob implements ReceivedDeploy {
  public readonly id: string;
  public readonly api: 'SOAP' | 'REST';
  public readonly apiVersion: string;
  public readonly options: DeployOptions;
  public readonly packageXml: string | undefined;
  public readonly components: readonly DeployedComponent[];
  public readonly deletions: readonly Deletion[];
  private pollCount = 0;
  private pendingPolls: PendingPolls;
  private final: DeployResult | undefined;
  private startDate: string | undefined;

  public constructor(private readonly init: DeployJobInit) {
    this.id = init.id;
    this.api = init.api;
    this.apiVersion = init.apiVersion;
    this.options = init.options;
    this.packageXml = init.packageXml;
    this.components = init.components;
    this.deletions = init.deletions;
    this.pendingPolls = init.pendingPolls;
  }

  public get checkOnly(): boolean {
    return this.options.checkOnly;
  }

  public get polls(): number {
    return this.pollCount;
  }

  public get result(): DeployResult | undefined {
    return this.final;
  }

  /** Lets a deploy held in progress finish at its next status check. */
  public release(): void {
    this.pendingPolls = 0;
  }

  /** The answer to the deploy call itself: queued, nothing done yet. */
  public queued(): DeployResult {
    return this.snapshot('Pending', false, 0);
  }

  /** The answer to a status check. */
  public check(now: string): DeployResult {
    this.pollCount++;
    this.startDate ??= now;
    if (this.final) return this.final;
    if (this.pendingPolls === 'forever' || this.pollCount <= this.pendingPolls) return { ...this.snapshot('InProgress', false, 0, now), stateDetail: 'Processing Type: Metadata' };
    const outcome = this.init.settle();
    const deployed = outcome.successes.filter((success) => success.fileName !== 'package.xml').length;
    this.final = {
      ...this.snapshot(outcome.status, true, deployed, now),
      completedDate: now,
      details: { componentFailures: outcome.failures, componentSuccesses: outcome.successes, runTestResult: { numFailures: 0, numTestsRun: 0, totalTime: 0 } },
      numberComponentErrors: outcome.failures.length,
      success: outcome.status === 'Succeeded',
    };
    return this.final;
  }

  private snapshot(status: DeployResult['status'], done: boolean, deployed: number, now = this.init.createdDate): DeployResult {
    return {
      checkOnly: this.options.checkOnly,
      createdBy: this.init.createdBy,
      createdByName: this.init.createdByName,
      createdDate: this.init.createdDate,
      done,
      id: this.id,
      ignoreWarnings: this.options.ignoreWarnings,
      lastModifiedDate: now,
      numberComponentErrors: 0,
      numberComponentsDeployed: deployed,
      numberComponentsTotal: this.components.length + this.deletions.length,
      numberTestErrors: 0,
      numberTestsCompleted: 0,
      numberTestsTotal: 0,
      rollbackOnError: this.options.rollbackOnError,
      runTestsEnabled: false,
      ...(this.startDate === undefined ? {} : { startDate: this.startDate }),
      status,
      success: false,
    };
  }
}
