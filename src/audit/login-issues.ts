import { Messages } from '@salesforce/core';
import type { AppModel } from '../model/integration.js';
import type { OrgLogin } from '../org/login-history.js';
import type { UserAccess } from './user-access.js';
import type { LoginSummary } from './audit-result.js';
import type { AuditIssue } from './audit-issue.js';
import type { ManifestPlaces } from './manifest-places.js';
import { isInside, isInteractive, isSoapLogin, isSuccess, isUsernamePasswordFlow } from './login-kinds.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const messages = Messages.loadMessages('plugin-intuser', 'audit');

const DAY = 86_400_000;

export type LoginPeriod = { now: Date; days: number; staleDays: number };

/** Values with how often each occurs, most frequent first, then in code-point order. */
const counted = (values: readonly string[]): Array<{ value: string; count: number }> =>
  [...values.reduce((counts, value) => counts.set(value, (counts.get(value) ?? 0) + 1), new Map<string, number>())]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));

const listed = (counts: ReadonlyArray<{ value: string; count: number }>): string => counts.map(({ value, count }) => `${value} (${count})`).join(', ');

/** The latest of the org's records of a successful login: LoginHistory's, or User.LastLoginDate for older ones. */
const lastSuccess = (logins: readonly OrgLogin[], user: UserAccess): string | null =>
  [...logins.filter(isSuccess).map(({ time }) => time), ...(user.lastLoginDate ? [user.lastLoginDate] : [])].reduce<string | null>(
    (latest, time) => (latest === null || Date.parse(time) > Date.parse(latest) ? time : latest),
    null
  );

/** What one user's login attempts over the period add up to, and each finding they make. Pure. */
export const loginReview = (
  integration: string,
  user: UserAccess,
  logins: readonly OrgLogin[],
  app: AppModel | undefined,
  period: LoginPeriod,
  place: ManifestPlaces
): { summary: LoginSummary; lastSuccessfulLogin: string | null; issues: AuditIssue[] } => {
  const since = new Date(period.now.getTime() - period.days * DAY);
  const recent = logins.filter(({ time }) => Date.parse(time) >= since.getTime());
  const failures = counted(recent.filter((login) => !isSuccess(login)).map(({ status }) => status));
  const ranges = app?.ipRanges ?? [];
  const outside = ranges.length === 0 ? [] : counted(recent.filter(({ sourceIp }) => sourceIp && !isInside(sourceIp, ranges)).map(({ sourceIp }) => sourceIp!));
  const [passwordFlow, soap] = [recent.filter(isUsernamePasswordFlow), recent.filter(isSoapLogin)];
  const interactive = recent.filter(isInteractive);
  const last = lastSuccess(logins, user);
  const stale = last === null || Date.parse(last) < period.now.getTime() - period.staleDays * DAY;

  const issue = (rule: AuditIssue['rule'], tokens: ReadonlyArray<string | number>, expected: string, actual: string, at = place.username): AuditIssue => ({
    rule,
    integration,
    at,
    subject: user.username,
    message: messages.getMessage(`${rule}.message`, tokens.map(String)),
    expected,
    actual,
    fix: messages.getMessage(`${rule}.fix`),
  });
  const flows = [...(passwordFlow.length > 0 ? [messages.getMessage('flow.usernamePassword')] : []), ...(soap.length > 0 ? [messages.getMessage('flow.soapLogin')] : [])];
  const declaredFlow = messages.getMessage(app?.flow === 'jwtBearer' ? 'flow.jwtBearer' : 'flow.clientCredentials');
  const issues: AuditIssue[] = [
    ...(failures.length === 0
      ? []
      : [issue('login-failures', [failures.reduce((sum, { count: n }) => sum + n, 0), user.username, period.days, listed(failures)], messages.getMessage('expected.noFailures'), listed(failures))]),
    ...(outside.length === 0
      ? []
      : [
          issue(
            'login-outside-ip-ranges',
            [outside.reduce((sum, { count: n }) => sum + n, 0), user.username, period.days, listed(outside)],
            messages.getMessage('expected.ipRanges', [ranges.map(({ start, end }) => `${start}-${end}`).join(', ')]),
            listed(outside),
            place.ipRanges
          ),
        ]),
    ...(flows.length === 0
      ? []
      : [issue('login-username-password', [passwordFlow.length + soap.length, user.username, period.days, flows.join(' and ')], messages.getMessage('expected.tokenFlow', [declaredFlow]), flows.join(', '), place.flow)]),
    ...(interactive.length === 0
      ? []
      : [issue('login-interactive', [interactive.length, user.username, period.days, listed(counted(interactive.map(({ loginType }) => loginType)))], messages.getMessage('expected.apiOnly'), listed(counted(interactive.map(({ status }) => status))))]),
    ...(stale
      ? [issue('login-stale', [user.username, period.staleDays, last ?? messages.getMessage('never')], messages.getMessage('expected.recentLogin', [period.staleDays]), last ?? messages.getMessage('never'))]
      : []),
  ];
  return {
    summary: {
      since: since.toISOString(),
      attempts: recent.length,
      successes: recent.filter(isSuccess).length,
      failures: failures.map(({ value, count: n }) => ({ status: value, count: n })),
      outsideIpRanges: outside.map(({ value, count: n }) => ({ sourceIp: value, count: n })),
      passwordLogins: passwordFlow.length + soap.length,
      interactiveAttempts: interactive.length,
    },
    lastSuccessfulLogin: last,
    issues,
  };
};
