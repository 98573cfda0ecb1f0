import type { RuleId, Severity } from './rules.js';

/** `note` is a finding the manifest justifies: accepted, with its reason. */
export type FindingSeverity = Severity | 'note';

/** One risky grant of one integration, where it is granted, and what to do about it. */
export type Finding = {
  rule: RuleId;
  severity: FindingSeverity;
  integration: string;
  /** The manifest, or the generated file, relative to the project root with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  /** Where in the file: a manifest path (`permissionSets[0].objects.Order.access[3]`) or an XML element (`oauthPolicy.ipRelaxation`). */
  path: string;
  /** The justification key that would accept it; null for rules no justification can answer. */
  grant: string | null;
  /** What it grants. */
  message: string;
  /** Why that is risky. */
  risk: string;
  /** How to fix it, or justify it. */
  fix: string;
  /** For an accepted finding: the reason its manifest gives. */
  reason?: string;
};
