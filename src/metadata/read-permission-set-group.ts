import { XMLParser } from 'fast-xml-parser';
import { parseXml, UnreadableMetadataError } from './parse-xml.js';

/** A permission set group as an org holds it: what it bundles, what it mutes. */
export type ReadPermissionSetGroup = {
  label?: string;
  description?: string;
  permissionSets: string[];
  /** At most one in a valid group (salesforce-facts.md, PermissionSet semantics). */
  mutingPermissionSets: string[];
  /** Session-based: assigned, but active only once a session activates it. */
  hasActivationRequired: boolean;
};

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'permissionSets' || name === 'mutingPermissionSets',
});

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string' && entry !== '') : []);

/**
 * A PermissionSetGroup file (https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_permissionsetgroup.htm):
 * `permissionSets` and `mutingPermissionSets` are flat lists of API names. Its status is the org's, not read.
 */
export const readPermissionSetGroup = (xml: string): ReadPermissionSetGroup => {
  const document = parseXml(parser, xml);
  const root = document.PermissionSetGroup;
  if (root === undefined) throw new UnreadableMetadataError('no PermissionSetGroup element');
  const node = (root !== null && typeof root === 'object' ? root : {}) as Record<string, unknown>;
  const text = (element: string): string | undefined => (typeof node[element] === 'string' && node[element] !== '' ? node[element] : undefined);
  const label = text('label');
  const description = text('description');
  return {
    ...(label === undefined ? {} : { label }),
    ...(description === undefined ? {} : { description }),
    permissionSets: strings(node.permissionSets),
    mutingPermissionSets: strings(node.mutingPermissionSets),
    hasActivationRequired: node.hasActivationRequired === 'true',
  };
};
