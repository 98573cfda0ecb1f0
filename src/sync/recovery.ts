import { hostname } from 'node:os';
import { posix } from 'node:path';
import { Messages, SfError } from '@salesforce/core';
import { canonicalHash } from './canonical.js';
import { nodeFileSystem, type FileSystem } from './file-system.js';
import { settleInParallel } from './in-parallel.js';
import { JOURNAL_PATH, JournalError, parseJournal, type Journal, type JournalFile } from './journal.js';
import { absolutePath } from './project-folders.js';
import { isAnotherLiveProcess } from './temporary-files.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'generate');

/** What became of an interrupted run: its changes undone, or (killed after its commit point) finished. */
export type Recovery = { outcome: 'rolledBack' | 'completed'; files: string[] };

/** A journal of another run that is still writing on this machine (or, elsewhere, started in the last ten minutes). */
const RECENT_MS = 10 * 60 * 1000;
export const isRunning = (journal: Journal): boolean =>
  journal.host === hostname() ? isAnotherLiveProcess(journal.pid) : Date.now() - Date.parse(journal.started) < RECENT_MS;

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const ignoring =
  (...codes: string[]) =>
  (error: unknown): void => {
    if (!codes.includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  };

/**
 * Puts one file back as it was: the old content from its backup (over the new one, if that got there),
 * the new content's temporary file deleted, a created file deleted only when it holds exactly what the
 * run wrote. Each step looks at the disk first, so undoing twice is undoing once.
 */
const undoFile = async (root: string, fs: FileSystem, file: JournalFile): Promise<void> => {
  const at = (path: string): string => absolutePath(root, path);
  if (file.backup !== undefined && (await fs.lstat(at(file.backup))) !== undefined) await fs.rename(at(file.backup), at(file.path));
  if (file.temp !== undefined && (await fs.lstat(at(file.temp))) !== undefined) {
    await fs.unlink(at(file.temp));
    return;
  }
  if (file.backup === undefined && file.sha256 !== undefined) {
    const created = await fs.readFile(at(file.path)).catch(() => undefined);
    if (created !== undefined && canonicalHash(file.path, created) === file.sha256) await fs.unlink(at(file.path));
  }
};

/** Where one file stands after a failed undo, in words the user can act on. */
const stateOf = async (root: string, fs: FileSystem, file: JournalFile): Promise<string> => {
  const exists = async (path: string | undefined): Promise<boolean> => path !== undefined && (await fs.lstat(absolutePath(root, path))) !== undefined;
  if (await exists(file.backup)) return messages.getMessage('state.oldContentKept', [file.path, file.backup]);
  if (await exists(file.temp)) {
    const state = file.backup === undefined && !(await exists(file.path)) ? 'state.newFileWaiting' : 'state.newContentWaiting';
    return messages.getMessage(state, [file.path, file.temp]);
  }
  return messages.getMessage('state.unknown', [file.path]);
};

/**
 * Undoes a run from its journal, every file and folder it lists. When a step fails (a full disk cannot
 * stop a rename, but a permission can), the journal stays for the next run to try again, and the error
 * says, file by file, where the old and the new content are: nothing is swallowed.
 */
export const undoJournal = async (root: string, fs: FileSystem, journal: Journal): Promise<void> => {
  const failures = await settleInParallel(journal.files, (file) => undoFile(root, fs, file));
  const folderFailures: string[] = [];
  const removeFolders = async (folders: readonly string[]): Promise<void> => {
    for (const folder of [...folders].reverse()) {
      // eslint-disable-next-line no-await-in-loop -- children before parents
      await fs
        .rmdir(absolutePath(root, folder))
        .catch(ignoring('ENOENT', 'ENOTEMPTY', 'EEXIST'))
        .catch((error: unknown) => void folderFailures.push(`  ${messages.getMessage('state.folderLeft', [folder, reasonOf(error)])}`));
    }
  };
  const journalFolder = posix.dirname(JOURNAL_PATH);
  await removeFolders(journal.folders.filter((folder) => folder !== journalFolder));
  if (failures.length > 0 || folderFailures.length > 0) {
    const states = await Promise.all(failures.map(async ({ item, error }) => `  ${await stateOf(root, fs, item)} (${reasonOf(error)})`));
    throw new SfError(
      messages.getMessage('error.undoFailed', [[...states, ...folderFailures].join('\n'), JOURNAL_PATH]),
      'UndoFailedError',
      messages.getMessages('action.undoFailed', [JOURNAL_PATH]),
      1
    );
  }
  await fs.unlink(absolutePath(root, journal.applied)).catch(ignoring('ENOENT'));
  await fs.unlink(absolutePath(root, JOURNAL_PATH)).catch(ignoring('ENOENT'));
  // The journal's own folder, when the run created it, goes last: the journal was in it.
  await removeFolders(journal.folders.filter((folder) => folder === journalFolder));
};

/**
 * Finishes a run that reached its commit point: only its backups are left to delete. The journal goes
 * last, and stays when any backup could not be deleted: the next run finishes, --check reports it.
 */
export const finishJournal = async (root: string, fs: FileSystem, journal: Journal): Promise<void> => {
  const leftovers = journal.files.flatMap(({ backup, temp }) => [backup, temp]).filter((path): path is string => path !== undefined);
  const failures = await settleInParallel(leftovers, (path) => fs.unlink(absolutePath(root, path)).catch(ignoring('ENOENT')));
  if (failures.length > 0) throw failures[0]!.error;
  await fs.unlink(absolutePath(root, journal.applied)).catch(ignoring('ENOENT'));
  await fs.unlink(absolutePath(root, JOURNAL_PATH));
};

export const invalidJournalError = (reason: string): SfError =>
  new SfError(messages.getMessage('error.invalidJournal', [JOURNAL_PATH, reason]), 'InvalidJournalError', messages.getMessages('action.invalidJournal', [JOURNAL_PATH]), 1);

export const concurrentRunError = (journal: Pick<Journal, 'pid' | 'host'>): SfError =>
  new SfError(messages.getMessage('error.concurrentRun', [journal.pid, journal.host]), 'ConcurrentRunError', messages.getMessages('action.concurrentRun'), 1);

/** The journal an interrupted run left, read and checked; undefined when there is none. */
export const readJournal = async (root: string, mayOwn: (path: string, integration: string | null) => boolean, fs: FileSystem = nodeFileSystem): Promise<Journal | undefined> => {
  const entry = await fs.lstat(absolutePath(root, JOURNAL_PATH));
  if (entry === undefined) return undefined;
  if (!entry.isFile()) throw invalidJournalError(messages.getMessage('reason.notAFile'));
  const text = await fs.readFile(absolutePath(root, JOURNAL_PATH));
  if (text === undefined) return undefined;
  try {
    return parseJournal(text, mayOwn);
  } catch (error) {
    if (error instanceof JournalError) throw invalidJournalError(error.message);
    throw error;
  }
};

/**
 * Brings the project back to a whole state before a run changes anything: an interrupted run is undone,
 * or finished when it had reached its commit point. A run still going on is left alone: the caller waits.
 */
export const recoverInterruptedRun = async (
  root: string,
  mayOwn: (path: string, integration: string | null) => boolean,
  fs: FileSystem = nodeFileSystem
): Promise<Recovery | undefined> => {
  const journal = await readJournal(root, mayOwn, fs);
  if (journal === undefined) return undefined;
  if (isRunning(journal)) throw concurrentRunError(journal);
  const files = journal.files.map(({ path }) => path).sort();
  if (journal.state === 'applied') {
    await finishJournal(root, fs, journal);
    return { outcome: 'completed', files };
  }
  await undoJournal(root, fs, journal);
  return { outcome: 'rolledBack', files };
};

/** The project-relative folder of a path, '' at the root. */
export const folderOf = (path: string): string => (posix.dirname(path) === '.' ? '' : posix.dirname(path));
