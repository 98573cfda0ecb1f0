import type { ManifestPath } from '../diagnostics/diagnostic.js';
import type { RuleId } from '../rules/rules.js';
import type { AuditRuleId } from './audit-rules.js';

/** What an audit rule finds, before its place in the manifest and its severity: plain data, worded. */
export type AuditIssue = {
  rule: AuditRuleId;
  /** null for what no manifest declares: it is placed at the top of the project file. */
  integration: string | null;
  /** Where its manifest says it; a list entry by its value, as validate's risks give it. */
  at: { path: ManifestPath; key?: boolean; entries?: readonly string[] };
  subject: string;
  message: string;
  expected: string;
  actual: string;
  /** For a widening: the validate rule that rates what it grants. */
  grade?: RuleId;
  fix: string;
};
