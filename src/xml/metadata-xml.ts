import { XMLBuilder } from 'fast-xml-parser';

export const METADATA_NAMESPACE = 'http://soap.sforce.com/2006/04/metadata';

const builder = new XMLBuilder({
  format: true,
  indentBy: '    ',
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressBooleanAttributes: false,
  processEntities: true,
});

/**
 * A metadata object to the XML Salesforce itself writes: declaration, namespaced root, 4-space indent,
 * final newline. Elements come out in the order of the object's keys, which the builders in src/metadata
 * set to the WSDL's sequence; absent values (undefined, empty lists) write nothing.
 */
export const toMetadataXml = (rootElement: string, content: object): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build({ [rootElement]: { '@_xmlns': METADATA_NAMESPACE, ...content } })}`.trimEnd() + '\n';
