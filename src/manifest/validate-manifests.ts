import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { findSecrets } from './find-secrets.js';
import type { Manifest } from './manifest.js';
import { parseManifest, type ManifestSource } from './parse-manifest.js';
import type { SourceLocator } from './source-locator.js';
import { validateSchema } from './validate-schema.js';

/** Every manifest that passed parsing, the secret check and the schema, with what failed in the others. */
export type ValidatedManifests = {
  manifests: ReadonlyArray<{ file: string; manifest: Manifest }>;
  diagnostics: readonly Diagnostic[];
  locators: ReadonlyMap<string, SourceLocator>;
};

/** Text -> data -> schema-valid manifest, for each file; a file stops at the first stage it fails. */
export const validateManifests = (sources: readonly ManifestSource[]): ValidatedManifests => {
  const manifests: Array<{ file: string; manifest: Manifest }> = [];
  const diagnostics: Diagnostic[] = [];
  const locators = new Map<string, SourceLocator>();
  for (const source of sources) {
    const parsed = parseManifest(source);
    if (!parsed.ok) {
      diagnostics.push(...parsed.diagnostics);
      continue;
    }
    locators.set(source.file, parsed.manifest.locate);
    // Secrets first, and alone: a schema error about a key named consumerSecret would bury the real problem.
    const secrets = findSecrets(source.file, parsed.manifest.data, parsed.manifest.locate);
    const valid = secrets.length === 0 ? validateSchema(source.file, parsed.manifest.data) : undefined;
    if (valid?.ok) manifests.push({ file: source.file, manifest: valid.manifest });
    else diagnostics.push(...(valid?.diagnostics ?? secrets));
  }
  return { manifests, diagnostics, locators };
};
