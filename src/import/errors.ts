import { Messages, SfError } from '@salesforce/core';
import { formatPath, type Diagnostic } from '../diagnostics/diagnostic.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'import');

export const userNotFoundError = (username: string, targetOrg: string): SfError =>
  new SfError(messages.getMessage('error.userNotFound', [username, targetOrg]), 'UserNotFoundError', messages.getMessages('action.userNotFound', [targetOrg]), 1);

export const profileUnreadableError = (profile: string, username: string): SfError =>
  new SfError(messages.getMessage('error.profileUnreadable', [profile, username]), 'ProfileUnreadableError', messages.getMessages('action.profileUnreadable'), 1);

export const invalidNameError = (name: string): SfError =>
  new SfError(messages.getMessage('error.invalidName', [name]), 'InvalidIntegrationNameError', messages.getMessages('action.invalidName'), 1);

export const manifestExistsError = (paths: readonly string[]): SfError =>
  new SfError(messages.getMessage('error.filesExist', [paths.join(', ')]), 'ManifestExistsError', messages.getMessages('action.filesExist'), 1);

export const permissionSetsNotInProjectError = (missing: readonly string[], packageDirectories: readonly string[]): SfError =>
  new SfError(
    messages.getMessage('error.permissionSetsNotInProject', [missing.join(', '), packageDirectories.join(', ')]),
    'PermissionSetNotFoundError',
    messages.getMessages('action.permissionSetsNotInProject', [missing[0] ?? '']),
    1
  );

export const unreadableFileError = (file: string, reason: string): SfError =>
  new SfError(messages.getMessage('error.unreadableFile', [file, reason]), 'UnreadableMetadataError', messages.getMessages('action.unreadableFile', [file]), 1);

export const noOrgError = (): SfError => new SfError(messages.getMessage('error.noOrg'), 'NoTargetOrgError', messages.getMessages('action.noOrg'), 1);

/** What the model refused in the manifest import built: a fault of import's, nothing written. */
export const importRefusedError = (problems: readonly Diagnostic[]): SfError =>
  new SfError(
    messages.getMessage('error.modelRefused', [problems.map(({ at, message }) => `  ${formatPath(at.path)}: ${message}`).join('\n')]),
    'ImportFailedError',
    messages.getMessages('action.modelRefused'),
    1
  );

export const nothingToImportError = (username: string, existing: readonly string[]): SfError =>
  new SfError(
    messages.getMessage('error.nothingToImport', [username, existing.length > 0 ? ` ${messages.getMessage('onlyExisting', [existing.join(', ')])}` : '']),
    'NothingToImportError',
    messages.getMessages('action.nothingToImport'),
    1
  );
