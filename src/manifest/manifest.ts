/**
 * An integration manifest as its author writes it (schemas/manifest.schema.json), after schema validation.
 * Plain data: defaults and derived names are the model's business (src/model).
 */
export type ObjectRight = 'read' | 'create' | 'edit' | 'delete' | 'viewAll' | 'modifyAll' | 'viewAllFields';
export type FieldAccess = 'read' | 'edit';

export type ManifestObjectGrant = {
  access?: ObjectRight[];
  fields?: Record<string, FieldAccess>;
  /** Record types of the object, by developer name without the object (`Support`, not `Case.Support`). */
  recordTypes?: string[];
};

export type ManifestGrants = {
  objects?: Record<string, ManifestObjectGrant>;
  userPermissions?: string[];
  apexClasses?: string[];
  customPermissions?: string[];
  /** API names ending in `__mdt`. */
  customMetadataTypes?: string[];
  /** API names ending in `__c`. */
  customSettings?: string[];
  flows?: string[];
  /** `<external credential>-<principal>`, as permission sets name them. */
  externalCredentialPrincipals?: string[];
};

export type ManifestPermissionSet = ManifestGrants & {
  name: string;
  /** The API name of a permission set adopted in place under a name of its own; absent: `<integration>_<name>`. */
  apiName?: string;
  label?: string;
  description?: string;
};

export type ManifestUser = {
  username: string;
  firstName?: string;
  lastName?: string;
  alias?: string;
  email?: string;
  timeZone?: string;
  locale?: string;
  language?: string;
};

export type AppType = 'externalClientApp' | 'connectedApp';
export type AppFlow = 'clientCredentials' | 'jwtBearer';

export type ManifestIpRange = { start: string; end: string; description?: string };

/** What an environment may change of the app. */
export type ManifestAppOverrides = {
  scopes?: string[];
  callbackUrl?: string;
  /** A path relative to the project root. */
  certificate?: string;
  ipRanges?: ManifestIpRange[];
  /** zero, infinite, or a lifetime such as 8h, 7d, 3mo. */
  refreshToken?: string;
};

export type ManifestApp = ManifestAppOverrides & {
  /** The API name of an app adopted in place under a name of its own; absent: the integration's name. */
  apiName?: string;
  type?: AppType;
  flow?: AppFlow;
  description?: string;
};

export type ManifestEnvironment = {
  user?: Partial<ManifestUser>;
  app?: ManifestAppOverrides;
};

export type Manifest = {
  name: string;
  label?: string;
  description?: string;
  contact: string;
  user: ManifestUser;
  permissionSets: ManifestPermissionSet[];
  /** Permission sets that exist already (a managed package's, a shared one): the group lists them, generate never writes them. */
  existingPermissionSets?: string[];
  mute?: ManifestGrants;
  app?: ManifestApp;
  justifications?: Record<string, string>;
  environments?: Record<string, ManifestEnvironment>;
};

