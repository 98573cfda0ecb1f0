import { locateDiagnostics, type Diagnostic, type LocatedDiagnostic } from '../diagnostics/diagnostic.js';
import type { Manifest } from '../manifest/manifest.js';
import type { ValidatedManifests } from '../manifest/validate-manifests.js';
import type { Assets } from '../model/build-app.js';
import { buildIntegration } from '../model/build-integration.js';
import { checkEstate } from '../model/check-estate.js';
import type { Integration } from '../model/integration.js';
import { byCodePoint } from '../model/sort.js';
import type { OutputLayout } from '../project/output-layout.js';
import { renderIntegration, type GeneratedFile, type RenderSettings } from '../output/render-integration.js';
import { EMPTY_PROJECT_SOURCE, type ProjectSource } from '../resolve/project-source.js';
import { resolveNames } from '../resolve/resolve-names.js';
import { acceptedGrants } from '../rules/validate-estate.js';
import { withProvenance } from '../sync/provenance.js';

/** The estate's model, with the notes that block nothing (names only the org can confirm); or every error. */
export type EstateModel = { ok: true; integrations: Integration[]; notes: LocatedDiagnostic[] } | { ok: false; diagnostics: LocatedDiagnostic[] };

/** What the estate generates, with its notes; or every error. */
export type EstatePlan = { ok: true; integrations: Integration[]; files: GeneratedFile[]; notes: LocatedDiagnostic[] } | { ok: false; diagnostics: LocatedDiagnostic[] };

/** The project files a manifest points at (certificates), for the caller to read before building it. */
export const referencedFiles = (manifest: Manifest): string[] => {
  const paths = [manifest.app?.certificate, ...Object.values(manifest.environments ?? {}).map((environment) => environment.app?.certificate)];
  return [...new Set(paths.filter((path): path is string => path !== undefined))].sort(byCodePoint);
};

/**
 * The whole estate's model, in manifest order, from validated manifests, their names resolved against the
 * project's source, or every diagnostic of every manifest (those found reading the files first). Pure.
 */
export const buildEstate = (validated: ValidatedManifests, assets: Assets, project: ProjectSource = EMPTY_PROJECT_SOURCE): EstateModel => {
  const built = validated.manifests.map(({ file, manifest }) => buildIntegration(file, manifest, assets));
  const resolved = validated.manifests.flatMap(({ file, manifest }) => resolveNames(file, manifest, project));
  return concludeEstate(
    built.map(({ value }) => value),
    [...validated.diagnostics, ...built.flatMap((outcome) => outcome.diagnostics), ...resolved],
    validated.locators
  );
};

/**
 * The estate's model once each integration is built: the estate-wide checks added to the diagnostics
 * already found, and every diagnostic placed at its line. Notes block nothing: the model stands with them.
 */
export const concludeEstate = (integrations: Integration[], found: readonly Diagnostic[], locators: ValidatedManifests['locators']): EstateModel => {
  const located = locateDiagnostics([...found, ...checkEstate(integrations)], (file, at) => locators.get(file)?.(at));
  const errors = located.filter(({ severity }) => severity !== 'note');
  if (errors.length > 0) return { ok: false, diagnostics: errors };
  return { ok: true, integrations, notes: located.filter(({ severity }) => severity === 'note') };
};

/** Every file one integration generates, each marked with where it comes from (sync/provenance), in path order. */
export const renderFiles = (integration: Integration, layout: OutputLayout, settings?: RenderSettings): GeneratedFile[] =>
  renderIntegration(integration, layout, settings, acceptedGrants(integration))
    .map((file) => ({ ...file, content: withProvenance(file.path, file.content, integration.name, integration.file) }))
    .sort((a, b) => byCodePoint(a.path, b.path));

/**
 * The whole estate, from validated manifests to the files they generate (in path order), or every
 * diagnostic of every manifest. Pure: reading manifests and assets and writing files are the caller's.
 */
export const planEstate = (
  validated: ValidatedManifests,
  assets: Assets,
  layout: OutputLayout,
  settings?: RenderSettings,
  project: ProjectSource = EMPTY_PROJECT_SOURCE
): EstatePlan => {
  const model = buildEstate(validated, assets, project);
  if (!model.ok) return model;
  const files = model.integrations.flatMap((integration) => renderFiles(integration, layout, settings)).sort((a, b) => byCodePoint(a.path, b.path));
  return { ok: true, integrations: model.integrations, files, notes: model.notes };
};
