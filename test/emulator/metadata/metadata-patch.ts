import { ENTRY_KEYS, textOf, type MetadataNode, type MetadataValue } from './metadata-tree.js';

/**
 * A change to a component as an admin makes it in Setup, written as the elements that change:
 * `{ ipRelaxationPolicyType: 'Bypass' }`, `{ objectPermissions: [{ object: 'Account', modifyAllRecords: true }] }`.
 */
export type MetadataPatch = { readonly [element: string]: PatchValue };
export type PatchValue = string | number | boolean | null | MetadataPatch | readonly PatchValue[];

const isList = (value: PatchValue): value is readonly PatchValue[] => Array.isArray(value);
const isNested = (value: PatchValue): value is MetadataPatch => typeof value === 'object' && value !== null && !isList(value);

/** An entry's key as text: what it is matched on. */
const keyText = (value: PatchValue | undefined): string => (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '');

const asValue = (value: PatchValue, element: string): MetadataValue => {
  if (isNested(value)) return applyPatch({}, value);
  if (value === null || isList(value)) throw new Error(`Org emulator: ${element} cannot hold a list or null inside a list`);
  return String(value);
};

/** Repeated entries with a key (objectPermissions by object, userPermissions by name): each patched entry is merged into the one with its key, or added. */
const mergeEntries = (element: string, key: string, current: readonly MetadataValue[], entries: readonly PatchValue[]): MetadataValue[] => {
  const merged = [...current];
  for (const entry of entries) {
    if (!isNested(entry)) throw new Error(`Org emulator: each ${element} entry is an object with its ${key}`);
    const wanted = keyText(entry[key]);
    const at = merged.findIndex((existing) => typeof existing === 'object' && textOf(existing, key) === wanted);
    const existing = merged[at];
    if (at >= 0 && typeof existing === 'object') merged[at] = applyPatch(existing, entry);
    else merged.push(applyPatch({}, entry));
  }
  return merged;
};

/**
 * The node with the patch applied, as a copy: a value sets an element (null removes it), an object merges
 * into the nested element, entries of a keyed repeated element merge by their key, and any other list
 * replaces the element's values.
 */
export const applyPatch = (node: MetadataNode, patch: MetadataPatch): MetadataNode => {
  const result: MetadataNode = { ...node };
  for (const [element, value] of Object.entries(patch)) {
    const key = ENTRY_KEYS[element];
    if (value === null) delete result[element];
    else if (isList(value)) result[element] = key ? mergeEntries(element, key, result[element] ?? [], value) : value.map((item) => asValue(item, element));
    else if (isNested(value)) {
      const [current] = result[element] ?? [];
      result[element] = [applyPatch(typeof current === 'object' ? current : {}, value)];
    } else result[element] = [String(value)];
  }
  return result;
};
