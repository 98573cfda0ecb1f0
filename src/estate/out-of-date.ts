import { byCodePoint } from '../model/sort.js';
import { LEDGER_PATH } from '../sync/ledger.js';
import type { FileChange, FileConflict } from '../sync/reconcile.js';
import type { EstateComparison } from './compare-estate.js';

/** Why a file is out of date, for `generate --check` and deploy's refusal of stale files. */
export type OutOfDateReason = 'missing' | 'stale' | 'edited' | 'orphaned' | 'foreign';

export type OutOfDateFile = {
  /** Relative to the project root. */
  path: string;
  /** Null for the ledger, which belongs to no one integration. */
  integration: string | null;
  reason: OutOfDateReason;
};

const OUT_OF_DATE: Partial<Record<FileChange['kind'], OutOfDateReason>> = { create: 'missing', update: 'stale', remove: 'orphaned' };

const outOfDate = (changes: readonly FileChange[], conflicts: readonly FileConflict[]): OutOfDateFile[] => [
  ...changes.flatMap(({ kind, path, integration }) => {
    const reason = OUT_OF_DATE[kind];
    return reason ? [{ path, integration, reason }] : [];
  }),
  ...conflicts.map(({ kind, path, integration }) => ({ path, integration, reason: kind })),
];

/** Every file that does not match the manifests, the ledger included: what `--check` reports. */
export const outOfDateFiles = ({ changes, conflicts, ledgerText, nextLedgerText }: EstateComparison): OutOfDateFile[] => {
  const ledgerState: OutOfDateFile[] =
    ledgerText === nextLedgerText ? [] : [{ path: LEDGER_PATH, integration: null, reason: ledgerText === undefined ? 'missing' : 'stale' }];
  return [...ledgerState, ...outOfDate(changes, conflicts)].sort((a, b) => byCodePoint(a.path, b.path));
};
