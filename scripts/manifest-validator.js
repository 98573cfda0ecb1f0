// Writes src/manifest/manifest-validator.generated.ts: the manifest schema compiled by ajv once, here, instead of
// at the first manifest of every run (the compile cost about 100 ms of every `sf intuser` command).
// `--check` writes nothing and fails when the committed file is not what the schema compiles to now (`npm test`
// runs it), so a change to schemas/manifest.schema.json or to ajv cannot ship with a stale validator.
import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const SCHEMA = new URL('../schemas/manifest.schema.json', import.meta.url);
const GENERATED = new URL('../src/manifest/manifest-validator.generated.ts', import.meta.url);
const GENERATED_NAME = 'src/manifest/manifest-validator.generated.ts';

/** The definition a local `$ref` (`#/definitions/name`) points at. */
const resolveRef = (root, ref) => {
  let node = root;
  for (const segment of ref.replace(/^#\//, '').split('/')) node = node !== null && typeof node === 'object' ? node[segment] : undefined;
  return node !== null && typeof node === 'object' ? node : undefined;
};

/**
 * The schema as ajv compiles it: the shipped one, with the type of each uniqueItems list's items written
 * beside their `$ref`. Ajv checks uniqueness with a hash only when it sees the items' type on the items
 * themselves; behind a `$ref` it compares every pair, and a list of 60,000 names took 35 s.
 */
const withItemTypes = (root) => {
  const copy = (node) => {
    if (Array.isArray(node)) return node.map(copy);
    if (node === null || typeof node !== 'object') return node;
    const result = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, copy(value)]));
    const items = result.items;
    if (result.uniqueItems === true && typeof items?.$ref === 'string' && items.type === undefined) {
      const type = resolveRef(root, items.$ref)?.type;
      if (typeof type === 'string' && type !== 'object' && type !== 'array') result.items = { ...items, type };
    }
    return result;
  };
  return copy(root);
};

/**
 * The module's text. The validation options are the ones validation has always used (every error, each with
 * its data and schema, strict schema checks); `code.lines` only breaks the output into lines, so that a change
 * to the schema reads as a diff. Ajv's ESM output still loads its runtime helpers (ucs2length, equal) with
 * `require` (https://github.com/ajv-validator/ajv/issues/2209), so the module defines `require` for them:
 * they resolve from ajv, a runtime dependency.
 */
const validatorSource = () => {
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8'));
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, code: { source: true, esm: true, lines: true } });
  const code = standaloneCode(ajv, ajv.compile(withItemTypes(schema)));
  return [
    '// @ts-nocheck -- ajv standalone output, untyped; validate-schema.ts gives it its type.',
    `// Generated from schemas/manifest.schema.json by \`npm run manifest-validator\` (scripts/manifest-validator.js): do not edit.`,
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    code,
    '',
  ].join('\n');
};

const source = validatorSource();
if (process.argv.includes('--check')) {
  let committed;
  try {
    committed = readFileSync(GENERATED, 'utf8');
  } catch {
    committed = undefined;
  }
  if (committed !== source) {
    console.error(`${GENERATED_NAME} is not what schemas/manifest.schema.json compiles to: run \`npm run manifest-validator\` and commit the file.`);
    process.exit(1);
  }
} else {
  writeFileSync(GENERATED, source);
}
