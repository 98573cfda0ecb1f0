import { Messages, SfError } from '@salesforce/core';
import type { OutOfDateFile } from '../estate/out-of-date.js';
import type { Finding } from '../rules/finding.js';
import type { UserPlanProblem } from './plan-users.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'deploy');

export const staleFilesError = (stale: readonly OutOfDateFile[]): SfError =>
  new SfError(
    messages.getMessage('error.staleFiles', [stale.length, stale.map(({ path, reason }) => `  ${reason}: ${path}`).join('\n')]),
    'StaleGeneratedFilesError',
    messages.getMessages('action.staleFiles'),
    1
  );

export const permissionSetsMissingError = (missing: readonly string[]): SfError =>
  new SfError(messages.getMessage('error.permissionSetsMissing', [missing.join(', ')]), 'PermissionSetsMissingError', messages.getMessages('action.permissionSetsMissing', [missing.map((name) => `PermissionSet:${name}`).join(' --metadata ')]), 1);

export const blockingFindingsError = (findings: readonly Finding[]): SfError =>
  new SfError(
    messages.getMessage('error.blockingFindings', [findings.length, findings.map(({ file, line, column, rule, message }) => `  ${file}:${line}:${column} ${rule}: ${message}`).join('\n')]),
    'ValidationFailedError',
    messages.getMessages('action.blockingFindings'),
    1
  );

const problemText = (problem: UserPlanProblem, username: string): string => {
  switch (problem.kind) {
    case 'ambiguousUser':
      return messages.getMessage('problem.ambiguousUser', [problem.username, problem.candidates.join(', ')]);
    case 'seats':
      return messages.getMessage('problem.seats', [problem.licence, problem.needed, problem.used, problem.total]);
    case 'permission':
      return messages.getMessage('problem.permission', [username, problem.permission, problem.needed]);
    default:
      return messages.getMessage(`problem.${problem.kind}`);
  }
};

/** Every reason the users' phases cannot run, before anything is changed: licences, the deploying user's permissions, ambiguous users. */
export const usersPlanError = (problems: readonly UserPlanProblem[], username: string): SfError =>
  new SfError(
    messages.getMessage('error.usersPlan', [username, problems.map((problem) => `  ${problemText(problem, username)}`).join('\n')]),
    problems.some(({ kind }) => kind === 'permission') ? 'MissingPermissionError' : problems.some(({ kind }) => kind === 'seats') ? 'LicenceLimitError' : 'UsersPlanError',
    messages.getMessages('action.usersPlan'),
    1
  );

export const userDefinitionError = (integration: string, path: string): SfError =>
  new SfError(messages.getMessage('error.userDefinitionMissing', [integration, path]), 'UserDefinitionError', messages.getMessages('action.userDefinitionMissing'), 1);

export const partialMessage = (deployId: string, rerun: string): string => messages.getMessage('error.partial', [deployId, rerun]);

export const tooManyRemovalsError = (count: number, max: number): SfError =>
  new SfError(messages.getMessage('error.tooManyRemovals', [count, max]), 'TooManyRemovalsError', messages.getMessages('action.tooManyRemovals'), 1);

export const deployRequestLostMessage = (rerun: string): string => messages.getMessage('error.deployRequestLost', [rerun]);
