import { Messages, SfError } from '@salesforce/core';
import { canonicalHash } from './canonical.js';
import { nodeFileSystem, type FileSystem } from './file-system.js';
import { inParallel, IN_FLIGHT, settleInParallel } from './in-parallel.js';
import { JOURNAL_PATH, newJournal, serializeJournal, type Journal, type JournalFile } from './journal.js';
import { absolutePath, projectFolders } from './project-folders.js';
import { concurrentRunError, finishJournal, folderOf, undoJournal } from './recovery.js';
import { temporaryName } from './temporary-files.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'generate');

/**
 * Changes to the project that happen all together or not at all. `write` stages a file's new content
 * under a temporary name at once (so that content need not stay in memory); nothing the project holds
 * changes until `commit`, which journals the run, then renames every file into place. `abandon` deletes
 * what was staged.
 */
export type Transaction = {
  /**
   * Stages the new content of `path` (project-relative); `isNew` says generate found no file there, and
   * `hash`, its canonical hash where the caller has it already, is how an undo tells that file from anything
   * else standing there. Resolves once the write has started: awaiting it keeps the content in flight bounded.
   */
  write: (path: string, integration: string | null, content: string, isNew: boolean, hash?: string) => Promise<void>;
  remove: (path: string, integration: string | null) => void;
  commit: () => Promise<void>;
  abandon: () => Promise<void>;
};

type Operation = Omit<JournalFile, 'backup'> & { isNew: boolean; missing: string[] };

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const isCode = (error: unknown, code: string): boolean => (error as NodeJS.ErrnoException).code === code;

const writeFailed = (path: string, error: unknown, key = 'error.writeFailed'): SfError =>
  error instanceof SfError ? (error as SfError) : new SfError(messages.getMessage(key, [path, reasonOf(error)]), 'WriteFailedError', messages.getMessages('action.writeFailed', [path]), 1);

/**
 * Opens a transaction on the project at `root`. Every folder on the way to a file is checked before anything
 * is created in it (project-folders); new content waits in the deepest folder that exists, so that a run
 * killed before its journal leaves nothing but temporary files, which the next run deletes.
 */
export const beginTransaction = async (root: string, fs: FileSystem = nodeFileSystem): Promise<Transaction> => {
  const locate = await projectFolders(root, fs);
  const at = (path: string): string => absolutePath(root, path);
  const operations: Operation[] = [];
  const inFlight = new Set<Promise<void>>();
  const failures: Array<{ path: string; error: unknown }> = [];

  const abandon = async (): Promise<void> => {
    await Promise.all(inFlight);
    await settleInParallel(operations, async ({ temp }) => {
      if (temp !== undefined) await fs.unlink(at(temp)).catch(() => undefined);
    });
  };

  /**
   * Looks at each file once more just before the journal: where generate found nothing, nothing may have
   * appeared. What stands there is kept under a backup name until the run is over.
   */
  const planBackups = async (): Promise<Map<string, string>> => {
    const backups = new Map<string, string>();
    await inParallel(operations, async ({ path, isNew }) => {
      const entry = await fs.lstat(at(path));
      if (entry?.isSymbolicLink() || entry?.isDirectory() || (isNew && entry !== undefined)) {
        throw new SfError(messages.getMessage('error.changedDuringRun', [path]), 'WriteFailedError', messages.getMessages('action.changedDuringRun'), 1);
      }
      if (entry !== undefined) backups.set(path, temporaryName(folderOf(path), path, 'bak'));
    });
    return backups;
  };

  /** Who holds the journal another run wrote meanwhile, as far as it says. */
  const journalOwner = async (): Promise<{ pid: number; host: string }> => {
    const text = await fs.readFile(at(JOURNAL_PATH)).catch(() => undefined);
    try {
      const { pid, host } = JSON.parse(text ?? '') as { pid?: unknown; host?: unknown };
      return { pid: typeof pid === 'number' ? pid : 0, host: typeof host === 'string' ? host : '?' };
    } catch {
      return { pid: 0, host: '?' };
    }
  };

  /** The journal and its "applied" twin, created exclusively: a second run that reaches this point while one is applying stops here. */
  const writeJournal = async (backups: ReadonlyMap<string, string>): Promise<Journal> => {
    const intuser = await locate(folderOf(JOURNAL_PATH));
    for (const folder of intuser.missing) {
      // eslint-disable-next-line no-await-in-loop -- parents first
      await fs.mkdir(at(folder));
    }
    // Folders to create, parents first; the journal's own, when this run made it, to be removed on undo.
    const folders = [...new Set([...intuser.missing, ...operations.flatMap(({ missing }) => missing)])].sort((a, b) => a.split('/').length - b.split('/').length);
    const files = operations.flatMap(({ path, integration, temp, sha256 }): JournalFile[] => {
      const backup = backups.get(path);
      return temp === undefined && backup === undefined ? [] : [{ path, integration, ...(temp ? { temp } : {}), ...(backup ? { backup } : {}), ...(sha256 ? { sha256 } : {}) }];
    });
    const journal = newJournal(temporaryName(folderOf(JOURNAL_PATH), JOURNAL_PATH, 'tmp'), folders, files);
    const giveUp = async (error: unknown, ownJournal: boolean): Promise<never> => {
      if (ownJournal) await fs.unlink(at(JOURNAL_PATH)).catch(() => undefined);
      for (const folder of [...intuser.missing].reverse()) {
        // eslint-disable-next-line no-await-in-loop -- children first
        await fs.rmdir(at(folder)).catch(() => undefined);
      }
      throw isCode(error, 'EEXIST') && !ownJournal ? concurrentRunError(await journalOwner()) : writeFailed(JOURNAL_PATH, error, 'error.stageFailed');
    };
    await fs.createExclusive(at(JOURNAL_PATH), serializeJournal(journal)).catch((error: unknown) => giveUp(error, false));
    await fs.createExclusive(at(journal.applied), serializeJournal({ ...journal, state: 'applied' })).catch((error: unknown) => giveUp(error, true));
    return journal;
  };

  const apply = async (journal: Journal): Promise<void> => {
    for (const folder of journal.folders) {
      // eslint-disable-next-line no-await-in-loop -- parents first
      await fs.mkdir(at(folder)).catch((error: unknown) => {
        if (!isCode(error, 'EEXIST')) throw error;
      });
    }
    await inParallel(journal.files, async ({ path, temp, backup }) => {
      try {
        if (backup !== undefined) await fs.rename(at(path), at(backup));
        if (temp !== undefined) await fs.rename(at(temp), at(path));
      } catch (error) {
        throw writeFailed(path, error);
      }
    });
    // The commit point: one rename, which needs no free space.
    await fs.rename(at(journal.applied), at(JOURNAL_PATH));
  };

  return {
    write: async (path, integration, content, isNew, hash) => {
      while (inFlight.size >= IN_FLIGHT) {
        // eslint-disable-next-line no-await-in-loop -- waiting for room is the point
        await Promise.race(inFlight);
      }
      const operation: Operation = { path, integration, isNew, missing: [], ...(isNew ? { sha256: hash ?? canonicalHash(path, content) } : {}) };
      operations.push(operation);
      const stage = async (): Promise<void> => {
        const folder = await locate(folderOf(path));
        operation.missing = folder.missing;
        operation.temp = temporaryName(folder.existing, path, 'tmp');
        await fs.createExclusive(at(operation.temp), content);
      };
      const staging = stage()
        .catch((error: unknown) => void failures.push({ path, error }))
        .finally(() => inFlight.delete(staging));
      inFlight.add(staging);
    },
    remove: (path, integration) => {
      operations.push({ path, integration, isNew: false, missing: [] });
    },
    abandon,
    commit: async () => {
      await Promise.all(inFlight);
      if (failures.length > 0) {
        await abandon();
        throw writeFailed(failures[0]!.path, failures[0]!.error, 'error.stageFailed');
      }
      let journal: Journal;
      try {
        journal = await writeJournal(await planBackups());
      } catch (error) {
        await abandon();
        throw error;
      }
      try {
        await apply(journal);
      } catch (error) {
        await undoJournal(root, fs, journal);
        const path = error instanceof SfError ? undefined : JOURNAL_PATH;
        throw path === undefined ? error : writeFailed(path, error);
      }
      // Committed: what is left is clean-up, which the next run finishes if this one cannot.
      await finishJournal(root, fs, journal).catch(() => undefined);
    },
  };
};
