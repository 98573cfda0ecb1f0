import type { OrgDatabase } from '../data/org-database.js';
import type { SObjectRecord } from '../data/record-store.js';
import type { FieldValue } from '../org-schema.js';
import { TRIGGERS } from './triggers.js';

/**
 * Writes the platform makes without asking the rules (the seed's production rows, a deploy's tables, a test's
 * org.insert/org.update), with what the platform does around them: a user still gets their UserLogin, a
 * group its permission set.
 */
export const insertAsPlatform = (db: OrgDatabase, type: string, fields: Readonly<Record<string, FieldValue>>): SObjectRecord => {
  const object = db.object(type);
  const row = db.buildRow(object.name, fields);
  TRIGGERS[object.name]?.complete?.(db, row);
  db.store.add(object.name, row);
  TRIGGERS[object.name]?.afterInsert?.(db, row);
  return row;
};

export const updateAsPlatform = (db: OrgDatabase, type: string, id: string, changes: Readonly<Record<string, FieldValue>>): SObjectRecord => {
  const object = db.object(type);
  const before = { ...db.store.get(object.name, id) };
  const after = db.updateRow(object.name, id, changes);
  TRIGGERS[object.name]?.afterUpdate?.(db, before, after);
  return after;
};

export const deleteAsPlatform = (db: OrgDatabase, type: string, id: string): void => {
  const object = db.object(type);
  const row = db.store.get(object.name, id);
  if (!row) return;
  if (object.recycleBin) db.updateRow(object.name, id, { IsDeleted: true });
  else db.store.remove(object.name, id);
  TRIGGERS[object.name]?.afterDelete?.(db, row);
};
