/** One component of the deploy, as the org reported it. */
export type DeployedComponent = {
  type: string;
  fullName: string;
  /** RolledBack: the org accepted it, but another component failed and the deploy saved nothing. */
  state: 'Created' | 'Changed' | 'Unchanged' | 'Deleted' | 'Failed' | 'RolledBack';
  /** The project file it came from, relative to the project root (an environment's variant where one was sent). */
  file: string;
  /** For failures: what Salesforce reported. */
  problem?: string;
  problemType?: 'Warning' | 'Error';
  line?: number;
  column?: number;
};

/** The result of `sf intuser deploy`, and its `--json` output. */
export type DeployResult = {
  /** The deploy's id: `sf project deploy report --job-id <id>` follows it. */
  id: string;
  /** The Metadata API's status: Succeeded, SucceededPartial, Failed, Canceled, or a status still in progress. */
  status: string;
  success: boolean;
  done: boolean;
  /** True for --dry-run: validated in the org, nothing saved. */
  checkOnly: boolean;
  /** The environment whose variant was deployed; null for the manifests' own values. */
  environment: string | null;
  integrations: string[];
  /** The username of the target org. */
  targetOrg: string;
  api: 'SOAP' | 'REST';
  numberComponentsTotal: number;
  numberComponentsDeployed: number;
  numberComponentErrors: number;
  components: DeployedComponent[];
};
