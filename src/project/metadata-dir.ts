import type { SfProject } from '@salesforce/core';

/**
 * Where generated metadata goes by default: main/default in the default package directory of
 * sfdx-project.json (the first one when none is marked default), as `sf project retrieve` lays it out.
 * Read from the file rather than through the package directory API, which refuses folders that do not
 * exist yet: a new project gets its folder on the first run.
 */
export const defaultMetadataDir = (project: SfProject): string => {
  const directories = project.getSfProjectJson().getContents().packageDirectories ?? [];
  const chosen = directories.find((directory) => 'default' in directory && directory.default === true) ?? directories[0];
  return `${(chosen?.path ?? 'force-app').replace(/\/+$/, '')}/main/default`;
};
