import { closeSync, constants, openSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DiskFile } from '../sync/reconcile.js';

/** Not on Windows, where node:fs has no such flag. */
const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;

const codeOf = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? '';

/**
 * What stands at a project path. Synchronous on purpose: an estate is thousands of small files read once,
 * and a loop of blocking reads does that several times faster than as many promises in flight; a CLI
 * command has nothing else to do meanwhile. A symbolic link is never read through (O_NOFOLLOW: ELOOP),
 * so no file outside the project is ever compared, or its content kept.
 */
export const readDiskFile = (projectDir: string, path: string): DiskFile => {
  let descriptor: number;
  try {
    descriptor = openSync(join(projectDir, ...path.split('/')), constants.O_RDONLY | NO_FOLLOW);
  } catch (error) {
    // ENOTDIR: a file stands where a folder of the path should be; the write that follows reports it.
    if (['ENOENT', 'ENOTDIR'].includes(codeOf(error))) return { kind: 'absent' };
    if (codeOf(error) === 'ELOOP') return { kind: 'link' };
    throw error;
  }
  try {
    return { kind: 'file', content: readFileSync(descriptor, 'utf8') };
  } catch (error) {
    // EISDIR: a folder stands at the path: in the way, like a file generate did not write.
    if (codeOf(error) === 'EISDIR') return { kind: 'link' };
    throw error;
  } finally {
    closeSync(descriptor);
  }
};

/**
 * A file the manifests point at (a certificate), read only when it really is inside the project: a link
 * to elsewhere reads as missing, so that no file outside the project ever reaches a generated one.
 */
export const readProjectFile = (projectDir: string, realProject: string, path: string): string | undefined => {
  try {
    const real = realpathSync(join(projectDir, ...path.split('/')));
    const within = relative(realProject, real);
    if (within === '' || within === '..' || within.startsWith(`..${sep}`) || within.startsWith(sep)) return undefined;
    return readFileSync(real, 'utf8');
  } catch (error) {
    if (['ENOENT', 'ENOTDIR', 'EISDIR'].includes(codeOf(error))) return undefined;
    throw error;
  }
};
