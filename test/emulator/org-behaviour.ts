import type { DataBehaviour } from './data/org-database.js';
import type { SeedRecords } from './data/test-rows.js';
import type { OrgLanguage } from './data/translations.js';
import type { PendingPolls } from './deploy/deploy-job.js';
import { DEFAULT_ORG_SCHEMA } from './org-schema.js';

/** What a test can switch on; each deploy reads the behaviour in force when it arrives, each data call and retrieve at once. */
export type OrgBehaviour = DataBehaviour & {
  /** Connected apps the org already has: they can be redeployed even where new ones are blocked. */
  existingConnectedApps: readonly string[];
  /** Whether Salesforce Support re-enabled connected app creation (default false, as in every org since Spring '26). */
  allowNewConnectedApps: boolean;
  /** Status checks a deploy stays in progress for before it completes (default 0: done at the first check). */
  pendingPolls: PendingPolls;
  /** Whether deploying a permission set fails while a group it belongs to recalculates (default false). */
  failDeploysDuringRecalculation: boolean;
  /** "Allow access to OAuth consumer secrets via Metadata API": retrieves then carry an External Client App's secret (default false). */
  consumerSecretsInMetadataApi: boolean;
};

export const DEFAULT_BEHAVIOUR: OrgBehaviour = {
  schema: DEFAULT_ORG_SCHEMA,
  existingConnectedApps: [],
  allowNewConnectedApps: false,
  pendingPolls: 0,
  failDeploysDuringRecalculation: false,
  consumerSecretsInMetadataApi: false,
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
