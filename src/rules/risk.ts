import type { SourcePosition, ManifestPath } from '../diagnostics/diagnostic.js';
import type { RuleId } from './rules.js';

/**
 * Where a risk stands: a value of the integration's manifest, or an element of a generated file as it is
 * committed. In a manifest, `entries` names the list entries that grant it (the first one present is
 * pointed at), since the model sorts and completes lists and so loses their indexes.
 */
export type RiskLocation =
  | { path: ManifestPath; key?: boolean; entries?: readonly string[] }
  | { element: string; position: SourcePosition };

/** What a rule finds, before justifications, the project's configuration and line numbers. */
export type Risk = {
  rule: RuleId;
  integration: string;
  /** The manifest, or the generated file, relative to the project root. */
  file: string;
  at: RiskLocation;
  /** The justification key that accepts it (`Order.delete`, `ModifyAllData`, `app.refreshToken`); absent when none can. */
  grant?: string;
  /** The values its message names. */
  tokens: readonly string[];
};
