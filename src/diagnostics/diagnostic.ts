import { printable } from './printable.js';

/** Where a value stands in a manifest: keys and list indexes from the document root. */
export type ManifestPath = ReadonlyArray<string | number>;

/** One thing wrong with one manifest: where, what, and how to fix it. */
export type Diagnostic = {
  /** The manifest's path, relative to the project root, with forward slashes. */
  file: string;
  /** The offending value; `key: true` points at the key itself (an unknown key, say) rather than its value. */
  at: { path: ManifestPath; key?: boolean };
  /** Where the text itself broke (a syntax error), when there is no path to find. */
  position?: SourcePosition;
  message: string;
  fix: string;
  /**
   * A note informs and blocks nothing (a name only the org can confirm); every other diagnostic is an error:
   * the manifest is refused and nothing is written.
   */
  severity?: 'note';
};

export type SourcePosition = { line: number; column: number };

/** A diagnostic placed in its file: 1-based line and column, where the document has them. */
export type LocatedDiagnostic = Omit<Diagnostic, 'at' | 'position'> & {
  path: string;
  line?: number;
  column?: number;
};

/**
 * `permissionSets[0].objects.Order.access[1]`: how a reader finds a value without a line number. Keys are
 * the manifest author's text: anything a terminal would act on is spelled out.
 */
export const formatPath = (path: ManifestPath): string =>
  path.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`;
    return out === '' ? printable(segment) : `${out}.${printable(segment)}`;
  }, '');

export const formatLocation = (diagnostic: LocatedDiagnostic): string =>
  diagnostic.line === undefined ? diagnostic.file : `${diagnostic.file}:${diagnostic.line}:${diagnostic.column ?? 1}`;

/** Files in path order, then by line: the order a reader walks through them. */
type Placed = { file: string; line?: number; column?: number };

export const compareDiagnostics = (a: Placed, b: Placed): number =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);

/** Places each diagnostic at its line and column, through the locator of its file where it has one. */
export const locateDiagnostics = (
  diagnostics: readonly Diagnostic[],
  locate: (file: string, at: Diagnostic['at']) => SourcePosition | undefined
): LocatedDiagnostic[] =>
  diagnostics
    .map(({ at, position, ...rest }) => {
      const found = position ?? locate(rest.file, at);
      return { ...rest, path: formatPath(at.path), ...(found ? { line: found.line, column: found.column } : {}) };
    })
    .sort(compareDiagnostics);
