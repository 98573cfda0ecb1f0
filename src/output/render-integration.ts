import { userDefinitionJson } from '../integration-user/user-definition.js';
import { connectedAppContent } from '../metadata/connected-app.js';
import {
  externalClientApplication,
  externalClientAppParts,
  extlClntAppConfigurablePolicies,
  extlClntAppGlobalOauthSettings,
  extlClntAppOauthConfigurablePolicies,
  extlClntAppOauthSettings,
} from '../metadata/external-client-app.js';
import { permissionSetContent } from '../metadata/permission-set.js';
import { permissionSetGroupContent } from '../metadata/permission-set-group.js';
import type { AppModel, Integration, IntegrationUser } from '../model/integration.js';
import { toMetadataXml } from '../xml/metadata-xml.js';
import type { AcceptedGrant } from '../docs/access-section.js';
import { integrationPage } from '../docs/integration-page.js';
import { environmentPath, outputPaths, type OutputLayout } from '../project/output-layout.js';

/** One file generate owns: where it goes, its exact bytes, and the integration it belongs to. */
export type GeneratedFile = { path: string; content: string; integration: string };

type FileContent = { path: string; content: string };

/** What the project decides about the output (sfdx-project.json, "plugins.intuser"). */
export type RenderSettings = { globalOAuthSettings: boolean };

/**
 * The app's files: an External Client App is five components (four where the project leaves the global
 * OAuth settings to Setup), a connected app one.
 */
const appFiles = (app: AppModel, layout: OutputLayout, settings: RenderSettings): FileContent[] => {
  const paths = outputPaths(layout);
  const name = app.apiName;
  if (app.type === 'connectedApp') return [{ path: paths.connectedApp(name), content: toMetadataXml('ConnectedApp', connectedAppContent(app)) }];
  const parts = externalClientAppParts(name);
  return [
    { path: paths.externalClientApp(name), content: toMetadataXml('ExternalClientApplication', externalClientApplication(app)) },
    { path: paths.extlClntAppOauthSettings(parts.oauthSettings), content: toMetadataXml('ExtlClntAppOauthSettings', extlClntAppOauthSettings(name, app)) },
    ...(settings.globalOAuthSettings
      ? [{ path: paths.extlClntAppGlobalOauthSettings(parts.globalOauthSettings), content: toMetadataXml('ExtlClntAppGlobalOauthSettings', extlClntAppGlobalOauthSettings(name, app)) }]
      : []),
    { path: paths.extlClntAppOauthPolicies(parts.oauthPolicies), content: toMetadataXml('ExtlClntAppOauthConfigurablePolicies', extlClntAppOauthConfigurablePolicies(name, app)) },
    { path: paths.extlClntAppPolicies(parts.policies), content: toMetadataXml('ExtlClntAppConfigurablePolicies', extlClntAppConfigurablePolicies(name, app)) },
  ];
};

/** What differs by environment: the user's files and the app's. */
const variantFiles = (integration: Integration, user: IntegrationUser, app: AppModel | undefined, layout: OutputLayout, settings: RenderSettings): FileContent[] => {
  const paths = outputPaths(layout);
  return [
    { path: paths.userDefinition(integration.name), content: userDefinitionJson(user) },
    ...(app ? appFiles(app, layout, settings) : []),
  ];
};

/**
 * Everything one integration generates. The manifest's own values go where a plain deploy finds them; each
 * environment gets, under environments/<env>/, its variant of exactly the files it changes, so a reviewer
 * sees what differs and nothing else. Pure: the same model gives the same bytes.
 */
export const renderIntegration = (
  integration: Integration,
  layout: OutputLayout,
  settings: RenderSettings = { globalOAuthSettings: true },
  accepted: readonly AcceptedGrant[] = []
): GeneratedFile[] => {
  const paths = outputPaths(layout);
  const base: FileContent[] = [
    ...integration.permissionSets.map((permissionSet) => ({
      path: paths.permissionSet(permissionSet.apiName),
      content: toMetadataXml('PermissionSet', permissionSetContent('PermissionSet', permissionSet.label, permissionSet.description, permissionSet.grants)),
    })),
    ...(integration.muting
      ? [
          {
            path: paths.mutingPermissionSet(integration.muting.apiName),
            content: toMetadataXml('MutingPermissionSet', permissionSetContent('MutingPermissionSet', integration.muting.label, integration.description, integration.muting.grants)),
          },
        ]
      : []),
    { path: paths.permissionSetGroup(integration.name), content: toMetadataXml('PermissionSetGroup', permissionSetGroupContent(integration)) },
    ...variantFiles(integration, integration.user, integration.app, layout, settings),
    { path: paths.documentation(integration.name), content: integrationPage(integration, layout, accepted) },
  ];
  const baseContent = new Map(base.map(({ path, content }) => [path, content]));
  const variants = integration.environments.flatMap((environment) =>
    variantFiles(integration, environment.user, environment.app, layout, settings)
      .filter(({ path, content }) => baseContent.get(path) !== content)
      .map(({ path, content }) => ({ path: environmentPath(layout, environment.name, path), content }))
  );
  return [...base, ...variants].map((file) => ({ ...file, integration: integration.name }));
};
