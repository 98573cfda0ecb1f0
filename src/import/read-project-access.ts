import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPermissionSet, UnreadableMetadataError } from '../metadata/read-permission-set.js';
import type { ProjectSource } from '../resolve/project-source.js';
import type { OrgAccess } from './read-org-access.js';
import { permissionSetsNotInProjectError, unreadableFileError } from './errors.js';

/** The permission sets asked for, as the project commits them, and where: the files a reviewer will want to retire. */
export type ProjectAccess = OrgAccess & { files: string[] };

/**
 * Permission sets committed in the project's package directories, by API name (their file's name, found
 * without case), for an integration whose access is in git but hand-written. A package's permission set
 * (`ns__Name`) that the project does not hold is taken as an existing one. Nothing is asked of any org.
 */
export const readProjectAccess = (projectDir: string, project: ProjectSource, packageDirectories: readonly string[], names: readonly string[], username: string): ProjectAccess => {
  const committed = project.permissionSets;
  const missing = names.filter((name) => !committed.has(name.toLowerCase()) && !name.includes('__'));
  if (missing.length > 0) throw permissionSetsNotInProjectError(missing, packageDirectories);
  const found = [...new Set(names.map((name) => name.toLowerCase()))].flatMap((key) => {
    const component = committed.get(key);
    return component ? [component] : [];
  });
  const permissionSets = found.map(({ name, file }) => {
    try {
      return { apiName: name, read: readPermissionSet(readFileSync(join(projectDir, file), 'utf8')) };
    } catch (error) {
      if (error instanceof UnreadableMetadataError) throw unreadableFileError(file, error.message);
      throw error;
    }
  });
  return {
    username,
    permissionSets,
    existingPermissionSets: names.filter((name) => !committed.has(name.toLowerCase())),
    groups: [],
    mutes: [],
    files: found.map(({ file }) => file),
  };
};
