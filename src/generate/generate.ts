import { byCodePoint } from '../model/sort.js';
import { applyWrites, type FileWrite } from '../sync/apply-changes.js';
import { compareEstate, type EstateOptions } from '../estate/compare-estate.js';
import { outOfDateFiles, type OutOfDateFile } from '../estate/out-of-date.js';
import { findingsOf } from '../rules/validate-estate.js';
import { LEDGER_PATH } from '../sync/ledger.js';
import type { FileChange } from '../sync/reconcile.js';
import { conflictError } from './errors.js';
import type { GenerateResult, IntegrationFiles } from './generate-result.js';

export type GenerateOptions = EstateOptions & {
  /** Report what is out of date; write nothing. */
  check: boolean;
};

const summarize = (names: ReadonlyMap<string, string | null>, changes: readonly FileChange[], check: boolean): IntegrationFiles[] =>
  [...names.keys()].sort(byCodePoint).map((name) => {
    const mine = changes.filter((change) => change.integration === name);
    const paths = (...kinds: Array<FileChange['kind']>): string[] =>
      check ? [] : mine.filter((change) => kinds.includes(change.kind)).map(({ path }) => path).sort(byCodePoint);
    return {
      name,
      manifest: names.get(name) ?? null,
      written: paths('create', 'update'),
      unchanged: mine.filter((change) => change.kind === 'unchanged').map(({ path }) => path).sort(byCodePoint),
      removed: paths('remove'),
    };
  });

/**
 * `sf intuser generate`: compares what the manifests generate with the disk and the ledger, then either
 * reports (check) or writes, all or nothing.
 */
export const generate = async (options: GenerateOptions): Promise<GenerateResult> => {
  const { projectDir, metadataDir, check } = options;
  const estate = await compareEstate(options);
  // The files on disk are judged only when they stay: a write replaces them with what the manifests say.
  const findings = findingsOf(estate, options.settings?.rules, check ? estate.disk : new Map());
  const { changes, conflicts, disk, ledgerText, nextLedgerText } = estate;
  const result = (stale: OutOfDateFile[]): GenerateResult => ({
    projectDir,
    outputDir: metadataDir,
    check,
    upToDate: stale.length === 0,
    integrations: summarize(estate.manifests, changes, check),
    outOfDate: stale,
    findings,
    notes: estate.notes,
  });

  if (check) return result(outOfDateFiles(estate));
  if (conflicts.length > 0) throw conflictError(conflicts);

  const writes: FileWrite[] = changes.flatMap((change): FileWrite[] => {
    const previous = disk.get(change.path);
    if (change.kind === 'create' || change.kind === 'update') return [{ path: change.path, content: change.content, previous }];
    if (change.kind === 'remove') return [{ path: change.path, content: undefined, previous }];
    return [];
  });
  if (ledgerText !== nextLedgerText) writes.push({ path: LEDGER_PATH, content: nextLedgerText, previous: ledgerText });
  await applyWrites(projectDir, writes);
  return result([]);
};
