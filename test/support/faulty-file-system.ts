import { statSync } from 'node:fs';
import { nodeFileSystem, type FileSystem } from '../../src/sync/file-system.js';

/** The calls that change the disk: where a full disk or a kill can stop a run. */
type Change = 'createExclusive' | 'rename' | 'unlink' | 'mkdir' | 'rmdir';

/** What a faulty disk does: fail when it is full, or kill the process at one call, before or after it runs. */
export type Faults = {
  /** Bytes left on the disk; each file takes its size rounded up to 4 KiB blocks, each folder one block. */
  freeBytes?: number;
  /** The number of the change (from 1) at which the process is killed with SIGKILL. */
  killAt?: number;
  killWhen?: 'before' | 'after';
  /** The number of the change (from 1) that fails with EIO, and every one after it when `sticky`. */
  failAt?: number;
  sticky?: boolean;
  /** Or the `nth` call (from 1) of one kind that fails with EIO. */
  fail?: { call: Change; nth: number };
};

const BLOCK = 4096;

/** SIGKILL to this process, as `kill -9` from outside would: nothing after this line runs. */
const die = (): never => {
  process.kill(process.pid, 'SIGKILL');
  for (;;) {
    // The signal is on its way; nothing more of this process may run meanwhile.
  }
};
const blocks = (bytes: number): number => Math.ceil(Math.max(bytes, 1) / BLOCK) * BLOCK;

const systemError = (code: string, call: string, path: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: ${code === 'ENOSPC' ? 'no space left on device' : 'i/o error'}, ${call} '${path}'`), { code, syscall: call, path });

/**
 * node:fs as the sync layer sees it, with faults at its boundary: the same calls, run for real, but a
 * write that does not fit in what is left of the disk fails with ENOSPC as a full disk makes it (having
 * written nothing, as the sync layer's exclusive create leaves it), a chosen call fails with EIO, or the
 * process dies there. `changes` counts the calls that change the disk, for a test to choose where to strike.
 */
export const faultyFileSystem = (
  faults: Faults = {},
  base: FileSystem = nodeFileSystem
): FileSystem & { changes: () => number; calls: () => readonly Change[]; used: () => number } => {
  let changes = 0;
  const calls: Change[] = [];
  let free = faults.freeBytes ?? Number.POSITIVE_INFINITY;
  let used = 0;
  /** Counts a change and strikes there when asked; returns its number, for the strike after it runs (calls overlap). */
  const strike = (call: Change, path: string): number => {
    changes += 1;
    calls.push(call);
    if (faults.killAt === changes && faults.killWhen !== 'after') die();
    if (faults.failAt !== undefined && (changes === faults.failAt || (faults.sticky === true && changes > faults.failAt))) throw systemError('EIO', call, path);
    if (faults.fail?.call === call && calls.filter((made) => made === call).length === faults.fail.nth) throw systemError('EIO', call, path);
    return changes;
  };
  const after = (change: number): void => {
    if (faults.killAt === change && faults.killWhen === 'after') die();
  };
  let current = 0;
  const peak = (bytes: number): void => {
    current += bytes;
    used = Math.max(used, current);
  };
  const release = (bytes: number): void => {
    free += bytes;
    current -= bytes;
  };
  const sizeOf = (path: string): number => {
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  };
  return {
    ...base,
    changes: () => changes,
    /** Each change, in order: where a run stands at each. */
    calls: () => calls,
    /** The most the run had on disk at once, beyond what was there: what it needs free. */
    used: () => used,
    createExclusive: async (path, content) => {
      const change = strike('createExclusive', path);
      const needed = blocks(Buffer.byteLength(content, 'utf8'));
      if (needed > free) throw systemError('ENOSPC', 'write', path);
      try {
        await base.createExclusive(path, content);
      } finally {
        after(change);
      }
      free -= needed;
      peak(needed);
    },
    rename: async (from, to) => {
      const change = strike('rename', from);
      // A rename that replaces a file frees that file's blocks.
      const replaced = sizeOf(to);
      try {
        await base.rename(from, to);
      } finally {
        after(change);
      }
      if (replaced > 0) release(blocks(replaced));
    },
    unlink: async (path) => {
      const change = strike('unlink', path);
      const size = sizeOf(path);
      try {
        await base.unlink(path);
      } finally {
        after(change);
      }
      release(blocks(size));
    },
    mkdir: async (path) => {
      const change = strike('mkdir', path);
      if (BLOCK > free) throw systemError('ENOSPC', 'mkdir', path);
      try {
        await base.mkdir(path);
      } finally {
        after(change);
      }
      free -= BLOCK;
      peak(BLOCK);
    },
    rmdir: async (path) => {
      const change = strike('rmdir', path);
      try {
        await base.rmdir(path);
      } finally {
        after(change);
      }
      release(BLOCK);
    },
  };
};
