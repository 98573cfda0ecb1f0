import { locateDiagnostics, type Diagnostic, type LocatedDiagnostic } from '../diagnostics/diagnostic.js';
import { findSecrets } from '../manifest/find-secrets.js';
import type { Manifest } from '../manifest/manifest.js';
import { parseManifest, type ManifestSource } from '../manifest/parse-manifest.js';
import type { SourceLocator } from '../manifest/source-locator.js';
import { validateSchema } from '../manifest/validate-schema.js';
import type { Assets } from '../model/build-app.js';
import { buildIntegration } from '../model/build-integration.js';
import { checkEstate } from '../model/check-estate.js';
import type { Integration } from '../model/integration.js';
import { byCodePoint } from '../model/sort.js';
import type { OutputLayout } from '../output/layout.js';
import { renderIntegration, type GeneratedFile, type RenderSettings } from '../output/render-integration.js';

/** Every manifest that passed parsing, the secret check and the schema, with what failed in the others. */
export type ValidatedManifests = {
  manifests: ReadonlyArray<{ file: string; manifest: Manifest }>;
  diagnostics: readonly Diagnostic[];
  locators: ReadonlyMap<string, SourceLocator>;
};

export type EstatePlan =
  | { ok: true; integrations: Integration[]; files: GeneratedFile[] }
  | { ok: false; diagnostics: LocatedDiagnostic[] };

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
    const secrets = findSecrets(source.file, parsed.manifest.data);
    const valid = secrets.length === 0 ? validateSchema(source.file, parsed.manifest.data) : undefined;
    if (valid?.ok) manifests.push({ file: source.file, manifest: valid.manifest });
    else diagnostics.push(...(valid?.diagnostics ?? secrets));
  }
  return { manifests, diagnostics, locators };
};

/** The project files the manifests point at (certificates), for the caller to read before planning. */
export const referencedFiles = ({ manifests }: ValidatedManifests): string[] => {
  const paths = manifests.flatMap(({ manifest }) => [
    manifest.app?.certificate,
    ...Object.values(manifest.environments ?? {}).map((environment) => environment.app?.certificate),
  ]);
  return [...new Set(paths.filter((path): path is string => path !== undefined))].sort(byCodePoint);
};

/**
 * The whole estate, from validated manifests to the files they generate (in path order), or every
 * diagnostic of every manifest. Pure: reading manifests and assets and writing files are the caller's.
 */
export const planEstate = (validated: ValidatedManifests, assets: Assets, layout: OutputLayout, settings?: RenderSettings): EstatePlan => {
  const built = validated.manifests.map(({ file, manifest }) => buildIntegration(file, manifest, assets));
  const integrations = built.map(({ value }) => value);
  const diagnostics = [...validated.diagnostics, ...built.flatMap((outcome) => outcome.diagnostics), ...checkEstate(integrations)];
  if (diagnostics.length > 0) {
    return { ok: false, diagnostics: locateDiagnostics(diagnostics, (file, at) => validated.locators.get(file)?.(at)) };
  }
  const files = integrations.flatMap((integration) => renderIntegration(integration, layout, settings)).sort((a, b) => byCodePoint(a.path, b.path));
  return { ok: true, integrations, files };
};
