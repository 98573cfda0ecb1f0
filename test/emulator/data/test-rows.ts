import type { FieldValue } from '../org-schema.js';
import type { OrgDatabase } from './org-database.js';

/**
 * Fields as a test writes them: values, or a related row named by its fields ({ Profile: { Name: 'Standard
 * User' } } for ProfileId), the way Salesforce's REST API lets a relationship be named by a field of the
 * related record. Saves a test from looking up Ids the org made.
 */
export type TestFields = Readonly<Record<string, FieldValue | Readonly<Record<string, FieldValue>>>>;

/** A set of rows per sObject: what an org holds when it starts (rows copied from production, in a sandbox). */
export type SeedRecords = Readonly<Record<string, readonly TestFields[]>>;

export const resolveTestFields = (db: OrgDatabase, type: string, fields: TestFields): Record<string, FieldValue> => {
  const object = db.object(type);
  const resolved: Record<string, FieldValue> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === null || typeof value !== 'object') {
      resolved[key] = value;
      continue;
    }
    const relationship = db.catalogue.relationship(object, key);
    const target = relationship?.definition.referenceTo?.[0];
    if (!relationship || !target) throw new Error(`Org emulator: ${object.name} has no relationship ${key}`);
    const matches = db.where(target, value);
    if (matches.length !== 1) throw new Error(`Org emulator: ${key} ${JSON.stringify(value)} matches ${matches.length} ${target} rows, not one`);
    resolved[relationship.name] = matches[0]?.Id ?? null;
  }
  return resolved;
};
