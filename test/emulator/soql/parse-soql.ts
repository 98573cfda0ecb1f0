import { parseQuery, type Query } from '@jetstreamapp/soql-parser-js';
import { queryError, unsupported } from './soql-error.js';

/** The parser's complaint, reduced to the token it stopped at, for Salesforce's "unexpected token" answer. */
const offendingToken = (message: string): string => {
  const found = /but found --> '(.*?)' <--/s.exec(message) ?? /found: '(.*?)'/s.exec(message) ?? /unexpected character: ->(.)<-/.exec(message);
  const token = found?.[1];
  // An empty capture is the end of the query too.
  return token === undefined || token === '' ? '<EOF>' : token;
};

/**
 * Parses SOQL with @jetstreamapp/soql-parser-js. Syntax errors are MALFORMED_QUERY, pointing at the token the
 * parser stopped at (the exact tokens Salesforce names for a given mistake are unverified). Clauses the
 * emulator does not evaluate are refused plainly rather than ignored.
 */
export const parseSoql = (soql: string): Query => {
  if (soql.trim() === '') throw queryError('MALFORMED_QUERY', soql, undefined, 'unexpected token: <EOF>');
  let query: Query;
  try {
    query = parseQuery(soql);
  } catch (error) {
    const token = offendingToken(error instanceof Error ? error.message : String(error));
    throw queryError('MALFORMED_QUERY', soql, token === '<EOF>' ? undefined : token, `unexpected token: '${token}'`);
  }
  if (query.groupBy || query.having) throw unsupported(soql, 'GROUP BY and HAVING');
  if (query.withDataCategory || query.usingScope || query.for || query.update) throw unsupported(soql, 'WITH DATA CATEGORY, USING SCOPE, FOR and UPDATE clauses');
  return query;
};
