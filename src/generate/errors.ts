import { Messages, SfError } from '@salesforce/core';
import type { FileConflict } from '../sync/reconcile.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'generate');

/** The JSON payload an SfError carries to `--json` output. */
type ErrorData = NonNullable<Parameters<typeof SfError.create>[0]['data']>;

/** Each kind of conflict with its message and what to do about it, in the order they are told. */
const KINDS: ReadonlyArray<{ kind: FileConflict['kind']; key: string }> = [
  { kind: 'foreign', key: 'foreignFiles' },
  { kind: 'unmarked', key: 'unmarkedFiles' },
  { kind: 'edited', key: 'editedFiles' },
];

export const conflictError = (conflicts: readonly FileConflict[]): SfError => {
  const groups = KINDS.map(({ kind, key }) => ({ key, paths: conflicts.filter((conflict) => conflict.kind === kind).map(({ path }) => `  ${path}`) })).filter(
    ({ paths }) => paths.length > 0
  );
  const parts = groups.map(({ key, paths }) => messages.getMessage(`error.${key}`, [paths.join('\n')]));
  const actions = groups.flatMap(({ key }) => messages.getMessages(`action.${key}`));
  return SfError.create({ message: parts.join('\n'), name: 'GeneratedFileConflictError', actions, exitCode: 1, data: conflicts as unknown as ErrorData });
};
