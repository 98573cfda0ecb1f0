import { posix } from 'node:path';

/**
 * Where generated files go, relative to the project root with forward slashes (the form the ledger keeps
 * and reviewers read). Metadata goes in source format under the metadata folder, where source-deploy-retrieve
 * resolves it; the user's files go beside the project's other org definitions, outside any package folder.
 */
export type OutputLayout = {
  metadataDir: string;
  usersDir: string;
};

export const DEFAULT_USERS_DIR = 'config/integration-users';

export const outputPaths = (layout: OutputLayout) => ({
  permissionSet: (apiName: string) => posix.join(layout.metadataDir, 'permissionsets', `${apiName}.permissionset-meta.xml`),
  permissionSetGroup: (apiName: string) => posix.join(layout.metadataDir, 'permissionsetgroups', `${apiName}.permissionsetgroup-meta.xml`),
  mutingPermissionSet: (apiName: string) => posix.join(layout.metadataDir, 'mutingpermissionsets', `${apiName}.mutingpermissionset-meta.xml`),
  userDefinition: (integration: string) => posix.join(layout.usersDir, `${integration}.user-def.json`),
  provisioningScript: (integration: string) => posix.join(layout.usersDir, `${integration}.provision.apex`),
});

/** The folders generate may write in: nothing outside them is ever written or deleted. */
export const outputRoots = (layout: OutputLayout): string[] => [layout.metadataDir, layout.usersDir];
