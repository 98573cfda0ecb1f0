import {
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmdirSync,
  rmSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs';

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

/**
 * node:fs's synchronous calls behind the promises: a run writes thousands of small files to the page cache,
 * which blocking calls do several times faster than as many promises in flight, and a CLI command has
 * nothing to do meanwhile. The promises keep the seam the same for a test's faults.
 */
const createExclusive = (path: string, content: string): void => {
  // Opened before anything is written: a failure here created nothing of ours to remove.
  const descriptor = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW, 0o666);
  try {
    writeFileSync(descriptor, content, 'utf8');
  } catch (error) {
    closeSync(descriptor);
    // The file is ours (O_EXCL made it): a partial one would only be a stray temporary file.
    rmSync(path, { force: true });
    throw error;
  }
  closeSync(descriptor);
};

const readFile = (path: string): string | undefined => {
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_RDONLY | NO_FOLLOW);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
  try {
    return readFileSync(descriptor, 'utf8');
  } finally {
    closeSync(descriptor);
  }
};

const lstat = (path: string): Stats | undefined => {
  try {
    return lstatSync(path);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
};

/** A synchronous call as a promise: its result, or its error as a rejection. */
const promised = <T>(call: () => T): Promise<T> => {
  try {
    return Promise.resolve(call());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
};

export const nodeFileSystem: FileSystem = {
  createExclusive: (path, content) => promised(() => createExclusive(path, content)),
  rename: (from, to) => promised(() => renameSync(from, to)),
  unlink: (path) => promised(() => unlinkSync(path)),
  mkdir: (path) => promised(() => mkdirSync(path)),
  rmdir: (path) => promised(() => rmdirSync(path)),
  lstat: (path) => promised(() => lstat(path)),
  realpath: (path) => promised(() => realpathSync(path)),
  readdir: (path) => promised(() => readdirSync(path)),
  readFile: (path) => promised(() => readFile(path)),
};
