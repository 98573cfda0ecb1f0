import { locateDiagnostics, type Diagnostic, type LocatedDiagnostic } from '../diagnostics/diagnostic.js';
import { findSecrets } from '../manifest/find-secrets.js';
import { parseManifest, type ManifestSource } from '../manifest/parse-manifest.js';
import type { SourceLocator } from '../manifest/source-locator.js';
import { validateSchema } from '../manifest/validate-schema.js';
import { buildIntegration } from '../model/build-integration.js';
import { checkEstate } from '../model/check-estate.js';
import type { Integration } from '../model/integration.js';
import { byCodePoint } from '../model/sort.js';
import type { OutputLayout } from '../output/layout.js';
import { renderIntegration, type GeneratedFile } from '../output/render-integration.js';

export type EstatePlan =
  | { ok: true; integrations: Integration[]; files: GeneratedFile[] }
  | { ok: false; diagnostics: LocatedDiagnostic[] };

type ManifestOutcome = { integration?: Integration; diagnostics: Diagnostic[]; locate?: SourceLocator };

/** One manifest through the pipeline: text -> data -> schema-valid manifest -> model. Stops at the first stage that fails. */
const buildOne = (source: ManifestSource): ManifestOutcome => {
  const parsed = parseManifest(source);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics };
  const { locate, data } = parsed.manifest;
  // Secrets first, and alone: a schema error about a key named consumerSecret would bury the real problem.
  const secrets = findSecrets(source.file, data);
  if (secrets.length > 0) return { diagnostics: secrets, locate };
  const valid = validateSchema(source.file, data);
  if (!valid.ok) return { diagnostics: valid.diagnostics, locate };
  const built = buildIntegration(source.file, valid.manifest);
  return { integration: built.value, diagnostics: built.diagnostics, locate };
};

/**
 * The whole estate, from manifest texts to the files they generate (in path order), or every diagnostic of
 * every manifest. Pure: reading the manifests and writing the files are the caller's.
 */
export const planEstate = (sources: readonly ManifestSource[], layout: OutputLayout): EstatePlan => {
  const outcomes = sources.map((source) => ({ file: source.file, ...buildOne(source) }));
  const integrations = outcomes.flatMap(({ integration }) => (integration ? [integration] : []));
  const diagnostics = [...outcomes.flatMap((outcome) => outcome.diagnostics), ...checkEstate(integrations)];
  if (diagnostics.length > 0) {
    const locators = new Map(outcomes.map(({ file, locate }) => [file, locate]));
    return { ok: false, diagnostics: locateDiagnostics(diagnostics, (file, at) => locators.get(file)?.(at)) };
  }
  const files = integrations.flatMap((integration) => renderIntegration(integration, layout)).sort((a, b) => byCodePoint(a.path, b.path));
  return { ok: true, integrations, files };
};
