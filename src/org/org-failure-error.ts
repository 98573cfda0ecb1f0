import { Messages, SfError } from '@salesforce/core';
import type { OrgError } from './org-error.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'org');

/** The SfError a command ends with when an org call failed: what happened, in the org's words where it gave any, and what to do. */
/** The actions that name the org (messages/org.md): tokens given to the others end up as warnings in the CLI's log. */
const NAMES_THE_ORG: ReadonlySet<string> = new Set(['expiredSession', 'unreachable']);

export const orgFailureError = (failure: OrgError, username: string, exitCode = 1, context = ''): SfError => {
  const what = failure.what;
  const detail = ((): string => {
    switch (failure.kind) {
      case 'expiredSession':
        return messages.getMessage('error.expiredSession', [username, what]);
      case 'timeout':
        return messages.getMessage('error.timeout', [username, what]);
      case 'unreachable':
        return messages.getMessage('error.unreachable', [username, what, failure.message]);
      case 'malformed':
        return messages.getMessage('error.malformed', [username, what, failure.message]);
      case 'refused':
        return messages.getMessage('error.refused', [username, what, failure.message, failure.errorCode ?? '']);
      default:
        return failure.message;
    }
  })();
  const name = `${failure.kind[0]!.toUpperCase()}${failure.kind.slice(1)}Error`;
  return new SfError(context === '' ? detail : `${detail}\n${context}`, name === 'ExpiredSessionError' ? name : `Org${name}`, messages.getMessages(`action.${failure.kind}`, NAMES_THE_ORG.has(failure.kind) ? [username] : []), exitCode);
};
