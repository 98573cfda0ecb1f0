import type { RetrieveRequest } from './retrieve-request.js';
import type { RetrieveResult } from './retrieve-result.js';

/** What a test can read about a retrieve the org received. */
export type ReceivedRetrieve = {
  id: string;
  request: RetrieveRequest;
  /** Status checks answered so far. */
  readonly polls: number;
  readonly result: RetrieveResult | undefined;
};

/**
 * One retrieve request through its life: queued when asked for, read from the org at the first status check
 * (as Salesforce reads the org when it runs the job), the same result at every check after.
 */
export class RetrieveJob implements ReceivedRetrieve {
  private pollCount = 0;
  private final: RetrieveResult | undefined;

  public constructor(
    public readonly id: string,
    public readonly request: RetrieveRequest,
    private readonly settle: () => Promise<RetrieveResult>
  ) {}

  public get polls(): number {
    return this.pollCount;
  }

  public get result(): RetrieveResult | undefined {
    return this.final;
  }

  public async check(): Promise<RetrieveResult> {
    this.pollCount++;
    this.final ??= await this.settle();
    return this.final;
  }
}
