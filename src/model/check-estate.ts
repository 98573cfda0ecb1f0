import { Messages } from '@salesforce/core';
import type { Diagnostic, ManifestPath } from '../diagnostics/diagnostic.js';
import type { Integration } from './integration.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'model');

type NamedComponent = { type: string; apiName: string; file: string; path: ManifestPath };

/** Every component the estate generates, with the manifest entry that names it. */
const componentsOf = (integration: Integration): NamedComponent[] => [
  { type: 'PermissionSetGroup', apiName: integration.name, file: integration.file, path: ['name'] },
  ...integration.permissionSets.map((permissionSet) => ({
    type: 'PermissionSet',
    apiName: permissionSet.apiName,
    file: integration.file,
    path: [...permissionSet.origin, 'name'],
  })),
  ...(integration.muting ? [{ type: 'MutingPermissionSet', apiName: integration.muting.apiName, file: integration.file, path: ['mute'] }] : []),
];

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
 * API name another one generates, or listing as existing a permission set another one generates. Salesforce
 * compares API names without case, and so do file systems on macOS and Windows, so the comparison ignores case.
 */
export const checkEstate = (integrations: readonly Integration[]): Diagnostic[] => {
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, NamedComponent>();
  const ordered = [...integrations].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const component of ordered.flatMap(componentsOf)) {
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
  return [...diagnostics, ...existingGeneratedElsewhere(ordered, seen)];
};
