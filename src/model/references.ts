import type { ManifestPath } from '../diagnostics/diagnostic.js';
import type { Grants, Integration, NamedGrants } from './integration.js';
import { byCodePoint, sortedUnique } from './sort.js';

/**
 * Every kind of name a manifest points at outside itself: what the project's metadata or the org must define
 * for a deploy to succeed. Resolving names (against the project, or the org) walks these, kind by kind.
 */
export type ReferenceKind =
  | 'object'
  | 'field'
  | 'recordType'
  | 'userPermission'
  | 'apexClass'
  | 'customPermission'
  | 'customMetadataType'
  | 'customSetting'
  | 'flow'
  | 'externalCredentialPrincipal'
  | 'permissionSet';

export const REFERENCE_KINDS: readonly ReferenceKind[] = [
  'object',
  'field',
  'recordType',
  'userPermission',
  'apexClass',
  'customPermission',
  'customMetadataType',
  'customSetting',
  'flow',
  'externalCredentialPrincipal',
  'permissionSet',
];

/** Names by kind, each sorted and without repeats; a kind nothing references has an empty list. */
export type NamesByKind = Readonly<Record<ReferenceKind, readonly string[]>>;

/**
 * Where the manifest names it. Lists lose their order in the model, so a list entry is given as the list's
 * path and the entry (`entries`), for the caller to find its index in the manifest.
 */
export type ReferenceLocation = { path: ManifestPath; key?: boolean; entries?: readonly string[] };

/**
 * One name, spelt as permission sets write it: a field `Object.Field`, a record type `Object.RecordType`, a
 * principal `Credential-Principal`, every other kind its API name.
 */
export type Reference = { kind: ReferenceKind; name: string; at: ReferenceLocation };

const LIST_KINDS: ReadonlyArray<readonly [keyof NamedGrants, ReferenceKind]> = [
  ['userPermissions', 'userPermission'],
  ['apexClasses', 'apexClass'],
  ['customPermissions', 'customPermission'],
  ['customMetadataTypes', 'customMetadataType'],
  ['customSettings', 'customSetting'],
  ['flows', 'flow'],
  ['externalCredentialPrincipals', 'externalCredentialPrincipal'],
];

/** `Object.Member` (a field, a record type) split at its first dot: object names hold none. */
const split = (qualified: string): [string, string] => {
  const dot = qualified.indexOf('.');
  return [qualified.slice(0, dot), qualified.slice(dot + 1)];
};

/**
 * Every name one permission set's grants (or the group's mutes) reference, with where `origin` (the
 * permission set's path in the manifest, or `['mute']`) says it. An object is referenced by its access, and
 * also by each field or record type of it: a mute may name an object's fields alone.
 */
export const grantReferences = (grants: Grants, origin: ManifestPath): Reference[] => {
  const objects = sortedUnique([
    ...grants.objects.map(({ object }) => object),
    ...grants.fields.map(({ field }) => split(field)[0]),
    ...grants.recordTypes.map((recordType) => split(recordType)[0]),
  ]);
  return [
    ...objects.map((object): Reference => ({ kind: 'object', name: object, at: { path: [...origin, 'objects', object], key: true } })),
    ...grants.fields.map(({ field }): Reference => {
      const [object, name] = split(field);
      return { kind: 'field', name: field, at: { path: [...origin, 'objects', object, 'fields', name], key: true } };
    }),
    ...grants.recordTypes.map((recordType): Reference => {
      const [object, name] = split(recordType);
      return { kind: 'recordType', name: recordType, at: { path: [...origin, 'objects', object, 'recordTypes'], entries: [name] } };
    }),
    ...LIST_KINDS.flatMap(([list, kind]) => grants[list].map((name): Reference => ({ kind, name, at: { path: [...origin, list], entries: [name] } }))),
  ];
};

/**
 * Every name one integration references: those of each permission set, those of its mutes, and the existing
 * permission sets its group lists. In manifest order of the permission sets, each kind's names sorted.
 */
export const integrationReferences = (integration: Integration): Reference[] => [
  ...integration.permissionSets.flatMap(({ grants, origin }) => grantReferences(grants, origin)),
  ...(integration.muting ? grantReferences(integration.muting.grants, ['mute']) : []),
  ...integration.existingPermissionSets.map((name): Reference => ({ kind: 'permissionSet', name, at: { path: ['existingPermissionSets'], entries: [name] } })),
];

/** The names a set of references points at, by kind: what one describe or query per kind must cover. */
export const namesByKind = (references: readonly Reference[]): NamesByKind => {
  const names = new Map<ReferenceKind, Set<string>>(REFERENCE_KINDS.map((kind) => [kind, new Set<string>()]));
  for (const { kind, name } of references) names.get(kind)!.add(name);
  const byKind: Partial<Record<ReferenceKind, readonly string[]>> = {};
  for (const kind of REFERENCE_KINDS) byKind[kind] = [...names.get(kind)!].sort(byCodePoint);
  return byKind as NamesByKind;
};

/** Every name the estate references, by kind, each once. */
export const estateNames = (integrations: readonly Integration[]): NamesByKind => namesByKind(integrations.flatMap(integrationReferences));
