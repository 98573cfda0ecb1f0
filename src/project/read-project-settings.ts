import { Messages, SfError, type SfProject } from '@salesforce/core';
import { parseProjectSettings, ProjectSettingsError, type ProjectSettings } from './project-settings.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'project');

/** The project's plugin-intuser settings from sfdx-project.json; a mistake there stops every command. */
export const readProjectSettings = (project: SfProject): ProjectSettings => {
  const plugins = project.getSfProjectJson().getContents().plugins;
  try {
    return parseProjectSettings(plugins?.intuser);
  } catch (error) {
    if (!(error instanceof ProjectSettingsError)) throw error;
    throw new SfError(messages.getMessage('error.invalidSettings', [error.message]), 'InvalidProjectSettingsError', messages.getMessages('action.invalidSettings'), 1);
  }
};
