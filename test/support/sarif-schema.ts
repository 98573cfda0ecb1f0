import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';
import formats from 'ajv-formats';

/**
 * The official SARIF 2.1.0 JSON schema (the OASIS Standard's), as @microsoft/jest-sarif ships it. It is a
 * draft-04 schema, hence ajv-draft-04. Ajv's strict mode would refuse it (it requires properties it
 * declares elsewhere), and its `language` pattern is no valid Unicode regular expression: both checks are
 * off. Formats (uri, uri-reference, date-time) are checked.
 */
const schemaPath = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

// Both are CommonJS: their default export is the `default` property of what Node hands an ES module.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
formats.default(ajv);

export const validateSarif = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
