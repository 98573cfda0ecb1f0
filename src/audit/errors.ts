import { Messages, SfError } from '@salesforce/core';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'audit');

export const unknownIntegrationError = (unknown: readonly string[], known: readonly string[]): SfError =>
  new SfError(messages.getMessage('error.unknownIntegration', [unknown.join(', '), known.join(', ')]), 'UnknownIntegrationError', messages.getMessages('action.unknownIntegration'), 1);

export const unknownEnvironmentError = (environment: string, known: readonly string[]): SfError =>
  new SfError(
    messages.getMessage('error.unknownEnvironment', [environment, known.length > 0 ? known.join(', ') : messages.getMessage('none')]),
    'UnknownEnvironmentError',
    messages.getMessages('action.unknownEnvironment'),
    1
  );

export const undeclaredEnvironmentError = (environment: string, integrations: readonly string[]): SfError =>
  new SfError(messages.getMessage('error.undeclaredEnvironment', [environment, integrations.join(', ')]), 'UndeclaredEnvironmentError', messages.getMessages('action.undeclaredEnvironment', [environment]), 1);
