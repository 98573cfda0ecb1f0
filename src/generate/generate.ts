import { join } from 'node:path';
import { SfError } from '@salesforce/core';
import { inspectInterruptedRun, outputFolders } from '../estate/interrupted-run.js';
import { outOfDateFiles } from '../estate/out-of-date.js';
import { adoptedNamesInProject, readEstate, type Estate, type EstateFiles, type EstateOptions } from '../estate/read-estate.js';
import { walkEstate } from '../estate/walk-estate.js';
import type { GeneratedFile } from '../output/render-integration.js';
import { DEFAULT_LAYOUT } from '../project/output-layout.js';
import { isJudgedAppFile } from '../rules/app-files.js';
import { findingsOf } from '../rules/validate-estate.js';
import { nodeFileSystem, type FileSystem } from '../sync/file-system.js';
import { JOURNAL_PATH } from '../sync/journal.js';
import { LEDGER_PATH } from '../sync/ledger.js';
import { ownershipOf } from '../sync/ownership.js';
import { recoverInterruptedRun, type Recovery } from '../sync/recovery.js';
import { findStrayFiles } from '../sync/stray-files.js';
import { beginTransaction } from '../sync/transaction.js';
import { conflictError } from './errors.js';
import type { GenerateResult } from './generate-result.js';
import { tallyOf } from './tally.js';

export type GenerateOptions = EstateOptions & {
  /** Report what is out of date; write nothing. */
  check: boolean;
  /** Where writes go through (sync/file-system): node:fs, unless a test puts faults in the way. */
  fileSystem?: FileSystem;
};

/**
 * What a journal may name: files generate writes for an integration (those of the components its manifest adopts
 * under their own names among them, read only when a journal is there to check), and the ledger, no integration's.
 */
const journalOwnership = (projectDir: string): ((path: string, integration: string | null) => boolean) => {
  let owns: ((path: string, integration: string) => boolean) | undefined;
  return (path, integration) => {
    if (path === LEDGER_PATH) return integration === null;
    owns ??= ownershipOf(DEFAULT_LAYOUT, adoptedNamesInProject(projectDir));
    return integration !== null && owns(path, integration);
  };
};

/** What a run put right before writing: an interrupted run undone or finished, stray temporary files deleted. */
export type Recovered = { recovery: Recovery | undefined; strayFiles: string[] };

/**
 * The project brought back to a whole state, as every run of generate does first: the journal of a run
 * that was killed is undone (or finished, past its commit point), then the temporary files such runs left
 * are deleted. Returns the estate, read once it is whole.
 */
export const recoverProject = async (options: EstateOptions, fs: FileSystem = nodeFileSystem): Promise<Recovered & { estate: Estate }> => {
  const recovery = await recoverInterruptedRun(options.projectDir, journalOwnership(options.projectDir), fs);
  const estate = readEstate(options);
  const strayFiles = await findStrayFiles(options.projectDir, outputFolders(estate), fs);
  await Promise.all(strayFiles.map((path) => fs.unlink(join(options.projectDir, ...path.split('/'))).catch(() => undefined)));
  return { recovery, strayFiles, estate };
};

const recoveredOf = ({ recovery, strayFiles }: Recovered): GenerateResult['recovered'] => ({
  rolledBack: recovery?.outcome === 'rolledBack' ? recovery.files : [],
  completed: recovery?.outcome === 'completed' ? recovery.files : [],
  temporaryFiles: strayFiles,
});

/** `--check`: the estate walked and judged, the app files as committed included; nothing written. */
const checkProject = async (options: GenerateOptions, fs: FileSystem): Promise<GenerateResult> => {
  const estate = readEstate(options);
  const tally = tallyOf(estate, true);
  const appFiles: GeneratedFile[] = [];
  const committed = new Map<string, string | undefined>();
  const { nextLedger, notes } = await walkEstate(estate, options.force, (walked) => {
    if (walked.file && isJudgedAppFile(walked.path)) {
      appFiles.push(walked.file);
      committed.set(walked.path, walked.disk.kind === 'file' ? walked.disk.content : undefined);
    }
    tally.count(walked.decision);
  });
  const interrupted = await inspectInterruptedRun(estate, fs);
  const outOfDate = outOfDateFiles({ changes: tally.changes, conflicts: tally.conflicts, nextLedger, ledgerText: estate.ledgerText, interrupted });
  const findings = findingsOf({ integrations: estate.integrations, validated: estate.validated, files: appFiles }, options.settings?.rules, committed);
  return { ...tally.result(options, outOfDate, findings, notes), recovered: recoveredOf({ recovery: undefined, strayFiles: [] }) };
};

/**
 * Recovery, then validate's findings from the model alone (the files on disk are not judged: the run
 * replaces them with what the manifests say), then the manifests' data and positions let go: an estate of
 * thousands of integrations needs the room for its walk.
 */
const findingsFirst = async (options: GenerateOptions, fs: FileSystem): Promise<Recovered & { estate: EstateFiles; findings: GenerateResult['findings'] }> => {
  const { recovery, strayFiles, estate } = await recoverProject(options, fs);
  const findings = findingsOf({ integrations: estate.integrations, validated: estate.validated, files: [] }, options.settings?.rules, new Map());
  const { projectDir, layout, settings, integrations, ledger, ledgerText, manifests, notes, sourceApiVersion } = estate;
  return { recovery, strayFiles, estate: { projectDir, layout, settings, integrations, ledger, ledgerText, manifests, notes, sourceApiVersion }, findings };
};

/**
 * A write: the estate walked one integration at a time, each file that changes staged as soon as it is
 * known (the estate's output is never in memory whole), everything committed at once, or nothing when any
 * file is in the way.
 */
const writeProject = async (options: GenerateOptions, fs: FileSystem): Promise<GenerateResult> => {
  const { estate, findings, ...recovered } = await findingsFirst(options, fs);
  const transaction = await beginTransaction(options.projectDir, fs);
  const tally = tallyOf(estate, false);
  let notes: GenerateResult['notes'];
  try {
    const walk = await walkEstate(estate, options.force, async ({ path, decision, recorded }) => {
      tally.count(decision);
      if (decision.conflict || tally.conflicts.length > 0) return;
      const change = decision.change;
      if (change.kind === 'remove') transaction.remove(path, change.integration);
      else if (change.kind !== 'unchanged') await transaction.write(path, change.integration, change.content, change.kind === 'create', recorded?.sha256);
    });
    if (tally.conflicts.length > 0) throw conflictError(tally.conflicts);
    if (walk.nextLedger.changed) await transaction.write(LEDGER_PATH, null, walk.nextLedger.text, estate.ledgerText === undefined);
    await transaction.commit();
    notes = walk.notes;
  } catch (error) {
    await transaction.abandon();
    throw error;
  }
  return { ...tally.result(options, [], findings, notes), recovered: recoveredOf(recovered) };
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
  if (options.check) return checkProject(options, fs);
  for (let attempt = 1; ; attempt++) {
    try {
      // eslint-disable-next-line no-await-in-loop -- one attempt after the other
      return await writeProject(options, fs);
    } catch (error) {
      // eslint-disable-next-line no-await-in-loop
      if (!isConcurrentRun(error) || attempt >= 3 || !(await journalGone(options.projectDir, fs))) throw error;
    }
  }
};
