import { userDefinitionJson } from '../integration-user/user-definition.js';
import { provisioningScript } from '../integration-user/provisioning-script.js';
import { permissionSetContent } from '../metadata/permission-set.js';
import { permissionSetGroupContent } from '../metadata/permission-set-group.js';
import type { Integration } from '../model/integration.js';
import { toMetadataXml } from '../xml/metadata-xml.js';
import { outputPaths, type OutputLayout } from './layout.js';

/** One file generate owns: where it goes, its exact bytes, and the integration it belongs to. */
export type GeneratedFile = { path: string; content: string; integration: string };

/** Everything one integration generates, in a fixed order. Pure: the same model gives the same bytes. */
export const renderIntegration = (integration: Integration, layout: OutputLayout): GeneratedFile[] => {
  const paths = outputPaths(layout);
  const file = (path: string, content: string): GeneratedFile => ({ path, content, integration: integration.name });
  const provisioningPath = paths.provisioningScript(integration.name);
  return [
    ...integration.permissionSets.map((permissionSet) =>
      file(
        paths.permissionSet(permissionSet.apiName),
        toMetadataXml('PermissionSet', permissionSetContent('PermissionSet', permissionSet.label, permissionSet.description, permissionSet.grants))
      )
    ),
    ...(integration.muting
      ? [
          file(
            paths.mutingPermissionSet(integration.muting.apiName),
            toMetadataXml('MutingPermissionSet', permissionSetContent('MutingPermissionSet', integration.muting.label, integration.description, integration.muting.grants))
          ),
        ]
      : []),
    file(paths.permissionSetGroup(integration.name), toMetadataXml('PermissionSetGroup', permissionSetGroupContent(integration))),
    file(paths.userDefinition(integration.name), userDefinitionJson(integration.user)),
    file(provisioningPath, provisioningScript(integration, provisioningPath)),
  ];
};
