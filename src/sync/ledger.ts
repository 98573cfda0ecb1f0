import { byCodePoint } from '../model/sort.js';
import { canonicalHash, sha256 } from './canonical.js';
import { isSafePath } from './ownership.js';

/**
 * The record of what generate wrote: each file with its integration and a hash of what it said. It is how
 * generate knows a file is its own (and may be replaced or deleted) and whether someone edited it since.
 * Committed with the project, so CI's `--check` sees what the developer's run wrote.
 */
export const LEDGER_PATH = '.intuser/generated.json';

/**
 * Format 2 hashes each file's canonical form (sync/canonical), so that a formatter run over the files is
 * not an edit; format 1 hashed the bytes, and is still read: its entries are judged by their bytes until
 * the next write records them anew.
 */
export type LedgerEntry = { integration: string; sha256: string; canonical: boolean };
export type Ledger = ReadonlyMap<string, LedgerEntry>;

const FORMAT = 2;
const FORMATS = [1, 2];

/** The entry generate records for a file it writes (or finds already written). */
export const entryFor = (path: string, content: string, integration: string): LedgerEntry => ({ integration, sha256: canonicalHash(path, content), canonical: true });

/** Whether a file on disk is no longer what generate wrote at its path. */
export const editedSince = (entry: LedgerEntry, path: string, current: string): boolean =>
  entry.sha256 !== (entry.canonical ? canonicalHash(path, current) : sha256(current));

export const serializeLedger = (ledger: Ledger): string => {
  const files = Object.fromEntries(
    [...ledger.keys()].sort(byCodePoint).map((path) => {
      const { integration, sha256: hash } = ledger.get(path)!;
      return [path, { integration, sha256: hash }];
    })
  );
  return `${JSON.stringify({ generator: 'plugin-intuser', format: FORMAT, files }, null, 2)}\n`;
};

export class LedgerError extends Error {}

/** For messages: a name from a file anyone can edit, with anything a terminal would act on escaped. */
const quoted = (text: string): string => JSON.stringify(text).slice(0, 200);

/**
 * Reads the ledger back; anything malformed is refused, since the ledger decides what may be replaced or
 * deleted: every entry must be a file generate would write for the integration it names (`mayOwn`:
 * sync/ownership), so that an edited ledger cannot make generate touch a manifest, the README, another
 * tool's permission set or anything under .git. An entry of a component an integration may adopt under its own
 * name (`mayLetGo`: a permission set's or an app's file) that no manifest adopts any more is dropped instead. The
 * reasons never quote the text itself, which may not be a ledger at all.
 */
export const parseLedger = (
  text: string | undefined,
  mayOwn: (path: string, integration: string) => boolean,
  mayLetGo: (path: string) => boolean = () => false
): Ledger => {
  if (text === undefined) return new Map();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new LedgerError('it is not valid JSON');
  }
  const record = data as { generator?: unknown; format?: unknown; files?: unknown };
  if (record?.generator !== 'plugin-intuser' || !FORMATS.includes(record.format as number) || typeof record.files !== 'object' || record.files === null) {
    throw new LedgerError(`it is not a plugin-intuser ledger of format ${FORMATS.join(' or ')}`);
  }
  const canonical = record.format === FORMAT;
  const entries = Object.entries(record.files as Record<string, unknown>).flatMap(([path, entry]): Array<[string, LedgerEntry]> => {
    const { integration, sha256: hash } = (entry ?? {}) as Partial<LedgerEntry>;
    if (typeof integration !== 'string' || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) {
      throw new LedgerError(`its entry ${quoted(path)} is not a file generate writes for ${typeof integration === 'string' ? quoted(integration) : 'an integration'}`);
    }
    if (mayOwn(path, integration)) return [[path, { integration, sha256: hash, canonical }]];
    // A component adopted under its own name that no manifest adopts any more: its file is let go, left where
    // it is and no longer recorded, as deploy leaves the component in the org. Never replaced, never deleted.
    if (isSafePath(path) && mayLetGo(path)) return [];
    throw new LedgerError(`its entry ${quoted(path)} is not a file generate writes for ${quoted(integration)}`);
  });
  return new Map(entries);
};
