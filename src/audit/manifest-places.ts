import type { ManifestPath } from '../diagnostics/diagnostic.js';
import type { Manifest } from '../manifest/manifest.js';
import type { Integration } from '../model/integration.js';
import type { AuditIssue } from './audit-issue.js';
import type { AspectDifference } from './drift/aspects.js';
import type { AuditedComponent } from './drift/component-drift.js';

type At = AuditIssue['at'];

const has = (manifest: Manifest | undefined, path: ManifestPath): boolean =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined), manifest) !== undefined;

/**
 * Where in one integration's manifest the audit's findings stand, for the environment audited: an
 * environment's override where the manifest has one, the manifest's own value otherwise.
 */
export const manifestPlaces = (integration: Integration, manifest: Manifest | undefined, environment: string | undefined) => {
  const overridden = (path: ManifestPath): ManifestPath => (environment !== undefined && has(manifest, ['environments', environment, ...path]) ? ['environments', environment, ...path] : path);
  const username: At = { path: overridden(['user', 'username']) };
  const app = (setting?: string): At => ({ path: setting === undefined ? ['app'] : overridden(['app', setting]) });

  /** Where a grant of a permission set (or of the mutes) is declared: `origin` is its path in the manifest. */
  const grant = (origin: ManifestPath, { kind, item, element }: AspectDifference): At => {
    const [object = '', member = ''] = [item.slice(0, item.indexOf('.')), item.slice(item.indexOf('.') + 1)];
    const lists: Partial<Record<AspectDifference['kind'], string>> = {
      userPermission: 'userPermissions',
      apexClass: 'apexClasses',
      customPermission: 'customPermissions',
      customMetadataType: 'customMetadataTypes',
      customSetting: 'customSettings',
      flow: 'flows',
      externalCredentialPrincipal: 'externalCredentialPrincipals',
    };
    if (kind === 'objectRight') return { path: [...origin, 'objects', object, 'access'], entries: [member] };
    if (kind === 'field') return { path: [...origin, 'objects', object, 'fields', member], key: true };
    if (kind === 'recordType') return { path: [...origin, 'objects', object, 'recordTypes'], entries: [member] };
    if (lists[kind]) return { path: [...origin, lists[kind]], entries: [item] };
    if (kind === 'setting' && (element === 'label' || element === 'description')) return { path: [...origin, element] };
    return { path: origin, key: true };
  };

  const permissionSetOrigin = (fullName: string): ManifestPath =>
    integration.permissionSets.find(({ apiName }) => apiName.toLowerCase() === fullName.toLowerCase())?.origin ?? ['permissionSets'];

  const groupMember = ({ kind, item, element }: AspectDifference): At => {
    if (kind === 'mutingMember') return { path: ['mute'], key: true };
    if (kind === 'member') {
      if (integration.existingPermissionSets.some((name) => name.toLowerCase() === item.toLowerCase())) return { path: ['existingPermissionSets'], entries: [item] };
      return { path: permissionSetOrigin(item), key: true };
    }
    return element === 'label' || element === 'description' ? { path: [element] } : { path: ['name'] };
  };

  const appSetting = ({ kind }: AspectDifference): At => {
    const settings: Partial<Record<AspectDifference['kind'], string>> = { scope: 'scopes', ipRange: 'ipRanges', refreshToken: 'refreshToken', certificate: 'certificate', clientCredentials: 'flow' };
    if (kind === 'runAs') return username;
    if (kind === 'appPermissionSet') return { path: ['permissionSets'], key: true };
    return app(settings[kind]);
  };

  return {
    username,
    ipRanges: app('ipRanges'),
    flow: app('flow'),
    /** Where the component itself is declared: a missing or unreadable one. */
    component: ({ type, fullName }: AuditedComponent): At => {
      if (type === 'PermissionSet') return { path: permissionSetOrigin(fullName), key: true };
      if (type === 'MutingPermissionSet') return { path: ['mute'], key: true };
      if (type === 'PermissionSetGroup') return { path: ['name'] };
      return { path: ['app'], key: true };
    },
    difference: ({ type, fullName }: AuditedComponent, difference: AspectDifference): At => {
      if (type === 'PermissionSet') return grant(permissionSetOrigin(fullName), difference);
      if (type === 'MutingPermissionSet') return grant(['mute'], difference);
      if (type === 'PermissionSetGroup') return groupMember(difference);
      return appSetting(difference);
    },
  };
};

export type ManifestPlaces = ReturnType<typeof manifestPlaces>;
