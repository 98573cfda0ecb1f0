/**
 * A value as a SOQL string literal. SOQL escapes a quote, a backslash and the control characters newline,
 * carriage return, tab, backspace and form feed with a backslash
 * (https://developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select_quotedstringescapes.htm);
 * any other character stands for itself inside the quotes. Every name the plugin puts in a query goes through
 * here: manifests and user definitions are text anyone can edit in a pull request.
 */
export const soqlString = (value: string): string =>
  `'${value.replace(/[\\'\n\r\t\b\f"]/g, (character) => ESCAPES[character] ?? character)}'`;

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** `('a', 'b')` for an IN clause; never empty (an empty IN is a syntax error), so callers skip empty lists. */
export const soqlList = (values: readonly string[]): string => `(${values.map(soqlString).join(', ')})`;

/**
 * Values split so that each IN list keeps the query well under the length Salesforce accepts in a GET (the REST
 * API answers 414 for URIs over 16,384 bytes; a SOQL statement may hold 100,000 characters:
 * https://developer.salesforce.com/docs/atlas.en-us.salesforce_app_limits_cheatsheet.meta/salesforce_app_limits_cheatsheet/salesforce_app_limits_platform_soslsoql.htm).
 * Encoded, a name takes up to three times its length: 4,000 characters of names per chunk leaves room for the rest.
 */
export const inChunks = (values: readonly string[], budget = 4000): string[][] => {
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const value of [...new Set(values)]) {
    const cost = value.length + 4;
    if (current.length > 0 && size + cost > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(value);
    size += cost;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
};
