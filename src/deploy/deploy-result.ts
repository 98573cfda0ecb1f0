/** One component of a metadata deploy, as the org reported it. */
export type DeployedComponent = {
  type: string;
  fullName: string;
  /** RolledBack: the org accepted it, but another component failed and the deploy saved nothing. */
  state: 'Created' | 'Changed' | 'Unchanged' | 'Deleted' | 'Failed' | 'RolledBack';
  /** The project file it came from, relative to the project root (an environment's variant where one was sent); empty for a deletion. */
  file: string;
  /** For failures: what Salesforce reported. */
  problem?: string;
  problemType?: 'Warning' | 'Error';
  line?: number;
  column?: number;
};

/**
 * Which metadata deploy: `access` (permission sets, groups, and the parts of apps that name no user), `runAsUser`
 * (the parts of apps that name the integration user: they deploy once the user exists), `removal` (destructive
 * changes of --prune).
 */
export type MetadataPhase = 'access' | 'runAsUser' | 'removal';

/** One metadata deploy of the run. */
export type MetadataDeploy = {
  phase: MetadataPhase;
  /** `sf project deploy report --job-id <id>` follows it. */
  id: string;
  /** The Metadata API's status: Succeeded, Failed, ..., or one still in progress; Unknown where the org's answers were lost. */
  status: string;
  done: boolean;
  success: boolean;
  /** True for --dry-run: validated in the org, nothing saved. */
  checkOnly: boolean;
  numberComponentsTotal: number;
  numberComponentsDeployed: number;
  numberComponentErrors: number;
  components: DeployedComponent[];
};

/**
 * One change deploy plans or makes for an integration: `+` adds, `~` changes, `-` removes. `target` says what:
 * `user`, `user.<Field>` (a field of the user, IsActive and IsFrozen among them), `licence` (a permission set
 * licence), `group` (a permission set group's assignment), `permissionSet` (a permission set's assignment), or a
 * metadata type (a component of --prune).
 */
export type PlannedChange = {
  sign: '+' | '~' | '-';
  target: string;
  name: string;
  from?: string;
  to?: string;
  /**
   * planned (a dry run, or not reached), done, failed, kept (undeclared, removed only with --prune), waiting (a
   * group Salesforce is still recalculating at the end of --wait).
   */
  outcome: 'planned' | 'done' | 'failed' | 'kept' | 'waiting';
  /** What Salesforce (or the plan) said, for a failed or kept change. */
  problem?: string;
};

/** An integration's user and its changes. */
export type IntegrationOutcome = {
  name: string;
  /** The user as the org names it (in a sandbox, its copy `<username>.<sandbox>` where that is the one found). */
  username: string;
  changes: PlannedChange[];
};

/**
 * What the run achieved: Succeeded (the org holds what the manifests say), Planned (--dry-run), Failed (nothing
 * changed), PartlySucceeded (changes made, then a step failed: run again once fixed), InProgress (a deploy still
 * running or whose outcome was lost, or a group still recalculating, at the end of --wait).
 */
export type DeployOutcomeStatus = 'Succeeded' | 'Planned' | 'Failed' | 'PartlySucceeded' | 'InProgress';

/** The result of `sf intuser deploy`, and its `--json` output. */
export type DeployResult = {
  status: DeployOutcomeStatus;
  /** Whether the run changed anything in the org: a second run of the same manifests changes nothing. */
  changed: boolean;
  dryRun: boolean;
  prune: boolean;
  /** The environment whose variant was deployed; null for the manifests' own values. */
  environment: string | null;
  /** The username of the target org. */
  targetOrg: string;
  api: 'SOAP' | 'REST';
  /** The id of the run's first metadata deploy, for `sf project deploy report --job-id`. */
  id?: string;
  /** Every metadata deploy, in the order they ran. */
  metadata: MetadataDeploy[];
  /**
   * On a dry run, the parts of apps that name a user the org does not have yet: the org cannot validate them
   * before the user exists, and the deploy sends them once it does.
   */
  deferred: Array<{ type: string; fullName: string; file: string }>;
  integrations: IntegrationOutcome[];
  /** With --prune: integrations that left the manifests, their components and users, as removed. */
  removed: IntegrationOutcome[];
  /** The command that finishes the job, where it is not finished (InProgress) or stopped part-way. */
  nextCommand?: string;
};
