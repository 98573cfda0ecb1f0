import { XMLParser } from 'fast-xml-parser';
import { parseXml, UnreadableMetadataError } from './parse-xml.js';
import type { PermissionSetContent } from './permission-set.js';

/** The elements of PermissionSet that repeat: read as lists even when a file holds one. */
const LISTS = new Set([
  'applicationVisibilities',
  'classAccesses',
  'customMetadataTypeAccesses',
  'customPermissions',
  'customSettingAccesses',
  'externalCredentialPrincipalAccesses',
  'externalDataSourceAccesses',
  'fieldPermissions',
  'flowAccesses',
  'objectPermissions',
  'pageAccesses',
  'recordTypeVisibilities',
  'tabSettings',
  'userPermissions',
  'emailRoutingAddressAccesses',
  'servicePresenceStatusAccesses',
  'agentAccesses',
]);

/** What this plugin writes of a PermissionSet (and reads back), by element. */
const WRITTEN = new Set<string>([
  'classAccesses',
  'customMetadataTypeAccesses',
  'customPermissions',
  'customSettingAccesses',
  'description',
  'externalCredentialPrincipalAccesses',
  'fieldPermissions',
  'flowAccesses',
  'hasActivationRequired',
  'label',
  'objectPermissions',
  'recordTypeVisibilities',
  'userPermissions',
]);

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name, path) => LISTS.has(name) && String(path).split('.').length === 2,
});

const asValue = (text: unknown): unknown => (text === 'true' ? true : text === 'false' ? false : text);

/** Booleans as booleans, everything else as the text the file holds: the metadata's own shape. */
const typed = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(typed);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, typed(child)]));
  return asValue(value);
};

/** A permission set, or a muting permission set, as a file holds it: what the plugin can express, and the rest by name. */
export type ReadPermissionSet = {
  kind: 'PermissionSet' | 'MutingPermissionSet';
  content: Partial<PermissionSetContent>;
  /** Elements the file holds that no manifest expresses (tab settings, app visibilities, a license, ...). */
  unexpressed: string[];
};

export { UnreadableMetadataError } from './parse-xml.js';

/**
 * Reads a permission set's XML, as a retrieve or a project holds it, into the shape the plugin writes. Elements
 * that are empty or false in every entry are kept: the caller decides what an entry that grants nothing means.
 */
export const readPermissionSet = (xml: string): ReadPermissionSet => {
  const document = parseXml(parser, xml);
  const kind = 'MutingPermissionSet' in document ? 'MutingPermissionSet' : 'PermissionSet';
  const root = document[kind];
  if (root === undefined || root === null || typeof root !== 'object') throw new UnreadableMetadataError(`no ${kind} element`);
  const entries = Object.entries(root as Record<string, unknown>);
  return {
    kind,
    content: Object.fromEntries(entries.filter(([key]) => WRITTEN.has(key)).map(([key, value]) => [key, typed(value)])),
    unexpressed: entries.map(([key]) => key).filter((key) => !WRITTEN.has(key) && key !== 'fullName').sort(),
  };
};
