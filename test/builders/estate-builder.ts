import { planEstate } from '../../src/estate/plan-estate.js';
import { validateManifests } from '../../src/manifest/validate-manifests.js';
import type { Manifest } from '../../src/manifest/manifest.js';
import { buildIntegration } from '../../src/model/build-integration.js';
import type { Integration } from '../../src/model/integration.js';
import { DEFAULT_LAYOUT } from '../../src/project/output-layout.js';
import type { RuleConfiguration } from '../../src/rules/rules.js';
import { validateEstate, type EstateInput } from '../../src/rules/validate-estate.js';
import type { Finding } from '../../src/rules/finding.js';
import { toYaml } from './manifest-builder.js';
import { METADATA_DIR } from './project-builder.js';

/** One integration's model, as generate builds it from the manifest (file: integrations/erp.yaml). */
export const anIntegration = (manifest: Manifest, file = 'integrations/erp.yaml'): Integration => buildIntegration(file, manifest).value;

/**
 * What validate reads, built from manifests (file name -> manifest, written as YAML under integrations/) the
 * way the command builds it; `committed` holds generated files as they are on disk (path -> content).
 */
export const anEstate = (manifests: Record<string, Manifest | string>, committed: Record<string, string> = {}, assets: Record<string, string> = {}): EstateInput => {
  const sources = Object.entries(manifests).map(([name, manifest]) => ({
    file: `integrations/${name}`,
    text: typeof manifest === 'string' ? manifest : toYaml(manifest),
  }));
  const manifestsIn = validateManifests(sources);
  const plan = planEstate(manifestsIn, new Map(Object.entries(assets)), { ...DEFAULT_LAYOUT, metadataDir: METADATA_DIR });
  if (!plan.ok) throw new Error(`invalid test manifests: ${JSON.stringify(plan.diagnostics)}`);
  return { integrations: plan.integrations, validated: manifestsIn, files: plan.files, committed: new Map(Object.entries(committed)) };
};

/** The findings validate reports for these manifests (see anEstate). */
export const findingsFor = (manifests: Record<string, Manifest | string>, configuration?: RuleConfiguration): Finding[] =>
  validateEstate(anEstate(manifests), configuration);

/** What generate writes at `path` for these manifests: the starting point of a hand edit. */
export const generatedContent = (estate: EstateInput, path: string): string => {
  const file = estate.files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`nothing generated at ${path}; generated: ${estate.files.map(({ path: p }) => p).join(', ')}`);
  return file.content;
};
