import type { GeneratedFile } from '../output/render-integration.js';
import { sha256, type Ledger } from './ledger.js';

/** What the disk holds at a path (undefined: nothing). */
export type DiskState = ReadonlyMap<string, string | undefined>;

export type FileChange =
  | { kind: 'create'; path: string; integration: string; content: string }
  | { kind: 'update'; path: string; integration: string; content: string; handEdited: boolean }
  | { kind: 'unchanged'; path: string; integration: string }
  | { kind: 'remove'; path: string; integration: string; handEdited: boolean };

/**
 * A file generate must not touch: `foreign` is not in the ledger (generate did not write it), `edited`
 * was changed by hand since generate wrote it.
 */
export type FileConflict = { kind: 'foreign' | 'edited'; path: string; integration: string };

export type Reconciliation = { changes: FileChange[]; conflicts: FileConflict[] };

/**
 * Compares what the manifests generate with what the disk holds and what the ledger says generate wrote.
 * Pure: the caller reads the disk before and applies the changes after. Hand-edited files are conflicts
 * unless `force` says to replace them; files generate never wrote are conflicts whatever `force` says.
 */
export const reconcile = (desired: readonly GeneratedFile[], ledger: Ledger, disk: DiskState, force: boolean): Reconciliation => {
  const changes: FileChange[] = [];
  const conflicts: FileConflict[] = [];
  const wanted = new Set(desired.map(({ path }) => path));
  const editedSinceGenerated = (path: string, current: string): boolean => ledger.get(path)?.sha256 !== sha256(current);

  for (const { path, content, integration } of desired) {
    const current = disk.get(path);
    if (current === undefined) {
      changes.push({ kind: 'create', path, integration, content });
    } else if (current === content) {
      changes.push({ kind: 'unchanged', path, integration });
    } else if (!ledger.has(path)) {
      conflicts.push({ kind: 'foreign', path, integration });
    } else {
      const handEdited = editedSinceGenerated(path, current);
      if (handEdited && !force) conflicts.push({ kind: 'edited', path, integration });
      else changes.push({ kind: 'update', path, integration, content, handEdited });
    }
  }
  for (const [path, { integration }] of ledger) {
    if (wanted.has(path)) continue;
    const current = disk.get(path);
    if (current === undefined) continue;
    const handEdited = editedSinceGenerated(path, current);
    if (handEdited && !force) conflicts.push({ kind: 'edited', path, integration });
    else changes.push({ kind: 'remove', path, integration, handEdited });
  }
  return { changes, conflicts };
};
