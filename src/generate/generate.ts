import { join } from 'node:path';
import { SfError } from '@salesforce/core';
import { inspectInterruptedRun, outputFolders } from '../estate/interrupted-run.js';
import { outOfDateFiles, type EstateState } from '../estate/out-of-date.js';
import { readEstate, type Estate, type EstateOptions } from '../estate/read-estate.js';
import { walkEstate } from '../estate/walk-estate.js';
import { byCodePoint } from '../model/sort.js';
import type { GeneratedFile } from '../output/render-integration.js';
import { DEFAULT_LAYOUT } from '../project/output-layout.js';
import { isJudgedAppFile } from '../rules/app-files.js';
import { findingsOf } from '../rules/validate-estate.js';
import { nodeFileSystem, type FileSystem } from '../sync/file-system.js';
import { JOURNAL_PATH } from '../sync/journal.js';
import { LEDGER_PATH } from '../sync/ledger.js';
import { ownershipOf } from '../sync/ownership.js';
import type { FileConflict } from '../sync/reconcile.js';
import { recoverInterruptedRun, type Recovery } from '../sync/recovery.js';
import { findStrayFiles } from '../sync/stray-files.js';
import { beginTransaction, type Transaction } from '../sync/transaction.js';
import { conflictError } from './errors.js';
import type { GenerateResult, IntegrationFiles } from './generate-result.js';

export type GenerateOptions = EstateOptions & {
  /** Report what is out of date; write nothing. */
  check: boolean;
  /** Where writes go through (sync/file-system): node:fs, unless a test puts faults in the way. */
  fileSystem?: FileSystem;
};

/** What a journal may name: files generate writes for an integration, and the ledger, which is no integration's. */
const journalOwnership = (): ((path: string, integration: string | null) => boolean) => {
  const owns = ownershipOf(DEFAULT_LAYOUT);
  return (path, integration) => (path === LEDGER_PATH ? integration === null : integration !== null && owns(path, integration));
};

type Summary = Map<string, IntegrationFiles>;

const summaryOf = (estate: Estate): Summary =>
  new Map([...estate.manifests.keys()].sort(byCodePoint).map((name) => [name, { name, manifest: estate.manifests.get(name) ?? null, written: [], unchanged: [], removed: [] }]));

const sortedSummary = (summary: Summary): IntegrationFiles[] =>
  [...summary.values()].map((files) => ({
    ...files,
    written: files.written.sort(byCodePoint),
    unchanged: files.unchanged.sort(byCodePoint),
    removed: files.removed.sort(byCodePoint),
  }));

/**
 * One run: an interrupted run before it is undone or finished, then the estate walked one integration at
 * a time, each file that changes staged as soon as it is known (so that the estate's output is never in
 * memory whole), and everything committed at once, or nothing when any file is in the way.
 */
/** What a run put right before writing: an interrupted run undone or finished, stray temporary files deleted. */
export type Recovered = { recovery: Recovery | undefined; strayFiles: string[] };

/**
 * The project brought back to a whole state, as every run of generate does first: the journal of a run
 * that was killed is undone (or finished, past its commit point), then the temporary files such runs left
 * are deleted. Returns the estate, read once it is whole.
 */
export const recoverProject = async (options: EstateOptions, fs: FileSystem = nodeFileSystem): Promise<Recovered & { estate: Estate }> => {
  const recovery = await recoverInterruptedRun(options.projectDir, journalOwnership(), fs);
  const estate = readEstate(options);
  const strayFiles = await findStrayFiles(options.projectDir, outputFolders(estate), fs);
  await Promise.all(strayFiles.map((path) => fs.unlink(join(options.projectDir, ...path.split('/'))).catch(() => undefined)));
  return { recovery, strayFiles, estate };
};

const generateOnce = async (options: GenerateOptions): Promise<GenerateResult> => {
  const { projectDir, metadataDir, check, force } = options;
  const fs = options.fileSystem ?? nodeFileSystem;
  const { recovery, strayFiles, estate }: Recovered & { estate: Estate } = check
    ? { recovery: undefined, strayFiles: [], estate: readEstate(options) }
    : await recoverProject(options, fs);

  const transaction: Transaction | undefined = check ? undefined : await beginTransaction(projectDir, fs);
  const summary = summaryOf(estate);
  const changes: EstateState['changes'][number][] = [];
  const conflicts: FileConflict[] = [];
  const appFiles: GeneratedFile[] = [];
  const committed = new Map<string, string | undefined>();
  const lists = (integration: string): IntegrationFiles => summary.get(integration)!;
  try {
    const nextLedger = await walkEstate(estate, force, async ({ path, file, disk, decision, recorded }) => {
      if (check && file && isJudgedAppFile(path)) {
        appFiles.push(file);
        committed.set(path, disk.kind === 'file' ? disk.content : undefined);
      }
      if (decision.conflict) {
        conflicts.push(decision.conflict);
        return;
      }
      const change = decision.change;
      changes.push({ kind: change.kind, path, integration: change.integration });
      if (change.kind === 'unchanged') lists(change.integration).unchanged.push(path);
      else if (!check) (change.kind === 'remove' ? lists(change.integration).removed : lists(change.integration).written).push(path);
      if (transaction === undefined || conflicts.length > 0) return;
      if (change.kind === 'remove') transaction.remove(path, change.integration);
      else if (change.kind !== 'unchanged') await transaction.write(path, change.integration, change.content, change.kind === 'create', recorded?.sha256);
    });
    const result = (outOfDate: GenerateResult['outOfDate'], findings: GenerateResult['findings']): GenerateResult => ({
      projectDir,
      outputDir: metadataDir,
      check,
      upToDate: outOfDate.length === 0,
      integrations: sortedSummary(summary),
      outOfDate,
      findings,
      recovered: {
        rolledBack: recovery?.outcome === 'rolledBack' ? recovery.files : [],
        completed: recovery?.outcome === 'completed' ? recovery.files : [],
        temporaryFiles: strayFiles,
      },
    });
    const findings = (judged: ReadonlyMap<string, string | undefined>): GenerateResult['findings'] =>
      findingsOf({ integrations: estate.integrations, validated: estate.validated, files: appFiles }, options.settings?.rules, judged);

    if (transaction === undefined) {
      const interrupted = await inspectInterruptedRun(estate, fs);
      return result(outOfDateFiles({ changes, conflicts, nextLedger, ledgerText: estate.ledgerText, interrupted }), findings(committed));
    }
    if (conflicts.length > 0) throw conflictError(conflicts);
    if (nextLedger.changed) await transaction.write(LEDGER_PATH, null, nextLedger.text, estate.ledgerText === undefined);
    await transaction.commit();
    // The files on disk are judged only when they stay: the run just replaced them with what the manifests say.
    return result([], findings(new Map()));
  } catch (error) {
    await transaction?.abandon();
    throw error;
  }
};

const isConcurrentRun = (error: unknown): boolean => error instanceof SfError && error.name === 'ConcurrentRunError';

const WAIT_STEP_MS = 100;
const WAIT_LIMIT_MS = 60_000;

/** Until another run's journal is gone: it has finished, or been recovered. */
const journalGone = async (projectDir: string, fs: FileSystem): Promise<boolean> => {
  for (let waited = 0; waited < WAIT_LIMIT_MS; waited += WAIT_STEP_MS) {
    // eslint-disable-next-line no-await-in-loop -- polling is the point
    if ((await fs.lstat(join(projectDir, ...JOURNAL_PATH.split('/')))) === undefined) return true;
    // eslint-disable-next-line no-await-in-loop
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }
  return false;
};

/**
 * `sf intuser generate`: compares what the manifests generate with the disk and the ledger, then either
 * reports (check) or writes, all or nothing. When another run is writing in the same project, this one
 * waits for it to finish and starts again from what it left, so that two runs at once end as one would.
 */
export const generate = async (options: GenerateOptions): Promise<GenerateResult> => {
  const fs = options.fileSystem ?? nodeFileSystem;
  for (let attempt = 1; ; attempt++) {
    try {
      // eslint-disable-next-line no-await-in-loop -- one attempt after the other
      return await generateOnce(options);
    } catch (error) {
      // eslint-disable-next-line no-await-in-loop
      if (!isConcurrentRun(error) || attempt >= 3 || !(await journalGone(options.projectDir, fs))) throw error;
    }
  }
};
