import type { GeneratedFile } from '../output/render-integration.js';
import { sameMeaning } from './canonical.js';
import { editedSince, type LedgerEntry } from './ledger.js';
import { carriesProvenance } from './provenance.js';

/** What stands at a path on disk: a file's text, nothing, or a symbolic link (never read through). */
export type DiskFile = { kind: 'file'; content: string } | { kind: 'absent' } | { kind: 'link' };

export type FileChange =
  | { kind: 'create'; path: string; integration: string; content: string }
  | { kind: 'update'; path: string; integration: string; content: string; handEdited: boolean }
  | { kind: 'unchanged'; path: string; integration: string }
  | { kind: 'remove'; path: string; integration: string; handEdited: boolean };

/**
 * A file generate must not touch: `foreign` is not in the ledger (generate did not write it) or is a
 * symbolic link, `edited` was changed by hand since generate wrote it, `unmarked` is listed in the ledger
 * but does not carry generate's mark (sync/provenance), so nothing proves generate wrote it.
 */
export type FileConflict = { kind: 'foreign' | 'edited' | 'unmarked'; path: string; integration: string };

export type Decision = { change: FileChange; conflict?: undefined } | { conflict: FileConflict; change?: undefined };

/**
 * What to do with one file the manifests generate, given what the disk holds there and what the ledger says
 * generate wrote. Pure. A file that says the same as what generate would write (formatted by a commit hook,
 * say) is unchanged, and stays as it is; a file generate never wrote is a conflict whatever `force` says;
 * one edited by hand is a conflict unless `force` says to replace it.
 */
export const decideGenerated = (desired: GeneratedFile, disk: DiskFile, entry: LedgerEntry | undefined, force: boolean): Decision => {
  const { path, content, integration } = desired;
  if (disk.kind === 'absent') return { change: { kind: 'create', path, integration, content } };
  if (disk.kind === 'link') return { conflict: { kind: 'foreign', path, integration } };
  if (sameMeaning(path, disk.content, content)) return { change: { kind: 'unchanged', path, integration } };
  if (entry === undefined) return { conflict: { kind: 'foreign', path, integration } };
  const handEdited = editedSince(entry, path, disk.content);
  if (handEdited && !force) return { conflict: { kind: 'edited', path, integration } };
  return { change: { kind: 'update', path, integration, content, handEdited } };
};

/**
 * What to do with a file of the ledger that the manifests no longer generate: removed when it is still
 * generate's (it carries the mark for its integration) and unedited or forced; a file that lacks the mark
 * is only reported, with or without `force`. Nothing to do when it is already gone.
 */
export const decideLeftover = (path: string, entry: LedgerEntry, disk: DiskFile, force: boolean): Decision | undefined => {
  const { integration } = entry;
  if (disk.kind === 'absent') return undefined;
  if (disk.kind === 'link' || !carriesProvenance(path, disk.content, integration)) return { conflict: { kind: 'unmarked', path, integration } };
  const handEdited = editedSince(entry, path, disk.content);
  if (handEdited && !force) return { conflict: { kind: 'edited', path, integration } };
  return { change: { kind: 'remove', path, integration, handEdited } };
};
