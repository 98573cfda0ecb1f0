/** A query Salesforce refuses: HTTP 400 [{message, errorCode}] with one of its query error codes. */
export class SoqlError extends Error {
  public constructor(
    public readonly errorCode: string,
    message: string
  ) {
    super(message);
    this.name = 'SoqlError';
  }
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where a token first stands in the query, as a word (case-insensitive), or -1. */
const offsetOf = (soql: string, token: string): number => new RegExp(`(?<![\\w.])${escapeRegExp(token)}(?![\\w])`, 'i').exec(soql)?.index ?? -1;

/**
 * Salesforce's query error message: the query line, a caret under the token at fault, its row and column, then
 * the reason ("\nSELECT Foo FROM User\n       ^\nERROR at Row:1:Column:8\nNo such column 'Foo' ..."), the form
 * real INVALID_FIELD, INVALID_TYPE and MALFORMED_QUERY answers take. Without a token to point at, the reason alone.
 */
export const queryError = (errorCode: string, soql: string, token: string | undefined, reason: string): SoqlError => {
  const offset = token === undefined ? -1 : offsetOf(soql, token);
  if (offset < 0) return new SoqlError(errorCode, reason);
  const before = soql.slice(0, offset).split('\n');
  const row = before.length;
  const column = (before.at(-1) ?? '').length + 1;
  const line = soql.split('\n')[row - 1] ?? '';
  return new SoqlError(errorCode, `\n${line}\n${' '.repeat(column - 1)}^\nERROR at Row:${row}:Column:${column}\n${reason}`);
};

/** What the emulator does not do; said plainly (still a 400, never a 5xx that jsforce would retry). */
export const unsupported = (soql: string, what: string): SoqlError => new SoqlError('MALFORMED_QUERY', `The org emulator does not support ${what} (in: ${soql})`);
