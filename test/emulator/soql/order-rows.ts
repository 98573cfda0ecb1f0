import type { OrderByClause } from '@jetstreamapp/soql-parser-js';
import type { ObjectDefinition } from '../data/object-definition.js';
import type { OrgDatabase } from '../data/org-database.js';
import type { SObjectRecord } from '../data/record-store.js';
import type { FieldValue } from '../org-schema.js';
import { resolvePath, valueAt } from './field-paths.js';
import { unsupported } from './soql-error.js';

const compareValues = (a: FieldValue, b: FieldValue): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return String(a).localeCompare(String(b), 'en', { sensitivity: 'base' });
};

/**
 * ORDER BY as SOQL sorts: text without case, nulls first ascending and last descending unless NULLS FIRST/LAST
 * says otherwise (SOQL reference, ORDER BY). Rows that tie keep the order they were created in.
 */
export const orderRows = (db: OrgDatabase, object: ObjectDefinition, rows: SObjectRecord[], clauses: readonly OrderByClause[], soql: string, alias: string | undefined): SObjectRecord[] => {
  const keys = clauses.map((clause) => {
    if (!('field' in clause)) throw unsupported(soql, 'functions in ORDER BY');
    const descending = clause.order === 'DESC';
    return { path: resolvePath(db.catalogue, object, clause.field, soql, alias), descending, nullsFirst: clause.nulls ? clause.nulls === 'FIRST' : !descending };
  });
  return [...rows].sort((left, right) => {
    for (const { path, descending, nullsFirst } of keys) {
      const a = valueAt(db, left, path);
      const b = valueAt(db, right, path);
      if (a === null || b === null) {
        if (a === b) continue;
        return (a === null ? -1 : 1) * (nullsFirst ? 1 : -1);
      }
      const order = compareValues(a, b) * (descending ? -1 : 1);
      if (order !== 0) return order;
    }
    return 0;
  });
};
