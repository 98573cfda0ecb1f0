import { constants, type Stats } from 'node:fs';
import { lstat, mkdir, open, readdir, readFile, realpath, rename, rmdir, unlink } from 'node:fs/promises';

/** Not on Windows, where symbolic links are rare and node:fs reports them through lstat anyway. */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * Every call through which generate changes the disk, and through which it reads back its own records.
 * One seam, so that a reader sees every way the plugin touches a project, and a test can put a full disk
 * or a kill at any of them (test/sync/faults). Paths are absolute.
 */
export type FileSystem = {
  /**
   * Creates a file that must not exist yet, with this content. O_EXCL: never through a symbolic link
   * planted at the name, never over someone else's file. A failed write leaves no partial file behind.
   */
  createExclusive: (path: string, content: string) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
  unlink: (path: string) => Promise<void>;
  /** One folder, in a parent that exists: the caller has checked that parent is inside the project. */
  mkdir: (path: string) => Promise<void>;
  rmdir: (path: string) => Promise<void>;
  /** The entry itself, links not followed; undefined when there is none. */
  lstat: (path: string) => Promise<Stats | undefined>;
  realpath: (path: string) => Promise<string>;
  readdir: (path: string) => Promise<string[]>;
  /** A regular file's text, never through a symbolic link (ELOOP); undefined when there is none. */
  readFile: (path: string) => Promise<string | undefined>;
};

const isMissing = (error: unknown): boolean => ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '');

const createExclusive = async (path: string, content: string): Promise<void> => {
  const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW, 0o666);
  try {
    await handle.writeFile(content, 'utf8');
  } catch (error) {
    await handle.close().catch(() => undefined);
    // The file is ours (O_EXCL made it): a partial one would only be a stray temporary file.
    await unlink(path).catch(() => undefined);
    throw error;
  }
  await handle.close();
};

export const nodeFileSystem: FileSystem = {
  createExclusive,
  rename,
  unlink,
  mkdir: async (path) => {
    await mkdir(path);
  },
  rmdir,
  lstat: async (path) => {
    try {
      return await lstat(path);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  },
  realpath,
  readdir: async (path) => readdir(path),
  readFile: async (path) => {
    try {
      const handle = await open(path, constants.O_RDONLY | NO_FOLLOW);
      try {
        return await readFile(handle, 'utf8');
      } finally {
        await handle.close();
      }
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  },
};
