import type { Query } from '@jetstreamapp/soql-parser-js';
import type { ObjectDefinition } from '../data/object-definition.js';
import type { OrgDatabase } from '../data/org-database.js';
import { idKey, type SObjectRecord } from '../data/record-store.js';
import type { FieldValue } from '../org-schema.js';
import { resolvePath, valueAt, type FieldPath } from './field-paths.js';
import { readOperand, type Operand } from './filter-operands.js';
import { queryError } from './soql-error.js';
import type { Condition } from './where-tree.js';

export type RowPredicate = (row: SObjectRecord) => boolean;

/** What a WHERE clause is compiled against; runSubquery answers a semi-join with the values it selects. */
export type FilterContext = {
  db: OrgDatabase;
  object: ObjectDefinition;
  soql: string;
  alias: string | undefined;
  now: Date;
  runSubquery: (query: Query) => Set<string>;
};

const likePattern = (pattern: string): RegExp =>
  new RegExp(`^${pattern.replace(/\\([%_])|([%_])|([.*+?^${}()|[\]\\])/g, (_match, escaped: string, wildcard: string, special: string) => (escaped ? escaped : wildcard ? (wildcard === '%' ? '.*' : '.') : `\\${special}`))}$`, 'is');

const asTime = (value: FieldValue): number => (typeof value === 'string' ? Date.parse(/^\d{4}-\d\d-\d\d$/.test(value) ? `${value}T00:00:00Z` : value.replace(/\+0000$/, 'Z')) : Number.NaN);

/** -1, 0, 1 as value compares with the operand; undefined when either is null (nothing matches then but != ). */
const compare = (path: FieldPath, value: FieldValue, operand: Operand): number | undefined => {
  if (value === null || operand.kind === 'null') return undefined;
  if (operand.kind === 'text') {
    if (path.field.type === 'id' || path.field.type === 'reference') return idKey(String(value)) === idKey(operand.value) ? 0 : String(value) < operand.value ? -1 : 1;
    return String(value).localeCompare(operand.value, 'en', { sensitivity: 'accent' });
  }
  if (operand.kind === 'range') {
    const time = asTime(value);
    return time < operand.value.start ? -1 : time >= operand.value.end ? 1 : 0;
  }
  const actual = operand.kind === 'instant' ? asTime(value) : operand.kind === 'boolean' ? Number(value === true) : Number(value);
  const expected = operand.kind === 'boolean' ? Number(operand.value) : operand.value;
  return actual < expected ? -1 : actual > expected ? 1 : 0;
};

const matches = (path: FieldPath, operator: string, value: FieldValue, operand: Operand): boolean => {
  if (operand.kind === 'null') return operator === '=' ? value === null : operator === '!=' ? value !== null : false;
  if (operator === 'LIKE') return value !== null && operand.kind === 'text' && likePattern(operand.value).test(String(value));
  const order = compare(path, value, operand);
  if (order === undefined) return operator === '!=';
  return { '=': order === 0, '!=': order !== 0, '<': order < 0, '<=': order <= 0, '>': order > 0, '>=': order >= 0 }[operator] ?? false;
};

const compileCompare = (context: FilterContext, condition: Extract<Condition, { kind: 'compare' }>): RowPredicate => {
  const { db, object, soql, alias, now } = context;
  const path = resolvePath(db.catalogue, object, condition.field, soql, alias);
  // unverified wording; that LoginHistory.Status cannot be filtered is in salesforce-facts.md.
  if (!path.field.filterable) throw queryError('INVALID_FIELD', soql, condition.field, `field '${path.field.name}' can not be filtered in a query call`);
  const raws = Array.isArray(condition.value) ? condition.value : [condition.value];
  const types = Array.isArray(condition.literalType) ? condition.literalType : raws.map(() => condition.literalType as string);
  const ns = Array.isArray(condition.dateN) ? condition.dateN : raws.map(() => condition.dateN as number | undefined);
  const operands = raws.map((raw, index) => readOperand(soql, path.field, types[index] ?? 'STRING', raw, ns[index], now));
  const operator = condition.operator.toUpperCase();
  if (operator === 'IN' || operator === 'NOT IN') {
    const inList = (row: SObjectRecord): boolean => operands.some((operand) => matches(path, '=', valueAt(db, row, path), operand));
    return operator === 'IN' ? inList : (row) => !inList(row);
  }
  if (operator === 'INCLUDES' || operator === 'EXCLUDES') throw queryError('INVALID_QUERY_FILTER_OPERATOR', soql, condition.field, `${operator} is only valid on multi-select picklists`);
  const [operand] = operands;
  return (row) => operand !== undefined && matches(path, operator, valueAt(db, row, path), operand);
};

/** Compiles a WHERE tree into a test of one row; field names and literal types are checked once, here. */
export const compileWhere = (context: FilterContext, condition: Condition): RowPredicate => {
  switch (condition.kind) {
    case 'and': {
      const items = condition.items.map((item) => compileWhere(context, item));
      return (row) => items.every((item) => item(row));
    }
    case 'or': {
      const items = condition.items.map((item) => compileWhere(context, item));
      return (row) => items.some((item) => item(row));
    }
    case 'not': {
      const item = compileWhere(context, condition.item);
      return (row) => !item(row);
    }
    case 'semijoin': {
      const path = resolvePath(context.db.catalogue, context.object, condition.field, context.soql, context.alias);
      const ids = context.runSubquery(condition.query);
      const within = (row: SObjectRecord): boolean => {
        const value = valueAt(context.db, row, path);
        return typeof value === 'string' && ids.has(idKey(value));
      };
      return condition.operator.toUpperCase() === 'NOT IN' ? (row) => !within(row) : within;
    }
    default:
      return compileCompare(context, condition);
  }
};
