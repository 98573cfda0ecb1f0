import type { FieldAccess, ManifestGrants, ManifestObjectGrant, ObjectRight } from '../manifest/manifest.js';
import type { PermissionSetContent } from '../metadata/permission-set.js';
import { RIGHT_ORDER, withDependentRights } from '../model/object-rights.js';
import { byCodePoint, sortedUnique } from '../model/sort.js';
import { namedGrantsOf, RIGHT_ELEMENTS, sortedFields, withoutEmptyLists } from './fold-grants.js';

/** A right muted without the rights that depend on it: generate mutes those too (muting edit mutes delete). */
export type MuteRemark = { kind: 'incompleteMute'; object: string; added: readonly ObjectRight[] };

/** The fewest muted rights that bring all of these along: muting read mutes everything, muting edit mutes delete. */
const askedMutes = (rights: readonly ObjectRight[]): ObjectRight[] =>
  RIGHT_ORDER.filter((right) => rights.includes(right) && !withDependentRights(rights.filter((other) => other !== right)).includes(right));

/**
 * A muting permission set's content folded back into a manifest's `mute`, the inverse of generate's MUTE
 * semantics (model/build-grants.ts): each object's muted rights reduced to those that bring the others along,
 * a field muted whole as `read` or only its edit as `edit`, record types and the named lists as they are. Where
 * generating the result mutes more (a right muted without what depends on it), a remark says so. Pure.
 */
export const foldMutes = (content: Partial<PermissionSetContent>): { mute: ManifestGrants; remarks: MuteRemark[] } => {
  const remarks: MuteRemark[] = [];
  const objects = new Map<string, ManifestObjectGrant & { name: string }>();
  const entryOf = (name: string): ManifestObjectGrant & { name: string } => {
    const existing = objects.get(name.toLowerCase()) ?? { name };
    objects.set(name.toLowerCase(), existing);
    return existing;
  };
  for (const entry of content.objectPermissions ?? []) {
    const muted = RIGHT_ELEMENTS.filter(([, element]) => entry[element] === true).map(([right]) => right);
    if (muted.length === 0) continue;
    const closed = withDependentRights(muted);
    if (closed.length > muted.length) remarks.push({ kind: 'incompleteMute', object: entry.object, added: closed.filter((right) => !muted.includes(right)) });
    entryOf(entry.object).access = askedMutes(muted);
  }
  for (const { field, readable, editable } of content.fieldPermissions ?? []) {
    if (!readable && !editable) continue;
    const [object = '', name = ''] = field.split('.');
    const entry = entryOf(object);
    entry.fields = { ...entry.fields, [name]: (readable ? 'read' : 'edit') satisfies FieldAccess };
  }
  for (const { recordType, visible } of content.recordTypeVisibilities ?? []) {
    if (!visible) continue;
    const [object = '', name = ''] = recordType.split('.');
    const entry = entryOf(object);
    entry.recordTypes = sortedUnique([...(entry.recordTypes ?? []), name]);
  }
  const mute: ManifestGrants = {
    objects: Object.fromEntries(
      [...objects.values()]
        .sort((a, b) => byCodePoint(a.name, b.name))
        .map(({ name, access, fields, recordTypes }) => [name, { ...(access ? { access } : {}), ...(fields ? { fields: sortedFields(fields) } : {}), ...(recordTypes ? { recordTypes } : {}) }])
    ),
    ...namedGrantsOf(content),
  };
  return { mute: withoutEmptyLists(mute), remarks };
};
