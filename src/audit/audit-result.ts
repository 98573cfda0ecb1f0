import type { RuleId, Severity } from '../rules/rules.js';
import type { AuditRuleId } from './audit-rules.js';
import type { IntegrationAccess } from './effective-access.js';

/** One thing the org holds that the manifests do not say, where it stands in them, and the command that fixes it. */
export type AuditFinding = {
  rule: AuditRuleId;
  severity: Severity;
  /** The integration it concerns; null for what no manifest declares (an integration user nobody declared). */
  integration: string | null;
  /** The manifest, relative to the project root (sfdx-project.json for what no manifest declares). */
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  /** Where in the manifest: `permissionSets[0].objects.Order.access`, `app.ipRanges`, `user.username`. */
  path: string;
  /** What it is about: a component (`PermissionSet ERP_Order_Sync_Orders`) or a user (its username). */
  subject: string;
  message: string;
  /** What the manifests declare. */
  expected: string;
  /** What the org holds. */
  actual: string;
  /** For a widening: the validate rule that rates what it grants, at the project's severity, and why it is risky. */
  grade?: { rule: RuleId; severity: Severity; risk: string };
  /** What to run, or do, to fix it. */
  fix: string;
};

/** A user as the org holds it. */
export type UserState = {
  username: string;
  /** Whether the org has such a user; every other field is empty when it has not. */
  exists: boolean;
  name: string | null;
  active: boolean;
  frozen: boolean;
  /** As the org names it (translated into the running user's language). */
  profile: string | null;
  userLicense: string | null;
  /** Permission set licences, by DeveloperName. */
  permissionSetLicenses: string[];
  /** Permission sets and groups assigned (the profile's own permission set left out). */
  assignments: Array<{ kind: 'permissionSet' | 'group'; name: string }>;
  /** The last successful login the org records (ISO), or null. */
  lastSuccessfulLogin: string | null;
};

/** The user's login attempts over `--days`. */
export type LoginSummary = {
  /** The start of the period read (ISO). */
  since: string;
  attempts: number;
  successes: number;
  /** Failed attempts by status, most frequent first. */
  failures: Array<{ status: string; count: number }>;
  /** Attempts from addresses outside the environment's IP ranges (none are checked when the app lists none). */
  outsideIpRanges: Array<{ sourceIp: string; count: number }>;
  /** Through the OAuth username-password flow or SOAP login(), both being retired. */
  passwordLogins: number;
  /** Through the UI (or single sign-on): an integration user never logs in that way. */
  interactiveAttempts: number;
};

/** A component the manifests generate, and how the org holds it. */
export type AuditedComponent = {
  type: string;
  fullName: string;
  /** Its generated file (the environment's variant where it has one). */
  file: string;
  state: 'matches' | 'drifted' | 'missing' | 'unreadable';
};

export type AuditedIntegration = {
  name: string;
  label: string;
  /** Its purpose. */
  description: string;
  /** Its owner: the team's monitored address. */
  contact: string;
  manifest: string;
  /** What its manifest gives its user, less the group's mutes, with the justifications of elevated grants. */
  access: IntegrationAccess;
  user: UserState;
  logins: LoginSummary;
  components: AuditedComponent[];
};

export type LicenceSeats = { name: string; label: string; total: number; used: number };

/** The result of `sf intuser audit`, and its `--json` output. Never holds a secret. */
export type AuditResult = {
  /** The username of the org --target-org names. */
  targetOrg: string;
  orgId: string;
  /** The environment whose variant was compared; null for the manifests' own values. */
  environment: string | null;
  /** When the audit ran (ISO). */
  auditedAt: string;
  pluginVersion: string | null;
  days: number;
  staleDays: number;
  failOn: Severity;
  /** True when no finding at or above --fail-on remains. */
  passed: boolean;
  summary: { errors: number; warnings: number; integrations: number; undeclaredUsers: number; driftedComponents: number; missingComponents: number };
  licences: { integrationUsers: LicenceSeats | null; apiIntegrationPermissionSets: LicenceSeats | null };
  /** In name order. */
  integrations: AuditedIntegration[];
  /** Active integration users no manifest declares. */
  undeclaredUsers: UserState[];
  /** By integration (undeclared last), then file and line. */
  findings: AuditFinding[];
  /** What the audit asked the org, in order: each SOQL query, and the components retrieved. */
  queries: string[];
};
