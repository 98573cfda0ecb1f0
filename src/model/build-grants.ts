import type { FieldAccess, ManifestGrants, ObjectRight } from '../manifest/manifest.js';
import { withCrossObjectRights } from './cross-object-rights.js';
import type { FieldGrant, Grants, NamedGrants, ObjectGrant } from './integration.js';
import { withDependentRights, withRequiredRights } from './object-rights.js';
import { byCodePoint, sortedUnique } from './sort.js';

/** The grants that are lists of names, keyed alike in the manifest and the model. */
export const NAMED_GRANTS = [
  'userPermissions',
  'apexClasses',
  'customPermissions',
  'customMetadataTypes',
  'customSettings',
  'flows',
  'externalCredentialPrincipals',
] as const satisfies ReadonlyArray<keyof NamedGrants & keyof ManifestGrants>;

/** How a grant or a mute becomes explicit: what it implies, and what a field access sets. */
type Semantics = {
  closeRights: (rights: readonly ObjectRight[]) => ObjectRight[];
  field: (access: FieldAccess) => Pick<FieldGrant, 'readable' | 'editable'>;
  /** What the objects' rights require of other objects. */
  acrossObjects: (grants: readonly ObjectGrant[]) => ObjectGrant[];
};

/** Granting edit on a field grants read too; granting an object right grants what it requires. */
export const GRANT: Semantics = {
  closeRights: withRequiredRights,
  field: (access) => ({ readable: true, editable: access === 'edit' }),
  acrossObjects: withCrossObjectRights,
};

/** Muting read on a field mutes edit too; muting an object right mutes what requires it. */
export const MUTE: Semantics = {
  closeRights: withDependentRights,
  field: (access) => ({ readable: access === 'read', editable: true }),
  // A mute takes away only what it names: muting Account read must not be widened to Contact.
  acrossObjects: (grants) => [...grants],
};

/** `Object.RecordType`: how permission sets name a record type. */
export const recordTypeName = (object: string, recordType: string): string => `${object}.${recordType}`;

export const buildGrants = (manifest: ManifestGrants, semantics: Semantics): Grants => {
  const objectEntries = Object.entries(manifest.objects ?? {});
  const objects: ObjectGrant[] = semantics
    .acrossObjects(objectEntries.map(([object, grant]) => ({ object, rights: semantics.closeRights(grant.access ?? []) })).filter((grant) => grant.rights.length > 0))
    .sort((a, b) => byCodePoint(a.object, b.object));
  const fields: FieldGrant[] = objectEntries
    .flatMap(([object, grant]) =>
      Object.entries(grant.fields ?? {}).map(([field, access]) => ({ field: `${object}.${field}`, ...semantics.field(access) }))
    )
    .sort((a, b) => byCodePoint(a.field, b.field));
  const named = Object.fromEntries(NAMED_GRANTS.map((list) => [list, sortedUnique(manifest[list] ?? [])])) as Record<(typeof NAMED_GRANTS)[number], string[]>;
  return {
    objects,
    fields,
    recordTypes: sortedUnique(objectEntries.flatMap(([object, grant]) => (grant.recordTypes ?? []).map((recordType) => recordTypeName(object, recordType)))),
    ...named,
  };
};
