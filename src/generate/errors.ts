import { Messages, SfError } from '@salesforce/core';
import { formatLocation, type LocatedDiagnostic } from '../diagnostics/diagnostic.js';
import type { FileConflict } from '../sync/reconcile.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'generate');

/** The JSON payload an SfError carries to `--json` output. */
type ErrorData = NonNullable<Parameters<typeof SfError.create>[0]['data']>;

const formatDiagnostic = (diagnostic: LocatedDiagnostic): string =>
  `${formatLocation(diagnostic)}${diagnostic.path ? ` (${diagnostic.path})` : ''}: ${diagnostic.message}\n    ${diagnostic.fix}`;

/** Every problem of every manifest at once: fixing them one run at a time would be a slow loop. */
export const manifestError = (diagnostics: readonly LocatedDiagnostic[]): SfError => {
  const files = new Set(diagnostics.map(({ file }) => file)).size;
  return SfError.create({
    message: messages.getMessage('error.invalidManifests', [diagnostics.length, files, diagnostics.map(formatDiagnostic).join('\n')]),
    name: 'InvalidManifestError',
    actions: messages.getMessages('action.invalidManifests'),
    exitCode: 1,
    data: diagnostics as unknown as ErrorData,
  });
};

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

export const noManifestsError = (folder: string): SfError =>
  new SfError(messages.getMessage('error.noManifests', [folder]), 'NoManifestsError', messages.getMessages('action.noManifests', [folder]), 1);

export const invalidLedgerError = (path: string, reason: string): SfError =>
  new SfError(messages.getMessage('error.invalidLedger', [path, reason]), 'InvalidLedgerError', messages.getMessages('action.invalidLedger', [path]), 1);
