import { mkdir, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { Messages, SfError } from '@salesforce/core';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'generate');

/** A file to put on disk (content) or take off it (undefined), with what it holds now, to undo. */
export type FileWrite = { path: string; content: string | undefined; previous: string | undefined };

const temporaryName = (absolute: string): string => `${absolute}.intuser-${process.pid}.tmp`;

/**
 * A folder reached through a symbolic link may lie outside the project: generate writes and deletes only
 * inside it, so the real folder of every path is checked before the first byte is written.
 */
const assertInside = async (realRoot: string, folder: string, path: string): Promise<void> => {
  const real = await realpath(folder).catch(() => undefined);
  if (real === undefined) return; // not there yet: mkdir creates it inside the checked parent
  const within = relative(realRoot, real);
  if (within === '..' || within.startsWith(`..${sep}`)) throw new SfError(messages.getMessage('error.outsideProject', [path, real]), 'OutsideProjectError', messages.getMessages('action.outsideProject'), 1);
};

const put = async (realRoot: string, root: string, path: string, content: string | undefined): Promise<void> => {
  const absolute = join(root, ...path.split('/'));
  await assertInside(realRoot, dirname(absolute), path);
  if (content === undefined) {
    await rm(absolute, { force: true });
    return;
  }
  await mkdir(dirname(absolute), { recursive: true });
  await assertInside(realRoot, dirname(absolute), path);
  await writeFile(temporaryName(absolute), content, 'utf8');
  await rename(temporaryName(absolute), absolute);
};

/**
 * Writes and deletes as one unit: every new file is staged and renamed into place, and when any step
 * fails, the steps already done are undone from the contents read before, so a failed run leaves every
 * file as it was. Paths are relative to `root`. The error says which file failed and that nothing changed.
 */
export const applyWrites = async (root: string, writes: readonly FileWrite[]): Promise<void> => {
  const realRoot = await realpath(root);
  const done: FileWrite[] = [];
  for (const write of writes) {
    try {
      // eslint-disable-next-line no-await-in-loop -- in order, so that a failure knows exactly what to undo
      await put(realRoot, root, write.path, write.content);
      done.push(write);
    } catch (error) {
      for (const undone of [...done].reverse()) {
        // eslint-disable-next-line no-await-in-loop
        await put(realRoot, root, undone.path, undone.previous).catch(() => undefined);
      }
      // eslint-disable-next-line no-await-in-loop -- the loop ends here: this runs once, on the failed write
      await rm(temporaryName(join(root, ...write.path.split('/'))), { force: true }).catch(() => undefined);
      if (error instanceof SfError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new SfError(messages.getMessage('error.writeFailed', [write.path, reason]), 'WriteFailedError', messages.getMessages('action.writeFailed', [write.path]), 1);
    }
  }
};
