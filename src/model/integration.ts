import type { ManifestPath, ObjectRight } from '../manifest/manifest.js';

/**
 * The validated model of one integration: every default applied, every name derived, every implied right
 * written out. Plain data, sorted, so that rendering it is a straight walk.
 */
export type ObjectGrant = {
  object: string;
  /** In RIGHT_ORDER, closed under the platform's dependencies. */
  rights: readonly ObjectRight[];
};

export type FieldGrant = {
  /** `Object.Field`, as permission sets name fields. */
  field: string;
  readable: boolean;
  editable: boolean;
};

export type Grants = {
  objects: readonly ObjectGrant[];
  fields: readonly FieldGrant[];
  userPermissions: readonly string[];
  apexClasses: readonly string[];
  customPermissions: readonly string[];
};

export type PermissionSetModel = {
  apiName: string;
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
  muting?: MutingModel;
  justifications: Readonly<Record<string, string>>;
};
