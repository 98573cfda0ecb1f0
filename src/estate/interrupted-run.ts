import { posix } from 'node:path';
import { byCodePoint } from '../model/sort.js';
import { environmentPath, outputPaths } from '../project/output-layout.js';
import type { FileSystem } from '../sync/file-system.js';
import { JOURNAL_PATH } from '../sync/journal.js';
import { LEDGER_PATH } from '../sync/ledger.js';
import { folderOf } from '../sync/recovery.js';
import { findStrayFiles } from '../sync/stray-files.js';
import type { EstateFiles } from './read-estate.js';

/** What a run that was killed left: its journal (the next run finishes or undoes it) and stray temporary files. */
export type InterruptedRun = { journal: boolean; strayFiles: string[] };

/**
 * Every folder generate writes in for this estate: each kind of file's folder, each environment's copy of
 * it, the folders of the files the ledger lists, and the ledger's own. Where a killed run can have left
 * temporary files.
 */
export const outputFolders = (estate: EstateFiles): string[] => {
  const paths = outputPaths(estate.layout);
  const placeholder = 'X';
  const kinds = Object.values(paths).map((path) => folderOf(path(placeholder)));
  const environments = new Set(estate.integrations.flatMap((integration) => integration.environments.map(({ name }) => name)));
  const folders = new Set([
    ...kinds,
    ...[...environments].flatMap((environment) => kinds.map((folder) => environmentPath(estate.layout, environment, folder))),
    ...[...estate.ledger.keys()].map(folderOf),
    folderOf(LEDGER_PATH),
  ]);
  return [...folders].sort(byCodePoint);
};

/** What `--check` and deploy report of a run that was killed: nothing is changed here. */
export const inspectInterruptedRun = async (estate: EstateFiles, fs: FileSystem): Promise<InterruptedRun> => {
  const journal = (await fs.lstat(posix.join(estate.projectDir, JOURNAL_PATH))) !== undefined;
  return { journal, strayFiles: await findStrayFiles(estate.projectDir, outputFolders(estate), fs) };
};
