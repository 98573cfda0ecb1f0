import { locateDiagnostics, type LocatedDiagnostic } from '../diagnostics/diagnostic.js';
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

/** What the estate generates, with the notes that block nothing (names only the org can confirm); or every error. */
export type EstatePlan =
  | { ok: true; integrations: Integration[]; files: GeneratedFile[]; notes: LocatedDiagnostic[] }
  | { ok: false; diagnostics: LocatedDiagnostic[] };

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
export const planEstate = (
  validated: ValidatedManifests,
  assets: Assets,
  layout: OutputLayout,
  settings?: RenderSettings,
  project: ProjectSource = EMPTY_PROJECT_SOURCE
): EstatePlan => {
  const built = validated.manifests.map(({ file, manifest }) => buildIntegration(file, manifest, assets));
  const integrations = built.map(({ value }) => value);
  const resolved = validated.manifests.flatMap(({ file, manifest }) => resolveNames(file, manifest, project));
  const located = locateDiagnostics(
    [...validated.diagnostics, ...built.flatMap((outcome) => outcome.diagnostics), ...checkEstate(integrations), ...resolved],
    (file, at) => validated.locators.get(file)?.(at)
  );
  const errors = located.filter(({ severity }) => severity !== 'note');
  if (errors.length > 0) return { ok: false, diagnostics: errors };
  const files = integrations.flatMap((integration) => renderIntegration(integration, layout, settings, acceptedGrants(integration))).sort((a, b) => byCodePoint(a.path, b.path));
  return { ok: true, integrations, files, notes: located.filter(({ severity }) => severity === 'note') };
};
