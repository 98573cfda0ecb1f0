import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** A file to put on disk (content) or take off it (undefined), with what it holds now, to undo. */
export type FileWrite = { path: string; content: string | undefined; previous: string | undefined };

const temporaryName = (absolute: string): string => `${absolute}.intuser-${process.pid}.tmp`;

const put = async (absolute: string, content: string | undefined): Promise<void> => {
  if (content === undefined) {
    await rm(absolute, { force: true });
    return;
  }
  await mkdir(dirname(absolute), { recursive: true });
  await writeFile(temporaryName(absolute), content, 'utf8');
  await rename(temporaryName(absolute), absolute);
};

/**
 * Writes and deletes as one unit: every new file is staged and renamed into place, and when any step
 * fails, the steps already done are undone from the contents read before, so a failed run leaves every
 * file as it was. Paths are relative to `root`.
 */
export const applyWrites = async (root: string, writes: readonly FileWrite[]): Promise<void> => {
  const done: FileWrite[] = [];
  try {
    for (const write of writes) {
      // eslint-disable-next-line no-await-in-loop -- in order, so that a failure knows exactly what to undo
      await put(join(root, write.path), write.content);
      done.push(write);
    }
  } catch (error) {
    const undo = [...done].reverse();
    for (const write of undo) {
      // eslint-disable-next-line no-await-in-loop
      await put(join(root, write.path), write.previous).catch(() => undefined);
    }
    await Promise.all(writes.map((write) => rm(temporaryName(join(root, write.path)), { force: true })));
    throw error;
  }
};
