import type { LocatedDiagnostic } from '../diagnostics/diagnostic.js';
import type { EstateState, OutOfDateFile } from '../estate/out-of-date.js';
import type { EstateFiles } from '../estate/read-estate.js';
import { byCodePoint } from '../model/sort.js';
import type { Finding } from '../rules/finding.js';
import type { Decision, FileConflict } from '../sync/reconcile.js';
import type { GenerateResult, IntegrationFiles } from './generate-result.js';

/** What a run keeps of each file it walks: where it is and what happens to it, never its content. */
export type Tally = {
  changes: Array<EstateState['changes'][number]>;
  conflicts: FileConflict[];
  count: (decision: Decision) => void;
  result: (options: { projectDir: string; metadataDir: string }, outOfDate: OutOfDateFile[], findings: Finding[], notes: LocatedDiagnostic[]) => Omit<GenerateResult, 'recovered'>;
};

/**
 * The run's account of every file, by integration (those whose manifest is gone included, with a null
 * manifest). With `check`, nothing is written: a file to write or remove is out of date, not listed.
 */
export const tallyOf = (estate: EstateFiles, check: boolean): Tally => {
  const summary = new Map<string, IntegrationFiles>(
    [...estate.manifests.keys()].sort(byCodePoint).map((name) => [name, { name, manifest: estate.manifests.get(name) ?? null, written: [], unchanged: [], removed: [] }])
  );
  const changes: Tally['changes'] = [];
  const conflicts: FileConflict[] = [];
  return {
    changes,
    conflicts,
    count: (decision) => {
      if (decision.conflict) {
        conflicts.push(decision.conflict);
        return;
      }
      const { kind, path, integration } = decision.change;
      changes.push({ kind, path, integration });
      const files = summary.get(integration)!;
      if (kind === 'unchanged') files.unchanged.push(path);
      else if (!check) (kind === 'remove' ? files.removed : files.written).push(path);
    },
    result: ({ projectDir, metadataDir }, outOfDate, findings, notes) => ({
      projectDir,
      outputDir: metadataDir,
      check,
      upToDate: outOfDate.length === 0,
      integrations: [...summary.values()].map((files) => ({
        ...files,
        written: files.written.sort(byCodePoint),
        unchanged: files.unchanged.sort(byCodePoint),
        removed: files.removed.sort(byCodePoint),
      })),
      outOfDate,
      findings,
      notes,
    }),
  };
};
