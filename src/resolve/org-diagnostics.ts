import { Messages } from '@salesforce/core';
import type { Diagnostic, ManifestPath } from '../diagnostics/diagnostic.js';
import type { Manifest, ObjectRight } from '../manifest/manifest.js';
import type { Grants, Integration } from '../model/integration.js';
import { integrationReferences, type Reference } from '../model/references.js';
import type { OrgNames, PermissionDependency } from '../org/org-names.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'org-check');

/**
 * How the org's PermissionDependency table writes an object right: `Account<read>`. The verbs read, create,
 * update (our edit) and viewAllRecords are what public code reading the table reports; delete, modifyAllRecords
 * and viewAllFields follow the same pattern (unverified), and edit is matched too in case the table says so
 * (src/catalogue/object-dependencies.ts holds the sources).
 */
const ORG_VERBS: Readonly<Record<ObjectRight, readonly string[]>> = {
  read: ['read'],
  create: ['create'],
  edit: ['update', 'edit'],
  delete: ['delete'],
  viewAll: ['viewAllRecords'],
  modifyAll: ['modifyAllRecords'],
  viewAllFields: ['viewAllFields'],
};

/** The names one permission set's grants give in the table's terms, lower case: `account<read>`, `viewsetup`. */
const grantedPermissions = (grants: Grants): Set<string> =>
  new Set([
    ...grants.objects.flatMap(({ object, rights }) => rights.flatMap((right) => ORG_VERBS[right].map((verb) => `${object}<${verb}>`.toLowerCase()))),
    ...grants.userPermissions.map((name) => name.toLowerCase()),
  ]);

/** A user permission is named with or without the PermissionSet field's `Permissions` prefix (both seen, neither documented). */
const normalise = (permission: string): string => permission.toLowerCase().replace(/^permissions(?=[a-z])/, '');

/** Every name the dependency query filters on: each object right in the table's terms and each user permission, both spellings. */
export const permissionsToCheck = (integrations: readonly Integration[]): string[] => {
  const names = new Set<string>();
  for (const { permissionSets } of integrations) {
    for (const { grants } of permissionSets) {
      for (const { object, rights } of grants.objects) for (const right of rights) for (const verb of ORG_VERBS[right]) names.add(`${object}<${verb}>`);
      for (const name of grants.userPermissions) {
        names.add(name);
        names.add(`Permissions${name}`);
      }
    }
  }
  return [...names].sort();
};

/** A permission of the table in a reader's words: "read on Account", "the user permission ViewSetup". */
const described = (permission: string): string => {
  const object = /^(.+)<(\w+)>$/.exec(permission);
  return object ? messages.getMessage('permission.object', [object[2], object[1]]) : messages.getMessage('permission.user', [permission.replace(/^Permissions(?=[A-Z])/, '')]);
};

/** The longest part of `path` that exists in the manifest: an implied grant is placed at what implies it. */
const existingPath = (manifest: Manifest, path: ManifestPath): ManifestPath => {
  let node: unknown = manifest;
  const found: Array<string | number> = [];
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !(key in node)) break;
    node = (node as Record<string | number, unknown>)[key];
    found.push(key);
  }
  return found;
};

/** Where a reference stands in its manifest: a list entry by its index, found without case. */
const placeOf = (manifest: Manifest, { at }: Reference): { path: ManifestPath; key?: boolean } => {
  if (at.entries === undefined) {
    const path = existingPath(manifest, at.path);
    return path.length === at.path.length ? { path, ...(at.key ? { key: true } : {}) } : { path };
  }
  const list = existingPath(manifest, at.path).length === at.path.length ? at.path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], manifest) : undefined;
  const wanted = at.entries[0]?.toLowerCase();
  const index = Array.isArray(list) ? list.findIndex((entry) => String(entry).toLowerCase() === wanted) : -1;
  return { path: index < 0 ? existingPath(manifest, at.path) : [...at.path, index] };
};

const has = (set: ReadonlySet<string> | undefined, name: string): boolean | undefined => (set === undefined ? undefined : set.has(name.toLowerCase()));

/** The problem the org finds with one reference, or none (a kind the org was not asked about finds none). */
const problemWith = (reference: Reference, org: OrgNames, access: ReadonlyMap<string, boolean>): { message: string; fix: string } | undefined => {
  const { kind, name } = reference;
  const nameMissing = (): { message: string; fix: string } => ({ message: messages.getMessage('error.nameMissing', [messages.getMessage(`kind.${kind}`), name]), fix: messages.getMessage('fix.nameMissing') });
  switch (kind) {
    case 'object':
      return org.objects.get(name) === undefined ? { message: messages.getMessage('error.objectMissing', [name]), fix: messages.getMessage('fix.objectMissing') } : undefined;
    case 'field': {
      const [object = '', field = ''] = [name.slice(0, name.indexOf('.')), name.slice(name.indexOf('.') + 1)];
      const describe = org.objects.get(object);
      if (describe === undefined) return undefined; // the object's own problem says it
      const found = describe.fields.find((candidate) => candidate.name.toLowerCase() === field.toLowerCase());
      if (!found) return { message: messages.getMessage('error.fieldMissing', [field, object]), fix: messages.getMessage('fix.fieldMissing', [object]) };
      if (!found.permissionable) return { message: messages.getMessage('error.fieldNotPermissionable', [name]), fix: messages.getMessage('fix.fieldNotPermissionable') };
      if (access.get(name.toLowerCase()) && !found.updateable) return { message: messages.getMessage('error.fieldNotUpdateable', [name]), fix: messages.getMessage('fix.fieldNotUpdateable') };
      return undefined;
    }
    case 'customMetadataType':
      return org.objects.get(name) === undefined ? nameMissing() : undefined;
    case 'customSetting': {
      const describe = org.objects.get(name);
      if (describe === undefined) return nameMissing();
      return describe.customSetting ? undefined : { message: messages.getMessage('error.notCustomSetting', [name]), fix: messages.getMessage('fix.notCustomSetting') };
    }
    case 'userPermission':
      return has(org.userPermissions, name) === false ? nameMissing() : undefined;
    default:
      return has(org.found[kind], name) === false ? nameMissing() : undefined;
  }
};

/** Each dependency the org declares and one permission set of the integration breaks, at the grant that needs it. */
const dependencyProblems = (integration: Integration, manifest: Manifest, dependencies: readonly PermissionDependency[]): Diagnostic[] =>
  integration.permissionSets.flatMap(({ grants, origin }) => {
    const granted = new Set([...grantedPermissions(grants)].map(normalise));
    return dependencies
      .filter(({ permission, requiredPermission }) => granted.has(normalise(permission)) && !granted.has(normalise(requiredPermission)))
      .map(({ permission, requiredPermission }): Diagnostic => {
        const object = /^(.+)<\w+>$/.exec(permission)?.[1];
        const grant = grants.objects.find((candidate) => candidate.object.toLowerCase() === object?.toLowerCase())?.object;
        const path: ManifestPath = grant
          ? existingPath(manifest, [...origin, 'objects', grant, 'access'])
          : placeOf(manifest, { kind: 'userPermission', name: permission.replace(/^Permissions(?=[A-Z])/, ''), at: { path: [...origin, 'userPermissions'], entries: [permission.replace(/^Permissions(?=[A-Z])/, '')] } }).path;
        return {
          file: integration.file,
          at: { path },
          message: messages.getMessage('error.dependency', [described(permission), described(requiredPermission)]),
          fix: messages.getMessage('fix.dependency', [described(requiredPermission)]),
        };
      });
  });

/**
 * What the target org says of each name the integrations reference, as diagnostics at their manifest lines:
 * objects, fields (existing, permissionable, updateable where edit is granted), each named component of every
 * kind, and the dependencies between the permissions each permission set grants. Pure: the org's answers are
 * read before (org/org-names.ts). A kind the org could not be asked about gives no diagnostic here.
 */
export const orgDiagnostics = (integrations: readonly Integration[], manifests: ReadonlyMap<string, Manifest>, org: OrgNames): Diagnostic[] =>
  integrations.flatMap((integration) => {
    const manifest = manifests.get(integration.file);
    if (manifest === undefined) return [];
    const editable = new Map(integration.permissionSets.flatMap(({ grants }) => grants.fields.map(({ field, editable: edit }) => [field.toLowerCase(), edit] as const)));
    const seen = new Set<string>();
    const problems = integrationReferences(integration).flatMap((reference): Diagnostic[] => {
      const problem = problemWith(reference, org, editable);
      if (problem === undefined) return [];
      const place = placeOf(manifest, reference);
      const key = `${JSON.stringify(place.path)}:${problem.message}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ file: integration.file, at: place, ...problem }];
    });
    return [...problems, ...dependencyProblems(integration, manifest, org.dependencies ?? [])];
  });
