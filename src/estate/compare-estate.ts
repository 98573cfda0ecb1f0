import type { LocatedDiagnostic } from '../diagnostics/diagnostic.js';
import type { GeneratedFile } from '../output/render-integration.js';
import { isJudgedAppFile } from '../rules/app-files.js';
import { nodeFileSystem } from '../sync/file-system.js';
import type { FileChange, FileConflict } from '../sync/reconcile.js';
import { inspectInterruptedRun, type InterruptedRun } from './interrupted-run.js';
import { readEstate, type Estate, type EstateOptions } from './read-estate.js';
import { walkEstate, type LedgerOutcome } from './walk-estate.js';

export type { EstateOptions } from './read-estate.js';

/** The estate as the manifests make it, set against what the disk and the ledger hold. */
export type EstateComparison = Estate & {
  /** Every file the manifests generate, in the order generated. */
  files: GeneratedFile[];
  /** The app files the rules judge, as committed (undefined when missing): not the whole estate a second time. */
  committed: ReadonlyMap<string, string | undefined>;
  changes: FileChange[];
  conflicts: FileConflict[];
  /** The ledger as generate would leave it. */
  nextLedger: LedgerOutcome;
  interrupted: InterruptedRun;
  /** What blocks nothing but a reader should know: names only the org can confirm, a project without sourceApiVersion. */
  notes: LocatedDiagnostic[];
};

/**
 * Reads the estate and compares what the manifests generate with what is there, keeping every generated
 * file: for validate and deploy, which judge and send them. Generate walks the estate itself
 * (walkEstate), writing as it goes, so that its output is never held whole. Throws the diagnostics of
 * invalid manifests, and a sourceApiVersion older than the files need.
 */
export const compareEstate = async (options: EstateOptions): Promise<EstateComparison> => {
  const estate = readEstate(options);
  const files: GeneratedFile[] = [];
  const committed = new Map<string, string | undefined>();
  const changes: FileChange[] = [];
  const conflicts: FileConflict[] = [];
  const { nextLedger, notes } = await walkEstate(estate, options.force, ({ path, file, disk, decision }) => {
    if (file) files.push(file);
    if (isJudgedAppFile(path)) committed.set(path, disk.kind === 'file' ? disk.content : undefined);
    if (decision.conflict) conflicts.push(decision.conflict);
    else changes.push(decision.change);
  });
  const interrupted = await inspectInterruptedRun(estate, nodeFileSystem);
  return { ...estate, files, committed, changes, conflicts, nextLedger, interrupted, notes };
};
