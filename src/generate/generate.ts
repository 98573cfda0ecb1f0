import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ManifestSource } from '../manifest/parse-manifest.js';
import { byCodePoint } from '../model/sort.js';
import { DEFAULT_LAYOUT, type OutputLayout } from '../output/layout.js';
import { MANIFEST_EXTENSIONS, MANIFESTS_DIR } from '../project/project-layout.js';
import { DEFAULT_SETTINGS, type ProjectSettings } from '../project/project-settings.js';
import { applyWrites, type FileWrite } from '../sync/apply-changes.js';
import { LEDGER_PATH, ledgerOf, LedgerError, parseLedger, serializeLedger, type Ledger } from '../sync/ledger.js';
import { reconcile, type DiskState, type FileChange, type FileConflict } from '../sync/reconcile.js';
import { conflictError, invalidLedgerError, manifestError, noManifestsError } from './errors.js';
import type { GenerateResult, IntegrationFiles, OutOfDateFile } from './generate-result.js';
import { planEstate, referencedFiles, validateManifests } from './plan-estate.js';

export type GenerateOptions = {
  /** Absolute path of the SFDX project root. */
  projectDir: string;
  /** Where metadata goes, relative to the project root. */
  metadataDir: string;
  /** Report what is out of date; write nothing. */
  check: boolean;
  /** Replace files edited by hand since generate wrote them. */
  force: boolean;
  /** The project's choices (sfdx-project.json, "plugins.intuser"). */
  settings?: ProjectSettings;
};

const readIfPresent = async (path: string): Promise<string | undefined> => {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    // ENOTDIR: a file stands where a folder of the path should be, so nothing is at the path itself.
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw error;
  }
};

/** Every manifest in integrations/, in name order; undefined when the folder does not exist. */
const readManifests = async (projectDir: string): Promise<ManifestSource[] | undefined> => {
  let names: string[];
  try {
    names = await readdir(join(projectDir, MANIFESTS_DIR));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const manifests = names.filter((name) => MANIFEST_EXTENSIONS.includes(extname(name).toLowerCase()) && !name.startsWith('.')).sort(byCodePoint);
  return Promise.all(manifests.map(async (name) => ({ file: `${MANIFESTS_DIR}/${name}`, text: await readFile(join(projectDir, MANIFESTS_DIR, name), 'utf8') })));
};

const readLedger = async (projectDir: string): Promise<{ text: string | undefined; ledger: Ledger }> => {
  const text = await readIfPresent(join(projectDir, LEDGER_PATH));
  try {
    return { text, ledger: parseLedger(text) };
  } catch (error) {
    if (error instanceof LedgerError) throw invalidLedgerError(LEDGER_PATH, error.message);
    throw error;
  }
};

const readDisk = async (projectDir: string, paths: Iterable<string>): Promise<DiskState> =>
  new Map(await Promise.all([...new Set(paths)].map(async (path) => [path, await readIfPresent(join(projectDir, path))] as const)));

const OUT_OF_DATE: Partial<Record<FileChange['kind'], OutOfDateFile['reason']>> = { create: 'missing', update: 'stale', remove: 'orphaned' };

const outOfDate = (changes: readonly FileChange[], conflicts: readonly FileConflict[]): OutOfDateFile[] => [
  ...changes.flatMap(({ kind, path, integration }) => {
    const reason = OUT_OF_DATE[kind];
    return reason ? [{ path, integration, reason }] : [];
  }),
  ...conflicts.map(({ kind, path, integration }) => ({ path, integration, reason: kind })),
];

const summarize = (names: ReadonlyMap<string, string | null>, changes: readonly FileChange[], check: boolean): IntegrationFiles[] =>
  [...names.keys()].sort(byCodePoint).map((name) => {
    const mine = changes.filter((change) => change.integration === name);
    const paths = (...kinds: Array<FileChange['kind']>): string[] =>
      check ? [] : mine.filter((change) => kinds.includes(change.kind)).map(({ path }) => path).sort(byCodePoint);
    return {
      name,
      manifest: names.get(name) ?? null,
      written: paths('create', 'update'),
      unchanged: mine.filter((change) => change.kind === 'unchanged').map(({ path }) => path).sort(byCodePoint),
      removed: paths('remove'),
    };
  });

/**
 * `sf intuser generate`: reads the manifests, plans every file, compares with the disk and the ledger, then
 * either reports (check) or writes, all or nothing. Disk I/O happens here and nowhere in the pipeline.
 */
export const generate = async (options: GenerateOptions): Promise<GenerateResult> => {
  const { projectDir, metadataDir, check, force, settings = DEFAULT_SETTINGS } = options;
  const layout: OutputLayout = { ...DEFAULT_LAYOUT, metadataDir };
  const [sources, { text: ledgerText, ledger }] = await Promise.all([readManifests(projectDir), readLedger(projectDir)]);
  if (sources === undefined || (sources.length === 0 && ledger.size === 0)) throw noManifestsError(MANIFESTS_DIR);

  const validated = validateManifests(sources);
  const assets = await readDisk(projectDir, referencedFiles(validated));
  const plan = planEstate(validated, assets, layout, { globalOAuthSettings: settings.externalClientApps.globalOAuthSettings });
  if (!plan.ok) throw manifestError(plan.diagnostics);

  const disk = await readDisk(projectDir, [...plan.files.map(({ path }) => path), ...ledger.keys()]);
  const { changes, conflicts } = reconcile(plan.files, ledger, disk, force);
  const nextLedger = serializeLedger(ledgerOf(plan.files));
  const names = new Map<string, string | null>([
    ...[...ledger.values()].map(({ integration }): [string, null] => [integration, null]),
    ...plan.integrations.map(({ name, file }): [string, string] => [name, file]),
  ]);
  const result = (stale: OutOfDateFile[]): GenerateResult => ({
    projectDir,
    outputDir: metadataDir,
    check,
    upToDate: stale.length === 0,
    integrations: summarize(names, changes, check),
    outOfDate: stale,
  });

  if (check) {
    const ledgerState: OutOfDateFile[] =
      ledgerText === nextLedger ? [] : [{ path: LEDGER_PATH, integration: null, reason: ledgerText === undefined ? 'missing' : 'stale' }];
    return result([...ledgerState, ...outOfDate(changes, conflicts)].sort((a, b) => byCodePoint(a.path, b.path)));
  }
  if (conflicts.length > 0) throw conflictError(conflicts);

  const writes: FileWrite[] = changes.flatMap((change): FileWrite[] => {
    const previous = disk.get(change.path);
    if (change.kind === 'create' || change.kind === 'update') return [{ path: change.path, content: change.content, previous }];
    if (change.kind === 'remove') return [{ path: change.path, content: undefined, previous }];
    return [];
  });
  if (ledgerText !== nextLedger) writes.push({ path: LEDGER_PATH, content: nextLedger, previous: ledgerText });
  await applyWrites(projectDir, writes);
  return result([]);
};
