import type { OrgDatabase } from '../data/org-database.js';
import type { SObjectRecord } from '../data/record-store.js';
import type { FieldPath } from './field-paths.js';

export type JsonRecord = Record<string, unknown>;

/** Record attributes as REST gives them: the type, and the URL of the record (none for rows without an Id). */
export const attributesOf = (type: string, id: unknown, urlBase: string): Record<string, string> =>
  typeof id === 'string' ? { type, url: `${urlBase}/sobjects/${type}/${id}` } : { type };

/** Puts one path's value into a record, nesting related records (Profile: { attributes, UserLicense: {...} }), null for an empty relationship. */
const place = (db: OrgDatabase, target: JsonRecord, row: SObjectRecord, path: FieldPath, depth: number, urlBase: string): void => {
  if (depth === path.references.length) {
    target[path.field.name] = row[path.field.name] ?? null;
    return;
  }
  const name = path.names[depth] ?? '';
  const reference = path.references[depth] ?? '';
  const id = row[reference];
  const related = typeof id === 'string' ? db.getById(id) : undefined;
  if (target[name] === undefined) target[name] = related ? { attributes: attributesOf(related.object.name, related.row.Id, urlBase) } : null;
  const nested = target[name];
  if (related && nested !== null && typeof nested === 'object') place(db, nested as JsonRecord, related.row, path, depth + 1, urlBase);
};

/** A row as a query returns it: attributes first, then the selected fields in the order selected. */
export const projectRow = (db: OrgDatabase, type: string, row: SObjectRecord, paths: readonly FieldPath[], urlBase: string): JsonRecord => {
  const record: JsonRecord = { attributes: attributesOf(type, row.Id, urlBase) };
  for (const path of paths) place(db, record, row, path, 0, urlBase);
  return record;
};
