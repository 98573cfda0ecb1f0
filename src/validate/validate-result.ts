import type { LocatedDiagnostic } from '../diagnostics/diagnostic.js';
import type { Finding } from '../rules/finding.js';
import type { RuleId, RuleSetting, Severity } from '../rules/rules.js';

/** A rule as this run applied it. */
export type RuleState = {
  id: RuleId;
  /** After the project's configuration. */
  severity: RuleSetting;
  defaultSeverity: Severity;
};

/** The result of `sf intuser validate`, and its `--json` output. */
export type ValidateResult = {
  projectDir: string;
  /** True when no finding of severity error remains: the gate is open. */
  passed: boolean;
  summary: { errors: number; warnings: number; accepted: number };
  /** Every integration checked, in name order. */
  integrations: Array<{ name: string; manifest: string }>;
  rules: RuleState[];
  /** By integration, then file and line. */
  findings: Finding[];
  /** Names only the org can confirm (a managed package's, a field created in Setup): they block nothing. */
  notes: LocatedDiagnostic[];
};
