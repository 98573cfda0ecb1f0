import { describeField, type DescribedField } from '../data/field-traits.js';
import type { ObjectCatalogue } from '../data/object-catalogue.js';
import type { ObjectDefinition } from '../data/object-definition.js';
import type { OrgDatabase } from '../data/org-database.js';
import type { SObjectRecord } from '../data/record-store.js';
import type { FieldValue } from '../org-schema.js';
import { queryError } from './soql-error.js';

/** A field path of a query (Profile.UserLicense.Name): the relationships walked, then the field at the end. */
export type FieldPath = {
  /** The path as the org spells it. */
  names: string[];
  /** The reference fields the relationships stand for, in order (ProfileId, UserLicenseId). */
  references: string[];
  field: DescribedField;
};

/** Salesforce's wording for an unknown field or relationship, as real INVALID_FIELD answers give it (quoted in public clients' tests). */
const noSuchColumn = (field: string, object: string): string =>
  `No such column '${field}' on entity '${object}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`;
const noSuchRelationship = (relationship: string): string =>
  `Didn't understand relationship '${relationship}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names.`;

/** Resolves a path against an object (an alias prefix, if the query has one, is dropped), or refuses it with INVALID_FIELD. */
export const resolvePath = (catalogue: ObjectCatalogue, base: ObjectDefinition, path: string, soql: string, alias?: string): FieldPath => {
  const parts = path.split('.');
  if (alias && parts.length > 1 && parts[0]?.toLowerCase() === alias.toLowerCase()) parts.shift();
  const names: string[] = [];
  const references: string[] = [];
  let object = base;
  for (const relationshipName of parts.slice(0, -1)) {
    const relationship = catalogue.relationship(object, relationshipName);
    const target = relationship?.definition.referenceTo?.map((name) => catalogue.find(name)).find((candidate) => candidate !== undefined);
    if (!relationship || !target) throw queryError('INVALID_FIELD', soql, path, noSuchRelationship(relationshipName));
    names.push(relationship.definition.relationshipName ?? relationshipName);
    references.push(relationship.name);
    object = target;
  }
  const last = parts.at(-1) ?? '';
  const field = catalogue.field(object, last);
  if (!field) throw queryError('INVALID_FIELD', soql, path.includes('.') ? path : last, noSuchColumn(last, object.name));
  names.push(field.name);
  return { names, references, field: describeField(field.name, field.definition) };
};

/** The value a path reads on a row: null as soon as a relationship is empty. */
export const valueAt = (db: OrgDatabase, row: SObjectRecord, path: FieldPath): FieldValue => {
  let current: SObjectRecord | undefined = row;
  for (const reference of path.references) {
    const id: FieldValue | undefined = current?.[reference];
    current = typeof id === 'string' ? db.getById(id)?.row : undefined;
    if (!current) return null;
  }
  return current[path.field.name] ?? null;
};
