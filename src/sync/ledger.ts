import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { byCodePoint } from '../model/sort.js';

/**
 * The record of what generate wrote: each file with its integration and the hash of the bytes written.
 * It is how generate knows a file is its own (and may be replaced or deleted) and whether someone edited
 * it since. Committed with the project, so CI's `--check` sees what the developer's run wrote.
 */
export const LEDGER_PATH = '.intuser/generated.json';

export type LedgerEntry = { integration: string; sha256: string };
export type Ledger = ReadonlyMap<string, LedgerEntry>;

const FORMAT = 1;

export const sha256 = (content: string): string => createHash('sha256').update(content, 'utf8').digest('hex');

export const ledgerOf = (files: ReadonlyArray<{ path: string; content: string; integration: string }>): Ledger =>
  new Map(files.map(({ path, content, integration }) => [path, { integration, sha256: sha256(content) }]));

export const serializeLedger = (ledger: Ledger): string => {
  const files = Object.fromEntries(
    [...ledger.keys()].sort(byCodePoint).map((path) => {
      const { integration, sha256: hash } = ledger.get(path)!;
      return [path, { integration, sha256: hash }];
    })
  );
  return `${JSON.stringify({ generator: 'plugin-intuser', format: FORMAT, files }, null, 2)}\n`;
};

/** A path the ledger may name: relative to the project, normalized, never climbing out of it. */
const isSafePath = (path: string): boolean =>
  path !== '' && !posix.isAbsolute(path) && !/^[A-Za-z]:/.test(path) && posix.normalize(path) === path && !path.split('/').includes('..');

export class LedgerError extends Error {}

/**
 * Reads the ledger back; anything malformed is refused, since the ledger decides what may be deleted:
 * every path must be safe, and one generate could have written (`mayOwn`), so that an edited ledger cannot
 * make generate delete a manifest, the README or anything under .git.
 */
export const parseLedger = (text: string | undefined, mayOwn: (path: string) => boolean = () => true): Ledger => {
  if (text === undefined) return new Map();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LedgerError(error instanceof Error ? error.message : String(error));
  }
  const record = data as { generator?: unknown; format?: unknown; files?: unknown };
  if (record?.generator !== 'plugin-intuser' || record.format !== FORMAT || typeof record.files !== 'object' || record.files === null) {
    throw new LedgerError(`not a plugin-intuser ledger of format ${FORMAT}`);
  }
  const entries = Object.entries(record.files as Record<string, unknown>).map(([path, entry]): [string, LedgerEntry] => {
    const { integration, sha256: hash } = (entry ?? {}) as Partial<LedgerEntry>;
    if (!isSafePath(path) || !mayOwn(path) || typeof integration !== 'string' || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) {
      throw new LedgerError(`invalid entry "${path}"`);
    }
    return [path, { integration, sha256: hash }];
  });
  return new Map(entries);
};
