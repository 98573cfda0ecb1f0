/**
 * An integration manifest as its author writes it (schemas/manifest.schema.json), after schema validation.
 * Plain data: defaults and derived names are the model's business (src/model).
 */
export type ObjectRight = 'read' | 'create' | 'edit' | 'delete' | 'viewAll' | 'modifyAll' | 'viewAllFields';
export type FieldAccess = 'read' | 'edit';

export type ManifestObjectGrant = {
  access?: ObjectRight[];
  fields?: Record<string, FieldAccess>;
};

export type ManifestGrants = {
  objects?: Record<string, ManifestObjectGrant>;
  userPermissions?: string[];
  apexClasses?: string[];
  customPermissions?: string[];
};

export type ManifestPermissionSet = ManifestGrants & {
  name: string;
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

export type Manifest = {
  name: string;
  label?: string;
  description?: string;
  contact: string;
  user: ManifestUser;
  permissionSets: ManifestPermissionSet[];
  mute?: ManifestGrants;
  justifications?: Record<string, string>;
};

/** Where a value stands in a manifest: keys and list indexes from the document root. */
export type ManifestPath = ReadonlyArray<string | number>;
