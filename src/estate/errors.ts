import { Messages, SfError } from '@salesforce/core';
import { formatLocation, type LocatedDiagnostic } from '../diagnostics/diagnostic.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'estate');

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

export const noManifestsError = (folder: string): SfError =>
  new SfError(messages.getMessage('error.noManifests', [folder]), 'NoManifestsError', messages.getMessages('action.noManifests', [folder]), 1);

export const invalidLedgerError = (path: string, reason: string): SfError =>
  new SfError(messages.getMessage('error.invalidLedger', [path, reason]), 'InvalidLedgerError', messages.getMessages('action.invalidLedger', [path]), 1);
