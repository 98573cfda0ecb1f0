import { randomBytes } from 'node:crypto';
import { posix } from 'node:path';

/**
 * The names of the files a run keeps beside the project's files while it works: the new content of a file
 * before it takes its place (`.tmp`), and the old content until the run is over (`.bak`). Hidden, named
 * after the file, the process that made them and a random part, so that no one can plant a link where
 * the next one will go, and the next run can tell its own strays from a running process's files.
 */
export type TemporaryKind = 'tmp' | 'bak';

const STRAY = /^\.?(.+)\.intuser-(\d+)(?:-[0-9a-f]+)?\.(tmp|bak)$/;

/** A new name in `folder` for the temporary copy of `path` (all project-relative). */
export const temporaryName = (folder: string, path: string, kind: TemporaryKind): string =>
  posix.join(folder, `.${posix.basename(path)}.intuser-${process.pid}-${randomBytes(8).toString('hex')}.${kind}`);

/** The process that made a temporary file, when the name is one of ours (this version's or the first one's `<file>.intuser-<pid>.tmp`). */
export const temporaryOwner = (name: string): number | undefined => {
  const match = STRAY.exec(name);
  return match ? Number(match[2]) : undefined;
};

/** Whether `name` (a file name) is one of ours for the file `path`: the journal may only name those. */
export const isTemporaryFor = (name: string, path: string, kind: TemporaryKind): boolean => {
  const match = STRAY.exec(name);
  return match !== null && match[1] === posix.basename(path) && match[3] === kind;
};

/**
 * Whether another process that left a file may still be working: a temporary file or journal of a live
 * process on this machine is not a stray. This process has written none when it asks, so its own pid means
 * an earlier process that had the same. A pid the system has reused for something else only delays the
 * clean-up until that one ends.
 */
export const isAnotherLiveProcess = (pid: number): boolean => {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};
