import { Messages } from '@salesforce/core';
import { INTEGRATION_PROFILE, INTEGRATION_PSL, INTEGRATION_USER_LICENSE } from '../integration-user/platform-names.js';
import type { UserAccess, UserAssignment } from './user-access.js';
import type { AuditIssue } from './audit-issue.js';
import type { FixCommands } from './fix-commands.js';
import type { ManifestPlaces } from './manifest-places.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'audit');

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Through what an assignment reaches the user, in words: "the permission set X", "its profile Y". */
const via = ({ kind, name }: UserAssignment): string => messages.getMessage(`via.${kind}`, [name]);

/** Everything the user holds beyond its integration's group and the API integration permission set licence. */
const undeclared = (user: UserAccess, group: string): Array<{ kind: 'permissionSet' | 'group' | 'license'; name: string }> => [
  ...user.assignments.flatMap((assignment) =>
    assignment.kind === 'permissionSet' || (assignment.kind === 'group' && !same(assignment.name, group)) ? [{ kind: assignment.kind, name: assignment.name }] : []
  ),
  ...user.permissionSetLicenses.filter((name) => !same(name, INTEGRATION_PSL)).map((name) => ({ kind: 'license' as const, name })),
];

/**
 * What the org makes of one integration's user against its manifest: it exists, is active and not frozen,
 * is on the Salesforce Integration licence (so its API-only profile: profile names are translated, the
 * licence's Name is not), holds the API integration permission set licence and the integration's group, and
 * nothing else; MFA for API logins reaches it through nothing. A user that does not exist is one finding.
 */
export const userIssues = (integration: string, username: string, user: UserAccess | undefined, place: ManifestPlaces, fixes: FixCommands): AuditIssue[] => {
  const issue = (rule: AuditIssue['rule'], tokens: readonly string[], expected: string, actual: string, fix: string, at = place.username): AuditIssue => ({
    rule,
    integration,
    at,
    subject: username,
    message: messages.getMessage(`${rule}.message`, [username, ...tokens]),
    expected,
    actual,
    fix,
  });
  const deploy = fixes.deploy(integration);
  if (!user) return [issue('user-missing', [], messages.getMessage('expected.activeUser'), messages.getMessage('absent.org'), messages.getMessage('user-missing.fix', [deploy]))];
  const group = integration;
  const profile = user.profile ?? messages.getMessage('actual.none');
  const licence = user.userLicense ?? messages.getMessage('actual.none');
  return [
    ...(user.isActive ? [] : [issue('user-inactive', [], messages.getMessage('expected.activeUser'), 'inactive', messages.getMessage('user-inactive.fix', [deploy]))]),
    ...(user.isFrozen ? [issue('user-frozen', [], messages.getMessage('expected.notFrozen'), 'frozen', messages.getMessage('user-frozen.fix', [deploy]))] : []),
    ...(user.userLicense !== null && same(user.userLicense, INTEGRATION_USER_LICENSE)
      ? []
      : [issue('user-profile', [profile, licence], messages.getMessage('expected.profile', [INTEGRATION_PROFILE, INTEGRATION_USER_LICENSE]), messages.getMessage('expected.profile', [profile, licence]), messages.getMessage('user-profile.fix', [deploy]))]),
    ...(user.permissionSetLicenses.some((name) => same(name, INTEGRATION_PSL))
      ? []
      : [issue('user-permission-set-license', [], INTEGRATION_PSL, user.permissionSetLicenses.join(', ') || messages.getMessage('actual.none'), messages.getMessage('user-permission-set-license.fix', [deploy]))]),
    ...(user.assignments.some(({ kind, name }) => kind === 'group' && same(name, group))
      ? []
      : [
          issue(
            'user-group-missing',
            [group],
            messages.getMessage('expected.group', [group]),
            user.assignments.filter(({ kind }) => kind !== 'profile').map(({ name }) => name).join(', ') || messages.getMessage('actual.none'),
            messages.getMessage('user-group-missing.fix', [deploy])
          ),
        ]),
    ...undeclared(user, group).map(({ kind, name }) =>
      issue('undeclared-assignment', [messages.getMessage(`kind.${kind}`), name], messages.getMessage('expected.noOtherAccess', [group]), `${messages.getMessage(`kind.${kind}`)} ${name}`, messages.getMessage('undeclared-assignment.fix', [fixes.prune(integration)]))
    ),
    ...user.assignments
      .filter(({ grantsTwoFactorApi }) => grantsTwoFactorApi)
      .map((assignment) => issue('user-mfa-api-logins', [via(assignment)], messages.getMessage('expected.noTwoFactorApi'), via(assignment), messages.getMessage('user-mfa-api-logins.fix', [via(assignment)]))),
  ];
};
