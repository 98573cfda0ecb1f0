import { posix } from 'node:path';

/**
 * Where generated files go, relative to the project root with forward slashes (the form the ledger keeps
 * and reviewers read). Metadata goes in source format under the metadata folder, where source-deploy-retrieve
 * resolves it; the user's files go beside the project's other org definitions, outside any package folder.
 */
export type OutputLayout = {
  metadataDir: string;
  usersDir: string;
  docsDir: string;
  environmentsDir: string;
};

export const DEFAULT_LAYOUT: Omit<OutputLayout, 'metadataDir'> = {
  usersDir: 'config/integration-users',
  docsDir: 'docs/integrations',
  environmentsDir: 'environments',
};

export const outputPaths = (layout: OutputLayout) => {
  const metadata = (folder: string, file: string): string => posix.join(layout.metadataDir, folder, file);
  return {
    permissionSet: (apiName: string) => metadata('permissionsets', `${apiName}.permissionset-meta.xml`),
    permissionSetGroup: (apiName: string) => metadata('permissionsetgroups', `${apiName}.permissionsetgroup-meta.xml`),
    mutingPermissionSet: (apiName: string) => metadata('mutingpermissionsets', `${apiName}.mutingpermissionset-meta.xml`),
    externalClientApp: (name: string) => metadata('externalClientApps', `${name}.eca-meta.xml`),
    extlClntAppOauthSettings: (name: string) => metadata('extlClntAppOauthSettings', `${name}.ecaOauth-meta.xml`),
    extlClntAppGlobalOauthSettings: (name: string) => metadata('extlClntAppGlobalOauthSets', `${name}.ecaGlblOauth-meta.xml`),
    extlClntAppOauthPolicies: (name: string) => metadata('extlClntAppOauthPolicies', `${name}.ecaOauthPlcy-meta.xml`),
    extlClntAppPolicies: (name: string) => metadata('extlClntAppPolicies', `${name}.ecaPlcy-meta.xml`),
    connectedApp: (name: string) => metadata('connectedApps', `${name}.connectedApp-meta.xml`),
    userDefinition: (integration: string) => posix.join(layout.usersDir, `${integration}.user-def.json`),
    /** Retired (sf intuser deploy provisions the user): the path stays known so that generate removes the scripts it wrote before. */
    provisioningScript: (integration: string) => posix.join(layout.usersDir, `${integration}.provision.apex`),
    documentation: (integration: string) => posix.join(layout.docsDir, `${integration}.md`),
  };
};

/**
 * Where an environment's variant of a file goes: under environments/<env>/, at the same relative path as
 * the file it replaces. Outside every package directory, so a plain `sf project deploy start` deploys the
 * manifest's own values and never sees two copies of a component.
 */
export const environmentPath = (layout: OutputLayout, environment: string, basePath: string): string =>
  posix.join(layout.environmentsDir, environment, basePath);
