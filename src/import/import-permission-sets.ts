import type { ManifestPermissionSet } from '../manifest/manifest.js';
import type { PermissionSetContent } from '../metadata/permission-set.js';
import type { ReadPermissionSet } from '../metadata/read-permission-set.js';
import { MAX_LABEL } from '../model/build-integration.js';
import { foldGrants, type FoldRemark } from './fold-grants.js';
import { importedNames } from './import-names.js';
import { remark, type Remark } from './import-remarks.js';

/** A permission set the user holds, as the org (or the project) has it. */
export type SourcePermissionSet = {
  apiName: string;
  read: ReadPermissionSet;
  /** The org's Id: an app may name the permission sets it admits by Id. */
  id?: string;
  /** The group it is held through, when it is not assigned directly. */
  group?: string;
};

/** A profile's object, field and user permissions, for `--from-profile`. */
export type SourceProfile = { name: string; content: Partial<PermissionSetContent> };

const humanize = (apiName: string): string => apiName.replace(/_/g, ' ');

const foldRemark = (at: readonly [string, number], fold: FoldRemark): Remark => {
  switch (fold.kind) {
    case 'parentAccess':
      return remark(at, 'parentAccess', fold.object, fold.parent);
    case 'incomplete':
      return remark([...at, 'objects', fold.object], 'incomplete', fold.object, fold.added.join(', '));
    default:
      return remark(at, 'idleRecordTypes', fold.recordTypes.join(', '), fold.object);
  }
};

/** The label and description an entry carries: the org's when adopted in place, else what the model derives unless too long. */
const labels = (source: SourcePermissionSet, name: string, integrationLabel: string, keepNames: boolean): Pick<ManifestPermissionSet, 'label' | 'description'> => {
  const { label, description } = source.read.content;
  // Adopted in place, a set without a description keeps none: an empty one is taken for none (unverified).
  if (keepNames) return { label: (label ?? source.apiName).slice(0, MAX_LABEL), description: (description ?? '').slice(0, 255) };
  const derived = `${integrationLabel} - ${humanize(name)}`;
  return { ...(derived.length > MAX_LABEL ? { label: (label ?? name).slice(0, MAX_LABEL) } : {}), ...(description ? { description: description.slice(0, 255) } : {}) };
};

/**
 * The permission sets the user holds, each an entry of the manifest: what it grants folded back into what a
 * manifest asks (fold-grants.ts), named after the integration or, adopted in place, after itself. Remarks say
 * where it came from (a group, a name the org keeps) and what the org held that the entry does not say.
 */
export const importedPermissionSets = (
  integration: string,
  integrationLabel: string,
  sources: readonly SourcePermissionSet[],
  keepNames: boolean,
  profile?: SourceProfile
): { permissionSets: ManifestPermissionSet[]; remarks: Remark[] } => {
  const names = importedNames(integration, sources.map(({ apiName }) => apiName), keepNames);
  const remarks: Remark[] = [];
  const permissionSets = sources.map((source, index): ManifestPermissionSet => {
    const at = ['permissionSets', index] as const;
    const { name, apiName } = names.get(source.apiName)!;
    const folded = foldGrants(source.read.content);
    if (!keepNames && `${integration}_${name}` !== source.apiName) remarks.push(remark(at, 'replaced', source.apiName, `${integration}_${name}`));
    if (source.group !== undefined) remarks.push(remark(at, 'viaGroup', source.group));
    if (source.read.content.hasActivationRequired === true) remarks.push(remark(at, 'sessionBased'));
    const unexpressed = source.read.unexpressed;
    if (unexpressed.length > 0) remarks.push(remark(at, 'unexpressed', unexpressed.join(', ')));
    remarks.push(...folded.remarks.map((fold) => foldRemark(at, fold)));
    return { name, ...(apiName ? { apiName } : {}), ...labels(source, name, integrationLabel, keepNames), ...folded.grants };
  });
  if (profile) {
    const at = ['permissionSets', permissionSets.length] as const;
    const folded = foldGrants(profile.content);
    const taken = new Set(permissionSets.map(({ name: other }) => other.toLowerCase()));
    let name = 'Profile';
    for (let suffix = 2; taken.has(name.toLowerCase()); suffix++) name = `Profile_${suffix}`;
    remarks.push(remark(at, 'fromProfile', profile.name), ...folded.remarks.map((fold) => foldRemark(at, fold)));
    permissionSets.push({ name, description: `From the profile ${profile.name}`.slice(0, 255), ...folded.grants });
  }
  return { permissionSets, remarks };
};
