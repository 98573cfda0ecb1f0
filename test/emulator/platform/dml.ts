import type { ApiSurface, ObjectDefinition } from '../data/object-definition.js';
import type { OrgDatabase } from '../data/org-database.js';
import { isIdShaped, type SObjectRecord } from '../data/record-store.js';
import { DmlError, notFoundError } from './dml-error.js';
import { checkReferences, checkRequired, checkUnique, readInput } from './field-checks.js';
import { deleteAsPlatform } from './platform-writes.js';
import { ROW_RULES } from './rules/index.js';
import { TRIGGERS } from './triggers.js';

/**
 * Creates, updates and deletes as a client through the API: the object must exist in that API and support the
 * call, the fields must be writable, then the object's rules run and the platform's triggers follow, all in
 * one transaction. Refusals are DmlErrors in Salesforce's words. "entity type cannot be inserted/updated/
 * deleted" (INVALID_TYPE_FOR_OPERATION) is unverified wording; that users cannot be deleted is documented (User's
 * supported calls have no delete(): https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_user.htm).
 */
export const findObject = (db: OrgDatabase, api: ApiSurface, type: string): ObjectDefinition => {
  const object = db.catalogue.find(type, api);
  if (!object) throw notFoundError();
  return object;
};

const unsupported = (operation: string): DmlError => new DmlError('INVALID_TYPE_FOR_OPERATION', `entity type cannot be ${operation}`);

/** A row of this object with this Id, or the REST answers for an Id that is malformed, unknown or deleted (the first and last wordings unverified). */
export const existingRow = (db: OrgDatabase, object: ObjectDefinition, id: string): SObjectRecord => {
  if (!isIdShaped(id)) throw new DmlError('NOT_FOUND', `Provided external ID field does not exist or is not accessible: ${id}`, [], 404);
  const row = db.store.get(object.name, id);
  if (!row) throw notFoundError();
  if (row.IsDeleted === true) throw new DmlError('ENTITY_IS_DELETED', 'entity is deleted');
  return row;
};

export const createRecord = (db: OrgDatabase, api: ApiSurface, type: string, input: Readonly<Record<string, unknown>>): string => {
  const object = findObject(db, api, type);
  if (!object.createable) throw unsupported('inserted');
  const fields = readInput(db, object, input, 'create');
  checkReferences(db, object, fields);
  return db.transaction(() => {
    const row = db.buildRow(object.name, fields);
    TRIGGERS[object.name]?.complete?.(db, row);
    checkRequired(object, row);
    checkUnique(db, object, row);
    ROW_RULES[object.name]?.beforeInsert?.(db, row);
    db.store.add(object.name, row);
    TRIGGERS[object.name]?.afterInsert?.(db, row);
    return String(row.Id);
  });
};

export const updateRecord = (db: OrgDatabase, api: ApiSurface, type: string, id: string, input: Readonly<Record<string, unknown>>): void => {
  const object = findObject(db, api, type);
  if (!object.updateable) throw unsupported('updated');
  const stored = existingRow(db, object, id);
  const fields = readInput(db, object, input, 'update');
  checkReferences(db, object, fields);
  db.transaction(() => {
    const before = db.get(object.name, id) ?? { ...stored };
    const after = { ...before, ...fields };
    checkRequired(object, after);
    checkUnique(db, object, after);
    ROW_RULES[object.name]?.beforeUpdate?.(db, before, after);
    const updated = db.updateRow(object.name, id, fields);
    TRIGGERS[object.name]?.afterUpdate?.(db, before, updated);
  });
};

export const deleteRecord = (db: OrgDatabase, api: ApiSurface, type: string, id: string): void => {
  const object = findObject(db, api, type);
  const row = existingRow(db, object, id);
  if (!object.deletable) throw unsupported('deleted');
  db.transaction(() => {
    ROW_RULES[object.name]?.beforeDelete?.(db, db.get(object.name, id) ?? row);
    deleteAsPlatform(db, object.name, id);
  });
};
