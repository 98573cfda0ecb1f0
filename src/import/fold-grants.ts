import { OBJECT_DEPENDENCIES } from '../catalogue/object-dependencies.js';
import { parentAccessOf } from '../catalogue/parent-access.js';
import type { FieldAccess, ManifestGrants, ManifestObjectGrant, ObjectRight } from '../manifest/manifest.js';
import type { PermissionSetContent } from '../metadata/permission-set.js';
import { RIGHT_ORDER, withRequiredRights } from '../model/object-rights.js';
import { byCodePoint, sortedUnique } from '../model/sort.js';

/** Something a permission set held that the manifest says otherwise or cannot say: shown to the reviewer. */
export type FoldRemark =
  | { kind: 'parentAccess'; object: string; parent: string }
  | { kind: 'incomplete'; object: string; added: readonly ObjectRight[] }
  /** Record types visible on an object the set neither creates nor edits: they grant nothing, and a manifest refuses them. */
  | { kind: 'idleRecordTypes'; object: string; recordTypes: readonly string[] };

export type FoldedGrants = { grants: ManifestGrants; remarks: FoldRemark[] };

export const RIGHT_ELEMENTS: ReadonlyArray<readonly [ObjectRight, 'allowRead' | 'allowCreate' | 'allowEdit' | 'allowDelete' | 'viewAllRecords' | 'modifyAllRecords' | 'viewAllFields']> = [
  ['read', 'allowRead'],
  ['create', 'allowCreate'],
  ['edit', 'allowEdit'],
  ['delete', 'allowDelete'],
  ['viewAll', 'viewAllRecords'],
  ['modifyAll', 'modifyAllRecords'],
  ['viewAllFields', 'viewAllFields'],
];

/** The fewest rights that bring all of these along: what a manifest asks, the platform's dependencies left to generate. */
export const askedRights = (rights: readonly ObjectRight[]): ObjectRight[] =>
  RIGHT_ORDER.filter((right) => rights.includes(right) && !withRequiredRights(rights.filter((other) => other !== right)).includes(right));

/** Objects whose read another object of the set requires: generate writes it out again, so a manifest need not ask. */
const requiredAcrossObjects = (rights: ReadonlyMap<string, readonly ObjectRight[]>): Set<string> =>
  new Set(
    OBJECT_DEPENDENCIES.filter((dependency) => dependency.writeOut !== false && (rights.get(dependency.object.toLowerCase()) ?? []).includes(dependency.right)).map(
      ({ requires }) => `${requires.object.toLowerCase()}:${requires.right}`
    )
  );

const enabledNames = <T>(entries: readonly T[] | undefined, name: (entry: T) => string, enabled: (entry: T) => boolean): string[] =>
  sortedUnique((entries ?? []).filter(enabled).map(name));

type ObjectEntries = Map<string, ManifestObjectGrant & { name: string }>;

const entryOf = (objects: ObjectEntries, name: string): ManifestObjectGrant & { name: string } => {
  const key = name.toLowerCase();
  const existing = objects.get(key) ?? { name };
  objects.set(key, existing);
  return existing;
};

/** Each object's rights, reduced to what a manifest asks; remarks where generating them gives something else. */
const foldObjects = (content: Partial<PermissionSetContent>, objects: ObjectEntries, remarks: FoldRemark[]): void => {
  const rights = new Map<string, { name: string; rights: ObjectRight[] }>();
  for (const entry of content.objectPermissions ?? []) {
    const held = RIGHT_ELEMENTS.filter(([, element]) => entry[element] === true).map(([right]) => right);
    if (held.length > 0) rights.set(entry.object.toLowerCase(), { name: entry.object, rights: held });
  }
  const required = requiredAcrossObjects(new Map([...rights].map(([key, { rights: held }]) => [key, held])));
  for (const [key, { name, rights: held }] of rights) {
    const parent = parentAccessOf(name);
    if (parent) {
      remarks.push({ kind: 'parentAccess', object: name, parent: parent.parent });
      continue;
    }
    const closed = withRequiredRights(held);
    if (closed.length > held.length) remarks.push({ kind: 'incomplete', object: name, added: closed.filter((right) => !held.includes(right)) });
    const onlyRequired = held.length === 1 && held[0] === 'read' && required.has(`${key}:read`);
    if (!onlyRequired) entryOf(objects, name).access = askedRights(held);
  }
};

/** Fields as read or edit, record types by name, each under its object. */
const foldFieldsAndRecordTypes = (content: Partial<PermissionSetContent>, objects: ObjectEntries): void => {
  for (const { field, readable, editable } of content.fieldPermissions ?? []) {
    if (!readable && !editable) continue;
    const [object = '', name = ''] = field.split('.');
    const entry = entryOf(objects, object);
    entry.fields = { ...entry.fields, [name]: editable ? 'edit' : 'read' };
  }
  for (const { recordType, visible } of content.recordTypeVisibilities ?? []) {
    if (!visible) continue;
    const [object = '', name = ''] = recordType.split('.');
    const entry = entryOf(objects, object);
    entry.recordTypes = sortedUnique([...(entry.recordTypes ?? []), name]);
  }
};

/**
 * A permission set's content folded back into what a manifest asks: only what is granted, each object's rights
 * reduced to those that bring the others along (edit brings read), a read another object of the set requires
 * (Account for Contact) left for generate to write out, fields as read or edit. Generating the result gives the
 * same permission set again; where it would not (an object permission Salesforce ignores, a right held without
 * what it requires), a remark says so. Pure.
 */
export const foldGrants = (content: Partial<PermissionSetContent>): FoldedGrants => {
  const remarks: FoldRemark[] = [];
  const objects: ObjectEntries = new Map();
  foldObjects(content, objects, remarks);
  foldFieldsAndRecordTypes(content, objects);
  for (const entry of objects.values()) {
    if (entry.recordTypes === undefined || withRequiredRights(entry.access ?? []).some((right) => right === 'create' || right === 'edit')) continue;
    remarks.push({ kind: 'idleRecordTypes', object: entry.name, recordTypes: entry.recordTypes });
    delete entry.recordTypes;
  }

  const grants: ManifestGrants = {
    objects: Object.fromEntries(
      [...objects.values()]
        .filter((entry) => entry.access !== undefined || entry.fields !== undefined || entry.recordTypes !== undefined)
        .sort((a, b) => byCodePoint(a.name, b.name))
        .map(({ name, ...grant }) => [name, { ...(grant.access ? { access: grant.access } : {}), ...(grant.fields ? { fields: sortedFields(grant.fields) } : {}), ...(grant.recordTypes ? { recordTypes: grant.recordTypes } : {}) }])
    ),
    ...namedGrantsOf(content),
  };
  return { grants: withoutEmptyLists(grants), remarks };
};

/** The entries that are lists of names, each enabled one by its name: granted in a permission set, muted in a muting one. */
export const namedGrantsOf = (content: Partial<PermissionSetContent>): Omit<ManifestGrants, 'objects'> => ({
  userPermissions: enabledNames(content.userPermissions, ({ name }) => name, ({ enabled }) => enabled),
  apexClasses: enabledNames(content.classAccesses, ({ apexClass }) => apexClass, ({ enabled }) => enabled),
  customPermissions: enabledNames(content.customPermissions, ({ name }) => name, ({ enabled }) => enabled),
  customMetadataTypes: enabledNames(content.customMetadataTypeAccesses, ({ name }) => name, ({ enabled }) => enabled),
  customSettings: enabledNames(content.customSettingAccesses, ({ name }) => name, ({ enabled }) => enabled),
  flows: enabledNames(content.flowAccesses, ({ flow }) => flow, ({ enabled }) => enabled),
  externalCredentialPrincipals: enabledNames(content.externalCredentialPrincipalAccesses, ({ externalCredentialPrincipal }) => externalCredentialPrincipal, ({ enabled }) => enabled),
});

export const sortedFields = (fields: Record<string, FieldAccess>): Record<string, FieldAccess> =>
  Object.fromEntries(Object.entries(fields).sort(([a], [b]) => byCodePoint(a, b)));

/** A manifest lists what is granted, and says nothing of a kind it grants none of. */
export const withoutEmptyLists = (grants: ManifestGrants): ManifestGrants =>
  Object.fromEntries(
    Object.entries(grants).filter(([, value]) => (Array.isArray(value) ? value.length > 0 : Object.keys(value as object).length > 0))
  );
