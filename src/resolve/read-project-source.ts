import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, posix } from 'node:path';
import { CONTENT_SUFFIXES, NAME_SUFFIXES, projectSourceOf, type ProjectSource, type SourceFile } from './project-source.js';

/** Folders that hold no source of the project's own: dependencies, tool state, version control. */
const SKIPPED = new Set(['node_modules', 'lib']);

const entriesOf = (folder: string): Dirent[] => {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return [];
    throw error;
  }
};

/**
 * The project files that define names a manifest may reference, under the package directories of
 * sfdx-project.json (paths relative to the project root). Links are not followed: what a package directory
 * holds through a link is not the project's source. Only objects and fields are read; other kinds are known by
 * their file names.
 */
const listSourceFiles = (projectDir: string, packageDirectories: readonly string[]): SourceFile[] => {
  const files: SourceFile[] = [];
  const walk = (relative: string): void => {
    for (const entry of entriesOf(join(projectDir, relative))) {
      if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
      const path = posix.join(relative, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && CONTENT_SUFFIXES.some((suffix) => entry.name.endsWith(suffix))) {
        files.push({ path, text: readFileSync(join(projectDir, path), 'utf8') });
      } else if (entry.isFile() && NAME_SUFFIXES.some((suffix) => entry.name.endsWith(suffix))) files.push({ path });
    }
  };
  for (const directory of new Set(packageDirectories.map((path) => posix.normalize(path.replace(/\\/g, '/')).replace(/\/+$/, '')))) walk(directory);
  return files;
};

/** What the project's package directories define: read once a run, synchronously (a CLI has nothing else to do meanwhile). */
export const readProjectSource = (projectDir: string, packageDirectories: readonly string[]): ProjectSource =>
  projectSourceOf(listSourceFiles(projectDir, packageDirectories));
