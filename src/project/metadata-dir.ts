import { Messages, SfError, type SfProject } from '@salesforce/core';
import { projectRelative } from './project-layout.js';
import type { ProjectSettings } from './project-settings.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'project');

const outputOutsideProjectError = (outputDir: string): SfError =>
  new SfError(messages.getMessage('error.outputOutsideProject', [outputDir]), 'OutputOutsideProjectError', messages.getMessages('action.outputOutsideProject'), 1);

/**
 * main/default in the default package directory of sfdx-project.json (the first one when none is marked
 * default), as `sf project retrieve` lays it out. Read from the file rather than through the package
 * directory API, which refuses folders that do not exist yet: a new project gets its folder on the first run.
 */
const defaultMetadataDir = (project: SfProject): string => {
  const directories = project.getSfProjectJson().getContents().packageDirectories ?? [];
  const chosen = directories.find((directory) => 'default' in directory && directory.default === true) ?? directories[0];
  return `${(chosen?.path ?? 'force-app').replace(/\/+$/, '')}/main/default`;
};

/**
 * Where generated metadata is, relative to the project root, the same for every command: the project's
 * setting (relative to the project root), else the default package directory. One place decides it, so
 * that generate, validate and deploy can never look in different folders. A folder outside the project
 * (a package directory of "../shared" included) is refused: generate writes only inside it.
 */
export const metadataDirOf = (project: SfProject, settings: ProjectSettings): string => {
  const requested = settings.outputDir ?? defaultMetadataDir(project);
  const relative = projectRelative(project.getPath(), requested);
  if (relative === undefined || relative === '') throw outputOutsideProjectError(requested);
  return relative;
};
