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
import { acceptedGrants } from '../rules/validate-estate.js';
import { withProvenance } from '../sync/provenance.js';

export type EstateModel = { ok: true; integrations: Integration[] } | { ok: false; diagnostics: LocatedDiagnostic[] };

export type EstatePlan = { ok: true; integrations: Integration[]; files: GeneratedFile[] } | { ok: false; diagnostics: LocatedDiagnostic[] };

/** The project files a manifest points at (certificates), for the caller to read before building it. */
export const referencedFiles = (manifest: Manifest): string[] => {
  const paths = [manifest.app?.certificate, ...Object.values(manifest.environments ?? {}).map((environment) => environment.app?.certificate)];
  return [...new Set(paths.filter((path): path is string => path !== undefined))].sort(byCodePoint);
};

/**
 * The whole estate's model, in manifest order, from validated manifests, or every diagnostic of every
 * manifest (those found reading the files first). Pure.
 */
export const buildEstate = (validated: ValidatedManifests, assets: Assets): EstateModel => {
  const built = validated.manifests.map(({ file, manifest }) => buildIntegration(file, manifest, assets));
  return concludeEstate(
    built.map(({ value }) => value),
    [...validated.diagnostics, ...built.flatMap((outcome) => outcome.diagnostics)],
    validated.locators
  );
};

/**
 * The estate's model once each integration is built: the estate-wide checks added to the diagnostics
 * already found, and every diagnostic placed at its line.
 */
export const concludeEstate = (integrations: Integration[], found: readonly Diagnostic[], locators: ValidatedManifests['locators']): EstateModel => {
  const diagnostics = [...found, ...checkEstate(integrations)];
  if (diagnostics.length > 0) return { ok: false, diagnostics: locateDiagnostics(diagnostics, (file, at) => locators.get(file)?.(at)) };
  return { ok: true, integrations };
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
export const planEstate = (validated: ValidatedManifests, assets: Assets, layout: OutputLayout, settings?: RenderSettings): EstatePlan => {
  const model = buildEstate(validated, assets);
  if (!model.ok) return model;
  const files = model.integrations.flatMap((integration) => renderFiles(integration, layout, settings)).sort((a, b) => byCodePoint(a.path, b.path));
  return { ok: true, integrations: model.integrations, files };
};
