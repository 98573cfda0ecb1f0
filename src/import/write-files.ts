import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** A file import writes: its path relative to the project root, and its exact text. */
export type ImportFile = { path: string; content: string };

const readIfPresent = async (path: string): Promise<string | undefined> => {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    // A folder standing where the file goes holds no file to keep: the move into place fails on it, and is undone.
    if (['ENOENT', 'EISDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw error;
  }
};

/** The files of these that exist already: import overwrites none of them without --force. */
export const existingFiles = async (projectDir: string, files: readonly ImportFile[]): Promise<string[]> =>
  (await Promise.all(files.map(async ({ path }) => ((await readIfPresent(join(projectDir, path))) === undefined ? [] : [path])))).flat();

/**
 * Writes the files all or nothing: each first to a temporary file beside it, then each moved into place (a rename
 * replaces a file whole, never half-written). If any step fails, the files moved so far get their former content
 * back (or go, where there was none) and the temporary files go: the project is left as it was.
 */
export const writeFilesAtomically = async (projectDir: string, files: readonly ImportFile[]): Promise<void> => {
  const staged: Array<{ target: string; temporary: string; before: string | undefined }> = [];
  const placed: typeof staged = [];
  try {
    for (const { path, content } of files) {
      const target = join(projectDir, path);
      const temporary = join(dirname(target), `.${randomBytes(6).toString('hex')}.intuser-import.tmp`);
      // One file after the other: the order is the undo's.
      // eslint-disable-next-line no-await-in-loop
      await mkdir(dirname(target), { recursive: true });
      // eslint-disable-next-line no-await-in-loop
      const before = await readIfPresent(target);
      // eslint-disable-next-line no-await-in-loop
      await writeFile(temporary, content, { flag: 'wx' });
      staged.push({ target, temporary, before });
    }
    for (const entry of staged) {
      // eslint-disable-next-line no-await-in-loop
      await rename(entry.temporary, entry.target);
      placed.push(entry);
    }
  } catch (error) {
    await Promise.all(staged.filter((entry) => !placed.includes(entry)).map(({ temporary }) => rm(temporary, { force: true })));
    await Promise.all(placed.map(({ target, before }) => (before === undefined ? rm(target, { force: true }) : writeFile(target, before))));
    throw error;
  }
};
