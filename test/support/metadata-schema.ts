import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

/**
 * The official Metadata API schema lives beside the repository (../shared), as in CI; a bare clone has
 * no copy, and the tests that need it say so and skip rather than pass without checking.
 */
const XSD_PATH = fileURLToPath(new URL('../../../shared/salesforce/metadata-66.0.xsd', import.meta.url));

export const metadataSchemaAvailable = (): boolean => existsSync(XSD_PATH);

let schema: string | undefined;

/** Validates XML files against metadata-66.0.xsd in one xmllint run; returns xmllint's errors, none when valid. */
export const schemaErrors = async (files: ReadonlyArray<{ path: string; content: string }>): Promise<string[]> => {
  if (files.length === 0) return [];
  schema ??= readFileSync(XSD_PATH, 'utf8');
  const result = await validateXML({
    xml: files.map(({ path, content }) => ({ fileName: path.replace(/[^A-Za-z0-9._-]/g, '_'), contents: content })),
    schema: [{ fileName: 'metadata-66.0.xsd', contents: schema }],
    maxMemoryPages: 16384,
  });
  return result.errors.map((error) => error.rawMessage);
};
