import type { DescribedField } from '../data/field-traits.js';
import { dateLiteralRange, dayRange, type TimeRange } from './date-literals.js';
import { queryError } from './soql-error.js';

/** A literal of a WHERE clause, read for the field it is compared with. */
export type Operand =
  | { kind: 'null' }
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'instant'; value: number }
  | { kind: 'range'; value: TimeRange };

const NUMERIC = new Set(['int', 'double', 'currency', 'percent']);
const TEXTUAL = new Set(['string', 'textarea', 'email', 'phone', 'url', 'picklist', 'id', 'reference', 'address']);

/** SOQL string literals escape quotes, backslashes and control characters with a backslash; \\% and \\_ stay for LIKE. */
const unquote = (literal: string): string =>
  literal.slice(1, -1).replace(/\\(.)/g, (_match, char: string) => ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '%': '\\%', _: '\\_' })[char] ?? char);

const typeName = (field: DescribedField): string => (field.type === 'datetime' ? 'dateTime' : field.type === 'int' ? 'integer' : field.type);

/**
 * Reads a literal for a field, refusing a literal of the wrong type as Salesforce does: "value of filter
 * criterion for field 'IsActive' must be of type boolean and should not be enclosed in quotes", or for text
 * fields "... must be of type string and should be enclosed in quotes" (INVALID_QUERY_FILTER_OPERATOR), and
 * "invalid ID field: abc" for an Id that is not one. Wordings as real answers read (unverified against a
 * document); which literal a date field takes is from the SOQL reference's date formats.
 */
export const readOperand = (soql: string, field: DescribedField, literalType: string, raw: string, dateN: number | undefined, now: Date): Operand => {
  if (literalType === 'NULL') return { kind: 'null' };
  const wrongType = (): never => {
    const quoted = TEXTUAL.has(field.type);
    const reason = `value of filter criterion for field '${field.name}' must be of type ${typeName(field)} and should ${quoted ? '' : 'not '}be enclosed in quotes`;
    throw queryError('INVALID_QUERY_FILTER_OPERATOR', soql, raw, reason);
  };
  if (TEXTUAL.has(field.type)) {
    if (literalType !== 'STRING') return wrongType();
    const value = unquote(raw);
    const isId = field.type === 'id' || field.type === 'reference';
    if (isId && !/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(value)) throw queryError('INVALID_QUERY_FILTER_OPERATOR', soql, raw, `invalid ID field: ${value}`);
    return { kind: 'text', value };
  }
  if (field.type === 'boolean') return literalType === 'BOOLEAN' ? { kind: 'boolean', value: raw.toUpperCase() === 'TRUE' } : wrongType();
  if (NUMERIC.has(field.type)) return literalType === 'INTEGER' || literalType === 'DECIMAL' ? { kind: 'number', value: Number(raw) } : wrongType();
  if (literalType === 'DATE_LITERAL' || literalType === 'DATE_N_LITERAL') {
    const range = dateLiteralRange(raw.toUpperCase(), dateN, now);
    if (!range) throw queryError('MALFORMED_QUERY', soql, raw, `unexpected token: '${raw}'`);
    return { kind: 'range', value: range };
  }
  if (field.type === 'date') return literalType === 'DATE' ? { kind: 'range', value: dayRange(raw) } : wrongType();
  if (field.type === 'datetime') return literalType === 'DATETIME' ? { kind: 'instant', value: Date.parse(raw) } : wrongType();
  return wrongType();
};
