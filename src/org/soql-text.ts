/**
 * A value as a SOQL string literal: a quote, a backslash and the control characters escaped with a backslash
 * (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_quotedstringescapes.htm).
 * Usernames come from manifests, which anyone can edit in a pull request.
 */
export const soqlString = (value: string): string => `'${value.replace(/[\\'"\n\r\t\b\f]/g, (character) => ESCAPES[character] ?? character)}'`;

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', "'": "\\'", '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** `('a', 'b')` for an IN clause; callers skip empty lists (an empty IN is a syntax error). */
export const soqlList = (values: readonly string[]): string => `(${values.map(soqlString).join(', ')})`;

/**
 * Values in chunks small enough for one IN clause each: a query travels in a GET, which the REST API refuses
 * over 16,384 bytes (HTTP 414); 4,000 characters of values leaves room for the rest once encoded.
 */
export const inChunks = (values: readonly string[], budget = 4000): string[][] => {
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const value of new Set(values)) {
    if (current.length > 0 && size + value.length + 4 > budget) {
      chunks.push(current);
      [current, size] = [[], 0];
    }
    current.push(value);
    size += value.length + 4;
  }
  return current.length > 0 ? [...chunks, current] : chunks;
};
