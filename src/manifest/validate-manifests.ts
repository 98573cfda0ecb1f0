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

/** One manifest checked: its schema-valid data when it passed every stage, its locator when it parsed. */
export type ValidatedManifest = { file: string; manifest?: Manifest; diagnostics: Diagnostic[]; locate?: SourceLocator };

/** Text -> data -> schema-valid manifest; a file stops at the first stage it fails. */
export const validateManifest = (source: ManifestSource): ValidatedManifest => {
  const parsed = parseManifest(source);
  if (!parsed.ok) return { file: source.file, diagnostics: parsed.diagnostics };
  const { locate } = parsed.manifest;
  // Secrets first, and alone: a schema error about a key named consumerSecret would bury the real problem.
  const secrets = findSecrets(source.file, parsed.manifest.data, locate);
  if (secrets.length > 0) return { file: source.file, diagnostics: secrets, locate };
  const valid = validateSchema(source.file, parsed.manifest.data);
  return valid.ok ? { file: source.file, manifest: valid.manifest, diagnostics: [], locate } : { file: source.file, diagnostics: valid.diagnostics, locate };
};

/** Every file through validateManifest, together. */
export const validateManifests = (sources: readonly ManifestSource[]): ValidatedManifests => {
  const manifests: Array<{ file: string; manifest: Manifest }> = [];
  const diagnostics: Diagnostic[] = [];
  const locators = new Map<string, SourceLocator>();
  for (const { file, manifest, diagnostics: problems, locate } of sources.map(validateManifest)) {
    if (locate) locators.set(file, locate);
    if (manifest) manifests.push({ file, manifest });
    diagnostics.push(...problems);
  }
  return { manifests, diagnostics, locators };
};
