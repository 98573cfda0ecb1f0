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
