/** A permission set of the org (or the project) and what the manifest makes of it. */
export type ImportedPermissionSet = {
  /** Its API name where it was found (`Profile:<name>` for the one --from-profile makes of a profile). */
  from: string;
  /** The API name generate gives it. */
  to: string;
  /** Kept in place under its own name: the next deploy updates it where it is. */
  adopted: boolean;
};

/** The org's app that pre-authorizes the user, and the app the manifest declares. */
export type ImportedApp = {
  fromType: 'ConnectedApp' | 'ExternalClientApplication';
  from: string;
  toType: 'ConnectedApp' | 'ExternalClientApplication';
  to: string;
  adopted: boolean;
};

/** The result of `sf intuser import`, and its `--json` output. */
export type ImportResult = {
  /** The manifest written, relative to the project root. */
  file: string;
  /** Every file written (the manifest, and a JWT app's public certificate). */
  written: string[];
  /** The integration's name: the API name of its permission set group and the stem of its generated names. */
  name: string;
  username: string;
  /** Where the access was read: an org (its username), or the project's committed permission sets. */
  source: { kind: 'org'; targetOrg: string } | { kind: 'project'; files: string[] };
  keepNames: boolean;
  permissionSets: ImportedPermissionSet[];
  /** A managed package's permission sets (and others import could not read), kept as existing ones. */
  existingPermissionSets: string[];
  app: ImportedApp | null;
  /** The user's profile, where the next deploy moves the user to the API-only profile. */
  profileMove: { profile: string; licence: string } | null;
  /** Each comment written for the reviewer, where it stands. */
  comments: Array<{ path: string; text: string }>;
};
