import { Messages } from '@salesforce/core';
import type { Diagnostic, ManifestPath } from '../diagnostics/diagnostic.js';
import type { ManifestGrants } from '../manifest/manifest.js';
import { NAMED_GRANTS, recordTypeName } from './build-grants.js';
import type { Grants } from './integration.js';
import { withRequiredRights } from './object-rights.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'model');

/**
 * Names Salesforce would take as one: the schema compares exactly, Salesforce without case, so
 * `Account` and `account` (or `ApiEnabled` twice, cased differently) would be written twice.
 */
export const caseDuplicates = (file: string, grants: ManifestGrants, path: ManifestPath): Diagnostic[] => {
  const diagnostics: Diagnostic[] = [];
  const check = (names: readonly string[], at: (name: string, index: number) => ManifestPath, key: boolean): void => {
    const seen = new Map<string, string>();
    names.forEach((name, index) => {
      const first = seen.get(name.toLowerCase());
      if (first === undefined) seen.set(name.toLowerCase(), name);
      else diagnostics.push({ file, at: { path: [...path, ...at(name, index)], ...(key ? { key: true } : {}) }, message: messages.getMessage('error.caseDuplicate', [name, first]), fix: messages.getMessage('fix.caseDuplicate') });
    });
  };
  const objects = Object.entries(grants.objects ?? {});
  check(objects.map(([object]) => object), (object) => ['objects', object], true);
  for (const [object, grant] of objects) {
    check(Object.keys(grant.fields ?? {}), (field) => ['objects', object, 'fields', field], true);
    check(grant.recordTypes ?? [], (_, index) => ['objects', object, 'recordTypes', index], false);
  }
  for (const list of NAMED_GRANTS) check(grants[list] ?? [], (_, index) => [list, index], false);
  return diagnostics;
};

/**
 * A record type's visibility only lets the user create records of that type, or move records to it: reading
 * needs none ("a user assigned to a profile that isn't enabled for a particular record type can't create records
 * with that record type, but can access records associated with that record type", Object Reference, RecordType:
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_recordtype.htm).
 * Record types on an object the set neither creates nor edits grant nothing: a mistake worth a stop.
 */
export const idleRecordTypes = (file: string, grants: ManifestGrants, path: ManifestPath): Diagnostic[] =>
  Object.entries(grants.objects ?? {})
    .filter(([, grant]) => (grant.recordTypes ?? []).length > 0)
    .filter(([, grant]) => !withRequiredRights(grant.access ?? []).some((right) => right === 'create' || right === 'edit'))
    .map(([object]) => ({
      file,
      at: { path: [...path, 'objects', object, 'recordTypes'], key: true },
      message: messages.getMessage('error.recordTypesWithoutWrite', [object]),
      fix: messages.getMessage('fix.recordTypesWithoutWrite', [object]),
    }));

/**
 * Muting what no permission set of the group grants changes nothing: it is a mistake worth a stop. Where the
 * group also includes existing permission sets, a mute may be aimed at what they grant, which is unknown
 * offline: the caller does not ask then.
 */
export const unmatchedMutes = (file: string, mute: ManifestGrants, granted: readonly Grants[]): Diagnostic[] => {
  const diagnostics: Diagnostic[] = [];
  const report = (path: Array<string | number>, what: string): void => {
    diagnostics.push({ file, at: { path: ['mute', ...path] }, message: messages.getMessage('error.muteNotGranted', [what]), fix: messages.getMessage('fix.muteNotGranted') });
  };
  for (const [object, muted] of Object.entries(mute.objects ?? {})) {
    (muted.access ?? []).forEach((right, index) => {
      if (!granted.some((grants) => grants.objects.some((grant) => grant.object === object && grant.rights.includes(right)))) {
        report(['objects', object, 'access', index], `${object}.${right}`);
      }
    });
    for (const [field, access] of Object.entries(muted.fields ?? {})) {
      const name = `${object}.${field}`;
      const grantsIt = granted.some((grants) => grants.fields.some((grant) => grant.field === name && (access === 'read' || grant.editable)));
      if (!grantsIt) report(['objects', object, 'fields', field], `${name} (${access})`);
    }
    (muted.recordTypes ?? []).forEach((recordType, index) => {
      const name = recordTypeName(object, recordType);
      if (!granted.some((grants) => grants.recordTypes.includes(name))) report(['objects', object, 'recordTypes', index], name);
    });
  }
  for (const list of NAMED_GRANTS) {
    (mute[list] ?? []).forEach((name, index) => {
      if (!granted.some((grants) => grants[list].includes(name))) report([list, index], name);
    });
  }
  return diagnostics;
};
