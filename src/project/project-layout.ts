import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Where the manifests live, relative to the project root. */
export const MANIFESTS_DIR = 'integrations';

export const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** A path relative to the project root, with forward slashes, or undefined when it is outside the project. */
export const projectRelative = (projectDir: string, path: string): string | undefined => {
  const within = relative(projectDir, resolve(projectDir, path));
  if (within === '..' || within.startsWith(`..${sep}`) || isAbsolute(within)) return undefined;
  return within.split(sep).join('/');
};
