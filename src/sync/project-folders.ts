import { join, relative, sep } from 'node:path';
import { Messages, SfError } from '@salesforce/core';
import type { FileSystem } from './file-system.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'generate');

/** A folder as generate finds it: the deepest part that exists (checked), and the folders still to create below it. */
export type FolderState = { existing: string; missing: string[] };

/** A project-relative path with forward slashes, as an absolute path on this machine. */
export const absolutePath = (root: string, path: string): string => (path === '' ? root : join(root, ...path.split('/')));

const isInside = (realRoot: string, real: string): boolean => {
  const within = relative(realRoot, real);
  return within !== '..' && !within.startsWith(`..${sep}`) && !within.startsWith(sep) && !/^[A-Za-z]:/.test(within);
};

/**
 * Where generate may write: every folder of a path is walked from the project root, a symbolic link is
 * followed only when it stays inside the project, and a folder that does not exist is only reported, to
 * be created by the caller below a parent already checked. So no folder is ever created, and no file
 * written, outside the project, whatever links stand in the way. Each folder is looked at once per run.
 */
export const projectFolders = async (root: string, fs: FileSystem): Promise<(folder: string) => Promise<FolderState>> => {
  const realRoot = await fs.realpath(root);
  const known = new Map<string, Promise<FolderState>>();

  const check = async (folder: string): Promise<FolderState> => {
    if (folder === '') return { existing: '', missing: [] };
    const slash = folder.lastIndexOf('/');
    const parent = await locate(slash === -1 ? '' : folder.slice(0, slash));
    if (parent.missing.length > 0) return { existing: parent.existing, missing: [...parent.missing, folder] };
    const absolute = absolutePath(root, folder);
    const entry = await fs.lstat(absolute);
    if (entry === undefined) return { existing: parent.existing, missing: [folder] };
    if (entry.isSymbolicLink()) {
      const real = await fs.realpath(absolute).catch(() => undefined);
      if (real === undefined || !isInside(realRoot, real)) {
        throw new SfError(messages.getMessage('error.outsideProject', [folder, real ?? '?']), 'OutsideProjectError', messages.getMessages('action.outsideProject'), 1);
      }
      if (!(await fs.lstat(real))?.isDirectory()) throw inTheWay(folder);
      return { existing: folder, missing: [] };
    }
    if (!entry.isDirectory()) throw inTheWay(folder);
    return { existing: folder, missing: [] };
  };

  const locate = (folder: string): Promise<FolderState> => {
    let state = known.get(folder);
    if (state === undefined) {
      state = check(folder);
      known.set(folder, state);
    }
    return state;
  };
  return locate;
};

const inTheWay = (folder: string): SfError =>
  new SfError(messages.getMessage('error.notAFolder', [folder]), 'WriteFailedError', messages.getMessages('action.writeFailed', [folder]), 1);
