import { locateDiagnostics, type LocatedDiagnostic } from '../diagnostics/diagnostic.js';
import type { GeneratedFile } from '../output/render-integration.js';
import { sameMeaning } from '../sync/canonical.js';
import { entryFor, LEDGER_PATH, serializeLedger, type LedgerEntry } from '../sync/ledger.js';
import { decideGenerated, decideLeftover, type Decision, type DiskFile } from '../sync/reconcile.js';
import { apiVersionNeedsOf, versionDiagnostic, type ApiVersionNeed } from './api-version.js';
import { manifestError } from './errors.js';
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

/** What a walk concludes: the next ledger, and the estate's notes, what its files need of sourceApiVersion among them. */
export type WalkOutcome = { nextLedger: LedgerOutcome; notes: LocatedDiagnostic[] };

/**
 * The project's sourceApiVersion against what the files walked use, placed at its line of sfdx-project.json: an
 * error when it is too old, thrown once every file is known (nothing is committed before: generate abandons its
 * transaction), or a note when the project sets none.
 */
const judgeApiVersion = (estate: EstateFiles, needs: ReadonlyMap<string, ApiVersionNeed>): LocatedDiagnostic | undefined => {
  if (estate.sourceApiVersion === undefined) return undefined;
  const { version, line } = estate.sourceApiVersion;
  const diagnostic = versionDiagnostic([...needs.values()], version, line);
  if (diagnostic === undefined) return undefined;
  const located = locateDiagnostics([diagnostic], () => undefined)[0]!;
  if (located.severity !== 'note') throw manifestError([located]);
  return located;
};

/**
 * The entry the next ledger holds for a generated file: the old one where the file is held back, else one
 * hashed from what generate writes. Never the committed one on trust: a ledger merged by hand can record,
 * for a file that is just what generate writes, the hash of another version of it (the files of one branch,
 * the ledger of the other), and keeping that would make the file's next change look like a hand edit.
 */
const nextEntry = (walked: WalkedFile, entry: LedgerEntry | undefined): LedgerEntry | undefined => {
  const { file, decision } = walked;
  if (decision.conflict) return entry;
  if (file === undefined) return undefined;
  return entryFor(file.path, file.content, file.integration);
};

/**
 * Walks the estate one integration at a time: renders its files, reads what the disk holds at each path,
 * decides what to do with it (sync/reconcile) and hands it to `visit`, then does the same for each file of
 * the ledger that the manifests no longer generate. Only one integration's output is in memory at a time,
 * plus whatever `visit` keeps: what the estate generates is never held whole.
 */
export const walkEstate = async (estate: EstateFiles, force: boolean, visit: (walked: WalkedFile) => Promise<void> | void): Promise<WalkOutcome> => {
  const { projectDir, layout, settings, ledger } = estate;
  const next = new Map<string, LedgerEntry>();
  const wanted = new Set<string>();
  const needs = new Map<string, ApiVersionNeed>();
  const render = { globalOAuthSettings: settings.externalClientApps.globalOAuthSettings };
  for (const integration of estate.integrations) {
    for (const file of renderFiles(integration, layout, render)) {
      wanted.add(file.path);
      for (const need of apiVersionNeedsOf(file, needs)) needs.set(need.name, need);
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
  const versionNote = judgeApiVersion(estate, needs);
  const text = serializeLedger(next);
  return {
    nextLedger: { text, changed: estate.ledgerText === undefined ? next.size > 0 : !sameMeaning(LEDGER_PATH, estate.ledgerText, text) },
    notes: versionNote ? [versionNote, ...estate.notes] : estate.notes,
  };
};
