import type { Severity } from '../rules/rules.js';

/**
 * Every rule of the audit, in the order reports and SARIF list them, with its severity. The ids are a public
 * contract (code-scanning tools track alerts by them), documented in the README.
 */
export const AUDIT_RULES = {
  'drift-missing-component': 'error',
  'drift-widened': 'error',
  'drift-narrowed': 'warning',
  'drift-changed': 'warning',
  'user-missing': 'error',
  'user-inactive': 'error',
  'user-frozen': 'error',
  'user-profile': 'error',
  'user-permission-set-license': 'error',
  'user-group-missing': 'error',
  'undeclared-assignment': 'error',
  'user-mfa-api-logins': 'error',
  'undeclared-integration-user': 'error',
  'login-failures': 'warning',
  'login-outside-ip-ranges': 'error',
  'login-username-password': 'error',
  'login-interactive': 'error',
  'login-stale': 'warning',
} as const satisfies Record<string, Severity>;

export type AuditRuleId = keyof typeof AUDIT_RULES;

export const AUDIT_RULE_IDS = Object.keys(AUDIT_RULES) as AuditRuleId[];

/** Whether a finding of `severity` fails a run that fails on `threshold` (`--fail-on`). */
export const failsOn = (severity: Severity, threshold: Severity): boolean => threshold === 'warning' || severity === 'error';
