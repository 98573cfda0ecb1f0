import { expect } from 'chai';
import fc from 'fast-check';
import { SfError } from '@salesforce/core';
import { hasUnprintable } from '../../src/diagnostics/printable.js';
import { generate } from '../../src/generate/generate.js';
import { aManifest, toYaml } from '../builders/manifest-builder.js';
import { aProject, METADATA_DIR } from '../builders/project-builder.js';
import { SECRETS } from '../builders/secret-builder.js';

/** `npm run test:faults` tries many more manifests than `npm test`. */
const LONG = process.env.INTUSER_FAULTS === 'long';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Strings from every corner: any code unit (lone surrogates, control characters), credentials, long runs. */
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(...SECRETS.map(([, secret]) => secret)),
  fc.constantFrom('\ud800 Orders', 'a\u0000b', '\u001b[2J', 'ApiEnabled', 'read', 'edit', 'Account', 'x'.repeat(300))
);

/** Any JSON value, nested a little or a great deal (up to 60 levels, past the manifest limit). */
const hostileValue: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 4 }),
    fc.integer({ min: 30, max: 60 }).map((depth) => Array.from({ length: depth }).reduce<Json>((inner) => ({ a: inner }), 'deep'))
  ),
})).value;

/** Where a mutation lands in a valid manifest: a key of the manifest's shape, known or not. */
const place = fc.constantFrom(
  ['name'],
  ['description'],
  ['contact'],
  ['user', 'username'],
  ['user', 'lastName'],
  ['permissionSets', 0, 'name'],
  ['permissionSets', 0, 'objects'],
  ['permissionSets', 0, 'objects', 'Order'],
  ['permissionSets', 0, 'objects', 'Order', 'access'],
  ['permissionSets', 0, 'objects', 'Order', 'fields'],
  ['permissionSets', 0, 'userPermissions'],
  ['permissionSets', 0, 'apexClasses'],
  ['app'],
  ['app', 'scopes'],
  ['justifications'],
  ['environments'],
  ['unknownKey']
);

const setAt = (root: Record<string, unknown>, path: ReadonlyArray<string | number>, value: unknown): Record<string, unknown> => {
  const copy = structuredClone(root);
  let node: Record<string | number, unknown> = copy;
  for (const segment of path.slice(0, -1)) {
    if (node[segment] === null || typeof node[segment] !== 'object') node[segment] = {};
    node = node[segment] as Record<string | number, unknown>;
  }
  node[path.at(-1)!] = value;
  return copy;
};

/** A manifest's text: a valid one, bent at a few places, written as YAML or JSON, sometimes with its text cut or spliced. */
const hostileManifest = fc
  .tuple(
    fc.array(fc.tuple(place, hostileValue), { minLength: 1, maxLength: 3 }),
    fc.constantFrom('yaml', 'json'),
    fc.option(fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 6 })), { nil: undefined })
  )
  .map(([mutations, format, splice]) => {
    const data = mutations.reduce((manifest, [path, value]) => setAt(manifest, path, value), aManifest() as unknown as Record<string, unknown>);
    const text = format === 'json' ? JSON.stringify(data, null, 2) : toYaml(data);
    const spliced = splice === undefined ? text : `${text.slice(0, splice[0] % (text.length + 1))}${splice[1]}${text.slice(splice[0] % (text.length + 1))}`;
    // A splice may cut a secret in two: what is left is no longer one, and may be quoted like any text.
    const intact = SECRETS.map(([, secret]) => secret).filter((secret) => splice === undefined || spliced.includes(JSON.stringify(secret).slice(1, -1)));
    return { file: `fuzzed.${format}`, text: spliced, intact };
  });

/** Any name a manifest file may be given, control characters and all. */
const fileName = fc.oneof(fc.constant(''), fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 6 }).filter((name) => !/[/\\.]/.test(name) && !name.includes('\u0000')));

const run = (dir: string, check = false) => generate({ projectDir: dir, metadataDir: METADATA_DIR, check, force: false });

describe('generate on any manifest (fuzzed)', function () {
  this.timeout(LONG ? 3_600_000 : 120_000);

  it('refuses with the file (and line) and changes nothing, or writes output that a second run and --check leave as it is', async () => {
    await fc.assert(
      fc.asyncProperty(hostileManifest, fileName, async ({ file, text, intact }, prefix) => {
        const project = await aProject({ 'valid.yaml': aManifest({ name: 'Valid', user: { username: 'svc.valid@acme.example' } }) });
        try {
          await run(project.dir);
          const name = `${prefix}${file}`;
          await project.write(`integrations/${name}`, text);
          const before = await project.snapshot();

          const outcome = await run(project.dir).then(
            () => undefined,
            (error: unknown) => error
          );

          if (outcome !== undefined) {
            expect(outcome, outcome instanceof Error ? outcome.stack : JSON.stringify(outcome)).to.be.instanceOf(SfError);
            const error = outcome as SfError;
            expect(error.exitCode, error.message).to.equal(1);
            // Where the problem is: the manifest's name, escaped where it holds what a terminal would act on.
            expect(error.message, error.message).to.match(/integrations\//);
            expect(hasUnprintable(error.message.replace(/\n/g, ' ')), error.message).to.equal(false);
            for (const secret of intact) expect(`${error.message} ${JSON.stringify(error.data)}`).not.to.contain(secret.slice(0, 24));
            expect(await project.snapshot(), 'a refusal changed files').to.deep.equal(before);
            return;
          }
          const second = await run(project.dir);
          expect(second.integrations.flatMap(({ written, removed }) => [...written, ...removed]), 'a second run rewrote files').to.deep.equal([]);
          expect((await run(project.dir, true)).outOfDate).to.deep.equal([]);
          const output = [...(await project.snapshot()).entries()].filter(([path]) => !path.startsWith('integrations/'));
          for (const [, secret] of SECRETS) expect(output.some(([, content]) => content.includes(secret.slice(0, 24))), 'a secret reached a file').to.equal(false);
        } finally {
          await project.dispose();
        }
      }),
      { numRuns: LONG ? 600 : 30 }
    );
  });
});
