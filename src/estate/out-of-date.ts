import { byCodePoint } from '../model/sort.js';
import { JOURNAL_PATH } from '../sync/journal.js';
import { LEDGER_PATH } from '../sync/ledger.js';
import type { FileChange, FileConflict } from '../sync/reconcile.js';
import type { InterruptedRun } from './interrupted-run.js';
import type { LedgerOutcome } from './walk-estate.js';

/**
 * Why a file is out of date, for `generate --check` and deploy's refusal of stale files: `interrupted` is
 * the journal of a run that was killed, `temporary` a file such a run left, `unmarked` a file the ledger
 * lists that does not say generate wrote it.
 */
export type OutOfDateReason = 'missing' | 'stale' | 'edited' | 'orphaned' | 'foreign' | 'unmarked' | 'interrupted' | 'temporary';

export type OutOfDateFile = {
  /** Relative to the project root. */
  path: string;
  /** Null for the ledger, the journal and temporary files, which belong to no one integration. */
  integration: string | null;
  reason: OutOfDateReason;
};

const OUT_OF_DATE: Partial<Record<FileChange['kind'], OutOfDateReason>> = { create: 'missing', update: 'stale', remove: 'orphaned' };

/** What the walk of the estate found, and what a killed run left: everything `--check` judges. */
export type EstateState = {
  changes: ReadonlyArray<Pick<FileChange, 'kind' | 'path' | 'integration'>>;
  conflicts: readonly FileConflict[];
  nextLedger: LedgerOutcome;
  ledgerText: string | undefined;
  interrupted: InterruptedRun;
};

/** Every file that does not match the manifests, the ledger and a killed run's leftovers included: what `--check` reports. */
export const outOfDateFiles = ({ changes, conflicts, nextLedger, ledgerText, interrupted }: EstateState): OutOfDateFile[] => [
  ...(nextLedger.changed ? [{ path: LEDGER_PATH, integration: null, reason: ledgerText === undefined ? 'missing' : 'stale' } as const] : []),
  ...(interrupted.journal ? [{ path: JOURNAL_PATH, integration: null, reason: 'interrupted' } as const] : []),
  ...interrupted.strayFiles.map((path) => ({ path, integration: null, reason: 'temporary' }) as const),
  ...changes.flatMap(({ kind, path, integration }) => {
    const reason = OUT_OF_DATE[kind];
    return reason ? [{ path, integration, reason }] : [];
  }),
  ...conflicts.map(({ kind, path, integration }) => ({ path, integration, reason: kind })),
].sort((a, b) => byCodePoint(a.path, b.path));
