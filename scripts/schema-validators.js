// Writes the *-validator.generated.ts modules: each shipped schema the plugin validates with, compiled by ajv
// once, here, instead of in every run (compiling the manifest schema cost about 100 ms of every run that reads a
// manifest, the project settings' about 40 ms of every command).
// `--check` writes nothing and fails when a committed file is not what its schema compiles to now (`npm test`
// runs it), so a change to a schema or to ajv cannot ship with a stale validator.
import { readFileSync, writeFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

const ROOT = new URL('../', import.meta.url);

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
 * Each validator: its schema, its module, the module that gives it its type, and the validation options it has
 * always had, which its errors (and so the diagnostics made of them) depend on.
 */
const VALIDATORS = [
  {
    // Every error, each with its data and schema (validate-schema's messages quote both), strict schema checks.
    schema: 'schemas/manifest.schema.json',
    generated: 'src/manifest/manifest-validator.generated.ts',
    typedBy: 'validate-schema.ts',
    options: { allErrors: true, verbose: true, strict: true },
    transform: withItemTypes,
  },
  {
    // Every error; its messages use only ajv's own message, keyword, path and params.
    schema: 'schemas/project-settings.schema.json',
    generated: 'src/project/project-settings-validator.generated.ts',
    typedBy: 'project-settings.ts',
    options: { allErrors: true },
  },
];

/**
 * A validator module's text. `code.lines` only breaks ajv's output into lines, so that a change to the schema
 * reads as a diff. Ajv's ESM output still loads its runtime helpers (ucs2length, equal) with `require`
 * (https://github.com/ajv-validator/ajv/issues/2209), so the module defines `require` for them: they resolve
 * from ajv, a runtime dependency.
 */
const validatorSource = ({ schema, typedBy, options, transform = (parsed) => parsed }) => {
  const ajv = new Ajv({ ...options, code: { source: true, esm: true, lines: true } });
  const code = standaloneCode(ajv, ajv.compile(transform(JSON.parse(readFileSync(new URL(schema, ROOT), 'utf8')))));
  return [
    `// @ts-nocheck -- ajv standalone output, untyped; ${typedBy} gives it its type.`,
    `// Generated from ${schema} by \`npm run schema-validators\` (scripts/schema-validators.js): do not edit.`,
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    code,
    '',
  ].join('\n');
};

/** Whether the committed module is the one its schema compiles to now. */
const isCurrent = (generated, source) => {
  try {
    return readFileSync(new URL(generated, ROOT), 'utf8') === source;
  } catch {
    return false;
  }
};

const check = process.argv.includes('--check');
const stale = [];
for (const validator of VALIDATORS) {
  const source = validatorSource(validator);
  if (!check) writeFileSync(new URL(validator.generated, ROOT), source);
  else if (!isCurrent(validator.generated, source)) stale.push(validator);
}
for (const { schema, generated } of stale) console.error(`${generated} is not what ${schema} compiles to: run \`npm run schema-validators\` and commit the file.`);
if (stale.length > 0) process.exit(1);
