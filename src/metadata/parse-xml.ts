import { XMLValidator, type XMLParser } from 'fast-xml-parser';

/** A metadata file that is not well-formed XML, or lacks the root element its type has. */
export class UnreadableMetadataError extends Error {}

/**
 * A metadata file's XML parsed, once it is known to be well-formed: the parser itself reads unclosed elements
 * without a word, and a file a deploy would refuse must not be read as a permission set that grants less.
 */
export const parseXml = (parser: XMLParser, xml: string): Record<string, unknown> => {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new UnreadableMetadataError(`${valid.err.msg} (line ${valid.err.line})`);
  try {
    return parser.parse(xml) as Record<string, unknown>;
  } catch (error) {
    throw new UnreadableMetadataError(error instanceof Error ? error.message : String(error));
  }
};
