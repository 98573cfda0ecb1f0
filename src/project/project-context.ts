import type { SfProject } from '@salesforce/core';
import { metadataDirOf } from './metadata-dir.js';
import type { ProjectSettings } from './project-settings.js';
import { readProjectSettings } from './read-project-settings.js';

/** What every command needs to know of the SFDX project it runs in, read once from sfdx-project.json. */
export type ProjectContext = {
  /** Absolute path of the project root. */
  projectDir: string;
  /** Where generated metadata is, relative to the project root. */
  metadataDir: string;
  settings: ProjectSettings;
  /** The package directories, relative to the project root: where the project's own metadata is. */
  packageDirectories: string[];
  sourceApiVersion?: string;
  /** The project's name in sfdx-project.json: whose integrations deploy --prune may remove from an org several projects deploy to. */
  projectName?: string;
};

export const projectContextOf = (project: SfProject): ProjectContext => {
  const settings = readProjectSettings(project);
  const contents = project.getSfProjectJson().getContents();
  return {
    projectDir: project.getPath(),
    metadataDir: metadataDirOf(project, settings),
    settings,
    packageDirectories: (contents.packageDirectories ?? []).map(({ path }) => path),
    ...(contents.sourceApiVersion ? { sourceApiVersion: contents.sourceApiVersion } : {}),
    ...(typeof contents.name === 'string' && contents.name !== '' ? { projectName: contents.name } : {}),
  };
};
