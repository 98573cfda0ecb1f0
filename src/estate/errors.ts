import { Messages, SfError } from '@salesforce/core';
import { formatLocation, type LocatedDiagnostic } from '../diagnostics/diagnostic.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'estate');

/** The JSON payload an SfError carries to `--json` output. */
type ErrorData = NonNullable<Parameters<typeof SfError.create>[0]['data']>;

const formatDiagnostic = (diagnostic: LocatedDiagnostic): string =>
  `${formatLocation(diagnostic)}${diagnostic.path ? ` (${diagnostic.path})` : ''}: ${diagnostic.message}\n    ${diagnostic.fix}`;

/**
 * How many problems an error prints. All of them are counted, and all are in its data (`--json`); a
 * terminal is no place for sixty thousand lines, and the first ones are the ones a reader fixes first.
 */
export const MAX_PRINTED_PROBLEMS = 100;

/** Every problem of every manifest at once: fixing them one run at a time would be a slow loop. */
export const manifestError = (diagnostics: readonly LocatedDiagnostic[]): SfError => {
  const files = new Set(diagnostics.map(({ file }) => file)).size;
  const shown = diagnostics.slice(0, MAX_PRINTED_PROBLEMS).map(formatDiagnostic);
  const hidden = diagnostics.length - shown.length;
  const listed = [...shown, ...(hidden > 0 ? [messages.getMessage('info.moreProblems', [hidden])] : [])].join('\n');
  return SfError.create({
    message: messages.getMessage('error.invalidManifests', [diagnostics.length, files, listed]),
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
