import { hostname } from 'node:os';
import { posix } from 'node:path';
import { isSafePath } from './ownership.js';
import { isTemporaryFor } from './temporary-files.js';

/**
 * What a run is about to do to the project, written before its first rename, so that a run killed at any
 * point is finished or undone by the next one. Never committed: it exists only while a run writes, or
 * after one was killed.
 */
export const JOURNAL_PATH = '.intuser/journal.json';

/**
 * One file of the run: its new content waits in `temp` (none: the file is removed), its old content goes
 * to `backup` (none: the file is new, and `sha256`, the canonical hash of what the run writes there, tells
 * it apart from anything else standing there).
 */
export type JournalFile = { path: string; integration: string | null; temp?: string; backup?: string; sha256?: string };

export type Journal = {
  pid: number;
  host: string;
  started: string;
  /** applying: every change may still be undone; applied: every change is in place, only backups remain. */
  state: 'applying' | 'applied';
  /** The copy of this journal that says "applied", renamed over it as the run's commit point. */
  applied: string;
  /** Folders the run creates, parents first. */
  folders: string[];
  files: JournalFile[];
};

const FORMAT = 1;

export const newJournal = (applied: string, folders: string[], files: JournalFile[]): Journal => ({
  pid: process.pid,
  host: hostname(),
  started: new Date().toISOString(),
  state: 'applying',
  applied,
  folders,
  files,
});

export const serializeJournal = (journal: Journal): string => `${JSON.stringify({ generator: 'plugin-intuser', format: FORMAT, ...journal })}\n`;

export class JournalError extends Error {}

const isAncestor = (folder: string, path: string): boolean => folder === '' || path.startsWith(`${folder}/`);

/**
 * Reads a journal back. Recovery renames and deletes what it names, so every name is checked: each file
 * must be one generate would write (`mayOwn`), its temporary copy one of ours for that file in a folder
 * above it, its backup one of ours beside it, each folder above some file. A journal that says otherwise
 * is refused, and nothing is touched.
 */
export const parseJournal = (text: string, mayOwn: (path: string, integration: string | null) => boolean): Journal => {
  let data: Partial<Journal> & { generator?: unknown; format?: unknown };
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    throw new JournalError('it is not valid JSON');
  }
  if (data?.generator !== 'plugin-intuser' || data.format !== FORMAT) throw new JournalError(`it is not a plugin-intuser journal of format ${FORMAT}`);
  const { pid, host, started, state, applied, folders, files } = data;
  if (typeof pid !== 'number' || typeof host !== 'string' || typeof started !== 'string' || (state !== 'applying' && state !== 'applied')) {
    throw new JournalError('its header is incomplete');
  }
  if (typeof applied !== 'string' || posix.dirname(applied) !== posix.dirname(JOURNAL_PATH) || !isTemporaryFor(posix.basename(applied), JOURNAL_PATH, 'tmp')) {
    throw new JournalError('it names an unexpected file as its applied copy');
  }
  if (!Array.isArray(files) || !Array.isArray(folders)) throw new JournalError('it lists no files');
  files.forEach((file, index) => {
    const { path, integration, temp, backup, sha256 } = (file ?? {}) as Partial<JournalFile>;
    const fine =
      typeof path === 'string' &&
      (integration === null || typeof integration === 'string') &&
      mayOwn(path, integration) &&
      (temp === undefined || (typeof temp === 'string' && isSafePath(temp) && isAncestor(posix.dirname(temp), path) && isTemporaryFor(posix.basename(temp), path, 'tmp'))) &&
      (backup === undefined || (typeof backup === 'string' && posix.dirname(backup) === posix.dirname(path) && isTemporaryFor(posix.basename(backup), path, 'bak'))) &&
      (sha256 === undefined || (typeof sha256 === 'string' && /^[0-9a-f]{64}$/.test(sha256)));
    if (!fine) throw new JournalError(`its file entry ${index + 1} is not one generate writes`);
  });
  const paths = files.map(({ path }) => path);
  if (!folders.every((folder) => typeof folder === 'string' && isSafePath(folder) && paths.some((path) => isAncestor(folder, path)))) {
    throw new JournalError('it names a folder no file of it is in');
  }
  return { pid, host, started, state, applied, folders, files };
};
