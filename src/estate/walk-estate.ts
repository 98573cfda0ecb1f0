import type { GeneratedFile } from '../output/render-integration.js';
import { sameMeaning } from '../sync/canonical.js';
import { entryFor, LEDGER_PATH, serializeLedger, type LedgerEntry } from '../sync/ledger.js';
import { decideGenerated, decideLeftover, type Decision, type DiskFile } from '../sync/reconcile.js';
import { renderFiles } from './plan-estate.js';
import { readDiskFile } from './read-disk.js';
import type { EstateFiles } from './read-estate.js';

/**
 * One file of the walk: one the manifests generate (`file`), or one the ledger lists that they no longer
 * do; `recorded` is what the next ledger records of it.
 */
export type WalkedFile = { path: string; file: GeneratedFile | undefined; disk: DiskFile; decision: Decision; recorded?: LedgerEntry };

/** The ledger as this run leaves it, and whether it differs from the one committed. */
export type LedgerOutcome = { text: string; changed: boolean };

/**
 * The entry the next ledger holds for a generated file: the committed one where the file is byte for
 * byte what it records (no hash to compute), the old one where the file is held back, a new one otherwise.
 */
const nextEntry = (walked: WalkedFile, entry: LedgerEntry | undefined): LedgerEntry | undefined => {
  const { file, disk, decision } = walked;
  if (decision.conflict) return entry;
  if (file === undefined) return undefined;
  const untouched = decision.change.kind === 'unchanged' && disk.kind === 'file' && disk.content === file.content;
  return untouched && entry?.canonical ? entry : entryFor(file.path, file.content, file.integration);
};

/**
 * Walks the estate one integration at a time: renders its files, reads what the disk holds at each path,
 * decides what to do with it (sync/reconcile) and hands it to `visit`, then does the same for each file of
 * the ledger that the manifests no longer generate. Only one integration's output is in memory at a time,
 * plus whatever `visit` keeps: what the estate generates is never held whole.
 */
export const walkEstate = async (estate: EstateFiles, force: boolean, visit: (walked: WalkedFile) => Promise<void> | void): Promise<LedgerOutcome> => {
  const { projectDir, layout, settings, ledger } = estate;
  const next = new Map<string, LedgerEntry>();
  const wanted = new Set<string>();
  const render = { globalOAuthSettings: settings.externalClientApps.globalOAuthSettings };
  for (const integration of estate.integrations) {
    for (const file of renderFiles(integration, layout, render)) {
      wanted.add(file.path);
      const disk = readDiskFile(projectDir, file.path);
      const walked = { path: file.path, file, disk, decision: decideGenerated(file, disk, ledger.get(file.path), force) };
      const recorded = nextEntry(walked, ledger.get(file.path));
      if (recorded) next.set(file.path, recorded);
      // eslint-disable-next-line no-await-in-loop -- one file at a time is what keeps memory flat
      await visit({ ...walked, ...(recorded ? { recorded } : {}) });
    }
  }
  for (const [path, entry] of ledger) {
    if (wanted.has(path)) continue;
    const disk = readDiskFile(projectDir, path);
    const decision = decideLeftover(path, entry, disk, force);
    if (decision === undefined) continue;
    if (decision.conflict) next.set(path, entry);
    // eslint-disable-next-line no-await-in-loop
    await visit({ path, file: undefined, disk, decision });
  }
  const text = serializeLedger(next);
  return { text, changed: estate.ledgerText === undefined ? next.size > 0 : !sameMeaning(LEDGER_PATH, estate.ledgerText, text) };
};
