import { Messages, SfError } from '@salesforce/core';
import type { ComponentSelection } from './select-components.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'estate');

/** Why --integration or --env chose nothing a command can act on (deploy, audit): the same words for both, with what to run next. */
export const selectionError = (failed: Extract<ComponentSelection, { ok: false }>): SfError => {
  switch (failed.problem) {
    case 'unknownIntegration':
      return new SfError(messages.getMessage('error.unknownIntegration', [failed.unknown.join(', '), failed.known.join(', ')]), 'UnknownIntegrationError', messages.getMessages('action.unknownIntegration'), 1);
    case 'unknownEnvironment':
      return new SfError(
        messages.getMessage('error.unknownEnvironment', [failed.environment, failed.known.length > 0 ? failed.known.join(', ') : messages.getMessage('none')]),
        'UnknownEnvironmentError',
        messages.getMessages('action.unknownEnvironment', [failed.environment]),
        1
      );
    case 'undeclaredEnvironment':
      return new SfError(
        messages.getMessage('error.undeclaredEnvironment', [failed.environment, failed.integrations.join(', ')]),
        'UndeclaredEnvironmentError',
        messages.getMessages('action.undeclaredEnvironment', [failed.environment]),
        1
      );
  }
};
