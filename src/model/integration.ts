import type { AppFlow, AppType, ObjectRight } from '../manifest/manifest.js';
import type { ManifestPath } from '../diagnostics/diagnostic.js';
import type { Certificate } from './certificate.js';
import type { RefreshTokenPolicy } from './refresh-token.js';

/**
 * The validated model of one integration: every default applied, every name derived, every implied right
 * written out. Plain data, sorted, so that rendering it is a straight walk.
 */
export type ObjectGrant = {
  object: string;
  /** In RIGHT_ORDER, closed under the platform's dependencies. */
  rights: readonly ObjectRight[];
  /**
   * The rights here that the manifest did not ask for on this object, and the grants on other objects that
   * make Salesforce require them ("Permission Create Contracts depends on permission(s): Read Accounts").
   */
  implied?: { rights: readonly ObjectRight[]; by: ReadonlyArray<{ object: string; right: ObjectRight }> };
};

export type FieldGrant = {
  /** `Object.Field`, as permission sets name fields. */
  field: string;
  readable: boolean;
  editable: boolean;
};

/** The grants that are plain lists of names, each written as one kind of permission set entry. */
export type NamedGrants = {
  userPermissions: readonly string[];
  apexClasses: readonly string[];
  customPermissions: readonly string[];
  customMetadataTypes: readonly string[];
  customSettings: readonly string[];
  flows: readonly string[];
  /** `<external credential>-<principal>`. */
  externalCredentialPrincipals: readonly string[];
};

export type Grants = NamedGrants & {
  objects: readonly ObjectGrant[];
  fields: readonly FieldGrant[];
  /** `Object.RecordType`, as permission sets name record types. */
  recordTypes: readonly string[];
};

export type PermissionSetModel = {
  apiName: string;
  /** Set where the manifest names an existing permission set to adopt in place (`apiName`): a name of the org's, not the plugin's shape. */
  adopted?: true;
  label: string;
  description: string;
  grants: Grants;
  /** Where the manifest declares it, for diagnostics. */
  origin: ManifestPath;
};

export type MutingModel = {
  apiName: string;
  label: string;
  /** What is muted: a `true` in the muting permission set. */
  grants: Grants;
};

export type IntegrationUser = {
  username: string;
  firstName?: string;
  lastName: string;
  alias: string;
  email: string;
  timeZone: string;
  locale: string;
  language: string;
};

export type IpRange = { start: string; end: string; description?: string };

/** The integration's OAuth app, as one environment gets it. */
export type AppModel = {
  /** The API name of the app (and the stem of an External Client App's parts): the integration's, or an adopted one. */
  apiName: string;
  /** Set where the manifest names an existing app to adopt in place (`app.apiName`). */
  adopted?: true;
  type: AppType;
  flow: AppFlow;
  label: string;
  description: string;
  contact: string;
  /** Metadata scope names, in WSDL order. */
  scopes: readonly string[];
  callbackUrl: string;
  certificate?: Certificate;
  /** Sorted by start address. */
  ipRanges: readonly IpRange[];
  refreshToken: RefreshTokenPolicy;
  /** The only permission sets whose holders may use the app: the integration's own. */
  permissionSets: readonly string[];
  /** Who the client-credentials flow runs as: the integration user. */
  runAsUsername: string;
};

/** What one environment gets where it differs from the manifest's own values. */
export type EnvironmentVariant = {
  name: string;
  user: IntegrationUser;
  app?: AppModel;
};

export type Integration = {
  /** API name of the permission set group and stem of every generated name. */
  name: string;
  label: string;
  description: string;
  contact: string;
  /** The manifest it comes from, relative to the project root. */
  file: string;
  user: IntegrationUser;
  permissionSets: readonly PermissionSetModel[];
  /**
   * Permission sets the group includes that are not generated (a managed package's, a shared one), sorted:
   * never written or deleted, and what they grant is unknown offline.
   */
  existingPermissionSets: readonly string[];
  muting?: MutingModel;
  app?: AppModel;
  /** Sorted by name; an environment without overrides gets the manifest's own values. */
  environments: readonly EnvironmentVariant[];
  justifications: Readonly<Record<string, string>>;
};
