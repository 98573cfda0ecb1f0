import { Messages } from '@salesforce/core';
import { INTEGRATION_PROFILE } from '../integration-user/platform-names.js';
import type { Integration } from '../model/integration.js';
import { isSandboxCopyOf } from '../org/org-users.js';
import type { AuditIssue } from './audit-issue.js';
import { isIntegrationUser, type UserAccess } from './user-access.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'audit');

/** Every username any manifest names, in any environment, in lower case (usernames compare without case). */
export const declaredUsernames = (integrations: readonly Integration[]): Set<string> =>
  new Set(integrations.flatMap(({ user, environments }) => [user.username, ...environments.map((environment) => environment.user.username)]).map((name) => name.toLowerCase()));

/** What the user holds, in words, for the finding. */
const holdings = (user: UserAccess): string => {
  const held = [...user.assignments.filter(({ kind }) => kind !== 'profile').map(({ name }) => name), ...user.permissionSetLicenses];
  return messages.getMessage('undeclared.holds', [user.userLicense ?? '', user.profile ?? INTEGRATION_PROFILE, held.length > 0 ? held.join(', ') : messages.getMessage('undeclared.nothing')]);
};

/**
 * The active integration users (on the Salesforce Integration licence or an API-only profile) that no manifest
 * of the project names, whichever integrations were audited: one finding each, at the top of the project file.
 * In a sandbox, the copy `<username>.<sandbox>` of a declared user is that user.
 */
export const undeclaredUsers = (users: readonly UserAccess[], integrations: readonly Integration[], isSandbox: boolean): { users: UserAccess[]; issues: AuditIssue[] } => {
  const declared = declaredUsernames(integrations);
  const isDeclared = ({ username }: UserAccess): boolean => declared.has(username.toLowerCase()) || (isSandbox && [...declared].some((name) => isSandboxCopyOf(username, name)));
  const undeclared = users.filter((user) => user.isActive && isIntegrationUser(user) && !isDeclared(user)).sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0));
  return {
    users: undeclared,
    issues: undeclared.map((user) => ({
      rule: 'undeclared-integration-user',
      integration: null,
      at: { path: [] },
      subject: user.username,
      message: messages.getMessage('undeclared-integration-user.message', [user.username, holdings(user)]),
      expected: messages.getMessage('expected.declared'),
      actual: holdings(user),
      fix: messages.getMessage('undeclared-integration-user.fix'),
    })),
  };
};
