import { XMLParser } from 'fast-xml-parser';

export const METADATA_NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';

/**
 * A metadata file as a tree the org can change: every element is a list of values (a repeated element has
 * several), a value is text or a nested element. One shape for every element, so that the org's additions and
 * a test's Setup edits need not know which elements repeat.
 */
export type MetadataNode = { [element: string]: MetadataValue[] };
export type MetadataValue = string | MetadataNode;

export type MetadataDocument = { root: string; node: MetadataNode };

const parser = new XMLParser({
  ignoreAttributes: true,
  ignoreDeclaration: true,
  parseTagValue: false,
  // Every element below the root is a list; the root is the document's one element.
  isArray: (_name, jpath) => String(jpath).includes('.'),
});

export const parseMetadata = (xml: string): MetadataDocument => {
  const parsed = parser.parse(xml) as Record<string, unknown>;
  const [root = '', node] = Object.entries(parsed)[0] ?? [];
  return { root, node: typeof node === 'object' && node !== null ? (node as MetadataNode) : {} };
};

/** The first value of an element, as text ('' when absent or nested). */
export const textOf = (node: MetadataNode, element: string): string => {
  const [value] = node[element] ?? [];
  return typeof value === 'string' ? value : '';
};

/** The nested element of that name (the first), if any. */
export const childOf = (node: MetadataNode, element: string): MetadataNode | undefined => {
  const value = node[element]?.[0];
  return typeof value === 'object' ? value : undefined;
};

/** Every nested value of a repeated element. */
export const childrenOf = (node: MetadataNode, element: string): MetadataNode[] =>
  (node[element] ?? []).filter((value): value is MetadataNode => typeof value === 'object');

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escape = (text: string): string => text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);

/**
 * The element that identifies each entry of a repeated element, by which Salesforce sorts the entries it
 * writes (salesforce-facts.md: "Repeated entries sorted by their key"); the order among entries is code point
 * order here, Salesforce's exact collation being unverified.
 */
export const ENTRY_KEYS: Readonly<Record<string, string>> = {
  applicationVisibilities: 'application',
  classAccesses: 'apexClass',
  customMetadataTypeAccesses: 'name',
  customPermissions: 'name',
  customSettingAccesses: 'name',
  externalDataSourceAccesses: 'externalDataSource',
  fieldPermissions: 'field',
  flowAccesses: 'flow',
  objectPermissions: 'object',
  pageAccesses: 'apexPage',
  recordTypeVisibilities: 'recordType',
  tabSettings: 'tab',
  userPermissions: 'name',
};

/** Repeated text elements that Salesforce lists sorted (group members, app access); order unverified. */
const SORTED_TEXT_LISTS: ReadonlySet<string> = new Set(['mutingPermissionSets', 'permissionSetName', 'permissionSets', 'profileName']);

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What an entry sorts by: its key element's text, or its own text. */
const sortKey = (value: MetadataValue, key: string | undefined): string => (typeof value === 'string' ? value : key === undefined ? '' : textOf(value, key));

const sortedValues = (element: string, values: readonly MetadataValue[]): MetadataValue[] => {
  const key = ENTRY_KEYS[element];
  const sorted = key !== undefined || SORTED_TEXT_LISTS.has(element);
  return sorted ? [...values].sort((a, b) => byCodePoint(sortKey(a, key), sortKey(b, key))) : [...values];
};

// fullName comes from the Metadata base type, whose elements precede the type's own in the sequence.
const sequenceKey = (element: string): string => (element === 'fullName' ? '' : element);

const writeNode = (node: MetadataNode, indent: string, lines: string[]): void => {
  for (const element of Object.keys(node).sort((a, b) => byCodePoint(sequenceKey(a), sequenceKey(b)))) {
    for (const value of sortedValues(element, node[element] ?? [])) {
      if (typeof value === 'string') {
        lines.push(`${indent}<${element}>${escape(value)}</${element}>`);
        continue;
      }
      lines.push(`${indent}<${element}>`);
      writeNode(value, `${indent}    `, lines);
      lines.push(`${indent}</${element}>`);
    }
  }
};

/**
 * The document as Salesforce writes a retrieved file: declaration, namespaced root, 4-space indent, final
 * newline, elements in the WSDL's sequence. Only for types whose sequence is case-sensitive alphabetical at
 * every level (deploy/rules/element-order-rule.ts lists them, checked against metadata-66.0.wsdl).
 */
export const writeMetadata = ({ root, node }: MetadataDocument): string => {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<${root} xmlns="${METADATA_NAMESPACE}">`];
  writeNode(node, '    ', lines);
  lines.push(`</${root}>`, '');
  return lines.join('\n');
};
