import { Messages } from '@salesforce/core';
import type { Diagnostic, ManifestPath } from '../diagnostics/diagnostic.js';
import type { Integration } from './integration.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'model');

type NamedComponent = { type: string; apiName: string; file: string; path: ManifestPath; integration: string; adopted: boolean };

/** Every component the estate generates, with the manifest entry that names it. */
const componentsOf = (integration: Integration): NamedComponent[] => {
  const { name, file } = integration;
  return [
    { type: 'PermissionSetGroup', apiName: name, file, path: ['name'], integration: name, adopted: false },
    ...integration.permissionSets.map((permissionSet) => ({
      type: 'PermissionSet',
      apiName: permissionSet.apiName,
      file,
      path: [...permissionSet.origin, permissionSet.adopted ? 'apiName' : 'name'],
      integration: name,
      adopted: permissionSet.adopted === true,
    })),
    ...(integration.muting ? [{ type: 'MutingPermissionSet', apiName: integration.muting.apiName, file, path: ['mute'], integration: name, adopted: false }] : []),
    ...(integration.app
      ? [{ type: integration.app.type === 'connectedApp' ? 'ConnectedApp' : 'ExternalClientApplication', apiName: integration.app.apiName, file, path: integration.app.adopted ? ['app', 'apiName'] : ['app'], integration: name, adopted: integration.app.adopted === true }]
      : []),
  ];
};

/**
 * An adopted name (`apiName`) of another integration's shape (`<other>` or `<other>_…`) would be taken for that
 * integration's own by what goes by the shape of names: deploy --prune and generate's record of its files.
 */
const adoptedInOtherShape = (integrations: readonly Integration[], components: readonly NamedComponent[]): Diagnostic[] =>
  components
    .filter(({ adopted }) => adopted)
    .flatMap((component): Diagnostic[] => {
      const lower = component.apiName.toLowerCase();
      const other = integrations.find(({ name }) => name !== component.integration && (lower === name.toLowerCase() || lower.startsWith(`${name.toLowerCase()}_`)));
      return other === undefined
        ? []
        : [{ file: component.file, at: { path: component.path }, message: messages.getMessage('error.adoptedInOtherShape', [component.apiName, other.name, other.file]), fix: messages.getMessage('fix.adoptedInOtherShape') }];
    });

/**
 * A permission set one integration generates is owned by it, and goes when it goes: another integration's
 * group cannot list it as existing without being left naming a permission set that is gone.
 */
const existingGeneratedElsewhere = (integrations: readonly Integration[], generated: ReadonlyMap<string, NamedComponent>): Diagnostic[] =>
  integrations.flatMap((integration) =>
    integration.existingPermissionSets.flatMap((name): Diagnostic[] => {
      const owner = generated.get(`PermissionSet:${name.toLowerCase()}`);
      // A set the integration generates itself is reported by its own model, at the list entry.
      if (owner === undefined || owner.file === integration.file) return [];
      return [
        {
          file: integration.file,
          at: { path: ['existingPermissionSets'], key: true },
          message: messages.getMessage('error.existingIsGeneratedElsewhere', [name, owner.file]),
          fix: messages.getMessage('fix.existingIsGeneratedElsewhere'),
        },
      ];
    })
  );

/**
 * What no single manifest can see: two of them naming the same integration, generating a component whose
 * API name another one generates (an app among them), listing as existing a permission set another one
 * generates, or adopting a name of another integration's shape. Salesforce
 * compares API names without case, and so do file systems on macOS and Windows, so the comparison ignores case.
 */
export const checkEstate = (integrations: readonly Integration[]): Diagnostic[] => {
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, NamedComponent>();
  const ordered = [...integrations].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const components = ordered.flatMap(componentsOf);
  for (const component of components) {
    const key = `${component.type}:${component.apiName.toLowerCase()}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, component);
      continue;
    }
    const sameIntegration = component.type === 'PermissionSetGroup';
    diagnostics.push({
      file: component.file,
      at: { path: component.path },
      message: sameIntegration
        ? messages.getMessage('error.duplicateIntegration', [component.apiName, first.file])
        : messages.getMessage('error.nameCollision', [component.type, component.apiName, first.file]),
      fix: messages.getMessage(sameIntegration ? 'fix.duplicateIntegration' : 'fix.nameCollision'),
    });
  }
  return [...diagnostics, ...existingGeneratedElsewhere(ordered, seen), ...adoptedInOtherShape(ordered, components)];
};
