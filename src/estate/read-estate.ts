import { lstatSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, LocatedDiagnostic } from '../diagnostics/diagnostic.js';
import type { Manifest, ManifestGrants } from '../manifest/manifest.js';
import type { SourceLocator } from '../manifest/source-locator.js';
import { validateManifest, type ValidatedManifests } from '../manifest/validate-manifests.js';
import { adoptedNamesOf, buildIntegration, type AdoptedNames } from '../model/build-integration.js';
import type { Integration } from '../model/integration.js';
import { DEFAULT_LAYOUT, type OutputLayout } from '../project/output-layout.js';
import { MANIFESTS_DIR } from '../project/project-layout.js';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../project/project-settings.js';
import { readProjectSource } from '../resolve/read-project-source.js';
import { resolveNames } from '../resolve/resolve-names.js';
import { LEDGER_PATH, LedgerError, parseLedger, type Ledger } from '../sync/ledger.js';
import { adoptableOf, ownershipOf } from '../sync/ownership.js';
import { PROJECT_FILE, projectApiVersionOf, type ProjectApiVersion } from './api-version.js';
import { invalidLedgerError, manifestError, noManifestsError } from './errors.js';
import { concludeEstate, referencedFiles } from './plan-estate.js';
import { readDiskFile, readProjectFile } from './read-disk.js';
import { readManifests } from './read-manifests.js';

export type EstateOptions = {
  /** Absolute path of the SFDX project root. */
  projectDir: string;
  /** Where metadata goes, relative to the project root. */
  metadataDir: string;
  /** Replace files edited by hand since generate wrote them. */
  force: boolean;
  /** The project's choices (sfdx-project.json, "plugins.intuser"). */
  settings?: ProjectSettings;
  /** The package directories of sfdx-project.json, relative to the project root: where names are resolved. */
  packageDirectories?: readonly string[];
  /**
   * Keep each manifest whole, its grants' fields included: the org check places a field the org lacks at
   * the field's own line (resolve/check-in-org), which validate --target-org and deploy run.
   */
  keepFields?: boolean;
};

/** Everything the manifests and the ledger say, read and checked, before any generated file is looked at. */
export type Estate = EstateFiles & {
  /** The manifests as validated, with where each value stands in its file: what validate's findings are placed by. */
  validated: ValidatedManifests;
};

/** What walking the estate's files takes: the model and the ledger, not the manifests' text and data. */
export type EstateFiles = {
  projectDir: string;
  layout: OutputLayout;
  settings: ProjectSettings;
  integrations: Integration[];
  ledger: Ledger;
  /** The ledger's text as committed; undefined when there is none yet. */
  ledgerText: string | undefined;
  /** Integration name -> its manifest, null for one whose manifest is gone but whose files the ledger lists. */
  manifests: ReadonlyMap<string, string | null>;
  /** What blocks nothing but a reader should know: names only the org can confirm. */
  notes: LocatedDiagnostic[];
  /** sfdx-project.json's sourceApiVersion, which the generated files are checked against; undefined without a readable project file. */
  sourceApiVersion: ProjectApiVersion | undefined;
};

const isLink = (path: string): boolean => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};

/**
 * The ledger, refused when it is not a plain file of the project (a link could make generate read, and
 * print, a file outside it) or not one generate could have written (sync/ledger, sync/ownership).
 */
const readLedger = (projectDir: string, layout: OutputLayout, adopted: ReadonlyMap<string, AdoptedNames> = new Map()): { text: string | undefined; ledger: Ledger } => {
  if (isLink(join(projectDir, '.intuser')) || isLink(join(projectDir, LEDGER_PATH))) {
    throw invalidLedgerError(LEDGER_PATH, 'it is a symbolic link; plugin-intuser reads its ledger only from a file of the project');
  }
  const disk = readDiskFile(projectDir, LEDGER_PATH);
  if (disk.kind === 'link') throw invalidLedgerError(LEDGER_PATH, 'something other than a file stands there');
  const text = disk.kind === 'file' ? disk.content : undefined;
  try {
    return { text, ledger: parseLedger(text, ownershipOf(layout, adopted), adoptableOf(layout)) };
  } catch (error) {
    if (error instanceof LedgerError) throw invalidLedgerError(LEDGER_PATH, error.message);
    throw error;
  }
};

/**
 * What validate's findings need of a manifest once its integration is built: everything but the fields of
 * its grants, thousands of entries in a large manifest, which the model holds and no finding points into.
 * An estate of thousands of integrations keeps this, not the whole of each manifest.
 */
const withoutFields = (manifest: Manifest): Manifest => {
  const outline = (grants: ManifestGrants): ManifestGrants => ({
    ...grants,
    objects: Object.fromEntries(
      Object.entries(grants.objects ?? {}).map(([object, grant]) => [object, Object.fromEntries(Object.entries(grant).filter(([key]) => key !== 'fields'))])
    ),
  });
  return {
    ...manifest,
    permissionSets: manifest.permissionSets.map((permissionSet) => ({ ...permissionSet, ...outline(permissionSet) })),
    ...(manifest.mute ? { mute: outline(manifest.mute) } : {}),
  };
};

/** The project file's sourceApiVersion, read as a file of the project (never through a link). */
const readSourceApiVersion = (projectDir: string): ProjectApiVersion | undefined => {
  const disk = readDiskFile(projectDir, PROJECT_FILE);
  return disk.kind === 'file' ? projectApiVersionOf(disk.content) : undefined;
};

/**
 * Reads the manifests, the files they point at and the ledger, and builds the estate's model, one
 * manifest at a time: each is parsed, checked, its names resolved against the project's source, and
 * built, then kept without what only its model needs, so that the estate never holds every manifest's
 * data whole beside its model. Shared by generate, validate and deploy. Throws the diagnostics of every
 * invalid manifest at once (files refused before being read among them), and nothing has been written.
 */
export const readEstate = (options: EstateOptions): Estate => {
  const { projectDir, metadataDir, settings = DEFAULT_SETTINGS, packageDirectories = [] } = options;
  const layout: OutputLayout = { ...DEFAULT_LAYOUT, metadataDir };
  const { sources, diagnostics: refused } = readManifests(projectDir);
  // No manifests and nothing generated: a new user's first run. No manifests but a ledger: every
  // integration left, and their files go.
  if (sources.length === 0 && refused.length === 0 && readLedger(projectDir, layout).ledger.size === 0) throw noManifestsError(MANIFESTS_DIR);

  const realProject = realpathSync(projectDir);
  const project = readProjectSource(projectDir, packageDirectories);
  const assets = new Map<string, string | undefined>();
  const diagnostics: Diagnostic[] = [...refused];
  const manifests: Array<{ file: string; manifest: Manifest }> = [];
  const locators = new Map<string, SourceLocator>();
  const integrations: Integration[] = [];
  const adopted = new Map<string, AdoptedNames>();
  for (const source of sources) {
    const checked = validateManifest(source);
    if (checked.locate) locators.set(source.file, checked.locate);
    diagnostics.push(...checked.diagnostics);
    if (checked.manifest === undefined) continue;
    for (const path of referencedFiles(checked.manifest)) if (!assets.has(path)) assets.set(path, readProjectFile(projectDir, realProject, path));
    const built = buildIntegration(source.file, checked.manifest, assets);
    integrations.push(built.value);
    adopted.set(built.value.name, adoptedNamesOf(checked.manifest));
    diagnostics.push(...built.diagnostics, ...resolveNames(source.file, checked.manifest, project));
    manifests.push({ file: source.file, manifest: options.keepFields ? checked.manifest : withoutFields(checked.manifest) });
  }
  const model = concludeEstate(integrations, diagnostics, locators);
  if (!model.ok) throw manifestError(model.diagnostics);
  // Read once the manifests are: a component adopted under its own name is the integration's that adopts it now.
  const { text: ledgerText, ledger } = readLedger(projectDir, layout, adopted);

  const owners = new Map<string, string | null>([
    ...[...ledger.values()].map(({ integration }): [string, null] => [integration, null]),
    ...integrations.map(({ name, file }): [string, string] => [name, file]),
  ]);
  const validated: ValidatedManifests = { manifests, diagnostics: [], locators };
  return { projectDir, layout, settings, validated, integrations, ledger, ledgerText, manifests: owners, notes: model.notes, sourceApiVersion: readSourceApiVersion(projectDir) };
};

/**
 * The names each integration adopts, from the manifests alone: what a journal of an interrupted run may name
 * beside the files of the integrations' own shape. Read only when there is a journal, before the estate itself
 * (which the recovery brings back whole first); a manifest that does not validate adopts nothing.
 */
export const adoptedNamesInProject = (projectDir: string): Map<string, AdoptedNames> => {
  const adopted = new Map<string, AdoptedNames>();
  for (const source of readManifests(projectDir).sources) {
    const { manifest } = validateManifest(source);
    if (manifest) adopted.set(manifest.name, adoptedNamesOf(manifest));
  }
  return adopted;
};
