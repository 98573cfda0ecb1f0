import { posix } from 'node:path';
import type { FileSystem } from './file-system.js';
import { absolutePath } from './project-folders.js';
import { isAnotherLiveProcess, temporaryOwner } from './temporary-files.js';

/** Every folder from the project root down to each of these (project-relative), the root itself as ''. */
export const foldersDownTo = (folders: Iterable<string>): string[] => {
  const all = new Set<string>(['']);
  for (const folder of folders) {
    const parts = folder === '' ? [] : folder.split('/');
    for (let depth = 1; depth <= parts.length; depth++) all.add(parts.slice(0, depth).join('/'));
  }
  return [...all];
};

/**
 * The temporary files that runs killed before their journal left behind, in the folders where runs put
 * them (each folder a file goes to, and every folder above it): ours by their name (sync/temporary-files),
 * and made by no process still running on this machine. Folders that are not there hold none.
 */
export const findStrayFiles = async (root: string, folders: Iterable<string>, fs: FileSystem): Promise<string[]> => {
  const found = await Promise.all(
    foldersDownTo(folders).map(async (folder) => {
      const names = await fs.readdir(absolutePath(root, folder)).catch(() => [] as string[]);
      return names.filter((name) => {
        const owner = temporaryOwner(name);
        return owner !== undefined && !isAnotherLiveProcess(owner);
      }).map((name) => posix.join(folder, name));
    })
  );
  return found.flat().sort();
};
