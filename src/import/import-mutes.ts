import type { ManifestPath } from '../diagnostics/diagnostic.js';
import type { ManifestGrants } from '../manifest/manifest.js';
import type { PermissionSetContent } from '../metadata/permission-set.js';
import type { ReadPermissionSet } from '../metadata/read-permission-set.js';
import { foldMutes } from './fold-mutes.js';
import { remark, type Remark } from './import-remarks.js';

/** A group's muting permission set, as the org has it. */
export type SourceMute = { apiName: string; group: string; read: ReadPermissionSet };

type Entry = Record<string, unknown>;

/** Entries of one kind from several sets, those with one key merged: a right muted in either is muted. */
const mergeEntries = (lists: ReadonlyArray<readonly Entry[] | undefined>, key: string): Entry[] => {
  const merged = new Map<string, Entry>();
  for (const entry of lists.flatMap((list) => list ?? [])) {
    const id = String(entry[key]).toLowerCase();
    const before = merged.get(id) ?? {};
    merged.set(id, Object.fromEntries(Object.entries({ ...before, ...entry }).map(([name, value]) => [name, typeof value === 'boolean' ? value || before[name] === true : value])));
  }
  return [...merged.values()];
};

const KEYS: Readonly<Record<string, string>> = {
  objectPermissions: 'object',
  fieldPermissions: 'field',
  recordTypeVisibilities: 'recordType',
  userPermissions: 'name',
  classAccesses: 'apexClass',
  customPermissions: 'name',
  customMetadataTypeAccesses: 'name',
  customSettingAccesses: 'name',
  flowAccesses: 'flow',
  externalCredentialPrincipalAccesses: 'externalCredentialPrincipal',
};

const mergedContent = (contents: ReadonlyArray<Partial<PermissionSetContent>>): Partial<PermissionSetContent> =>
  Object.fromEntries(Object.entries(KEYS).map(([element, key]) => [element, mergeEntries(contents.map((content) => content[element as keyof PermissionSetContent] as Entry[] | undefined), key)]));

/**
 * What the integration's group mutes: the muting permission sets of the user's groups, merged. A group mutes only
 * what it bundles; the integration's one group mutes across all its permission sets, so where the org's mutes
 * applied to part of what the user holds (one group among several, or permission sets assigned directly), a
 * remark says the manifest mutes more widely. Muting takes access away, so merging never widens it.
 */
export const importedMute = (mutes: readonly SourceMute[], spread: boolean): { mute?: ManifestGrants; remarks: Remark[] } => {
  if (mutes.length === 0) return { remarks: [] };
  const folded = foldMutes(mergedContent(mutes.map(({ read }) => read.content)));
  const remarks: Remark[] = folded.remarks.map((fold) => remark(['mute', 'objects', fold.object], 'incompleteMute', fold.object, fold.added.join(', ')));
  if (spread) remarks.push(remark(['mute'], 'muteMerged', [...new Set(mutes.map(({ group }) => group))].join(', ')));
  return Object.keys(folded.mute).length > 0 ? { mute: folded.mute, remarks } : { remarks };
};

/** The mute without the entries at these paths (`mute...`), and without what that leaves empty. */
export const withoutMutes = (mute: ManifestGrants, paths: readonly ManifestPath[]): ManifestGrants | undefined => {
  const copy = structuredClone(mute) as Record<string, unknown>;
  // Highest indexes first, so that removing one leaves the others where they were.
  const sorted = [...paths].sort((a, b) => Number(b[b.length - 1]) - Number(a[a.length - 1]) || 0);
  for (const path of sorted) {
    const parent = path.slice(1, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], copy) as Record<string | number, unknown> | unknown[] | undefined;
    const last = path[path.length - 1]!;
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else if (parent) delete parent[last];
  }
  const prune = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.length === 0 ? undefined : node;
    if (node === null || typeof node !== 'object') return node;
    const kept = Object.entries(node).map(([key, value]) => [key, prune(value)] as const).filter(([, value]) => value !== undefined);
    return kept.length === 0 ? undefined : Object.fromEntries(kept);
  };
  return prune(copy) as ManifestGrants | undefined;
};
