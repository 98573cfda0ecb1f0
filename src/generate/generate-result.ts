import type { Finding } from '../validate/validate-result.js';

/** Why a file is out of date, for `--check`. */
export type OutOfDateReason = 'missing' | 'stale' | 'edited' | 'orphaned' | 'foreign';

export type OutOfDateFile = {
  /** Relative to the project root. */
  path: string;
  /** Null for the ledger, which belongs to no one integration. */
  integration: string | null;
  reason: OutOfDateReason;
};

/** What one integration's run did to its files (paths relative to the project root). */
export type IntegrationFiles = {
  name: string;
  /** The manifest it comes from; null when its manifest is gone and its files were removed. */
  manifest: string | null;
  written: string[];
  unchanged: string[];
  removed: string[];
};

/** The result of `sf intuser generate`, and its `--json` output. */
export type GenerateResult = {
  projectDir: string;
  /** Where the metadata went, relative to the project root. */
  outputDir: string;
  /** True for `--check`: nothing was written. */
  check: boolean;
  /** Whether the files on disk are what the manifests generate (after writing, unless `--check`). */
  upToDate: boolean;
  integrations: IntegrationFiles[];
  /** With `--check`: every file that is missing, stale, edited by hand, left over or not generate's. */
  outOfDate: OutOfDateFile[];
  /** What `sf intuser validate` reports of the estate, shown as warnings: validate is the gate. */
  findings: Finding[];
};
