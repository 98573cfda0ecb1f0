import { describeField } from '../data/field-traits.js';
import type { ObjectDefinition } from '../data/object-definition.js';
import type { OrgDatabase } from '../data/org-database.js';
import { looksLikeId, sameId, type SObjectRecord } from '../data/record-store.js';
import type { FieldValue } from '../org-schema.js';
import { DmlError } from './dml-error.js';

export type WriteMode = 'create' | 'update';

/**
 * A client's fields, named as the org spells them. Refused as Salesforce refuses them: a field the object
 * does not have (INVALID_FIELD), one that cannot be written in this call (INVALID_FIELD_FOR_INSERT_UPDATE),
 * a value that is not a field value (JSON_PARSER_ERROR; wording unverified).
 */
export const readInput = (db: OrgDatabase, object: ObjectDefinition, input: Readonly<Record<string, unknown>>, mode: WriteMode): Record<string, FieldValue> => {
  const fields: Record<string, FieldValue> = {};
  for (const [name, value] of Object.entries(input)) {
    if (name === 'attributes' || (mode === 'update' && name.toLowerCase() === 'id')) continue;
    const field = db.catalogue.field(object, name);
    if (!field) throw new DmlError('INVALID_FIELD', `No such column '${name}' on sobject of type ${object.name}`);
    const traits = describeField(field.name, field.definition);
    if (!(mode === 'create' ? traits.createable : traits.updateable)) {
      throw new DmlError('INVALID_FIELD_FOR_INSERT_UPDATE', `Unable to create/update fields: ${field.name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`, [field.name]);
    }
    if (value !== null && typeof value === 'object') throw new DmlError('JSON_PARSER_ERROR', `Cannot deserialize instance of ${traits.type} from ${Array.isArray(value) ? 'START_ARRAY' : 'START_OBJECT'} value`);
    fields[field.name] = value as FieldValue;
  }
  return fields;
};

/**
 * Reference fields must hold the Id of a row of an object they point to: a malformed or wrong-object Id is
 * MALFORMED_ID ("Profile ID: id value of incorrect type: ..."), an Id the org does not have is
 * INVALID_CROSS_REFERENCE_KEY ("invalid cross reference id").
 */
export const checkReferences = (db: OrgDatabase, object: ObjectDefinition, fields: Readonly<Record<string, FieldValue>>): void => {
  for (const [name, value] of Object.entries(fields)) {
    const definition = db.catalogue.field(object, name)?.definition ?? {};
    const traits = describeField(name, definition);
    if (traits.type !== 'reference' || value === null) continue;
    const target = looksLikeId(value) ? db.catalogue.ofId(value) : undefined;
    if (!target || !traits.referenceTo.includes(target.name)) throw new DmlError('MALFORMED_ID', `${traits.label}: id value of incorrect type: ${String(value)}`, [name]);
    // The fields named are unverified.
    if (!db.getById(String(value))) throw new DmlError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', [name]);
  }
};

/** Fields that must have a value (createable, not nillable, no default): REQUIRED_FIELD_MISSING, all named at once. */
export const checkRequired = (object: ObjectDefinition, row: SObjectRecord): void => {
  const missing = Object.entries(object.fields)
    .map(([name, definition]) => describeField(name, definition))
    .filter((traits) => traits.createable && !traits.nillable && !traits.defaultedOnCreate && (row[traits.name] ?? null) === null)
    .map((traits) => traits.name);
  if (missing.length > 0) throw new DmlError('REQUIRED_FIELD_MISSING', `Required fields are missing: [${missing.join(', ')}]`, missing);
};

/** Unique fields (PermissionSet.Name, PermissionSetGroup.DeveloperName), compared without case; the generic DUPLICATE_VALUE wording, unverified for these objects. */
export const checkUnique = (db: OrgDatabase, object: ObjectDefinition, row: SObjectRecord): void => {
  for (const [name, definition] of Object.entries(object.fields)) {
    const value = row[name];
    if (!definition.unique || typeof value !== 'string') continue;
    const other = db.rows(object.name).find((candidate) => !sameId(candidate.Id, row.Id) && String(candidate[name]).toLowerCase() === value.toLowerCase());
    if (other) throw new DmlError('DUPLICATE_VALUE', `duplicate value found: ${name} duplicates value on record with id: ${String(other.Id)}`);
  }
};
