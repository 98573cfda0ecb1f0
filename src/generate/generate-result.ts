import type { LocatedDiagnostic } from '../diagnostics/diagnostic.js';
import type { OutOfDateFile } from '../estate/out-of-date.js';
import type { Finding } from '../rules/finding.js';

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
  /**
   * What this run put right of an earlier run that was killed, before writing anything (with `--check`,
   * nothing: such leftovers are in outOfDate): the files it put back as they were, or whose change it
   * finished, and the stray temporary files it deleted.
   */
  recovered: { rolledBack: string[]; completed: string[]; temporaryFiles: string[] };
  /** Names only the org can confirm (a managed package's, a field created in Setup): they block nothing. */
  notes: LocatedDiagnostic[];
};
