import { Messages, SfError } from '@salesforce/core';
import type { FileConflict } from '../sync/reconcile.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'generate');

/** The JSON payload an SfError carries to `--json` output. */
type ErrorData = NonNullable<Parameters<typeof SfError.create>[0]['data']>;

export const conflictError = (conflicts: readonly FileConflict[]): SfError => {
  const foreign = conflicts.filter(({ kind }) => kind === 'foreign').map(({ path }) => `  ${path}`);
  const edited = conflicts.filter(({ kind }) => kind === 'edited').map(({ path }) => `  ${path}`);
  const parts = [
    ...(foreign.length > 0 ? [messages.getMessage('error.foreignFiles', [foreign.join('\n')])] : []),
    ...(edited.length > 0 ? [messages.getMessage('error.editedFiles', [edited.join('\n')])] : []),
  ];
  const actions = [
    ...(foreign.length > 0 ? messages.getMessages('action.foreignFiles') : []),
    ...(edited.length > 0 ? messages.getMessages('action.editedFiles') : []),
  ];
  return SfError.create({ message: parts.join('\n'), name: 'GeneratedFileConflictError', actions, exitCode: 1, data: conflicts as unknown as ErrorData });
};
