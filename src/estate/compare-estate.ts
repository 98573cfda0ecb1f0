import { readFileSync, type Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ManifestSource } from '../manifest/parse-manifest.js';
import { validateManifests, type ValidatedManifests } from '../manifest/validate-manifests.js';
import type { Integration } from '../model/integration.js';
import { byCodePoint } from '../model/sort.js';
import { DEFAULT_LAYOUT, isGeneratedPath, type OutputLayout } from '../project/output-layout.js';
import type { GeneratedFile } from '../output/render-integration.js';
import { MANIFEST_EXTENSIONS, MANIFESTS_DIR } from '../project/project-layout.js';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../project/project-settings.js';
import { LEDGER_PATH, ledgerOf, LedgerError, parseLedger, serializeLedger, type Ledger } from '../sync/ledger.js';
import { reconcile, type DiskState, type FileChange, type FileConflict } from '../sync/reconcile.js';
import { invalidLedgerError, manifestError, noManifestsError } from './errors.js';
import { planEstate, referencedFiles } from './plan-estate.js';
import { readProjectSource } from '../resolve/read-project-source.js';
import { locateDiagnostics, type LocatedDiagnostic } from '../diagnostics/diagnostic.js';
import { apiVersionDiagnostic, PROJECT_FILE } from './api-version.js';

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
};

/** The estate as the manifests make it, set against what the disk and the ledger hold. */
export type EstateComparison = {
  layout: OutputLayout;
  /** The manifests as validated, with where each value stands in its file. */
  validated: ValidatedManifests;
  integrations: Integration[];
  files: GeneratedFile[];
  /** What blocks nothing but a reader should know: names only the org can confirm. */
  notes: LocatedDiagnostic[];
  /** Integration name -> its manifest, null for one whose manifest is gone but whose files the ledger lists. */
  manifests: ReadonlyMap<string, string | null>;
  disk: DiskState;
  changes: FileChange[];
  conflicts: FileConflict[];
  ledgerText: string | undefined;
  nextLedgerText: string;
};

/**
 * A file's content, or undefined where there is none. Synchronous on purpose: an estate is thousands of
 * small files read once, and a loop of blocking reads does that several times faster than as many
 * promises in flight; a CLI command has nothing else to do meanwhile.
 */
const readIfPresent = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    // ENOTDIR: a file stands where a folder of the path should be; EISDIR: a folder stands at the path.
    // Either way no file is there: a certificate is then missing, a generated file is written (and fails).
    if (['ENOENT', 'ENOTDIR', 'EISDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw error;
  }
};

/** Every manifest file in integrations/, in name order; none when the folder does not exist. */
const readManifests = async (projectDir: string): Promise<ManifestSource[]> => {
  let entries: Dirent[];
  try {
    entries = await readdir(join(projectDir, MANIFESTS_DIR), { withFileTypes: true });
  } catch (error) {
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return [];
    throw error;
  }
  const manifests = entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && MANIFEST_EXTENSIONS.includes(extname(entry.name).toLowerCase()))
    .map(({ name }) => name)
    .sort(byCodePoint);
  return Promise.all(manifests.map(async (name) => ({ file: `${MANIFESTS_DIR}/${name}`, text: await readFile(join(projectDir, MANIFESTS_DIR, name), 'utf8') })));
};

const readLedger = (projectDir: string, layout: OutputLayout): { text: string | undefined; ledger: Ledger } => {
  const text = readIfPresent(join(projectDir, LEDGER_PATH));
  try {
    return { text, ledger: parseLedger(text, (path) => isGeneratedPath(path, layout)) };
  } catch (error) {
    if (error instanceof LedgerError) throw invalidLedgerError(LEDGER_PATH, error.message);
    throw error;
  }
};

const readDisk = (projectDir: string, paths: Iterable<string>): DiskState =>
  new Map([...new Set(paths)].map((path) => [path, readIfPresent(join(projectDir, path))] as const));

/** The project's sourceApiVersion against what the files use, placed at its line of sfdx-project.json. */
const checkSourceApiVersion = (projectDir: string, files: readonly GeneratedFile[]): LocatedDiagnostic | undefined => {
  const text = readIfPresent(join(projectDir, PROJECT_FILE));
  if (text === undefined) return undefined;
  let version: unknown;
  try {
    version = (JSON.parse(text) as { sourceApiVersion?: unknown }).sourceApiVersion;
  } catch {
    return undefined; // The CLI itself refuses a project file it cannot read, before any command of ours runs.
  }
  const line = text.split('\n').findIndex((content) => content.includes('"sourceApiVersion"'));
  const diagnostic = apiVersionDiagnostic(files, typeof version === 'string' ? version : undefined, line < 0 ? undefined : line + 1);
  return diagnostic ? locateDiagnostics([diagnostic], () => undefined)[0] : undefined;
};

/**
 * Reads the manifests, the files they point at, the ledger and the disk, and compares what the manifests
 * generate with what is there. Shared by generate (which then writes or reports) and deploy (which refuses
 * to send stale files). Throws the diagnostics of invalid manifests.
 */
export const compareEstate = async (options: EstateOptions): Promise<EstateComparison> => {
  const { projectDir, metadataDir, force, settings = DEFAULT_SETTINGS } = options;
  const layout: OutputLayout = { ...DEFAULT_LAYOUT, metadataDir };
  const sources = await readManifests(projectDir);
  const { text: ledgerText, ledger } = readLedger(projectDir, layout);
  // No manifests and nothing generated: a new user's first run. No manifests but a ledger: every
  // integration left, and their files go.
  if (sources.length === 0 && ledger.size === 0) throw noManifestsError(MANIFESTS_DIR);

  const validated = validateManifests(sources);
  const assets = readDisk(projectDir, referencedFiles(validated));
  const project = readProjectSource(projectDir, options.packageDirectories ?? []);
  const plan = planEstate(validated, assets, layout, { globalOAuthSettings: settings.externalClientApps.globalOAuthSettings }, project);
  if (!plan.ok) throw manifestError(plan.diagnostics);
  const versionProblem = checkSourceApiVersion(projectDir, plan.files);
  if (versionProblem && versionProblem.severity !== 'note') throw manifestError([versionProblem]);

  const disk = readDisk(projectDir, [...plan.files.map(({ path }) => path), ...ledger.keys()]);
  const { changes, conflicts } = reconcile(plan.files, ledger, disk, force);
  const manifests = new Map<string, string | null>([
    ...[...ledger.values()].map(({ integration }): [string, null] => [integration, null]),
    ...plan.integrations.map(({ name, file }): [string, string] => [name, file]),
  ]);
  return {
    layout,
    validated,
    integrations: plan.integrations,
    files: plan.files,
    notes: versionProblem ? [versionProblem, ...plan.notes] : plan.notes,
    manifests,
    disk,
    changes,
    conflicts,
    ledgerText,
    nextLedgerText: serializeLedger(ledgerOf(plan.files)),
  };
};
