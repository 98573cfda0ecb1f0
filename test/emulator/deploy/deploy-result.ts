/**
 * The Metadata API's DeployResult and DeployMessage (metadata-66.0.wsdl), keys in the WSDL's sequence so
 * that the SOAP rendering comes out in the order Salesforce writes. Optional keys are left out, not null.
 */
export type DeployStatus = 'Pending' | 'InProgress' | 'Succeeded' | 'SucceededPartial' | 'Failed' | 'Canceling' | 'Canceled';

export type DeployMessage = {
  changed: boolean;
  columnNumber?: number;
  /** Present on every message, '' for package.xml: SDR throws on a message without it. */
  componentType: string;
  created: boolean;
  createdDate: string;
  deleted: boolean;
  fileName: string;
  fullName: string;
  lineNumber?: number;
  problem?: string;
  problemType?: 'Error' | 'Warning';
  success: boolean;
};

export type RunTestsResult = {
  numFailures: number;
  numTestsRun: number;
  totalTime: number;
};

export type DeployDetails = {
  componentFailures: DeployMessage[];
  componentSuccesses: DeployMessage[];
  runTestResult: RunTestsResult;
};

export type DeployResult = {
  checkOnly: boolean;
  completedDate?: string;
  createdBy: string;
  createdByName: string;
  createdDate: string;
  details?: DeployDetails;
  done: boolean;
  id: string;
  ignoreWarnings: boolean;
  lastModifiedDate: string;
  numberComponentErrors: number;
  numberComponentsDeployed: number;
  numberComponentsTotal: number;
  numberTestErrors: number;
  numberTestsCompleted: number;
  numberTestsTotal: number;
  rollbackOnError: boolean;
  runTestsEnabled: boolean;
  startDate?: string;
  stateDetail?: string;
  status: DeployStatus;
  success: boolean;
};

/** A status check without includeDetails gets the summary only. */
export const withoutDetails = (result: DeployResult): DeployResult => {
  const summary = { ...result };
  delete summary.details;
  return summary;
};
