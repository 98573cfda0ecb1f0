export const METADATA_NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

const NEEDS_ESCAPE = /[&<>"']/;

/** Text as Salesforce escapes it in retrieved metadata: both quotes as well as &, < and >. Most text has none. */
const escape = (text: string): string => (NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (character) => ENTITIES[character]!) : text);

const INDENT = '    ';

/** The indent of each depth, made once: an estate writes hundreds of thousands of elements. */
const indents: string[] = [''];
const indentOf = (depth: number): string => (indents[depth] ??= INDENT.repeat(depth));

/** One element: a list repeats it, an object nests its keys in order, a scalar is its text, undefined is nothing. */
const writeElement = (name: string, value: unknown, depth: number, lines: string[]): void => {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) writeElement(name, item, depth, lines);
    return;
  }
  const indent = indentOf(depth);
  if (typeof value === 'object') {
    lines.push(`${indent}<${name}>`);
    for (const key of Object.keys(value)) writeElement(key, (value as Record<string, unknown>)[key], depth + 1, lines);
    lines.push(`${indent}</${name}>`);
    return;
  }
  // Booleans are most of a permission set's values, and never need escaping.
  const text = typeof value === 'boolean' ? (value ? 'true' : 'false') : escape(typeof value === 'string' ? value : JSON.stringify(value));
  lines.push(`${indent}<${name}>${text}</${name}>`);
};

/**
 * A metadata object to the XML Salesforce itself writes: declaration, namespaced root, 4-space indent,
 * final newline. Elements come out in the order of the object's keys, which the builders in src/metadata
 * set to the WSDL's sequence; absent values (undefined, empty lists) write nothing. Written by hand rather
 * than with an XML builder: the shape is this narrow, and the estate's hundreds of thousands of entries
 * serialize several times faster.
 */
export const toMetadataXml = (rootElement: string, content: object): string => {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<${rootElement} xmlns="${METADATA_NAMESPACE}">`];
  for (const [key, value] of Object.entries(content)) writeElement(key, value, 1, lines);
  lines.push(`</${rootElement}>`, '');
  return lines.join('\n');
};
