import { Messages } from '@salesforce/core';
import { compareDiagnostics } from '../diagnostics/diagnostic.js';
import type { ValidatedManifests } from '../manifest/validate-manifests.js';
import type { Integration } from '../model/integration.js';
import { byCodePoint } from '../model/sort.js';
import type { OrgLogin } from '../org/login-history.js';
import type { OutputLayout } from '../project/output-layout.js';
import { PROJECT_FILE } from '../estate/api-version.js';
import { parseRuleConfiguration } from '../rules/rule-configuration.js';
import type { Severity } from '../rules/rules.js';
import { placer } from '../rules/validate-estate.js';
import type { AuditIssue } from './audit-issue.js';
import type { AuditedIntegration, AuditFinding, AuditResult, LicenceSeats, UserState } from './audit-result.js';
import { AUDIT_RULE_IDS, AUDIT_RULES, failsOn } from './audit-rules.js';
import type { ComponentDrift } from './drift/component-drift.js';
import { driftIssues } from './drift-issues.js';
import { effectiveAccess } from './effective-access.js';
import { fixCommands } from './fix-commands.js';
import { loginReview } from './login-issues.js';
import { manifestPlaces } from './manifest-places.js';
import { undeclaredUsers } from './undeclared-users.js';
import { declaredUser, type UserAccess } from './user-access.js';
import { userIssues } from './user-issues.js';

Messages.importMessagesDirectoryFromMetaUrl(import.meta.url);
const validateMessages = Messages.loadMessages('plugin-intuser', 'validate');

/** Everything the audit read, from the project and from the org: plain data. */
export type AuditInput = {
  estate: { integrations: readonly Integration[]; validated: ValidatedManifests; layout: OutputLayout; files: ReadonlyArray<{ path: string }> };
  /** The integrations audited, in name order, and the environment whose variant was compared. */
  audited: readonly string[];
  environment: string | undefined;
  drifts: readonly ComponentDrift[];
  /** In a sandbox, a manifest's user may be found as its copy `<username>.<sandbox>`. */
  isSandbox: boolean;
  users: readonly UserAccess[];
  logins: readonly OrgLogin[];
  licences: { userLicense: LicenceSeats | null; permissionSetLicense: LicenceSeats | null };
  targetOrg: string;
  orgId: string;
  now: Date;
  days: number;
  staleDays: number;
  failOn: Severity;
  pluginVersion: string | null;
  /** The project's validate rule configuration: the severity a widening's grade carries. */
  rules: Readonly<Record<string, unknown>>;
  queries: readonly string[];
};

const userState = (username: string, user: UserAccess | undefined, lastSuccessfulLogin: string | null): UserState => ({
  username: user?.username ?? username,
  exists: user !== undefined,
  name: user?.name ?? null,
  active: user?.isActive ?? false,
  frozen: user?.isFrozen ?? false,
  profile: user?.profile ?? null,
  userLicense: user?.userLicense ?? null,
  permissionSetLicenses: [...(user?.permissionSetLicenses ?? [])].sort(byCodePoint),
  assignments: (user?.assignments ?? []).flatMap(({ kind, name }) => (kind === 'profile' ? [] : [{ kind, name }])),
  lastSuccessfulLogin,
});

const byReadingOrder = (a: AuditFinding, b: AuditFinding): number =>
  Number(a.integration === null) - Number(b.integration === null) ||
  byCodePoint(a.integration ?? '', b.integration ?? '') ||
  compareDiagnostics(a, b) ||
  AUDIT_RULE_IDS.indexOf(a.rule) - AUDIT_RULE_IDS.indexOf(b.rule) ||
  byCodePoint(a.message, b.message);

/**
 * The audit's result from what it read: each integration's drift, user and logins, the integration users
 * nobody declared, every finding at its manifest line with the command that fixes it, and whether the run
 * passes --fail-on. Pure.
 */
export const auditReport = (input: AuditInput): AuditResult => {
  const { estate, environment } = input;
  const fixes = fixCommands(input.targetOrg, environment);
  const manifests = new Map(estate.validated.manifests.map(({ file, manifest }) => [file, manifest]));
  const byName = new Map(estate.integrations.map((integration) => [integration.name, integration]));
  const places = (name: string) => {
    const integration = byName.get(name)!;
    return manifestPlaces(integration, manifests.get(integration.file), environment);
  };

  const issues: AuditIssue[] = [...driftIssues(input.drifts, places, fixes)];
  // Grouped once: a year of daily logins of fifty users is tens of thousands of rows.
  const loginsOf = new Map<string, OrgLogin[]>();
  for (const login of input.logins) {
    const id = login.userId.slice(0, 15);
    if (!loginsOf.has(id)) loginsOf.set(id, []);
    loginsOf.get(id)!.push(login);
  }
  const integrations = input.audited.map((name): AuditedIntegration => {
    const integration = byName.get(name)!;
    const variant = integration.environments.find((candidate) => candidate.name === environment);
    const username = (variant?.user ?? integration.user).username;
    const user = declaredUser(input.users, username, input.isSandbox);
    issues.push(...userIssues(name, username, user, places(name), fixes));
    const logins = user
      ? loginReview(name, user, loginsOf.get(user.id.slice(0, 15)) ?? [], variant?.app ?? integration.app, input, places(name))
      : undefined;
    issues.push(...(logins?.issues ?? []));
    return {
      name,
      label: integration.label,
      description: integration.description,
      contact: integration.contact,
      manifest: integration.file,
      access: effectiveAccess(integration),
      user: userState(username, user, logins?.lastSuccessfulLogin ?? null),
      logins: logins?.summary ?? { since: new Date(input.now.getTime() - input.days * 86_400_000).toISOString(), attempts: 0, successes: 0, failures: [], outsideIpRanges: [], passwordLogins: 0, interactiveAttempts: 0 },
      components: input.drifts.filter((drift) => drift.integration === name).map(({ type, fullName, file, state }) => ({ type, fullName, file, state })),
    };
  });
  const undeclared = undeclaredUsers(input.users, estate.integrations, input.isSandbox);
  issues.push(...undeclared.issues);

  const configuration = parseRuleConfiguration(input.rules);
  const place = placer(estate.validated);
  const findings = issues
    .map((issue): AuditFinding => {
      const file = issue.integration === null ? PROJECT_FILE : byName.get(issue.integration)!.file;
      const { path, position } = place({ file, at: issue.at });
      const graded = issue.grade === undefined ? 'off' : configuration[issue.grade];
      return {
        rule: issue.rule,
        severity: AUDIT_RULES[issue.rule],
        integration: issue.integration,
        file,
        line: position.line,
        column: position.column,
        path,
        subject: issue.subject,
        message: issue.message,
        expected: issue.expected,
        actual: issue.actual,
        ...(issue.grade === undefined || graded === 'off' ? {} : { grade: { rule: issue.grade, severity: graded, risk: validateMessages.getMessage(`${issue.grade}.risk`) } }),
        fix: issue.fix,
      };
    })
    .sort(byReadingOrder);

  const count = (severity: Severity): number => findings.filter((finding) => finding.severity === severity).length;
  return {
    targetOrg: input.targetOrg,
    orgId: input.orgId,
    environment: environment ?? null,
    auditedAt: input.now.toISOString(),
    pluginVersion: input.pluginVersion,
    days: input.days,
    staleDays: input.staleDays,
    failOn: input.failOn,
    passed: !findings.some(({ severity }) => failsOn(severity, input.failOn)),
    summary: {
      errors: count('error'),
      warnings: count('warning'),
      integrations: integrations.length,
      undeclaredUsers: undeclared.users.length,
      driftedComponents: input.drifts.filter(({ state }) => state === 'drifted' || state === 'unreadable').length,
      missingComponents: input.drifts.filter(({ state }) => state === 'missing').length,
    },
    licences: { integrationUsers: input.licences.userLicense, apiIntegrationPermissionSets: input.licences.permissionSetLicense },
    integrations,
    undeclaredUsers: undeclared.users.map((user) => userState(user.username, user, user.lastLoginDate)),
    findings,
    queries: [...input.queries],
  };
};
