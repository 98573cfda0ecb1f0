import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { Messages } from '@salesforce/core';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasUnprintable, printable } from '../diagnostics/printable.js';
import { MAX_MANIFEST_BYTES } from '../manifest/limits.js';
import type { ManifestSource } from '../manifest/parse-manifest.js';
import { byCodePoint } from '../model/sort.js';
import { MANIFEST_EXTENSIONS, MANIFESTS_DIR } from '../project/project-layout.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'estate');

const fileProblem = (file: string, key: string, tokens: Array<string | number> = []): Diagnostic => ({
  file,
  at: { path: [] },
  message: messages.getMessage(`error.${key}`, tokens.map(String)),
  fix: messages.getMessage(`fix.${key}`, tokens.map(String)),
});

const isInside = (root: string, real: string): boolean => {
  const within = relative(root, real);
  return within !== '' && within !== '..' && !within.startsWith(`..${sep}`) && !within.startsWith(sep) && !/^[A-Za-z]:/.test(within);
};

/** The manifests found, and the files refused before being read, each with why. */
export type ManifestFiles = { sources: ManifestSource[]; diagnostics: Diagnostic[] };

/**
 * One manifest file: a symbolic link is read when it leads to a file inside the project (a shared
 * manifest, say) and refused otherwise; a name a terminal would act on, or a file too large to be a
 * manifest, is refused by its escaped name. Refused files are errors, so that nothing is generated, or
 * deleted, as though the integration had gone.
 */
const readManifest = (projectDir: string, realProject: string, entry: Dirent): ManifestSource | Diagnostic => {
  const file = `${MANIFESTS_DIR}/${entry.name}`;
  if (hasUnprintable(entry.name)) return fileProblem(`${MANIFESTS_DIR}/${printable(entry.name)}`, 'unprintableName');
  const path = join(projectDir, MANIFESTS_DIR, entry.name);
  if (entry.isSymbolicLink()) {
    let real: string | undefined;
    try {
      real = realpathSync(path);
    } catch {
      return fileProblem(file, 'danglingLink');
    }
    if (!isInside(realProject, real) || !statSync(real).isFile()) return fileProblem(file, 'linkOutside');
  }
  if (statSync(path).size > MAX_MANIFEST_BYTES) return fileProblem(file, 'tooLarge', [MAX_MANIFEST_BYTES / (1024 * 1024)]);
  return { file, text: readFileSync(path, 'utf8') };
};

/**
 * Every manifest file in integrations/, in name order; none when the folder does not exist. The folder
 * itself may be a link, to a folder inside the project.
 */
export const readManifests = (projectDir: string): ManifestFiles => {
  const folder = join(projectDir, MANIFESTS_DIR);
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return { sources: [], diagnostics: [] };
    throw error;
  }
  const realProject = realpathSync(projectDir);
  if (lstatSync(folder).isSymbolicLink() && !isInside(realProject, realpathSync(folder))) {
    return { sources: [], diagnostics: [fileProblem(MANIFESTS_DIR, 'linkOutside')] };
  }
  const candidates = entries
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && !entry.name.startsWith('.') && MANIFEST_EXTENSIONS.includes(extname(entry.name).toLowerCase()))
    .sort((a, b) => byCodePoint(a.name, b.name));
  const sources: ManifestSource[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const entry of candidates) {
    const read = readManifest(projectDir, realProject, entry);
    if ('text' in read) sources.push(read);
    else diagnostics.push(read);
  }
  return { sources, diagnostics };
};
